//! The team lead's view of the team: its load (the queue, open and waiting cases, each
//! member's share) and its deadline state (cases about to breach), and moving work to
//! another team in bulk (the outage case): queued cases move with the lead's note,
//! owned ones are handed off with it, and what cannot move says why.

use lotsen_domain::{Agent, AgentId, CaseId, CaseRef, Role, Status, TeamId};
use lotsen_store::{CaseFilter, Worklist};

use crate::{App, AppError};

/// How far ahead "about to breach" looks.
pub const BREACH_HORIZON: jiff::SignedDuration = jiff::SignedDuration::from_hours(2);

/// One member's load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberLoad {
    /// The agent.
    pub agent: Agent,
    /// Their open cases (counted up to the list cap).
    pub open: u64,
    /// Their cases waiting on the customer.
    pub waiting: u64,
}

/// A team's load and deadline state.
#[derive(Debug, Clone)]
pub struct TeamState {
    /// Cases waiting in the team's queue, nobody's yet (counted up to the list cap).
    pub queued: u64,
    /// Open cases of the team.
    pub open: u64,
    /// The team's cases waiting on the customer.
    pub waiting: u64,
    /// The team's open cases with a deadline within [`BREACH_HORIZON`], soonest first
    /// (the first page of them), and how many there are.
    pub breaching: lotsen_store::CasePage,
    /// Each member's load, most loaded first.
    pub members: Vec<MemberLoad>,
}

fn may_lead(actor: &Agent, team: TeamId) -> bool {
    actor.role == Role::Admin || (actor.role == Role::Lead && actor.is_member_of(team))
}

fn refuse() -> AppError {
    AppError::Forbidden {
        code: "lead_only",
        message: "only the team's lead or an admin sees and moves its work".into(),
    }
}

async fn count(app: &App, filter: CaseFilter) -> Result<u64, AppError> {
    Ok(app.store.list_cases(&filter, 1, 0).await?.total)
}

/// The team's load and deadline state, for its lead or an admin.
pub async fn team_state(app: &App, actor: &Agent, team: TeamId) -> Result<TeamState, AppError> {
    app.store
        .team(team)
        .await?
        .ok_or(AppError::NotFound("team"))?;
    if !may_lead(actor, team) {
        return Err(refuse());
    }
    let of_team = |status| CaseFilter {
        status: Some(status),
        team_id: Some(team),
        ..CaseFilter::default()
    };
    let open = count(app, of_team(Status::Open)).await?;
    let waiting = count(app, of_team(Status::WaitingOnCustomer)).await?;
    let queued = app.store.team_queue_count(team).await?;
    let until = app.clock.now() + BREACH_HORIZON;
    // Nobody's own list: the team's cases only.
    let breaching = app
        .store
        .worklist(
            &Worklist::BreachingSoon { until },
            AgentId(uuid::Uuid::nil()),
            &[team],
            &CaseFilter::default(),
            20,
        )
        .await?;
    let mut members = Vec::new();
    for agent in app.store.agents().await? {
        if !agent.is_member_of(team) {
            continue;
        }
        let mine = |status| CaseFilter {
            status: Some(status),
            owner_id: Some(agent.id),
            ..CaseFilter::default()
        };
        let open = count(app, mine(Status::Open)).await?;
        let waiting = count(app, mine(Status::WaitingOnCustomer)).await?;
        members.push(MemberLoad {
            agent,
            open,
            waiting,
        });
    }
    members.sort_by(|a, b| b.open.cmp(&a.open).then(a.agent.name.cmp(&b.agent.name)));
    Ok(TeamState {
        queued,
        open,
        waiting,
        breaching,
        members,
    })
}

/// What a bulk move did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reassigned {
    /// Queued cases now in the other team's queue.
    pub moved: Vec<CaseRef>,
    /// Owned cases handed off to the other team (waiting for a member to accept).
    pub handed_off: Vec<CaseRef>,
    /// Cases that could not move, with the reason's code.
    pub refused: Vec<(CaseId, &'static str)>,
}

/// The most cases one bulk move takes.
pub const MAX_BULK: usize = 500;

/// Moves `cases` from the team to `to_team` with the lead's note: a queued case moves
/// to the other team's queue, an owned case is handed off to the other team. Each case
/// is its own transaction; a case that cannot move is reported and the rest go on.
pub async fn reassign(
    app: &App,
    actor: &Agent,
    team: TeamId,
    cases: &[CaseId],
    to_team: Option<TeamId>,
    note: Option<&str>,
) -> Result<Reassigned, AppError> {
    let mut v = lotsen_domain::error::Validator::new();
    if cases.is_empty() {
        v.add("case_ids", "choose at least one case");
    }
    if cases.len() > MAX_BULK {
        v.add("case_ids", "at most 500 cases at a time");
    }
    if to_team.is_none() {
        v.add("to_team_id", "required: the team that takes the cases");
    }
    v.require_text("note", note);
    v.finish()?;
    let (Some(to_team), Some(note)) = (to_team, note) else {
        return Err(AppError::invalid("to_team_id", "required"));
    };
    if !may_lead(actor, team) {
        return Err(refuse());
    }
    if app.store.team(to_team).await?.is_none() {
        return Err(AppError::invalid("to_team_id", "no such team"));
    }
    let mut out = Reassigned::default();
    for &id in cases {
        let Some(case) = app.store.case(id).await? else {
            out.refused.push((id, "not_found"));
            continue;
        };
        if case.team_id != Some(team) {
            out.refused.push((id, "other_team"));
            continue;
        }
        let done = if case.owner_id.is_none() {
            crate::cases::change(app, actor, id, |case, ch| {
                ch.events = case.move_to_team(&ch.actor, to_team, note)?;
                Ok(())
            })
            .await
            .map(|c| out.moved.push(c.reference))
        } else {
            crate::cases::hand_off(app, actor, id, None, Some(to_team), Some(note))
                .await
                .map(|_| out.handed_off.push(case.reference))
        };
        if let Err(e) = done {
            out.refused.push((id, e.code()));
        }
    }
    tracing::info!(
        team.id = %team,
        to_team.id = %to_team,
        moved = out.moved.len(),
        handed_off = out.handed_off.len(),
        refused = out.refused.len(),
        "work moved between teams"
    );
    Ok(out)
}

/// A public post waiting in the code-of-conduct workflow.
#[derive(Debug, Clone)]
pub struct PostToModerate {
    /// Its case.
    pub case: lotsen_domain::Case,
    /// The post.
    pub post: lotsen_domain::Message,
    /// The rule it broke (the step taken names it, else the guard's first finding).
    pub rule: String,
}

/// The team's public posts that broke the code of conduct and whose workflow is not
/// done (the author not yet told why), newest first: the lead's moderation queue.
pub async fn moderation_queue(
    app: &App,
    actor: &Agent,
    team: TeamId,
) -> Result<Vec<PostToModerate>, AppError> {
    if !may_lead(actor, team) {
        return Err(refuse());
    }
    let mut out = Vec::new();
    for (case_id, message_id) in app.store.posts_to_moderate(team, 50).await? {
        let (Some(case), Some(post)) = (
            app.store.case(case_id).await?,
            app.store.message(message_id).await?,
        ) else {
            continue;
        };
        let state = case.moderation_of(post.id);
        if state.is_some_and(|s| s.explained) {
            continue;
        }
        let found = crate::moderation::detected_rule(&post);
        let Some(rule) = state.map(|s| s.rule.clone()).or(found) else {
            // Hidden for personal data, not for the code of conduct.
            continue;
        };
        out.push(PostToModerate { case, post, rule });
    }
    Ok(out)
}
