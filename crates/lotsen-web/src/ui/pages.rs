//! The workspace's pages and forms (thin: each reads its input, calls one use case and
//! renders or redirects).

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use lotsen_app::signin;
use lotsen_domain::{Agent, Status};
use lotsen_store::{CaseFilter, Worklist};
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
    status_label: &'static str,
    priority: &'static str,
    updated: String,
    updated_iso: String,
}

struct List {
    key: &'static str,
    title: &'static str,
    total: String,
    rows: Vec<Row>,
}

#[derive(Template)]
#[template(path = "inbox.html")]
struct InboxPage<'a> {
    lang: Lang,
    t: &'static Words,
    csrf: &'a str,
    agent_name: &'a str,
    lead: bool,
    lists: Vec<List>,
    choices: Choices,
    problem: Option<String>,
    banners: Vec<super::Banner>,
    call_directions: Vec<super::case_page::Choice>,
    call_outcomes: Vec<super::case_page::Choice>,
}

/// A form with only the session's CSRF token.
#[derive(Debug, Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    csrf: String,
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
pub(super) fn forged(signed: &Signed, csrf: &str) -> Option<Response> {
    (!signed.csrf_ok(csrf))
        .then(|| (StatusCode::BAD_REQUEST, signed.lang.t().form_expired).into_response())
}

pub(super) fn see_other(to: &str) -> Response {
    let mut response = Redirect::to(to).into_response();
    *response.status_mut() = StatusCode::SEE_OTHER;
    response
}

/// `POST /logout`.
pub async fn logout(
    State(state): State<AppState>,
    signed: Signed,
    headers: HeaderMap,
    Form(form): Form<TokenForm>,
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

fn row(case: &lotsen_domain::Case, lang: Lang) -> Row {
    Row {
        id: case.id.to_string(),
        reference: case.reference.to_string(),
        subject: case.subject.clone(),
        status: case.status.as_str(),
        status_label: super::labels::status(lang, case.status),
        priority: super::labels::priority(lang, case.priority),
        updated: stockholm(case.updated_at),
        updated_iso: case.updated_at.to_string(),
    }
}

/// What an inbox list shows.
enum Source {
    Filter(CaseFilter),
    Work(Worklist),
}

/// How far ahead "breaching soon" looks.
const BREACH_HORIZON: jiff::SignedDuration = jiff::SignedDuration::from_hours(2);

async fn inbox_lists(
    state: &AppState,
    agent: &Agent,
    lang: Lang,
    narrow: &CaseFilter,
) -> Result<Vec<List>, lotsen_app::AppError> {
    let t = lang.t();
    let mine = |status| {
        Source::Filter(CaseFilter {
            status: Some(status),
            owner_id: Some(agent.id),
            ..narrow.clone()
        })
    };
    let until = state.app.clock.now() + BREACH_HORIZON;
    // Lists that only matter when something is in them come and go; the rest stay.
    let mut wanted = vec![
        (
            "handed",
            t.handed_to_me,
            Source::Work(Worklist::HandoffsWaiting),
            true,
        ),
        (
            "questions",
            t.questions_to_me,
            Source::Work(Worklist::QuestionsWaiting),
            true,
        ),
        (
            "breaching",
            t.breaching_soon,
            Source::Work(Worklist::BreachingSoon { until }),
            true,
        ),
        ("mine", t.mine, mine(Status::Open), false),
    ];
    if let Some(team) = agent.team_ids.first() {
        let queue = CaseFilter {
            status: Some(Status::Open),
            team_id: Some(*team),
            ..narrow.clone()
        };
        wanted.push(("team", t.team_queue, Source::Filter(queue), false));
    }
    wanted.push((
        "specialist",
        t.waiting_on_specialist,
        Source::Work(Worklist::WaitingOnSpecialist),
        true,
    ));
    wanted.push((
        "waiting",
        t.waiting_on_customer,
        mine(Status::WaitingOnCustomer),
        false,
    ));
    let mut lists = Vec::with_capacity(wanted.len());
    for (key, title, source, optional) in wanted {
        let store = &state.app.store;
        let found = match &source {
            Source::Filter(f) => store.list_cases_upto(f, LIST_LIMIT).await?,
            Source::Work(w) => {
                store
                    .worklist(w, agent.id, &agent.team_ids, narrow, LIST_LIMIT)
                    .await?
            }
        };
        if optional && found.total == 0 {
            continue;
        }
        lists.push(List {
            key,
            title,
            total: if found.total >= lotsen_store::COUNT_CAP {
                format!("{}+", lotsen_store::COUNT_CAP)
            } else {
                found.total.to_string()
            },
            rows: found.cases.iter().map(|c| row(c, lang)).collect(),
        });
    }
    Ok(lists)
}

/// `GET /inbox` parameters: narrowing and order, for every list.
#[derive(Debug, Default, Deserialize)]
pub struct InboxQuery {
    /// `newest` (the default) or `oldest`.
    #[serde(default)]
    sort: String,
    /// A priority, or empty for all.
    #[serde(default)]
    priority: String,
    /// A channel, or empty for all.
    #[serde(default)]
    channel: String,
}

/// The choices of the inbox's narrowing form, with the chosen one marked.
struct Choices {
    sorts: Vec<Pick>,
    priorities: Vec<Pick>,
    channels: Vec<Pick>,
}

struct Pick {
    value: &'static str,
    label: &'static str,
    chosen: bool,
}

fn choices(query: &InboxQuery, lang: Lang) -> Choices {
    let t = lang.t();
    let pick = |value: &'static str, label: &'static str, current: &str| Pick {
        value,
        label,
        chosen: value == current,
    };
    let mut priorities = vec![pick("", t.all, &query.priority)];
    priorities.extend(lotsen_domain::Priority::ALL.iter().map(|p| {
        pick(
            p.as_str(),
            super::labels::priority(lang, *p),
            &query.priority,
        )
    }));
    let mut channels = vec![pick("", t.all, &query.channel)];
    channels.extend(
        lotsen_domain::Channel::ALL
            .iter()
            .map(|c| pick(c.as_str(), c.as_str(), &query.channel)),
    );
    let sort = if query.sort == "oldest" {
        "oldest"
    } else {
        "newest"
    };
    Choices {
        sorts: vec![
            pick("newest", t.newest_first, sort),
            pick("oldest", t.oldest_first, sort),
        ],
        priorities,
        channels,
    }
}

/// `GET /inbox`: the agent's lists, narrowed and ordered as asked.
pub async fn inbox(
    State(state): State<AppState>,
    signed: Signed,
    Query(query): Query<InboxQuery>,
) -> Response {
    inbox_page(&state, &signed, &query, None).await
}

/// The inbox, with what was refused when a form on it was (a call not logged).
pub(super) async fn inbox_page(
    state: &AppState,
    signed: &Signed,
    query: &InboxQuery,
    problem: Option<String>,
) -> Response {
    let t = signed.lang.t();
    let narrow = CaseFilter {
        priority: lotsen_domain::Priority::parse(&query.priority),
        channel: lotsen_domain::Channel::parse(&query.channel),
        oldest_first: query.sort == "oldest",
        ..CaseFilter::default()
    };
    let found = tokio::try_join!(
        inbox_lists(state, &signed.agent, signed.lang, &narrow),
        super::banners(state),
    );
    let (lists, banners) = match found {
        Ok(found) => found,
        Err(e) => return failure(&e),
    };
    let rendered = InboxPage {
        lang: signed.lang,
        t,
        csrf: &signed.session.csrf,
        agent_name: &signed.agent.name,
        lead: signed.agent.actor().is_lead_or_admin(),
        lists,
        choices: choices(query, signed.lang),
        call_directions: super::case_page::call_directions(signed.lang),
        call_outcomes: super::case_page::call_outcomes(signed.lang),
        problem,
        banners,
    };
    page(super::status_of(&rendered.problem), rendered.render())
}
