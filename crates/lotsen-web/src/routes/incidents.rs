//! `/api/v1/incidents`: declare and list incidents (each with its count of linked
//! cases), the open cases that match one, and linking a case to it.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use lotsen_app::AppError;
use lotsen_domain::error::Validator;
use lotsen_domain::incident::{Declare, IncidentStatus};
use lotsen_domain::{CaseId, Channel, IncidentId};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::AppState;
use crate::dto::{CaseDto, time};
use crate::error::{ApiError, ErrorBody};
use crate::extract::{ApiJson, CurrentAgent, IdPath};

/// An incident to declare.
#[derive(Debug, Deserialize, ToSchema)]
pub struct DeclareRequest {
    /// What is wrong, for agents.
    pub title: Option<String>,
    /// Services affected.
    #[serde(default)]
    pub services: Vec<String>,
    /// Channels affected (`email`, `chat`, ...).
    #[serde(default)]
    pub channels: Vec<String>,
    /// What customers are told.
    pub public_status: Option<String>,
    /// For agents only.
    pub internal_notes: Option<String>,
    /// Link matching cases without asking at this match (0 to 1).
    pub auto_link_at: Option<f32>,
}

/// An incident.
#[derive(Debug, Serialize, ToSchema)]
pub struct IncidentDto {
    /// Id.
    pub id: Uuid,
    /// Title.
    pub title: String,
    /// Services affected.
    pub services: Vec<String>,
    /// Channels affected.
    pub channels: Vec<String>,
    /// What customers are told.
    pub public_status: String,
    /// For agents.
    pub internal_notes: String,
    /// `open` or `resolved`.
    pub status: String,
    /// Automatic linking threshold.
    pub auto_link_at: Option<f32>,
    /// When declared.
    pub declared_at: String,
    /// When resolved.
    pub resolved_at: Option<String>,
    /// How many cases are linked.
    pub linked_cases: u64,
}

impl From<&lotsen_store::IncidentRow> for IncidentDto {
    fn from(r: &lotsen_store::IncidentRow) -> Self {
        let i = &r.incident;
        Self {
            id: i.id.as_uuid(),
            title: i.title.clone(),
            services: i.services.clone(),
            channels: i.channels.iter().map(|c| c.as_str().to_owned()).collect(),
            public_status: i.public_status.clone(),
            internal_notes: i.internal_notes.clone(),
            status: match i.status {
                IncidentStatus::Open => "open",
                IncidentStatus::Resolved => "resolved",
            }
            .to_owned(),
            auto_link_at: i.auto_link_at,
            declared_at: time(i.declared_at),
            resolved_at: i.resolved_at.map(time),
            linked_cases: r.linked,
        }
    }
}

/// The incidents.
#[derive(Debug, Serialize, ToSchema)]
pub struct IncidentList {
    /// Open first, newest first.
    pub incidents: Vec<IncidentDto>,
}

/// Lists the incidents, each with its count of linked cases.
#[utoipa::path(
    get, path = "/api/v1/incidents", tag = "incidents",
    responses((status = 200, body = IncidentList)),
    security(("bearer" = []))
)]
pub async fn list(
    State(state): State<AppState>,
    CurrentAgent(_agent): CurrentAgent,
) -> Result<Json<IncidentList>, ApiError> {
    let rows = lotsen_app::incidents::list(&state.app).await?;
    Ok(Json(IncidentList {
        incidents: rows.iter().map(IncidentDto::from).collect(),
    }))
}

/// Declares an incident (leads and admins); matching cases above its threshold are
/// linked at once.
#[utoipa::path(
    post, path = "/api/v1/incidents", tag = "incidents",
    request_body = DeclareRequest,
    responses((status = 201, body = IncidentDto), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn declare(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    ApiJson(req): ApiJson<DeclareRequest>,
) -> Result<(StatusCode, Json<IncidentDto>), ApiError> {
    let mut v = Validator::new();
    let mut channels = Vec::new();
    for c in &req.channels {
        match Channel::parse(c.trim()) {
            Some(c) => channels.push(c),
            None => v.add("channels", &format!("{c:?} is not a channel")),
        }
    }
    v.finish().map_err(AppError::from)?;
    let declared = lotsen_app::incidents::declare(
        &state.app,
        &agent,
        &Declare {
            title: req.title.as_deref(),
            services: req.services.clone(),
            channels,
            public_status: req.public_status.as_deref(),
            internal_notes: req.internal_notes.as_deref(),
            auto_link_at: req.auto_link_at,
        },
    )
    .await?;
    let row = lotsen_app::incidents::get(&state.app, declared.id).await?;
    Ok((StatusCode::CREATED, Json(IncidentDto::from(&row))))
}

/// One incident with what it cost.
#[derive(Debug, Serialize, ToSchema)]
pub struct IncidentDetail {
    /// The incident.
    #[serde(flatten)]
    pub incident: IncidentDto,
    /// Different customers among the linked cases.
    pub customers_affected: u64,
    /// Messages the customers wrote on the linked cases beyond each case's first: the
    /// contacts the fault caused again.
    pub extra_contacts: u64,
    /// From declaration to resolution, in whole minutes (while resolved).
    pub minutes_to_resolve: Option<i64>,
}

/// One incident, with the customers affected, the extra contacts it caused and the
/// time it took to resolve.
#[utoipa::path(
    get, path = "/api/v1/incidents/{id}", tag = "incidents",
    params(("id" = String, Path, description = "Incident id")),
    responses((status = 200, body = IncidentDetail), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn get(
    State(state): State<AppState>,
    CurrentAgent(_agent): CurrentAgent,
    IdPath(id): IdPath<IncidentId>,
) -> Result<Json<IncidentDetail>, ApiError> {
    let row = lotsen_app::incidents::get(&state.app, id).await?;
    let figures = state
        .app
        .store
        .incident_figures(id)
        .await
        .map_err(AppError::from)?;
    let i = &row.incident;
    Ok(Json(IncidentDetail {
        customers_affected: figures.customers,
        extra_contacts: figures.contacts.saturating_sub(row.linked),
        minutes_to_resolve: i
            .resolved_at
            .map(|r| r.duration_since(i.declared_at).as_secs() / 60),
        incident: IncidentDto::from(&row),
    }))
}

/// A case that may be about the incident.
#[derive(Debug, Serialize, ToSchema)]
pub struct SuggestionDto {
    /// How well it matches, 0 to 1.
    pub score: f32,
    /// The case.
    pub case: CaseDto,
}

/// Open cases that may be about the incident, best first.
#[utoipa::path(
    get, path = "/api/v1/incidents/{id}/suggestions", tag = "incidents",
    params(("id" = String, Path, description = "Incident id")),
    responses((status = 200, body = [SuggestionDto]), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn suggestions(
    State(state): State<AppState>,
    CurrentAgent(_agent): CurrentAgent,
    IdPath(id): IdPath<IncidentId>,
) -> Result<Json<Vec<SuggestionDto>>, ApiError> {
    let found = lotsen_app::incidents::suggestions(&state.app, id).await?;
    Ok(Json(
        found
            .iter()
            .map(|s| SuggestionDto {
                score: s.score,
                case: CaseDto::from(&s.case),
            })
            .collect(),
    ))
}

/// A case to link.
#[derive(Debug, Deserialize, ToSchema)]
pub struct LinkRequest {
    /// The case.
    pub case_id: Option<Uuid>,
}

/// Links a case to the incident.
#[utoipa::path(
    post, path = "/api/v1/incidents/{id}/links", tag = "incidents",
    params(("id" = String, Path, description = "Incident id")),
    request_body = LinkRequest,
    responses((status = 200, body = CaseDto), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn link(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    IdPath(id): IdPath<IncidentId>,
    ApiJson(req): ApiJson<LinkRequest>,
) -> Result<Json<CaseDto>, ApiError> {
    let case_id = req
        .case_id
        .map(CaseId)
        .ok_or_else(|| AppError::invalid("case_id", "required"))?;
    let case = lotsen_app::incidents::link(&state.app, Some(&agent), id, case_id, false).await?;
    Ok(Json(CaseDto::from(&case)))
}

/// A status update.
#[derive(Debug, Deserialize, ToSchema)]
pub struct UpdateRequest {
    /// What customers are told.
    pub text: Option<String>,
}

/// What a status update did.
#[derive(Debug, Serialize, ToSchema)]
pub struct UpdateSent {
    /// The update's number, from 1.
    pub update: usize,
    /// Linked cases answered with it.
    pub told: usize,
    /// Linked cases not answered (closed, or told already).
    pub skipped: usize,
    /// Of those told, the cases resolved with the incident.
    pub resolved: usize,
}

/// Posts a status update (leads and admins): every open linked case is answered on its
/// own channel, personally, through the outbox at a controlled rate.
#[utoipa::path(
    post, path = "/api/v1/incidents/{id}/updates", tag = "incidents",
    params(("id" = String, Path, description = "Incident id")),
    request_body = UpdateRequest,
    responses((status = 200, body = UpdateSent), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn update(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    IdPath(id): IdPath<IncidentId>,
    ApiJson(req): ApiJson<UpdateRequest>,
) -> Result<Json<UpdateSent>, ApiError> {
    let told =
        lotsen_app::incidents::post_update(&state.app, &agent, id, req.text.as_deref()).await?;
    Ok(Json(UpdateSent {
        update: told.update,
        told: told.told,
        skipped: told.skipped,
        resolved: told.resolved,
    }))
}

/// Resolves the incident (leads and admins): the closing text is told to every open
/// linked case, and those that were only about the incident are resolved; a case whose
/// customer last wrote about something else, or that waits on a handoff or an
/// escalation, stays open.
#[utoipa::path(
    post, path = "/api/v1/incidents/{id}/resolve", tag = "incidents",
    params(("id" = String, Path, description = "Incident id")),
    request_body = UpdateRequest,
    responses((status = 200, body = UpdateSent), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn resolve(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    IdPath(id): IdPath<IncidentId>,
    ApiJson(req): ApiJson<UpdateRequest>,
) -> Result<Json<UpdateSent>, ApiError> {
    let told = lotsen_app::incidents::resolve(&state.app, &agent, id, req.text.as_deref()).await?;
    Ok(Json(UpdateSent {
        update: told.update,
        told: told.told,
        skipped: told.skipped,
        resolved: told.resolved,
    }))
}

/// Accepting a possible incident: optional title and customer text.
#[derive(Debug, Default, Deserialize, ToSchema)]
pub struct AcceptRequest {
    /// The incident's title (a plain default otherwise).
    pub title: Option<String>,
    /// What customers are told (a plain default otherwise).
    pub public_status: Option<String>,
}

/// Accepts a possible incident the surge detector raised (leads and admins): an
/// incident on its channel with the surge's cases linked.
#[utoipa::path(
    post, path = "/api/v1/forecast/possible-incidents/{id}/accept", tag = "incidents",
    params(("id" = String, Path, description = "Possible incident id")),
    request_body = AcceptRequest,
    responses((status = 201, body = IncidentDto), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn accept_possible(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    IdPath(id): IdPath<Uuid>,
    ApiJson(req): ApiJson<AcceptRequest>,
) -> Result<(StatusCode, Json<IncidentDto>), ApiError> {
    let incident = lotsen_app::incidents::accept_possible(
        &state.app,
        &agent,
        id,
        req.title.as_deref(),
        req.public_status.as_deref(),
    )
    .await?;
    let row = lotsen_app::incidents::get(&state.app, incident.id).await?;
    Ok((StatusCode::CREATED, Json(IncidentDto::from(&row))))
}
