//! Routing configuration over HTTP: the rules that put new cases in a queue, and each
//! team's assignment mode and escalation paths (`queue.rs` works the queues).

use axum::Json;
use axum::extract::State;
use jiff::SignedDuration;
use lotsen_app::AppError;
use lotsen_app::routing::{
    self as app_routing, AssignmentMode, OnCallPath, SpecialistPath, TeamSettings,
};
use lotsen_domain::carousel::CarouselRule;
use lotsen_domain::error::Validator;
use lotsen_domain::routing::{GuardFinding, RoutingRule};
use lotsen_domain::{AgentId, CaseKind, Channel, Priority, TeamId};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::AppState;
use crate::dto::parse_enum;
use crate::error::{ApiError, ErrorBody};
use crate::extract::{ApiJson, CurrentAgent, IdPath};

/// Parses a duration: ISO 8601 (`PT2M`) or friendly (`2m`, `1h 30m`).
pub fn duration(v: &mut Validator, field: &str, raw: Option<&str>) -> Option<SignedDuration> {
    let raw = raw?;
    match raw.trim().parse::<SignedDuration>() {
        Ok(d) => Some(d),
        Err(_) => {
            v.add(field, "must be a duration such as PT2H, PT30M or 2h 30m");
            None
        }
    }
}

/// A duration as ISO 8601.
pub fn iso(d: SignedDuration) -> String {
    d.to_string()
}

/// One routing rule: every condition given must hold; the first matching rule wins.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
pub struct RoutingRuleDto {
    /// Name.
    pub name: Option<String>,
    /// Only this channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    /// Only `enquiry` or `complaint`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Only this priority.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<String>,
    /// Only this language (`sv`, `en`), as the text guard reads the first message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// At least one of these tags.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags_any: Vec<String>,
    /// A finding of the text guard: `personal_data`, `conduct`, `angry`, `upset`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finding: Option<String>,
    /// The team whose queue gets the case.
    pub team_id: Option<Uuid>,
    /// Skills the owner must have.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<String>,
    /// Raise the case to this priority.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub set_priority: Option<String>,
}

/// The routing rules, in order.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
pub struct RoutingRulesDto {
    /// The rules.
    #[serde(default)]
    pub rules: Vec<RoutingRuleDto>,
}

fn rule_dto(r: &RoutingRule) -> RoutingRuleDto {
    RoutingRuleDto {
        name: Some(r.name.clone()),
        channel: r.channel.map(|c| c.as_str().to_owned()),
        kind: r.kind.map(|k| k.as_str().to_owned()),
        priority: r.priority.map(|p| p.as_str().to_owned()),
        language: r.language.clone(),
        tags_any: r.tags_any.clone(),
        finding: r.finding.map(|f| f.as_str().to_owned()),
        team_id: Some(r.team_id.as_uuid()),
        skills: r.skills.clone(),
        set_priority: r.set_priority.map(|p| p.as_str().to_owned()),
    }
}

pub(crate) const CHANNELS: &str = "email, facebook, instagram, messenger, chat, phone, api";
const PRIORITIES: &str = "low, normal, high, urgent";

fn rule_from(v: &mut Validator, i: usize, d: &RoutingRuleDto) -> Option<RoutingRule> {
    let f = |name: &str| format!("rules[{i}].{name}");
    let channel = parse_enum(
        v,
        &f("channel"),
        d.channel.as_deref(),
        Channel::parse,
        CHANNELS,
    );
    let kind = parse_enum(
        v,
        &f("kind"),
        d.kind.as_deref(),
        CaseKind::parse,
        "enquiry, complaint",
    );
    let priority = parse_enum(
        v,
        &f("priority"),
        d.priority.as_deref(),
        Priority::parse,
        PRIORITIES,
    );
    let set_priority = parse_enum(
        v,
        &f("set_priority"),
        d.set_priority.as_deref(),
        Priority::parse,
        PRIORITIES,
    );
    let finding = parse_enum(
        v,
        &f("finding"),
        d.finding.as_deref(),
        GuardFinding::parse,
        "personal_data, conduct, angry, upset",
    );
    if d.name.as_deref().is_none_or(|n| n.trim().is_empty()) {
        v.add(&f("name"), "required");
    }
    if d.team_id.is_none() {
        v.add(&f("team_id"), "required");
    }
    Some(RoutingRule {
        name: d.name.clone()?.trim().to_owned(),
        channel,
        kind,
        priority,
        language: d.language.clone(),
        tags_any: d.tags_any.clone(),
        finding,
        team_id: TeamId(d.team_id?),
        skills: d.skills.clone(),
        set_priority,
    })
}

/// The routing rules that put new cases in a team's queue.
#[utoipa::path(
    get, path = "/api/v1/routing/rules", tag = "routing",
    responses((status = 200, body = RoutingRulesDto)),
    security(("bearer" = []))
)]
pub async fn get_rules(
    State(state): State<AppState>,
    CurrentAgent(_agent): CurrentAgent,
) -> Result<Json<RoutingRulesDto>, ApiError> {
    let rules = app_routing::rules(&state.app).await?;
    Ok(Json(RoutingRulesDto {
        rules: rules.iter().map(rule_dto).collect(),
    }))
}

/// Replaces the routing rules (leads and admins); every bad field is `rules[i].field`.
#[utoipa::path(
    put, path = "/api/v1/routing/rules", tag = "routing",
    request_body = RoutingRulesDto,
    responses((status = 200, body = RoutingRulesDto), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn put_rules(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    ApiJson(req): ApiJson<RoutingRulesDto>,
) -> Result<Json<RoutingRulesDto>, ApiError> {
    app_routing::require_lead(&agent)?;
    let mut v = Validator::new();
    let parsed: Vec<Option<RoutingRule>> = req
        .rules
        .iter()
        .enumerate()
        .map(|(i, d)| rule_from(&mut v, i, d))
        .collect();
    v.finish().map_err(AppError::from)?;
    let rules = parsed.into_iter().flatten().collect();
    let stored = app_routing::put_rules(&state.app, &agent, rules).await?;
    Ok(Json(RoutingRulesDto {
        rules: stored.iter().map(rule_dto).collect(),
    }))
}

/// A specialist team to escalate to.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
pub struct SpecialistDto {
    /// The team.
    pub team_id: Option<Uuid>,
    /// Open time to answer (ISO 8601 or `4h`).
    pub response_time: Option<String>,
}

/// The technical on-call, paged by webhook (see the `page_on_call` JSON in
/// ARCHITECTURE.md).
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
pub struct OnCallDto {
    /// Who is paged.
    pub name: Option<String>,
    /// Where the page is posted.
    pub webhook_url: Option<String>,
    /// The team that answers on-call escalations.
    pub team_id: Option<Uuid>,
    /// Time to answer, around the clock.
    pub response_time: Option<String>,
}

/// A team's routing and escalation settings; in a request, fields left out keep their
/// values.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
pub struct TeamSettingsDto {
    /// `pull` (agents take cases), `auto` (the router assigns) or `offer` (the router
    /// offers, and an offer not accepted in time goes back to the queue).
    pub assignment: Option<String>,
    /// How long an offer waits.
    pub offer_timeout: Option<String>,
    /// The lead who answers manager requests.
    pub lead_id: Option<Uuid>,
    /// Open time a lead has to answer a manager request.
    pub manager_response_time: Option<String>,
    /// Specialist teams with their response times.
    pub specialists: Option<Vec<SpecialistDto>>,
    /// Open time for a specialist team not listed.
    pub specialist_response_time: Option<String>,
    /// The technical on-call (`null` in a request removes it).
    #[serde(default, deserialize_with = "present")]
    pub on_call: Option<Option<OnCallDto>>,
    /// Accepted handoffs a case may have before it goes to the review list.
    pub max_handoffs: Option<u32>,
}

fn present<'de, D, T>(d: D) -> Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d).map(Some)
}

fn settings_dto(s: &TeamSettings) -> TeamSettingsDto {
    TeamSettingsDto {
        assignment: Some(s.assignment.as_str().to_owned()),
        offer_timeout: Some(iso(s.offer_timeout)),
        lead_id: s.lead_id.map(|a| a.as_uuid()),
        manager_response_time: Some(iso(s.manager_response_time)),
        specialists: Some(
            s.specialists
                .iter()
                .map(|p| SpecialistDto {
                    team_id: Some(p.team_id.as_uuid()),
                    response_time: Some(iso(p.response_time)),
                })
                .collect(),
        ),
        specialist_response_time: Some(iso(s.specialist_response_time)),
        on_call: Some(s.on_call.as_ref().map(|o| OnCallDto {
            name: Some(o.name.clone()),
            webhook_url: Some(o.webhook_url.clone()),
            team_id: Some(o.team_id.as_uuid()),
            response_time: Some(iso(o.response_time)),
        })),
        max_handoffs: Some(s.carousel.max_handoffs),
    }
}

fn merge(v: &mut Validator, cur: TeamSettings, d: &TeamSettingsDto) -> TeamSettings {
    let assignment = parse_enum(
        v,
        "assignment",
        d.assignment.as_deref(),
        AssignmentMode::parse,
        "pull, auto, offer",
    );
    let dur = |v: &mut Validator, f: &str, raw: &Option<String>, cur: SignedDuration| {
        duration(v, f, raw.as_deref()).unwrap_or(cur)
    };
    let specialists = match &d.specialists {
        None => cur.specialists.clone(),
        Some(list) => list
            .iter()
            .enumerate()
            .filter_map(|(i, s)| {
                let rt = duration(
                    v,
                    &format!("specialists[{i}].response_time"),
                    s.response_time.as_deref(),
                );
                if s.team_id.is_none() {
                    v.add(&format!("specialists[{i}].team_id"), "required");
                }
                Some(SpecialistPath {
                    team_id: TeamId(s.team_id?),
                    response_time: rt.unwrap_or(SignedDuration::from_hours(8)),
                })
            })
            .collect(),
    };
    let on_call = match &d.on_call {
        None => cur.on_call.clone(),
        Some(None) => None,
        Some(Some(o)) => {
            let rt = duration(v, "on_call.response_time", o.response_time.as_deref());
            for (field, missing) in [
                ("on_call.name", o.name.is_none()),
                ("on_call.webhook_url", o.webhook_url.is_none()),
                ("on_call.team_id", o.team_id.is_none()),
            ] {
                if missing {
                    v.add(field, "required");
                }
            }
            match (&o.name, &o.webhook_url, o.team_id) {
                (Some(name), Some(url), Some(team)) => Some(OnCallPath {
                    name: name.trim().to_owned(),
                    webhook_url: url.trim().to_owned(),
                    team_id: TeamId(team),
                    response_time: rt.unwrap_or(SignedDuration::from_mins(30)),
                }),
                _ => None,
            }
        }
    };
    TeamSettings {
        assignment: assignment.unwrap_or(cur.assignment),
        offer_timeout: dur(v, "offer_timeout", &d.offer_timeout, cur.offer_timeout),
        lead_id: d.lead_id.map(AgentId).or(cur.lead_id),
        manager_response_time: dur(
            v,
            "manager_response_time",
            &d.manager_response_time,
            cur.manager_response_time,
        ),
        specialist_response_time: dur(
            v,
            "specialist_response_time",
            &d.specialist_response_time,
            cur.specialist_response_time,
        ),
        specialists,
        on_call,
        carousel: CarouselRule {
            max_handoffs: d.max_handoffs.unwrap_or(cur.carousel.max_handoffs),
        },
    }
}

/// A team's routing mode and escalation paths.
#[utoipa::path(
    get, path = "/api/v1/teams/{id}/settings", tag = "routing",
    params(("id" = String, Path, description = "Team id")),
    responses((status = 200, body = TeamSettingsDto), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn get_team_settings(
    State(state): State<AppState>,
    CurrentAgent(_agent): CurrentAgent,
    IdPath(id): IdPath<TeamId>,
) -> Result<Json<TeamSettingsDto>, ApiError> {
    state
        .app
        .store
        .team(id)
        .await
        .map_err(AppError::from)?
        .ok_or(AppError::NotFound("team"))?;
    let s = app_routing::team_settings(&state.app, id).await?;
    Ok(Json(settings_dto(&s)))
}

/// Changes a team's routing mode and escalation paths (leads and admins).
#[utoipa::path(
    put, path = "/api/v1/teams/{id}/settings", tag = "routing",
    params(("id" = String, Path, description = "Team id")),
    request_body = TeamSettingsDto,
    responses((status = 200, body = TeamSettingsDto), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn put_team_settings(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    IdPath(id): IdPath<TeamId>,
    ApiJson(req): ApiJson<TeamSettingsDto>,
) -> Result<Json<TeamSettingsDto>, ApiError> {
    app_routing::require_lead(&agent)?;
    let current = app_routing::team_settings(&state.app, id).await?;
    let mut v = Validator::new();
    let next = merge(&mut v, current, &req);
    v.finish().map_err(AppError::from)?;
    let stored = app_routing::put_team_settings(&state.app, &agent, id, next).await?;
    Ok(Json(settings_dto(&stored)))
}
