//! `/lead`: the team lead's page. The team's load (queue, open, waiting, each member's
//! share), the cases about to breach, the carousel review list, the public posts in the
//! code-of-conduct workflow (the moderation queue), and moving the team's
//! open cases to another team in bulk with one note (`POST /lead/reassign`).

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use lotsen_domain::carousel::CarouselReason;
use lotsen_domain::{CaseId, Status, TeamId};
use lotsen_store::CaseFilter;
use serde::Deserialize;

use super::case_page::Choice;
use super::pages::{forged, see_other};
use super::session::Signed;
use super::text::{Lang, Words};
use super::{failure, labels, page};
use crate::AppState;

/// `GET /lead` parameters.
#[derive(Debug, Default, Deserialize)]
pub struct LeadQuery {
    /// The team; the lead's first team when not given.
    #[serde(default)]
    team: String,
    /// What the last bulk move did.
    #[serde(default)]
    moved: Option<usize>,
    #[serde(default)]
    handed: Option<usize>,
    #[serde(default)]
    refused: Option<usize>,
}

struct Member {
    name: String,
    open: u64,
    waiting: u64,
}

struct Row {
    id: String,
    reference: String,
    subject: String,
    status: &'static str,
    owner: String,
    note: String,
}

#[derive(Template)]
#[template(path = "lead.html")]
struct LeadPage<'a> {
    lang: Lang,
    t: &'static Words,
    csrf: &'a str,
    agent_name: &'a str,
    lead: bool,
    team_id: String,
    team_name: String,
    teams: Vec<Choice>,
    others: Vec<Choice>,
    queued: u64,
    open: u64,
    waiting: u64,
    breaching_total: u64,
    members: Vec<Member>,
    breaching: Vec<Row>,
    review: Vec<Row>,
    movable: Vec<Row>,
    posts: Vec<Row>,
    done: Option<String>,
    problem: Option<String>,
}

fn reason(lang: Lang, r: &CarouselReason, names: &super::case_page::Names) -> String {
    let t = lang.t();
    match r {
        CarouselReason::TooManyHandoffs { handoffs } => {
            format!("{} ({handoffs})", t.too_many_handoffs)
        }
        CarouselReason::BackToTeam { team_id } => {
            format!("{} {}", t.back_to_team, names.team(*team_id))
        }
        CarouselReason::BackToOwner { agent_id } => {
            format!("{} {}", t.back_to_owner, names.agent(*agent_id))
        }
    }
}

/// `GET /lead`.
pub async fn lead(
    State(state): State<AppState>,
    signed: Signed,
    Query(query): Query<LeadQuery>,
) -> Response {
    lead_page(&state, &signed, &query, None).await
}

/// The lead's page, with what was refused when the bulk move was.
async fn lead_page(
    state: &AppState,
    signed: &Signed,
    query: &LeadQuery,
    problem: Option<String>,
) -> Response {
    let (lang, t) = (signed.lang, signed.lang.t());
    let agent = &signed.agent;
    if !agent.actor().is_lead_or_admin() {
        return (StatusCode::FORBIDDEN, t.not_allowed).into_response();
    }
    let names = match super::case_page::Names::load(state).await {
        Ok(n) => n,
        Err(e) => return failure(&e),
    };
    let mine: Vec<TeamId> = if agent.actor().is_admin() {
        names.teams.iter().map(|(id, _)| *id).collect()
    } else {
        agent.team_ids.clone()
    };
    let Some(team) = query
        .team
        .parse::<TeamId>()
        .ok()
        .filter(|t| mine.contains(t))
        .or_else(|| mine.first().copied())
    else {
        return (StatusCode::NOT_FOUND, t.not_found).into_response();
    };
    let app = &state.app;
    let found = tokio::try_join!(
        lotsen_app::lead::team_state(app, agent, team),
        lotsen_app::review::list(app, agent, team),
        movable_cases(app, team),
        lotsen_app::lead::moderation_queue(app, agent, team),
    );
    let (load, review, movable, posts) = match found {
        Ok(found) => found,
        Err(e) => return failure(&e),
    };
    let row = |c: &lotsen_domain::Case, note: String| Row {
        id: c.id.to_string(),
        reference: c.reference.to_string(),
        subject: c.subject.clone(),
        status: labels::status(lang, c.status),
        owner: c
            .owner_id
            .map_or_else(|| t.nobody.to_owned(), |o| names.agent(o)),
        note,
    };
    let done = query.moved.map(|moved| {
        format!(
            "{}: {moved} · {}: {} · {}: {}",
            t.moved_to_queue,
            t.handed_off_count,
            query.handed.unwrap_or(0),
            t.not_moved,
            query.refused.unwrap_or(0)
        )
    });
    let rendered = LeadPage {
        lang,
        t,
        csrf: &signed.session.csrf,
        agent_name: &agent.name,
        lead: true,
        team_id: team.to_string(),
        team_name: names.team(team),
        teams: mine
            .iter()
            .map(|id| Choice {
                value: id.to_string(),
                label: names.team(*id),
            })
            .collect(),
        others: names
            .teams
            .iter()
            .filter(|(id, _)| *id != team)
            .map(|(id, name)| Choice {
                value: id.to_string(),
                label: name.clone(),
            })
            .collect(),
        queued: load.queued,
        open: load.open,
        waiting: load.waiting,
        breaching_total: load.breaching.total,
        members: load
            .members
            .into_iter()
            .map(|m| Member {
                name: m.agent.name,
                open: m.open,
                waiting: m.waiting,
            })
            .collect(),
        breaching: load
            .breaching
            .cases
            .iter()
            .map(|c| row(c, String::new()))
            .collect(),
        review: review
            .iter()
            .map(|i| {
                let why: Vec<String> = i.reasons.iter().map(|r| reason(lang, r, &names)).collect();
                row(&i.case, why.join("; "))
            })
            .collect(),
        movable: movable.iter().map(|c| row(c, String::new())).collect(),
        posts: posts
            .iter()
            .map(|p| {
                let mut r = row(
                    &p.case,
                    super::moderation::rule_label(lang, &p.rule).to_owned(),
                );
                let excerpt: String = p.post.body.chars().take(120).collect();
                r.subject = excerpt;
                r
            })
            .collect(),
        done,
        problem,
    };
    page(super::status_of(&rendered.problem), rendered.render())
}

/// The team's active cases a lead may move, newest first (the first 200).
async fn movable_cases(
    app: &lotsen_app::App,
    team: TeamId,
) -> Result<Vec<lotsen_domain::Case>, lotsen_app::AppError> {
    let filter = CaseFilter {
        status: Some(Status::Open),
        team_id: Some(team),
        ..CaseFilter::default()
    };
    Ok(app.store.list_cases(&filter, 200, 0).await?.cases)
}

/// `POST /lead/reassign`: the checked cases to another team with one note; back to the
/// lead's page with what moved.
pub async fn reassign(State(state): State<AppState>, signed: Signed, body: Bytes) -> Response {
    let fields: Vec<(String, String)> = serde_urlencoded::from_bytes(&body).unwrap_or_default();
    let get = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or_default()
    };
    if let Some(refused) = forged(&signed, get("csrf")) {
        return refused;
    }
    let t = signed.lang.t();
    let Ok(team) = get("team").parse::<TeamId>() else {
        return (StatusCode::NOT_FOUND, t.not_found).into_response();
    };
    let cases: Vec<CaseId> = fields
        .iter()
        .filter(|(k, _)| k == "case")
        .filter_map(|(_, v)| v.parse().ok())
        .collect();
    let to_team = get("to_team").parse::<TeamId>().ok();
    let done = lotsen_app::lead::reassign(
        &state.app,
        &signed.agent,
        team,
        &cases,
        to_team,
        Some(get("note")),
    )
    .await;
    match done {
        Ok(d) => see_other(&format!(
            "/lead?team={team}&moved={}&handed={}&refused={}",
            d.moved.len(),
            d.handed_off.len(),
            d.refused.len()
        )),
        Err(lotsen_app::AppError::Invalid(fields)) => {
            let names: Vec<String> = fields
                .iter()
                .map(|f| labels::field(signed.lang, &f.field))
                .collect();
            let said = format!("{}: {}.", t.check_fields, names.join(", "));
            let query = LeadQuery {
                team: team.to_string(),
                ..LeadQuery::default()
            };
            lead_page(&state, &signed, &query, Some(said)).await
        }
        Err(e) => failure(&e),
    }
}
