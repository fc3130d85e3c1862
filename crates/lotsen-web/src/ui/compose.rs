//! The composer's helpers for `assets/compose.js`: a draft's reply-lint hints
//! (`POST /cases/{id}/draft/lint`, in the agent's language) and the chat visitor told
//! the agent is typing (`POST /cases/{id}/draft/typing`). Both check the session's CSRF
//! token like every form.

use axum::Form;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use lotsen_domain::{CaseId, Channel, Visibility};
use serde::{Deserialize, Serialize};

use super::labels;
use super::pages::forged;
use super::session::Signed;
use crate::AppState;

/// A draft as the composer sends it.
#[derive(Debug, Deserialize)]
pub struct DraftForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    channel: String,
    #[serde(default)]
    visibility: String,
}

#[derive(Debug, Serialize)]
struct Hint {
    code: String,
    message: String,
    start: usize,
    end: usize,
}

#[derive(Debug, Serialize)]
struct Hints {
    hints: Vec<Hint>,
}

/// `POST /cases/{id}/draft/{lint|typing}`.
pub async fn draft(
    State(state): State<AppState>,
    signed: Signed,
    Path((id, what)): Path<(String, String)>,
    Form(form): Form<DraftForm>,
) -> Response {
    if let Some(refused) = forged(&signed, &form.csrf) {
        return refused;
    }
    let Ok(case) = id.parse::<CaseId>() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    match what.as_str() {
        "lint" => {
            let found = lotsen_app::drafts::lint(
                &state.app,
                &signed.agent,
                case,
                &form.body,
                Channel::parse(&form.channel),
                Visibility::parse(&form.visibility),
            )
            .await;
            match found {
                Ok(hints) => Json(Hints {
                    hints: hints
                        .into_iter()
                        .map(|h| Hint {
                            code: crate::routes::drafts::code_name(h.code),
                            message: labels::lint(signed.lang, h.code).to_owned(),
                            start: h.start,
                            end: h.end,
                        })
                        .collect(),
                })
                .into_response(),
                Err(e) => super::failure(&e),
            }
        }
        "typing" => match lotsen_app::chat::typing_to(&state.app, case).await {
            Ok(visitor) => {
                match crate::chat::agent_typing(&state.app, &state.chat, &visitor).await {
                    Ok(_) => StatusCode::ACCEPTED.into_response(),
                    Err(e) => super::failure(&e),
                }
            }
            // Not a chat case: nobody to tell.
            Err(_) => StatusCode::NO_CONTENT.into_response(),
        },
        _ => StatusCode::NOT_FOUND.into_response(),
    }
}
