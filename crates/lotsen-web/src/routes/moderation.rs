//! `/api/v1/cases/{id}/moderation`: one step of the code-of-conduct workflow on a
//! customer's public post (public reply, hide, delete, private explanation, reinstate),
//! taken in the order the domain enforces; and `/api/v1/cases/{id}/move-to-private`: a
//! public conversation moved to private in one action.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use lotsen_app::moderation::{ModerationRequest, moderate};
use lotsen_domain::case::{ModerationStep, RULES};
use lotsen_domain::error::Validator;
use lotsen_domain::{CaseId, MessageId};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::AppState;
use crate::dto::parse_enum;
use crate::error::{ApiError, ErrorBody};
use crate::extract::{ApiJson, CurrentAgent, IdPath};

/// A moderation step.
#[derive(Debug, Default, Deserialize, ToSchema)]
pub struct ModerationStepRequest {
    /// The customer's public post or comment (a message id of the case).
    pub message_id: Option<String>,
    /// `public_reply`, `hide`, `delete`, `private_explanation` or `reinstate`.
    pub step: Option<String>,
    /// The rule broken: `threat`, `racism`, `sexism`, `severe_profanity`,
    /// `staff_named` or `harassment`.
    pub rule: Option<String>,
    /// The reply's text for the reply steps; the rule's template when not given.
    pub body: Option<String>,
}

/// A step taken.
#[derive(Debug, Serialize, ToSchema)]
pub struct ModerationStepTaken {
    /// The case.
    pub case_id: Uuid,
    /// The step.
    pub step: String,
    /// The reply sent with it, for the reply steps.
    pub message_id: Option<Uuid>,
}

/// Takes one step of the code-of-conduct workflow; out of order is a 409.
#[utoipa::path(
    post, path = "/api/v1/cases/{id}/moderation", tag = "cases",
    params(("id" = String, Path, description = "Case id")),
    request_body = ModerationStepRequest,
    responses(
        (status = 201, body = ModerationStepTaken),
        (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody),
        (status = 422, body = ErrorBody)
    ),
    security(("bearer" = []))
)]
pub async fn step(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    IdPath(id): IdPath<CaseId>,
    ApiJson(req): ApiJson<ModerationStepRequest>,
) -> Result<(StatusCode, Json<ModerationStepTaken>), ApiError> {
    let mut v = Validator::new();
    let message_id: Option<MessageId> = match req.message_id.as_deref() {
        None => {
            v.add("message_id", "required");
            None
        }
        Some(raw) => {
            let parsed = raw.parse().ok();
            if parsed.is_none() {
                v.add("message_id", "is not a valid id");
            }
            parsed
        }
    };
    let names = ModerationStep::ALL
        .iter()
        .map(|s| s.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let step = parse_enum(
        &mut v,
        "step",
        req.step.as_deref(),
        ModerationStep::parse,
        &names,
    );
    if req.step.is_none() {
        v.add("step", "required");
    }
    let rule = req.rule.clone().unwrap_or_default();
    if !RULES.contains(&rule.as_str()) {
        v.add("rule", &format!("one of {}", RULES.join(", ")));
    }
    v.finish().map_err(lotsen_app::AppError::from)?;
    let (Some(message_id), Some(step)) = (message_id, step) else {
        return Err(lotsen_app::AppError::invalid("step", "required").into());
    };
    let (case, reply) = moderate(
        &state.app,
        &agent,
        id,
        ModerationRequest {
            message_id,
            step,
            rule,
            body: req.body,
        },
    )
    .await?;
    Ok((
        StatusCode::CREATED,
        Json(ModerationStepTaken {
            case_id: case.id.as_uuid(),
            step: step.as_str().to_owned(),
            message_id: reply.map(|m| m.as_uuid()),
        }),
    ))
}

/// A public conversation moved to private.
#[derive(Debug, Default, Deserialize, ToSchema)]
pub struct MoveToPrivateRequest {
    /// The private message to the customer.
    pub body: Option<String>,
    /// The public note under their post; a standard one when not given.
    pub public_body: Option<String>,
}

/// Moves a public conversation to private: a public note under the customer's latest
/// public post and a private message, one case throughout.
#[utoipa::path(
    post, path = "/api/v1/cases/{id}/move-to-private", tag = "cases",
    params(("id" = String, Path, description = "Case id")),
    request_body = MoveToPrivateRequest,
    responses((status = 201, body = crate::dto::MessageCreated), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn move_to_private(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    IdPath(id): IdPath<CaseId>,
    ApiJson(req): ApiJson<MoveToPrivateRequest>,
) -> Result<(StatusCode, Json<crate::dto::MessageCreated>), ApiError> {
    let body = req.body.unwrap_or_default();
    let (case, message_id) = lotsen_app::moderation::move_to_private(
        &state.app,
        &agent,
        id,
        &body,
        req.public_body.as_deref(),
    )
    .await?;
    Ok((
        StatusCode::CREATED,
        Json(crate::dto::MessageCreated {
            message_id: message_id.as_uuid(),
            case_id: case.id.as_uuid(),
            hints: Vec::new(),
        }),
    ))
}

/// An original kept sealed.
#[derive(Debug, Serialize, ToSchema)]
pub struct SealedOriginalDto {
    /// The message.
    pub message_id: Uuid,
    /// Its text as the customer wrote it, personal data included.
    pub body: String,
}

/// The original of a public post that held personal data, where originals are kept
/// sealed (admins only; every opening is logged).
#[utoipa::path(
    get, path = "/api/v1/messages/{id}/sealed-original", tag = "messages",
    params(("id" = String, Path, description = "Message id")),
    responses((status = 200, body = SealedOriginalDto), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn sealed_original(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    IdPath(id): IdPath<MessageId>,
) -> Result<Json<SealedOriginalDto>, ApiError> {
    let body = lotsen_app::sealed::original(&state.app, &agent, id).await?;
    Ok(Json(SealedOriginalDto {
        message_id: id.as_uuid(),
        body,
    }))
}
