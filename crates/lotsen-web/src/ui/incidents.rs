//! `/incidents`: the incidents for agents, open first, each with its count of linked
//! cases; `/incidents/{id}`: one incident, what customers are told, its figures, the
//! open cases that may be about it (linked with one action) and the linked ones; leads
//! post status updates and resolve it there.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use lotsen_domain::IncidentId;
use lotsen_domain::incident::IncidentStatus;
use serde::Deserialize;

use super::pages::{forged, see_other};
use super::session::Signed;
use super::text::{Lang, Words, stockholm};
use super::{Banner, failure, labels, page};
use crate::AppState;

struct Row {
    id: String,
    title: String,
    status: &'static str,
    declared: String,
    linked: u64,
}

struct CaseRow {
    id: String,
    reference: String,
    subject: String,
    status: &'static str,
    score: String,
}

#[derive(Template)]
#[template(path = "incidents.html")]
struct ListPage<'a> {
    lang: Lang,
    t: &'static Words,
    csrf: &'a str,
    agent_name: &'a str,
    lead: bool,
    banners: Vec<Banner>,
    rows: Vec<Row>,
}

#[derive(Template)]
#[template(path = "incident.html")]
struct IncidentPage<'a> {
    lang: Lang,
    t: &'static Words,
    csrf: &'a str,
    agent_name: &'a str,
    lead: bool,
    banners: Vec<Banner>,
    id: String,
    title: String,
    open: bool,
    public_status: String,
    internal_notes: String,
    declared: String,
    linked: u64,
    customers: u64,
    extra_contacts: u64,
    suggestions: Vec<CaseRow>,
    cases: Vec<CaseRow>,
}

fn status(lang: Lang, s: IncidentStatus) -> &'static str {
    let t = lang.t();
    match s {
        IncidentStatus::Open => t.incident_open,
        IncidentStatus::Resolved => t.incident_resolved,
    }
}

/// `GET /incidents`.
pub async fn list(State(state): State<AppState>, signed: Signed) -> Response {
    let (lang, t) = (signed.lang, signed.lang.t());
    let found = tokio::try_join!(
        lotsen_app::incidents::list(&state.app),
        super::banners(&state)
    );
    let (rows, banners) = match found {
        Ok(found) => found,
        Err(e) => return failure(&e),
    };
    let rendered = ListPage {
        lang,
        t,
        csrf: &signed.session.csrf,
        agent_name: &signed.agent.name,
        lead: signed.agent.actor().is_lead_or_admin(),
        banners,
        rows: rows
            .iter()
            .map(|r| Row {
                id: r.incident.id.to_string(),
                title: r.incident.title.clone(),
                status: status(lang, r.incident.status),
                declared: stockholm(r.incident.declared_at),
                linked: r.linked,
            })
            .collect(),
    }
    .render();
    page(StatusCode::OK, rendered)
}

/// `GET /incidents/{id}`.
pub async fn show(
    State(state): State<AppState>,
    signed: Signed,
    Path(raw): Path<String>,
) -> Response {
    let (lang, t) = (signed.lang, signed.lang.t());
    let Ok(id) = raw.parse::<IncidentId>() else {
        return (StatusCode::NOT_FOUND, t.not_found).into_response();
    };
    let app = &state.app;
    let found = tokio::try_join!(
        lotsen_app::incidents::get(app, id),
        lotsen_app::incidents::suggestions(app, id),
        super::banners(&state),
    );
    let (row, suggested, banners) = match found {
        Ok(found) => found,
        Err(lotsen_app::AppError::NotFound(_)) => {
            return (StatusCode::NOT_FOUND, t.not_found).into_response();
        }
        Err(e) => return failure(&e),
    };
    let figures = match app.store.incident_figures(id).await {
        Ok(f) => f,
        Err(e) => return failure(&e.into()),
    };
    let mut cases = Vec::new();
    let linked_ids = match app.store.linked_cases(id).await {
        Ok(ids) => ids,
        Err(e) => return failure(&e.into()),
    };
    // The first fifty: the page stays the same size however large the incident grows.
    for case_id in linked_ids.into_iter().take(50) {
        if let Ok(Some(c)) = app.store.case(case_id).await {
            cases.push(CaseRow {
                id: c.id.to_string(),
                reference: c.reference.to_string(),
                subject: c.subject.clone(),
                status: labels::status(lang, c.status),
                score: String::new(),
            });
        }
    }
    let i = &row.incident;
    let rendered = IncidentPage {
        lang,
        t,
        csrf: &signed.session.csrf,
        agent_name: &signed.agent.name,
        lead: signed.agent.actor().is_lead_or_admin(),
        banners,
        id: i.id.to_string(),
        title: i.title.clone(),
        open: i.status == IncidentStatus::Open,
        public_status: i.public_status.clone(),
        internal_notes: i.internal_notes.clone(),
        declared: stockholm(i.declared_at),
        linked: row.linked,
        customers: figures.customers,
        extra_contacts: figures.contacts.saturating_sub(row.linked),
        suggestions: suggested
            .iter()
            .map(|s| CaseRow {
                id: s.case.id.to_string(),
                reference: s.case.reference.to_string(),
                subject: s.case.subject.clone(),
                status: labels::status(lang, s.case.status),
                score: format!("{:.0} %", s.score * 100.0),
            })
            .collect(),
        cases,
    }
    .render();
    page(StatusCode::OK, rendered)
}

/// The incident forms' fields.
#[derive(Debug, Deserialize)]
pub struct IncidentForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    case_id: String,
    #[serde(default)]
    text: String,
}

/// `POST /incidents/{id}/{link|update|resolve}`: then the incident again.
pub async fn act(
    State(state): State<AppState>,
    signed: Signed,
    Path((raw, action)): Path<(String, String)>,
    Form(form): Form<IncidentForm>,
) -> Response {
    if let Some(refused) = forged(&signed, &form.csrf) {
        return refused;
    }
    let t = signed.lang.t();
    let Ok(id) = raw.parse::<IncidentId>() else {
        return (StatusCode::NOT_FOUND, t.not_found).into_response();
    };
    let app = &state.app;
    let agent = &signed.agent;
    let done = match action.as_str() {
        "link" => match form.case_id.parse() {
            Ok(case) => lotsen_app::incidents::link(app, Some(agent), id, case, false)
                .await
                .map(drop),
            Err(_) => Err(lotsen_app::AppError::invalid("case_id", "is not a case")),
        },
        "update" => lotsen_app::incidents::post_update(app, agent, id, Some(&form.text))
            .await
            .map(drop),
        "resolve" => lotsen_app::incidents::resolve(app, agent, id, Some(&form.text))
            .await
            .map(drop),
        _ => return (StatusCode::NOT_FOUND, t.not_found).into_response(),
    };
    match done {
        Ok(()) => see_other(&format!("/incidents/{id}")),
        Err(e) => failure(&e),
    }
}
