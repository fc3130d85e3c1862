//! Working the queues over HTTP: agents' presence, skills and capacity, offers, pulling
//! the next case, the lead's review list and take-over, and manager requests.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::State;
use lotsen_app::AppError;
use lotsen_app::routing::presence::{self, ProfileChange};
use lotsen_app::routing::router;
use lotsen_domain::error::Validator;
use lotsen_domain::routing::{Presence, RoutingProfile};
use lotsen_domain::{AgentId, CaseId, Channel, TeamId};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::routing::CHANNELS;
use crate::AppState;
use crate::dto::{CaseDto, TimelineItem, parse_enum, time};
use crate::error::{ApiError, ErrorBody};
use crate::extract::{ApiJson, CurrentAgent, IdPath};

/// An agent's presence, skills and capacity per channel.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
pub struct AgentRoutingDto {
    /// `online`, `away` or `offline`.
    pub presence: Option<String>,
    /// Languages and product areas.
    pub skills: Option<Vec<String>>,
    /// Active cases per channel (`{"chat":3,"email":10}`); channels left out keep theirs.
    pub capacity: Option<BTreeMap<String, u32>>,
    /// Cases handed back to their queues by this change (going offline).
    #[serde(default, skip_deserializing)]
    pub handed_over: u32,
}

fn routing_dto(p: &RoutingProfile, handed_over: u32) -> AgentRoutingDto {
    AgentRoutingDto {
        presence: Some(p.presence.as_str().to_owned()),
        skills: Some(p.skills.clone()),
        capacity: Some(
            p.capacity
                .iter()
                .map(|(c, n)| (c.as_str().to_owned(), *n))
                .collect(),
        ),
        handed_over,
    }
}

/// An agent's presence, skills and capacity.
#[utoipa::path(
    get, path = "/api/v1/agents/{id}/routing", tag = "routing",
    params(("id" = String, Path, description = "Agent id")),
    responses((status = 200, body = AgentRoutingDto), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn get_agent_routing(
    State(state): State<AppState>,
    CurrentAgent(_agent): CurrentAgent,
    IdPath(id): IdPath<AgentId>,
) -> Result<Json<AgentRoutingDto>, ApiError> {
    let p = presence::profile(&state.app, id).await?;
    Ok(Json(routing_dto(&p, 0)))
}

/// Changes an agent's presence (the agent, or a lead) or skills and capacity (leads and
/// admins). Going offline hands the agent's open cases back to their queues with a note.
#[utoipa::path(
    put, path = "/api/v1/agents/{id}/routing", tag = "routing",
    params(("id" = String, Path, description = "Agent id")),
    request_body = AgentRoutingDto,
    responses((status = 200, body = AgentRoutingDto), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn put_agent_routing(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    IdPath(id): IdPath<AgentId>,
    ApiJson(req): ApiJson<AgentRoutingDto>,
) -> Result<Json<AgentRoutingDto>, ApiError> {
    let mut v = Validator::new();
    let presence_value = parse_enum(
        &mut v,
        "presence",
        req.presence.as_deref(),
        Presence::parse,
        "online, away, offline",
    );
    let capacity = req.capacity.as_ref().map(|m| {
        m.iter()
            .filter_map(|(name, n)| match Channel::parse(name) {
                Some(c) => Some((c, *n)),
                None => {
                    v.add(
                        &format!("capacity.{name}"),
                        &format!("must be one of {CHANNELS}"),
                    );
                    None
                }
            })
            .collect::<BTreeMap<_, _>>()
    });
    v.finish().map_err(AppError::from)?;
    let (p, handed) = presence::change(
        &state.app,
        &agent,
        id,
        ProfileChange {
            presence: presence_value,
            skills: req.skills.clone(),
            capacity,
        },
    )
    .await?;
    Ok(Json(routing_dto(&p, handed)))
}

/// The offered agent accepts the case and becomes its owner.
#[utoipa::path(
    post, path = "/api/v1/cases/{id}/offer/accept", tag = "routing",
    params(("id" = String, Path, description = "Case id")),
    responses((status = 200, body = CaseDto), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn accept_offer(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    IdPath(id): IdPath<CaseId>,
) -> Result<Json<CaseDto>, ApiError> {
    let case = router::accept_offer(&state.app, &agent, id).await?;
    Ok(Json(CaseDto::from(&case)))
}

/// The offered agent declines; the case goes back to the queue for someone else.
#[utoipa::path(
    post, path = "/api/v1/cases/{id}/offer/decline", tag = "routing",
    params(("id" = String, Path, description = "Case id")),
    responses((status = 200, body = CaseDto), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn decline_offer(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    IdPath(id): IdPath<CaseId>,
) -> Result<Json<CaseDto>, ApiError> {
    let case = router::decline_offer(&state.app, &agent, id).await?;
    Ok(Json(CaseDto::from(&case)))
}

/// What pulling from a queue gave.
#[derive(Debug, Serialize, ToSchema)]
pub struct PulledDto {
    /// The case now owned by the caller, or `null` when nothing fits.
    pub case: Option<CaseDto>,
}

/// Takes the next case from the team's queue that the caller has the skills and room
/// for (the most urgent, then the oldest).
#[utoipa::path(
    post, path = "/api/v1/teams/{id}/queue/next", tag = "routing",
    params(("id" = String, Path, description = "Team id")),
    responses((status = 200, body = PulledDto), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn pull_next(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    IdPath(id): IdPath<TeamId>,
) -> Result<Json<PulledDto>, ApiError> {
    let case = router::pull_next(&state.app, &agent, id).await?;
    Ok(Json(PulledDto {
        case: case.as_ref().map(CaseDto::from),
    }))
}

/// One case on the lead's review list.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReviewItemDto {
    /// The case.
    pub case: CaseDto,
    /// `too_many_handoffs`, `back_to_team`, `back_to_owner`.
    pub reasons: Vec<String>,
    /// Its history.
    pub timeline: Vec<TimelineItem>,
}

/// The team lead's review list: cases going round in circles, with their history.
#[utoipa::path(
    get, path = "/api/v1/teams/{id}/review", tag = "routing",
    params(("id" = String, Path, description = "Team id")),
    responses((status = 200, body = [ReviewItemDto]), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn review_list(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    IdPath(id): IdPath<TeamId>,
) -> Result<Json<Vec<ReviewItemDto>>, ApiError> {
    let items = lotsen_app::review::list(&state.app, &agent, id).await?;
    Ok(Json(
        items
            .iter()
            .map(|i| ReviewItemDto {
                case: CaseDto::from(&i.case),
                reasons: i
                    .reasons
                    .iter()
                    .map(|r| crate::dto::reason_name(r).to_owned())
                    .collect(),
                timeline: i.timeline.iter().map(TimelineItem::from).collect(),
            })
            .collect(),
    ))
}

/// A note for the record.
#[derive(Debug, Deserialize, ToSchema)]
pub struct NoteRequest {
    /// The note.
    pub note: Option<String>,
}

/// A lead takes ownership of a case (from the review list), with a note.
#[utoipa::path(
    post, path = "/api/v1/cases/{id}/take-over", tag = "routing",
    params(("id" = String, Path, description = "Case id")),
    request_body = NoteRequest,
    responses((status = 200, body = CaseDto), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn take_over(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    IdPath(id): IdPath<CaseId>,
    ApiJson(req): ApiJson<NoteRequest>,
) -> Result<Json<CaseDto>, ApiError> {
    let case = lotsen_app::review::take_over(&state.app, &agent, id, req.note.as_deref()).await?;
    Ok(Json(CaseDto::from(&case)))
}

/// Where a manager request went.
#[derive(Debug, Serialize, ToSchema)]
pub struct ManagerRequestDto {
    /// The escalation.
    pub escalation_id: Uuid,
    /// The lead who answers.
    pub lead_id: Uuid,
    /// The name the customer was told.
    pub lead_name: String,
    /// When the lead answers by.
    pub due: Option<String>,
    /// Whether the customer was told now.
    pub customer_told: bool,
}

/// Records the customer's request for a manager: an escalation to the team's lead with
/// its own deadline, and a message telling the customer who and by when.
#[utoipa::path(
    post, path = "/api/v1/cases/{id}/manager-request", tag = "routing",
    params(("id" = String, Path, description = "Case id")),
    request_body = NoteRequest,
    responses((status = 201, body = ManagerRequestDto), (status = 409, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn manager_request(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    IdPath(id): IdPath<CaseId>,
    ApiJson(req): ApiJson<NoteRequest>,
) -> Result<(axum::http::StatusCode, Json<ManagerRequestDto>), ApiError> {
    let r = lotsen_app::manager::request(&state.app, Some(&agent), id, req.note.as_deref()).await?;
    Ok((
        axum::http::StatusCode::CREATED,
        Json(ManagerRequestDto {
            escalation_id: r.escalation_id.as_uuid(),
            lead_id: r.lead_id.as_uuid(),
            lead_name: r.lead_name,
            due: r.due.map(time),
            customer_told: r.customer_told,
        }),
    ))
}
