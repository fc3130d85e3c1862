//! The agent workspace, server-rendered with askama: `/login` (email and password, a
//! CSRF token of its own), `/logout`, `/inbox` (handed to me, questions for me,
//! breaching soon, my cases, the team's queue, waiting on a specialist or the customer,
//! with counts) and `/cases/{id}` (the timeline across channels, the case's facts,
//! deadlines and path, the waiting handoff and questions, the customer's other cases,
//! and the forms: reply, note, take, hand off, escalate, answer, request a manager,
//! resolve, close, reopen, merge a duplicate, log a call; the composer's lint hints,
//! saved replies and signature preview). Every form sends the session's CSRF token; open pages
//! update live (`/ui/live`); pages are Swedish or English per agent, times as read in
//! Stockholm.

mod actions;
mod article_editor;
mod case_page;
mod compose;
mod faq;
mod guard;
mod incidents;
mod knowledge_page;
mod knowledge_panel;
mod labels;
mod lead;
pub mod live;
mod moderation;
mod pages;
mod search_page;
pub mod session;
pub mod text;

use axum::Router;
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};

use crate::AppState;

/// The workspace's routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(pages::home))
        .route("/login", get(pages::login_form).post(pages::login))
        .route("/logout", post(pages::logout))
        .route("/inbox", get(pages::inbox))
        .route("/cases/{id}", get(actions::case))
        .route("/cases/{id}/{action}", post(actions::on_case))
        .route("/calls", post(actions::on_call))
        .route("/search", get(search_page::search))
        .route("/knowledge", get(knowledge_page::knowledge))
        .route(
            "/knowledge/{id}",
            get(article_editor::show).post(article_editor::save),
        )
        .route("/faq", get(faq::list))
        .route("/faq/{id}", get(faq::show))
        .route("/lead", get(lead::lead))
        .route("/incidents", get(incidents::list))
        .route("/incidents/{id}", get(incidents::show))
        .route("/incidents/{id}/{action}", post(incidents::act))
        .route("/lead/reassign", post(lead::reassign))
        .route("/cases/{id}/draft/{what}", post(compose::draft))
        .route("/ui/compose.js", get(compose_script))
        .route("/handoffs/{id}/{action}", post(actions::on_handoff))
        .route("/escalations/{id}/answer", post(actions::answer))
        .route("/ui/live", get(live::stream))
        .route("/ui/live.js", get(live::script))
        .route("/ui/keys.js", get(keys_script))
        .route("/settings/language", post(pages::language))
        .route("/ui/ui.css", get(stylesheet))
}

async fn keys_script() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=300"),
        ],
        include_str!("../../assets/keys.js"),
    )
}

async fn compose_script() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=300"),
        ],
        include_str!("../../assets/compose.js"),
    )
}

async fn stylesheet() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=300"),
        ],
        include_str!("../../assets/ui.css"),
    )
}

/// An open incident, as the banner on the workspace's pages says it.
pub(super) struct Banner {
    pub title: String,
    pub status: String,
}

/// The open incidents, for the banner.
pub(super) async fn banners(state: &AppState) -> Result<Vec<Banner>, lotsen_app::AppError> {
    Ok(lotsen_app::incidents::open(&state.app)
        .await?
        .into_iter()
        .map(|i| Banner {
            title: i.title,
            status: i.public_status,
        })
        .collect())
}

/// 422 for a page shown again with what was refused, else 200.
fn status_of(problem: &Option<String>) -> StatusCode {
    if problem.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    }
}

/// A rendered page, or a plain 500 when a template fails (it never should).
fn page(status: StatusCode, rendered: Result<String, askama::Error>) -> Response {
    match rendered {
        Ok(html) => (
            status,
            [
                (header::CACHE_CONTROL, "no-store"),
                (header::X_FRAME_OPTIONS, "DENY"),
            ],
            [(
                header::CONTENT_SECURITY_POLICY,
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'",
            )],
            Html(html),
        )
            .into_response(),
        Err(e) => {
            tracing::error!(error = %e, "template failed");
            (StatusCode::INTERNAL_SERVER_ERROR, "template failed").into_response()
        }
    }
}

/// A use case that failed for a reason the page cannot show.
pub(crate) fn failure(e: &lotsen_app::AppError) -> Response {
    tracing::warn!(code = e.code(), "workspace request failed");
    let status = match e {
        lotsen_app::AppError::NotFound(_) => StatusCode::NOT_FOUND,
        lotsen_app::AppError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
        _ => StatusCode::BAD_REQUEST,
    };
    (status, e.to_string()).into_response()
}
