//! The workspace's pages and forms (thin: each reads its input, calls one use case and
//! renders or redirects).

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use lotsen_app::signin;
use lotsen_domain::{Agent, CaseId, Direction, Status, Visibility};
use lotsen_store::CaseFilter;
use serde::Deserialize;

use super::session::{LOGIN_CSRF_COOKIE, Signed, cookie, set_cookie};
use super::text::{Lang, Words, stockholm};
use super::{failure, page};
use crate::AppState;

/// Cases shown per inbox list.
const LIST_LIMIT: u32 = 50;

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage<'a> {
    lang: Lang,
    t: &'static Words,
    csrf: &'a str,
    email: &'a str,
    problem: Option<&'static str>,
}

struct Row {
    id: String,
    reference: String,
    subject: String,
    status: &'static str,
    priority: &'static str,
    updated: String,
    updated_iso: String,
}

struct List {
    key: &'static str,
    title: &'static str,
    total: u64,
    rows: Vec<Row>,
}

#[derive(Template)]
#[template(path = "inbox.html")]
struct InboxPage<'a> {
    lang: Lang,
    t: &'static Words,
    csrf: &'a str,
    agent_name: &'a str,
    lists: Vec<List>,
}

struct Entry {
    class: String,
    label: String,
    at: String,
    at_iso: String,
    body: String,
}

#[derive(Template)]
#[template(path = "case.html")]
struct CasePage<'a> {
    lang: Lang,
    t: &'static Words,
    csrf: &'a str,
    agent_name: &'a str,
    id: String,
    reference: String,
    subject: String,
    status: &'static str,
    customer: String,
    entries: Vec<Entry>,
    problem: Option<String>,
}

/// A form with only a CSRF token and a text.
#[derive(Debug, Deserialize)]
pub struct TextForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    body: String,
}

/// The sign-in form's fields.
#[derive(Debug, Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

/// The language form's fields.
#[derive(Debug, Deserialize)]
pub struct LanguageForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    language: String,
}

/// `POST /settings/language`: the agent's UI language, then the page they came from.
pub async fn language(
    State(state): State<AppState>,
    signed: Signed,
    headers: HeaderMap,
    Form(form): Form<LanguageForm>,
) -> Response {
    if let Some(refused) = forged(&signed, &form.csrf) {
        return refused;
    }
    let lang = Lang::parse(&form.language);
    if let Err(e) = state
        .app
        .store
        .set_ui_language(signed.agent.id, lang.code(), state.app.clock.now())
        .await
    {
        return failure(&lotsen_app::AppError::from(e));
    }
    // Back to the page it was sent from, when that is one of ours.
    let back = headers
        .get(header::REFERER)
        .and_then(|v| v.to_str().ok())
        .and_then(|r| r.find("://").map(|i| &r[i + 3..]))
        .and_then(|r| r.find('/').map(|i| r[i..].to_owned()))
        // A path of ours only: "//host" and "/\\host" would leave the site.
        .filter(|p| p.starts_with('/') && !p.starts_with("//") && !p.contains('\\'))
        .unwrap_or_else(|| "/inbox".to_owned());
    see_other(&back)
}

/// `GET /`: the inbox.
pub async fn home() -> Redirect {
    Redirect::to("/inbox")
}

fn login_page(status: StatusCode, email: &str, problem: Option<&'static str>) -> Response {
    let csrf = signin::form_token();
    let lang = Lang::Sv;
    let rendered = LoginPage {
        lang,
        t: lang.t(),
        csrf: &csrf,
        email,
        problem,
    }
    .render();
    let mut response = page(status, rendered);
    response.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(LOGIN_CSRF_COOKIE, &csrf, 3600),
    );
    response
}

/// `GET /login`.
pub async fn login_form() -> Response {
    login_page(StatusCode::OK, "", None)
}

/// `POST /login`: a session and the inbox, or the form again with what was wrong.
pub async fn login(
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(form): Form<LoginForm>,
) -> Response {
    let t = Lang::Sv.t();
    let expected = cookie(&headers, LOGIN_CSRF_COOKIE).unwrap_or_default();
    if !signin::same_token(&form.csrf, expected) {
        return login_page(StatusCode::BAD_REQUEST, &form.email, Some(t.form_expired));
    }
    match signin::sign_in(&state.app, &form.email, &form.password).await {
        Ok(session) => {
            let mut response = see_other("/inbox");
            let max_age = signin::SESSION_LENGTH.as_secs();
            let headers = response.headers_mut();
            headers.append(
                header::SET_COOKIE,
                set_cookie(signin::COOKIE, &session.cookie, max_age),
            );
            headers.append(header::SET_COOKIE, set_cookie(LOGIN_CSRF_COOKIE, "", 0));
            response
        }
        Err(lotsen_app::AppError::Unauthenticated) => login_page(
            StatusCode::UNAUTHORIZED,
            &form.email,
            Some(t.wrong_credentials),
        ),
        Err(e) => failure(&e),
    }
}

/// The answer to a form without this session's token, if it is one.
fn forged(signed: &Signed, csrf: &str) -> Option<Response> {
    (!signed.csrf_ok(csrf))
        .then(|| (StatusCode::BAD_REQUEST, signed.lang.t().form_expired).into_response())
}

fn see_other(to: &str) -> Response {
    let mut response = Redirect::to(to).into_response();
    *response.status_mut() = StatusCode::SEE_OTHER;
    response
}

/// `POST /logout`.
pub async fn logout(
    State(state): State<AppState>,
    signed: Signed,
    headers: HeaderMap,
    Form(form): Form<TextForm>,
) -> Response {
    if let Some(refused) = forged(&signed, &form.csrf) {
        return refused;
    }
    if let Some(value) = cookie(&headers, signin::COOKIE)
        && let Err(e) = signin::sign_out(&state.app, value).await
    {
        return failure(&e);
    }
    let mut response = see_other("/login");
    response
        .headers_mut()
        .append(header::SET_COOKIE, set_cookie(signin::COOKIE, "", 0));
    response
}

fn row(case: &lotsen_domain::Case) -> Row {
    Row {
        id: case.id.to_string(),
        reference: case.reference.to_string(),
        subject: case.subject.clone(),
        status: case.status.as_str(),
        priority: case.priority.as_str(),
        updated: stockholm(case.updated_at),
        updated_iso: case.updated_at.to_string(),
    }
}

async fn list(
    state: &AppState,
    key: &'static str,
    title: &'static str,
    filter: CaseFilter,
) -> Result<List, lotsen_app::AppError> {
    let found = state.app.store.list_cases(&filter, LIST_LIMIT, 0).await?;
    Ok(List {
        key,
        title,
        total: found.total,
        rows: found.cases.iter().map(row).collect(),
    })
}

async fn inbox_lists(
    state: &AppState,
    agent: &Agent,
    t: &Words,
) -> Result<Vec<List>, lotsen_app::AppError> {
    let mine = |status| CaseFilter {
        status: Some(status),
        owner_id: Some(agent.id),
        ..CaseFilter::default()
    };
    let mut wanted = vec![("mine", t.mine, mine(Status::Open))];
    if let Some(team) = agent.team_ids.first() {
        let queue = CaseFilter {
            status: Some(Status::Open),
            team_id: Some(*team),
            ..CaseFilter::default()
        };
        wanted.push(("team", t.team_queue, queue));
    }
    wanted.push((
        "waiting",
        t.waiting_on_customer,
        mine(Status::WaitingOnCustomer),
    ));
    let mut lists = Vec::with_capacity(wanted.len());
    for (key, title, filter) in wanted {
        lists.push(list(state, key, title, filter).await?);
    }
    Ok(lists)
}

/// `GET /inbox`.
pub async fn inbox(State(state): State<AppState>, signed: Signed) -> Response {
    let t = signed.lang.t();
    let lists = match inbox_lists(&state, &signed.agent, t).await {
        Ok(lists) => lists,
        Err(e) => return failure(&e),
    };
    let rendered = InboxPage {
        lang: signed.lang,
        t,
        csrf: &signed.session.csrf,
        agent_name: &signed.agent.name,
        lists,
    }
    .render();
    page(StatusCode::OK, rendered)
}

fn entries(view: &lotsen_app::cases::CaseView, t: &Words) -> Vec<Entry> {
    view.timeline
        .iter()
        .map(|e| {
            let at = e.event.at;
            let (class, label, body) = if let Some(m) = &e.message {
                let from = if m.direction == Direction::Inbound {
                    t.from_customer
                } else {
                    t.from_us
                };
                let (vis_class, vis) = if m.visibility == Visibility::Public {
                    ("public", t.public)
                } else {
                    ("private", t.private)
                };
                (
                    format!("message {} {vis_class}", m.direction.as_str()),
                    format!("{from} · {} · {vis}", m.channel.as_str()),
                    m.body.clone(),
                )
            } else if let Some(n) = &e.note {
                ("note".to_owned(), t.note.to_owned(), n.body.clone())
            } else {
                (
                    format!("event event-{}", e.event.kind.name()),
                    e.event.kind.name().replace('_', " "),
                    String::new(),
                )
            };
            Entry {
                class,
                label,
                at: stockholm(at),
                at_iso: at.to_string(),
                body,
            }
        })
        .collect()
}

async fn case_page(
    state: &AppState,
    signed: &Signed,
    raw_id: &str,
    problem: Option<String>,
) -> Response {
    let t = signed.lang.t();
    let Ok(id) = raw_id.parse::<CaseId>() else {
        return (StatusCode::NOT_FOUND, t.not_found).into_response();
    };
    let view = match lotsen_app::cases::get(&state.app, &signed.agent, id).await {
        Ok(view) => view,
        Err(lotsen_app::AppError::NotFound(_)) => {
            return (StatusCode::NOT_FOUND, t.not_found).into_response();
        }
        Err(e) => return failure(&e),
    };
    let status = if problem.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let rendered = CasePage {
        lang: signed.lang,
        t,
        csrf: &signed.session.csrf,
        agent_name: &signed.agent.name,
        id: view.case.id.to_string(),
        reference: view.case.reference.to_string(),
        subject: view.case.subject.clone(),
        status: view.case.status.as_str(),
        customer: view
            .customer
            .as_ref()
            .map(|c| c.name.clone())
            .unwrap_or_default(),
        entries: entries(&view, t),
        problem,
    }
    .render();
    page(status, rendered)
}

/// `GET /cases/{id}`.
pub async fn case(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
) -> Response {
    case_page(&state, &signed, &id, None).await
}

/// `POST /cases/{id}/reply`: the reply on the case's channel, then the case again.
pub async fn reply(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
    Form(form): Form<TextForm>,
) -> Response {
    let (app, agent, body) = (&state.app, &signed.agent, form.body.as_str());
    act(&state, &signed, &id, &form, move |case_id| async move {
        lotsen_app::cases::reply(app, agent, case_id, Some(body), None, None)
            .await
            .map(|_| ())
    })
    .await
}

/// `POST /cases/{id}/note`: an internal note, then the case again.
pub async fn note(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
    Form(form): Form<TextForm>,
) -> Response {
    let (app, agent, body) = (&state.app, &signed.agent, form.body.as_str());
    act(&state, &signed, &id, &form, move |case_id| async move {
        lotsen_app::cases::add_note(app, agent, case_id, Some(body))
            .await
            .map(|_| ())
    })
    .await
}

/// Checks the form's token, runs the action and shows the case (with the problem, if
/// the action was refused).
async fn act<F, Fut>(
    state: &AppState,
    signed: &Signed,
    raw_id: &str,
    form: &TextForm,
    action: F,
) -> Response
where
    F: FnOnce(CaseId) -> Fut,
    Fut: std::future::Future<Output = Result<(), lotsen_app::AppError>>,
{
    let t = signed.lang.t();
    if let Some(refused) = forged(signed, &form.csrf) {
        return refused;
    }
    let Ok(case_id) = raw_id.parse::<CaseId>() else {
        return (StatusCode::NOT_FOUND, t.not_found).into_response();
    };
    match action(case_id).await {
        Ok(()) => see_other(&format!("/cases/{case_id}")),
        Err(lotsen_app::AppError::NotFound(_)) => {
            (StatusCode::NOT_FOUND, t.not_found).into_response()
        }
        Err(
            e @ (lotsen_app::AppError::Invalid(_)
            | lotsen_app::AppError::Conflict { .. }
            | lotsen_app::AppError::Forbidden { .. }),
        ) => case_page(state, signed, raw_id, Some(e.to_string())).await,
        Err(e) => failure(&e),
    }
}
