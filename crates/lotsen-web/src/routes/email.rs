//! The email channel over HTTP: raw mail posted by `lotsen mailgate` (or any MTA pipe),
//! the dead letters for administrators (listed, read raw, re-processed), and a message's
//! attachments and raw original.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use lotsen_app::AppError;
use lotsen_app::email::{self, EmailIntake};
use lotsen_domain::MessageId;
use lotsen_store::DeadLetter;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::AppState;
use crate::error::{ApiError, ErrorBody};
use crate::extract::{ApiJson, CurrentAgent, IdPath};

/// Largest raw message accepted over HTTP (the parser's own limit applies too).
pub const MAX_RAW_BYTES: usize = 48 * 1024 * 1024;

/// What became of a posted message: a case message, or a dead letter kept raw.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct EmailIntakeDto {
    /// `message` or `dead_letter`.
    pub outcome: String,
    /// The message (for `message`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
    /// Its case.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub case_id: Option<String>,
    /// The case's reference.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub case_ref: Option<String>,
    /// Whether the message opened the case.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_case: Option<bool>,
    /// Whether the same Message-ID was received before.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duplicate: Option<bool>,
    /// The dead letter (for `dead_letter`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dead_letter_id: Option<String>,
    /// Why it is a dead letter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl From<EmailIntake> for EmailIntakeDto {
    fn from(intake: EmailIntake) -> Self {
        match intake {
            EmailIntake::Message(o) => Self {
                outcome: "message".into(),
                message_id: Some(o.message_id.to_string()),
                case_id: Some(o.case_id.to_string()),
                case_ref: Some(o.case_ref.to_string()),
                created_case: Some(o.created_case),
                duplicate: Some(o.duplicate),
                dead_letter_id: None,
                reason: None,
            },
            EmailIntake::DeadLetter { id, reason } => Self {
                outcome: "dead_letter".into(),
                message_id: None,
                case_id: None,
                case_ref: None,
                created_case: None,
                duplicate: None,
                dead_letter_id: Some(id.to_string()),
                reason: Some(reason),
            },
        }
    }
}

/// Takes in one raw message (`message/rfc822`). Answers 202 whether it became a case
/// message or a dead letter: either way it is stored and the sender must not retry; 503
/// means it was not stored and the sender must try again.
#[utoipa::path(
    post, path = "/api/v1/email/inbound", tag = "email",
    request_body(content = String, content_type = "message/rfc822"),
    responses(
        (status = 202, body = EmailIntakeDto, description = "Stored"),
        (status = 413, body = ErrorBody, description = "Too large"),
        (status = 503, body = ErrorBody, description = "Not stored; try again"),
    ),
    security(("bearer" = []))
)]
pub async fn inbound(
    State(state): State<AppState>,
    CurrentAgent(_agent): CurrentAgent,
    body: Bytes,
) -> Result<(StatusCode, Json<EmailIntakeDto>), ApiError> {
    if body.is_empty() {
        return Err(AppError::invalid("body", "the raw message is empty").into());
    }
    let intake = email::receive_raw(&state.app, &body, "mailgate").await?;
    Ok((StatusCode::ACCEPTED, Json(intake.into())))
}

/// Filters for the dead letters.
#[derive(Debug, Deserialize, IntoParams)]
pub struct DeadLetterQuery {
    /// `held` (the default) or `reprocessed`; `all` for both.
    pub status: Option<String>,
    /// At most this many, 1 to 500 (default 100).
    pub limit: Option<u32>,
}

/// The dead letters, newest first (admins only).
#[utoipa::path(
    get, path = "/api/v1/email/dead-letters", tag = "email",
    params(DeadLetterQuery),
    responses(
        (status = 200, body = Vec<Object>, description = "Dead letters without their bytes"),
        (status = 403, body = ErrorBody, description = "Not an admin"),
    ),
    security(("bearer" = []))
)]
pub async fn dead_letters(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    Query(q): Query<DeadLetterQuery>,
) -> Result<Json<Vec<DeadLetter>>, ApiError> {
    let status = match q.status.as_deref() {
        None => Some("held"),
        Some("all") => None,
        Some(s) => Some(s),
    };
    let list = email::dead_letters(&state.app, &agent, status, q.limit.unwrap_or(100)).await?;
    Ok(Json(list))
}

/// One dead letter's raw bytes, as received (admins only).
#[utoipa::path(
    get, path = "/api/v1/email/dead-letters/{id}/raw", tag = "email",
    params(("id" = String, Path, description = "Dead letter id")),
    responses(
        (status = 200, content_type = "message/rfc822", description = "The bytes"),
        (status = 404, body = ErrorBody, description = "No such dead letter"),
    ),
    security(("bearer" = []))
)]
pub async fn dead_letter_raw(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    IdPath(id): IdPath<Uuid>,
) -> Result<Response, ApiError> {
    let (_, raw) = email::dead_letter(&state.app, &agent, id).await?;
    Ok(([(header::CONTENT_TYPE, "message/rfc822")], raw).into_response())
}

/// How to re-process a dead letter.
#[derive(Debug, Default, Deserialize, ToSchema)]
pub struct ReprocessRequest {
    /// Take it in as a customer's message even when it is a machine's notice that
    /// matches no case (it then opens one).
    #[serde(default)]
    pub force: Option<bool>,
}

/// Runs a held dead letter through intake again (admins only). 200 with the message when
/// it became one; 409 `still_dead` with the reason when it still cannot.
#[utoipa::path(
    post, path = "/api/v1/email/dead-letters/{id}/reprocess", tag = "email",
    params(("id" = String, Path, description = "Dead letter id")),
    request_body = ReprocessRequest,
    responses(
        (status = 200, body = EmailIntakeDto, description = "Now a case message"),
        (status = 409, body = ErrorBody, description = "Still not a message, or done before"),
    ),
    security(("bearer" = []))
)]
pub async fn reprocess(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    IdPath(id): IdPath<Uuid>,
    ApiJson(req): ApiJson<ReprocessRequest>,
) -> Result<Json<EmailIntakeDto>, ApiError> {
    match email::reprocess(&state.app, &agent, id, req.force.unwrap_or(false)).await? {
        EmailIntake::DeadLetter { reason, .. } => Err(AppError::Conflict {
            code: "still_dead",
            message: format!("the message still cannot be taken in: {reason}"),
        }
        .into()),
        intake => Ok(Json(intake.into())),
    }
}

/// One attachment of a message, as stored; refused ones are not served.
#[utoipa::path(
    get, path = "/api/v1/messages/{id}/attachments/{position}", tag = "email",
    params(
        ("id" = String, Path, description = "Message id"),
        ("position" = u32, Path, description = "Attachment position, from 0"),
    ),
    responses(
        (status = 200, description = "The file"),
        (status = 404, body = ErrorBody, description = "No such attachment"),
        (status = 409, body = ErrorBody, description = "Refused at intake"),
    ),
    security(("bearer" = []))
)]
pub async fn attachment(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    Path((id, position)): Path<(String, u32)>,
) -> Result<Response, ApiError> {
    let id: MessageId = id.parse().map_err(|_| AppError::NotFound("attachment"))?;
    let record = email::attachment(&state.app, &agent, id, position).await?;
    let name = record
        .filename
        .unwrap_or_else(|| format!("bilaga-{}", position + 1))
        .replace(['"', '\\', '\r', '\n'], "_");
    Ok((
        [
            (header::CONTENT_TYPE, "application/octet-stream".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_owned()),
        ],
        record.data,
    )
        .into_response())
}

/// The raw original of an inbound email message.
#[utoipa::path(
    get, path = "/api/v1/messages/{id}/raw", tag = "email",
    params(("id" = String, Path, description = "Message id")),
    responses(
        (status = 200, content_type = "message/rfc822", description = "The bytes as received"),
        (status = 404, body = ErrorBody, description = "Not an email received by Lotsen"),
    ),
    security(("bearer" = []))
)]
pub async fn raw_message(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    IdPath(id): IdPath<MessageId>,
) -> Result<Response, ApiError> {
    let raw = email::raw_message(&state.app, &agent, id).await?;
    Ok(([(header::CONTENT_TYPE, "message/rfc822")], raw).into_response())
}
