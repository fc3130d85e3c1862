//! Phone calls logged by agents: on a case, or for a caller found by phone number.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use lotsen_app::AppError;
use lotsen_app::calls::{self, Call};
use lotsen_domain::case::CallOutcome;
use lotsen_domain::error::Validator;
use lotsen_domain::{CaseId, Direction};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::AppState;
use crate::dto::parse_enum;
use crate::error::{ApiError, ErrorBody};
use crate::extract::{ApiJson, CurrentAgent, IdPath};

/// A phone call to log.
#[derive(Debug, Deserialize, ToSchema)]
pub struct CallRequest {
    /// `inbound` (the customer called) or `outbound` (we called).
    pub direction: Option<String>,
    /// `reached`, `callback_promised`, `voicemail` or `no_answer` (the last two for
    /// outbound calls).
    pub outcome: Option<String>,
    /// The agent's notes of the call.
    pub notes: Option<String>,
    /// How long, in whole minutes.
    pub minutes: Option<u32>,
    /// For `POST /calls`: the caller's phone number.
    pub phone: Option<String>,
    /// For `POST /calls`: the caller's name, for a number Lotsen has not seen.
    pub name: Option<String>,
}

/// A logged call.
#[derive(Debug, Serialize, ToSchema)]
pub struct CallLogged {
    /// The case it went into.
    pub case_id: Uuid,
    /// Its reference.
    pub case_ref: String,
    /// The notes' message.
    pub message_id: Uuid,
}

fn call(req: &CallRequest) -> Result<Call<'_>, ApiError> {
    let mut v = Validator::new();
    let direction = parse_enum(
        &mut v,
        "direction",
        req.direction.as_deref(),
        Direction::parse,
        "inbound, outbound",
    );
    let outcome = parse_enum(
        &mut v,
        "outcome",
        req.outcome.as_deref(),
        CallOutcome::parse,
        "reached, callback_promised, voicemail, no_answer",
    );
    if !v.is_empty() && req.notes.as_deref().is_none_or(|n| n.trim().is_empty()) {
        // Every bad field at once: the rest is checked with the call.
        v.add("notes", "must not be blank");
    }
    v.finish().map_err(AppError::from)?;
    Ok(Call {
        direction,
        outcome,
        notes: req.notes.as_deref(),
        minutes: req.minutes,
    })
}

fn created(case: &lotsen_domain::Case, message: lotsen_domain::MessageId) -> Json<CallLogged> {
    Json(CallLogged {
        case_id: case.id.as_uuid(),
        case_ref: case.reference.to_string(),
        message_id: message.as_uuid(),
    })
}

/// Logs a phone call on a case; any agent may (the one who took the call), and an
/// unowned case becomes theirs. A customer calling about a closed case opens it again.
#[utoipa::path(
    post, path = "/api/v1/cases/{id}/calls", tag = "cases",
    params(("id" = String, Path, description = "Case id")),
    request_body = CallRequest,
    responses((status = 201, body = CallLogged), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn on_case(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    IdPath(id): IdPath<CaseId>,
    ApiJson(req): ApiJson<CallRequest>,
) -> Result<(StatusCode, Json<CallLogged>), ApiError> {
    let (case, message) = calls::log(&state.app, &agent, id, &call(&req)?).await?;
    Ok((StatusCode::CREATED, created(&case, message)))
}

/// Logs a phone call with a caller found by phone number: into their open case, or a
/// new case (a new customer for a number not seen before).
#[utoipa::path(
    post, path = "/api/v1/calls", tag = "cases",
    request_body = CallRequest,
    responses((status = 201, body = CallLogged), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn for_caller(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    ApiJson(req): ApiJson<CallRequest>,
) -> Result<(StatusCode, Json<CallLogged>), ApiError> {
    let (case, message) = calls::log_for_caller(
        &state.app,
        &agent,
        req.phone.as_deref(),
        req.name.as_deref(),
        &call(&req)?,
    )
    .await?;
    Ok((StatusCode::CREATED, created(&case, message)))
}
