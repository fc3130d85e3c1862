//! Teams and agents.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use lotsen_app::directory::{self, NewAgent};
use lotsen_domain::TeamId;

use crate::AppState;
use crate::dto::{AgentCreated, AgentDto, AgentRequest, TeamDto, TeamRequest};
use crate::error::{ApiError, ErrorBody};
use crate::extract::{ApiJson, CurrentAgent};

/// Creates a team (admin only).
#[utoipa::path(
    post, path = "/api/v1/teams", tag = "directory",
    request_body = TeamRequest,
    responses((status = 201, body = TeamDto), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn create_team(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    ApiJson(req): ApiJson<TeamRequest>,
) -> Result<(StatusCode, Json<TeamDto>), ApiError> {
    let team = directory::create_team(&state.app, Some(&agent), req.name.as_deref()).await?;
    Ok((
        StatusCode::CREATED,
        Json(TeamDto {
            team_id: team.id.as_uuid(),
            name: team.name,
        }),
    ))
}

/// Every team.
#[utoipa::path(get, path = "/api/v1/teams", tag = "directory", responses((status = 200, body = [TeamDto])), security(("bearer" = [])))]
pub async fn list_teams(
    State(state): State<AppState>,
    CurrentAgent(_agent): CurrentAgent,
) -> Result<Json<Vec<TeamDto>>, ApiError> {
    let teams = directory::list_teams(&state.app).await?;
    Ok(Json(
        teams
            .into_iter()
            .map(|t| TeamDto {
                team_id: t.id.as_uuid(),
                name: t.name,
            })
            .collect(),
    ))
}

/// Creates an agent and returns their API token once (admin only).
#[utoipa::path(
    post, path = "/api/v1/agents", tag = "directory",
    request_body = AgentRequest,
    responses((status = 201, body = AgentCreated), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn create_agent(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    ApiJson(req): ApiJson<AgentRequest>,
) -> Result<(StatusCode, Json<AgentCreated>), ApiError> {
    let input = NewAgent {
        name: req.name,
        email: req.email,
        role: req.role,
        team_ids: req
            .team_ids
            .unwrap_or_default()
            .into_iter()
            .map(TeamId)
            .collect(),
        signature_name: req.signature_name,
    };
    let (created, token) = directory::create_agent(&state.app, Some(&agent), input).await?;
    Ok((
        StatusCode::CREATED,
        Json(AgentCreated {
            agent_id: created.id.as_uuid(),
            token,
        }),
    ))
}

/// The agent behind the token.
#[utoipa::path(get, path = "/api/v1/me", tag = "directory", responses((status = 200, body = AgentDto), (status = 401, body = ErrorBody)), security(("bearer" = [])))]
pub async fn me(CurrentAgent(agent): CurrentAgent) -> Json<AgentDto> {
    Json(AgentDto::from(&agent))
}
