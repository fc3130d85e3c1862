//! Inbound messages through the API channel.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use lotsen_app::intake::{self, InboundInput};
use lotsen_domain::customer::CustomerContact;
use lotsen_domain::error::Validator;
use lotsen_domain::{CaseKind, Channel, Priority, Visibility};

use crate::AppState;
use crate::dto::{InboundMessageRequest, InboundMessageResponse, parse_enum};
use crate::error::{ApiError, ErrorBody};
use crate::extract::{ApiJson, CurrentAgent};

/// Takes in a customer's message. Idempotent on `external_id`: a repeat answers 200 with
/// the first message's ids; a new message answers 201.
#[utoipa::path(
    post, path = "/api/v1/messages", tag = "messages",
    request_body = InboundMessageRequest,
    responses(
        (status = 201, body = InboundMessageResponse, description = "Recorded"),
        (status = 200, body = InboundMessageResponse, description = "Already recorded earlier"),
        (status = 422, body = ErrorBody, description = "Invalid fields"),
    ),
    security(("bearer" = []))
)]
pub async fn receive(
    State(state): State<AppState>,
    CurrentAgent(_agent): CurrentAgent,
    ApiJson(req): ApiJson<InboundMessageRequest>,
) -> Result<(StatusCode, Json<InboundMessageResponse>), ApiError> {
    let mut v = Validator::new();
    if req.external_id.is_none() {
        v.add("external_id", "required");
    }
    let visibility = parse_enum(
        &mut v,
        "visibility",
        req.visibility.as_deref(),
        Visibility::parse,
        "private, public",
    );
    let kind = parse_enum(
        &mut v,
        "kind",
        req.kind.as_deref(),
        CaseKind::parse,
        "enquiry, complaint",
    );
    let priority = parse_enum(
        &mut v,
        "priority",
        req.priority.as_deref(),
        Priority::parse,
        "low, normal, high, urgent",
    );
    // Integrations (a chat widget, a phone system) post on their own channel; the
    // email and Meta channels have their own intake.
    let channel = parse_enum(
        &mut v,
        "channel",
        req.channel.as_deref(),
        |c| {
            Channel::parse(c).filter(|c| matches!(c, Channel::Api | Channel::Chat | Channel::Phone))
        },
        "api, chat, phone",
    );
    let customer = req.customer.unwrap_or_default();
    let input = InboundInput {
        channel: channel.unwrap_or(Channel::Api),
        external_id: req.external_id,
        customer: CustomerContact {
            name: customer.name.unwrap_or_default(),
            email: customer.email,
            phone: customer.phone,
        },
        subject: req.subject,
        body: req.body,
        visibility: visibility.unwrap_or(Visibility::Private),
        kind: kind.unwrap_or(CaseKind::Enquiry),
        priority: priority.unwrap_or(Priority::Normal),
        team_id: None,
        tags: req.tags.unwrap_or_default(),
    };
    input.check(&mut v);
    v.finish().map_err(lotsen_app::AppError::from)?;
    let outcome = intake::receive(&state.app, input).await?;
    let status = if outcome.duplicate {
        StatusCode::OK
    } else {
        StatusCode::CREATED
    };
    Ok((
        status,
        Json(InboundMessageResponse {
            message_id: outcome.message_id.as_uuid(),
            case_id: outcome.case_id.as_uuid(),
            case_ref: outcome.case_ref.to_string(),
            created_case: outcome.created_case,
        }),
    ))
}
