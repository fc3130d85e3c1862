//! `/api/v1/cases/{id}/lint`: the reply lint's hints on a draft, with what the case knows
//! (public or private, the channel's emoji policy, the agent's signature, the customer's
//! language and tone). The composer calls it as the agent types. `/api/v1/cases/{id}/typing`:
//! the chat visitor sees that an agent is typing.

use axum::Json;
use axum::extract::State;
use lotsen_domain::error::Validator;
use lotsen_domain::{CaseId, Channel, Visibility};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::AppState;
use crate::dto::parse_enum;
use crate::error::{ApiError, ErrorBody};
use crate::extract::{ApiJson, CurrentAgent, IdPath};

/// A draft reply.
#[derive(Debug, Default, Deserialize, ToSchema)]
pub struct DraftRequest {
    /// The text so far.
    pub body: Option<String>,
    /// Channel; the case's first channel when not given.
    pub channel: Option<String>,
    /// `private` (default) or `public`.
    pub visibility: Option<String>,
}

/// One hint.
#[derive(Debug, Serialize, ToSchema)]
pub struct LintHintDto {
    /// `emoji_not_allowed`, `missing_signature`, `wrong_signature`,
    /// `asks_for_personal_data_in_public`, `personal_data_in_public`,
    /// `defensive_without_acknowledgement`, `missing_acknowledgement`,
    /// `language_mismatch`.
    pub code: String,
    /// For the agent.
    pub message: String,
    /// Start byte in the draft (equal to `end`: the whole draft).
    pub start: usize,
    /// End byte in the draft.
    pub end: usize,
}

/// The hints.
#[derive(Debug, Serialize, ToSchema)]
pub struct DraftLint {
    /// In the order of the draft.
    pub hints: Vec<LintHintDto>,
}

/// Lints a draft reply.
#[utoipa::path(
    post, path = "/api/v1/cases/{id}/lint", tag = "cases",
    params(("id" = String, Path, description = "Case id")),
    request_body = DraftRequest,
    responses((status = 200, body = DraftLint), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn lint(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    IdPath(id): IdPath<CaseId>,
    ApiJson(req): ApiJson<DraftRequest>,
) -> Result<Json<DraftLint>, ApiError> {
    let mut v = Validator::new();
    let names = Channel::ALL
        .iter()
        .map(|c| c.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let channel = parse_enum(
        &mut v,
        "channel",
        req.channel.as_deref(),
        Channel::parse,
        &names,
    );
    let visibility = parse_enum(
        &mut v,
        "visibility",
        req.visibility.as_deref(),
        Visibility::parse,
        "private, public",
    );
    v.finish().map_err(lotsen_app::AppError::from)?;
    let body = req.body.unwrap_or_default();
    let hints =
        lotsen_app::drafts::lint(&state.app, &agent, id, &body, channel, visibility).await?;
    Ok(Json(DraftLint {
        hints: hint_dtos(hints),
    }))
}

/// A hint's stable code.
pub fn code_name(code: lotsen_app::drafts::LintCode) -> String {
    serde_json::to_value(code)
        .ok()
        .and_then(|c| c.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The hints as the API shows them.
pub fn hint_dtos(hints: Vec<lotsen_app::drafts::LintHint>) -> Vec<LintHintDto> {
    hints
        .into_iter()
        .map(|h| LintHintDto {
            code: code_name(h.code),
            message: h.message,
            start: h.start,
            end: h.end,
        })
        .collect()
}

/// Whether the visitor saw the agent type.
#[derive(Debug, Serialize, ToSchema)]
pub struct TypingShown {
    /// The visitor's open connections on this server that were told (the other
    /// servers are told too, and push to theirs).
    pub connections_here: usize,
}

/// Shows the chat visitor of a case that an agent is typing (the composer calls it at
/// most every few seconds while the agent writes).
#[utoipa::path(
    post, path = "/api/v1/cases/{id}/typing", tag = "cases",
    params(("id" = String, Path, description = "Case id")),
    responses((status = 202, body = TypingShown), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn typing(
    State(state): State<AppState>,
    CurrentAgent(_agent): CurrentAgent,
    IdPath(id): IdPath<CaseId>,
) -> Result<(axum::http::StatusCode, Json<TypingShown>), ApiError> {
    let visitor = lotsen_app::chat::typing_to(&state.app, id).await?;
    let connections_here = crate::chat::agent_typing(&state.app, &state.chat, &visitor).await?;
    Ok((
        axum::http::StatusCode::ACCEPTED,
        Json(TypingShown { connections_here }),
    ))
}
