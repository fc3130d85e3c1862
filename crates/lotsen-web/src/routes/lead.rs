//! `/api/v1/teams/{id}/load` (the team's queue, open and waiting cases, each member's
//! load, the cases about to breach) and `/api/v1/teams/{id}/reassign` (work moved to
//! another team in bulk, each case with the lead's note).

use axum::Json;
use axum::extract::State;
use lotsen_domain::{CaseId, TeamId};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::AppState;
use crate::dto::CaseDto;
use crate::error::{ApiError, ErrorBody};
use crate::extract::{ApiJson, CurrentAgent, IdPath};

/// One member's load.
#[derive(Debug, Serialize, ToSchema)]
pub struct MemberLoadDto {
    /// The agent.
    pub agent_id: Uuid,
    /// Name.
    pub name: String,
    /// Open cases they own (counted up to 1000).
    pub open: u64,
    /// Their cases waiting on the customer.
    pub waiting: u64,
}

/// A team's load and deadline state.
#[derive(Debug, Serialize, ToSchema)]
pub struct TeamLoad {
    /// Cases waiting in the queue, nobody's yet (counted up to 1000).
    pub queued: u64,
    /// Open cases (counted up to 1000).
    pub open: u64,
    /// Cases waiting on the customer.
    pub waiting: u64,
    /// Open cases with a deadline within two hours.
    pub breaching_soon: u64,
    /// The first of them, soonest first.
    pub breaching: Vec<CaseDto>,
    /// Members, most loaded first.
    pub members: Vec<MemberLoadDto>,
}

/// The team's load and deadline state (its lead or an admin).
#[utoipa::path(
    get, path = "/api/v1/teams/{id}/load", tag = "routing",
    params(("id" = String, Path, description = "Team id")),
    responses((status = 200, body = TeamLoad), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn load(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    IdPath(id): IdPath<TeamId>,
) -> Result<Json<TeamLoad>, ApiError> {
    let s = lotsen_app::lead::team_state(&state.app, &agent, id).await?;
    Ok(Json(TeamLoad {
        queued: s.queued,
        open: s.open,
        waiting: s.waiting,
        breaching_soon: s.breaching.total,
        breaching: s.breaching.cases.iter().map(CaseDto::from).collect(),
        members: s
            .members
            .into_iter()
            .map(|m| MemberLoadDto {
                agent_id: m.agent.id.as_uuid(),
                name: m.agent.name,
                open: m.open,
                waiting: m.waiting,
            })
            .collect(),
    }))
}

/// Work to move to another team.
#[derive(Debug, Deserialize, ToSchema)]
pub struct ReassignRequest {
    /// The cases (at most 500), all of this team.
    #[serde(default)]
    pub case_ids: Vec<Uuid>,
    /// The team that takes them.
    pub to_team_id: Option<Uuid>,
    /// The note every case carries.
    pub note: Option<String>,
}

/// A case that did not move.
#[derive(Debug, Serialize, ToSchema)]
pub struct Refused {
    /// The case.
    pub case_id: Uuid,
    /// Why (`case_not_active`, `handoff_pending`, `other_team`, ...).
    pub code: String,
}

/// What moved.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReassignOutcome {
    /// Queued cases now in the other team's queue.
    pub moved: Vec<String>,
    /// Owned cases handed off to the other team.
    pub handed_off: Vec<String>,
    /// Cases that did not move.
    pub refused: Vec<Refused>,
}

/// Moves the team's cases to another team in bulk (its lead or an admin): queued cases
/// move to the other queue, owned cases are handed off, each with the note.
#[utoipa::path(
    post, path = "/api/v1/teams/{id}/reassign", tag = "routing",
    params(("id" = String, Path, description = "Team id")),
    request_body = ReassignRequest,
    responses((status = 200, body = ReassignOutcome), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn reassign(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    IdPath(id): IdPath<TeamId>,
    ApiJson(req): ApiJson<ReassignRequest>,
) -> Result<Json<ReassignOutcome>, ApiError> {
    let cases: Vec<CaseId> = req.case_ids.iter().map(|c| CaseId(*c)).collect();
    let done = lotsen_app::lead::reassign(
        &state.app,
        &agent,
        id,
        &cases,
        req.to_team_id.map(TeamId),
        req.note.as_deref(),
    )
    .await?;
    Ok(Json(outcome(done)))
}

/// The outcome as the API shows it.
pub fn outcome(done: lotsen_app::lead::Reassigned) -> ReassignOutcome {
    ReassignOutcome {
        moved: done.moved.iter().map(ToString::to_string).collect(),
        handed_off: done.handed_off.iter().map(ToString::to_string).collect(),
        refused: done
            .refused
            .into_iter()
            .map(|(case_id, code)| Refused {
                case_id: case_id.as_uuid(),
                code: code.to_owned(),
            })
            .collect(),
    }
}
