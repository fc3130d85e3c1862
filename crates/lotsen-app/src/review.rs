//! The team lead's review list: the team's active cases the carousel guard flags (handed
//! off more than the team allows, or back with a team or owner that already let go),
//! each with its history; the lead takes ownership with a note.

use lotsen_domain::carousel::{CarouselReason, review};
use lotsen_domain::{Agent, Case, CaseId, HandoffId, Role, TeamId};

use crate::{App, AppError};

/// One case on the review list.
#[derive(Debug, Clone)]
pub struct ReviewItem {
    /// The case with its counters.
    pub case: Case,
    /// Why it is on the list.
    pub reasons: Vec<CarouselReason>,
    /// Its history.
    pub timeline: Vec<lotsen_store::TimelineEntry>,
}

fn may_review(actor: &Agent, team: TeamId) -> bool {
    actor.role == Role::Admin || (actor.role == Role::Lead && actor.is_member_of(team))
}

/// The team's review list, oldest case first; a case the lead already owns is off it.
pub async fn list(app: &App, actor: &Agent, team: TeamId) -> Result<Vec<ReviewItem>, AppError> {
    app.store
        .team(team)
        .await?
        .ok_or(AppError::NotFound("team"))?;
    if !may_review(actor, team) {
        return Err(AppError::Forbidden {
            code: "lead_only",
            message: "only the team's lead or an admin reads its review list".into(),
        });
    }
    let rule = crate::routing::team_settings(app, team).await?.carousel;
    let leads = app.store.team_leads(team).await?;
    let mut out = Vec::new();
    for id in app.store.handed_cases_of_team(team).await? {
        let Some(case) = app.store.case(id).await? else {
            continue;
        };
        if case.owner_id.is_some_and(|o| leads.contains(&o)) {
            continue;
        }
        let timeline = app.store.timeline(id).await?;
        let events: Vec<_> = timeline.iter().map(|t| t.event.clone()).collect();
        let reasons = review(&events, &rule);
        if !reasons.is_empty() {
            out.push(ReviewItem {
                case,
                reasons,
                timeline,
            });
        }
    }
    Ok(out)
}

/// A lead takes ownership of a case, with a note for the record.
pub async fn take_over(
    app: &App,
    actor: &Agent,
    id: CaseId,
    note: Option<&str>,
) -> Result<Case, AppError> {
    let at = app.clock.now();
    let me = actor.actor();
    let handoff_id: HandoffId = app.id();
    let note = note.unwrap_or_default();
    let (case, _) = app
        .store
        .update_case(id, |case| {
            let events = case.take_over(&me, handoff_id, note)?;
            Ok(lotsen_store::CaseChange::events(at, me.clone(), events))
        })
        .await?;
    tracing::info!(case.id = %id, agent.id = %actor.id, "lead took the case over");
    Ok(case)
}
