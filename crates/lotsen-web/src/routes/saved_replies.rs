//! `/api/v1/saved-replies`: the texts agents start an answer from. Leads and admins
//! write them; with `?case=ID` they come filled in for that case's customer and the
//! calling agent.

use std::collections::HashMap;

use axum::Json;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use lotsen_app::AppError;
use lotsen_domain::error::Validator;
use lotsen_domain::{CaseId, TeamId};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::AppState;
use crate::dto::parse_id;
use crate::error::{ApiError, ErrorBody};
use crate::extract::{ApiJson, CurrentAgent};

/// A saved reply to write.
#[derive(Debug, Deserialize, ToSchema)]
pub struct SavedReplyRequest {
    /// What agents pick it by.
    pub title: Option<String>,
    /// The text; `{förnamn}`/`{first_name}` and `{signatur}`/`{signature}` are filled in.
    pub body: Option<String>,
    /// `sv` (default) or `en`.
    pub language: Option<String>,
    /// Only this team's agents see it; none: everyone.
    pub team_id: Option<Uuid>,
}

/// A saved reply.
#[derive(Debug, Serialize, ToSchema)]
pub struct SavedReplyDto {
    /// Id.
    pub id: Uuid,
    /// Title.
    pub title: String,
    /// `sv` or `en`.
    pub language: String,
    /// The text: as written, or filled in for `?case=`.
    pub body: String,
    /// The team it is for, if only one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub team_id: Option<Uuid>,
}

impl From<lotsen_domain::saved_reply::SavedReply> for SavedReplyDto {
    fn from(r: lotsen_domain::saved_reply::SavedReply) -> Self {
        Self {
            id: r.id.as_uuid(),
            title: r.title,
            language: r.language,
            body: r.body,
            team_id: r.team_id.map(|t| t.as_uuid()),
        }
    }
}

/// The saved replies.
#[derive(Debug, Serialize, ToSchema)]
pub struct SavedReplyList {
    /// By language and title.
    pub saved_replies: Vec<SavedReplyDto>,
}

/// Lists the saved replies the caller sees; with `case`, filled in for its customer.
#[utoipa::path(
    get, path = "/api/v1/saved-replies", tag = "cases",
    params(("case" = Option<String>, Query, description = "Fill in for this case's customer")),
    responses((status = 200, body = SavedReplyList), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn list(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Json<SavedReplyList>, ApiError> {
    let mut v = Validator::new();
    let case: Option<CaseId> = parse_id(&mut v, "case", q.get("case"));
    v.finish().map_err(AppError::from)?;
    let saved_replies = match case {
        Some(case) => lotsen_app::drafts::saved_replies_for(&state.app, &agent, case)
            .await?
            .into_iter()
            .map(|r| SavedReplyDto {
                id: r.id.as_uuid(),
                title: r.title,
                language: r.language,
                body: r.text,
                team_id: None,
            })
            .collect(),
        None => lotsen_app::drafts::saved_replies(&state.app, &agent)
            .await?
            .into_iter()
            .map(SavedReplyDto::from)
            .collect(),
    };
    Ok(Json(SavedReplyList { saved_replies }))
}

/// Writes a saved reply (leads and admins).
#[utoipa::path(
    post, path = "/api/v1/saved-replies", tag = "cases",
    request_body = SavedReplyRequest,
    responses((status = 201, body = SavedReplyDto), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn create(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    ApiJson(req): ApiJson<SavedReplyRequest>,
) -> Result<(StatusCode, Json<SavedReplyDto>), ApiError> {
    let r = lotsen_app::drafts::create_saved_reply(
        &state.app,
        &agent,
        req.title.as_deref(),
        req.body.as_deref(),
        req.language.as_deref(),
        req.team_id.map(TeamId),
    )
    .await?;
    Ok((StatusCode::CREATED, Json(SavedReplyDto::from(r))))
}
