//! SLA policies over HTTP: read and replace the targets by case kind, priority and
//! channel (the most specific policy wins).

use axum::Json;
use axum::extract::State;
use lotsen_app::AppError;
use lotsen_domain::error::Validator;
use lotsen_domain::sla::{SlaPolicy, SlaTargets};
use lotsen_domain::{CaseKind, Channel, Priority};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::routing::{duration, iso};
use crate::AppState;
use crate::dto::parse_enum;
use crate::error::{ApiError, ErrorBody};
use crate::extract::{ApiJson, CurrentAgent};

/// One policy: targets in open time of the case's channel (ISO 8601 durations such as
/// `PT2H`, or `2h 30m`); a condition left out matches every case.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
pub struct SlaPolicyDto {
    /// Name.
    pub name: Option<String>,
    /// Only `enquiry` or `complaint`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Only this priority.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<String>,
    /// Only this channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    /// First message to first reply.
    pub first_response: Option<String>,
    /// A customer's later message to our next reply.
    pub next_response: Option<String>,
    /// First message to resolution, not counting time waiting on the customer.
    pub resolution: Option<String>,
    /// Warn when this share of a target has passed, percent (default 80).
    pub warn_percent: Option<u8>,
}

/// The SLA policies.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
pub struct SlaPoliciesDto {
    /// The policies.
    #[serde(default)]
    pub policies: Vec<SlaPolicyDto>,
}

fn policy_dto(p: &SlaPolicy) -> SlaPolicyDto {
    SlaPolicyDto {
        name: Some(p.name.clone()),
        kind: p.kind.map(|k| k.as_str().to_owned()),
        priority: p.priority.map(|k| k.as_str().to_owned()),
        channel: p.channel.map(|k| k.as_str().to_owned()),
        first_response: p.targets.first_response.map(iso),
        next_response: p.targets.next_response.map(iso),
        resolution: p.targets.resolution.map(iso),
        warn_percent: Some(p.targets.warn_percent),
    }
}

fn policy_from(v: &mut Validator, i: usize, d: &SlaPolicyDto) -> SlaPolicy {
    let f = |name: &str| format!("policies[{i}].{name}");
    if d.name.as_deref().is_none_or(|n| n.trim().is_empty()) {
        v.add(&f("name"), "required");
    }
    SlaPolicy {
        name: d.name.clone().unwrap_or_default().trim().to_owned(),
        kind: parse_enum(
            v,
            &f("kind"),
            d.kind.as_deref(),
            CaseKind::parse,
            "enquiry, complaint",
        ),
        priority: parse_enum(
            v,
            &f("priority"),
            d.priority.as_deref(),
            Priority::parse,
            "low, normal, high, urgent",
        ),
        channel: parse_enum(
            v,
            &f("channel"),
            d.channel.as_deref(),
            Channel::parse,
            "email, facebook, instagram, messenger, chat, phone, api",
        ),
        targets: SlaTargets {
            first_response: duration(v, &f("first_response"), d.first_response.as_deref()),
            next_response: duration(v, &f("next_response"), d.next_response.as_deref()),
            resolution: duration(v, &f("resolution"), d.resolution.as_deref()),
            warn_percent: d.warn_percent.unwrap_or(80),
        },
    }
}

/// The SLA policies (the defaults until changed).
#[utoipa::path(
    get, path = "/api/v1/sla/policies", tag = "sla",
    responses((status = 200, body = SlaPoliciesDto)),
    security(("bearer" = []))
)]
pub async fn get_policies(
    State(state): State<AppState>,
    CurrentAgent(_agent): CurrentAgent,
) -> Result<Json<SlaPoliciesDto>, ApiError> {
    let policies = lotsen_app::sla::policies(&state.app).await?;
    Ok(Json(SlaPoliciesDto {
        policies: policies.iter().map(policy_dto).collect(),
    }))
}

/// Replaces the SLA policies (leads and admins); bad fields are `policies[i].field`.
#[utoipa::path(
    put, path = "/api/v1/sla/policies", tag = "sla",
    request_body = SlaPoliciesDto,
    responses((status = 200, body = SlaPoliciesDto), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn put_policies(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    ApiJson(req): ApiJson<SlaPoliciesDto>,
) -> Result<Json<SlaPoliciesDto>, ApiError> {
    lotsen_app::routing::require_lead(&agent)?;
    let mut v = Validator::new();
    let parsed: Vec<SlaPolicy> = req
        .policies
        .iter()
        .enumerate()
        .map(|(i, d)| policy_from(&mut v, i, d))
        .collect();
    v.finish().map_err(AppError::from)?;
    let stored = lotsen_app::sla::put_policies(&state.app, &agent, parsed).await?;
    Ok(Json(SlaPoliciesDto {
        policies: stored.iter().map(policy_dto).collect(),
    }))
}
