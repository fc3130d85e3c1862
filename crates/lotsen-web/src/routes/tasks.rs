//! Handoffs and escalations: asking, accepting, declining, answering.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use lotsen_app::{AppError, cases};
use lotsen_domain::case::EscalationKind;
use lotsen_domain::error::Validator;
use lotsen_domain::{AgentId, CaseId, EscalationId, HandoffId, TeamId};

use crate::AppState;
use crate::dto::{
    AcceptRequest, AnswerRequest, CaseDto, EscalationCreated, EscalationRequest, HandoffCreated,
    HandoffRequest, ReasonRequest, parse_enum,
};
use crate::error::{ApiError, ErrorBody};
use crate::extract::{ApiJson, CurrentAgent, IdPath};

/// Asks to hand the case to an agent or team, with a note; ownership moves on acceptance.
#[utoipa::path(
    post, path = "/api/v1/cases/{id}/handoffs", tag = "handoffs",
    params(("id" = String, Path, description = "Case id")),
    request_body = HandoffRequest,
    responses((status = 201, body = HandoffCreated), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn hand_off(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    IdPath(id): IdPath<CaseId>,
    ApiJson(req): ApiJson<HandoffRequest>,
) -> Result<(StatusCode, Json<HandoffCreated>), ApiError> {
    let handoff_id = cases::hand_off(
        &state.app,
        &agent,
        id,
        req.to_agent_id.map(AgentId),
        req.to_team_id.map(TeamId),
        req.note.as_deref(),
    )
    .await?;
    Ok((
        StatusCode::CREATED,
        Json(HandoffCreated {
            handoff_id: handoff_id.as_uuid(),
        }),
    ))
}

/// The receiver accepts; ownership moves.
#[utoipa::path(
    post, path = "/api/v1/handoffs/{id}/accept", tag = "handoffs",
    params(("id" = String, Path, description = "Handoff id")),
    request_body = AcceptRequest,
    responses((status = 200, body = CaseDto), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn accept(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    IdPath(id): IdPath<HandoffId>,
    ApiJson(req): ApiJson<AcceptRequest>,
) -> Result<Json<CaseDto>, ApiError> {
    let case = cases::accept_handoff(&state.app, &agent, id, req.owner_id.map(AgentId)).await?;
    Ok(Json(CaseDto::from(&case)))
}

/// The receiver declines with a reason; the case stays with its owner.
#[utoipa::path(
    post, path = "/api/v1/handoffs/{id}/decline", tag = "handoffs",
    params(("id" = String, Path, description = "Handoff id")),
    request_body = ReasonRequest,
    responses((status = 200, body = CaseDto), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn decline(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    IdPath(id): IdPath<HandoffId>,
    ApiJson(req): ApiJson<ReasonRequest>,
) -> Result<Json<CaseDto>, ApiError> {
    let case = cases::decline_handoff(&state.app, &agent, id, req.reason.as_deref()).await?;
    Ok(Json(CaseDto::from(&case)))
}

/// Asks a specialist team, technical on-call or a manager; the owner stays the owner.
#[utoipa::path(
    post, path = "/api/v1/cases/{id}/escalations", tag = "escalations",
    params(("id" = String, Path, description = "Case id")),
    request_body = EscalationRequest,
    responses((status = 201, body = EscalationCreated), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn escalate(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    IdPath(id): IdPath<CaseId>,
    ApiJson(req): ApiJson<EscalationRequest>,
) -> Result<(StatusCode, Json<EscalationCreated>), ApiError> {
    let mut v = Validator::new();
    let kind = parse_enum(
        &mut v,
        "kind",
        req.kind.as_deref(),
        EscalationKind::parse,
        "specialist, on_call, manager",
    );
    v.finish().map_err(AppError::from)?;
    let escalation_id = cases::escalate(
        &state.app,
        &agent,
        id,
        kind,
        req.to_team_id.map(TeamId),
        req.to_agent_id.map(AgentId),
        req.question.as_deref(),
    )
    .await?;
    Ok((
        StatusCode::CREATED,
        Json(EscalationCreated {
            escalation_id: escalation_id.as_uuid(),
        }),
    ))
}

/// The specialist, on-call or manager answers; the case returns to its owner.
#[utoipa::path(
    post, path = "/api/v1/escalations/{id}/answer", tag = "escalations",
    params(("id" = String, Path, description = "Escalation id")),
    request_body = AnswerRequest,
    responses((status = 200, body = CaseDto), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn answer(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    IdPath(id): IdPath<EscalationId>,
    ApiJson(req): ApiJson<AnswerRequest>,
) -> Result<Json<CaseDto>, ApiError> {
    let case = cases::answer_escalation(&state.app, &agent, id, req.answer.as_deref()).await?;
    Ok(Json(CaseDto::from(&case)))
}
