//! Reading and working cases.

use std::collections::HashMap;

use axum::Json;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use lotsen_app::{AppError, cases};
use lotsen_domain::error::Validator;
use lotsen_domain::{AgentId, CaseId, Channel, Status, TeamId, Visibility};
use lotsen_store::CaseFilter;

use crate::AppState;
use crate::dto::{
    AssignRequest, CaseDetail, CaseDto, CaseList, CustomerDto, MergeRequest, MessageCreated,
    NoteCreated, NoteRequest, ReasonRequest, ReplyRequest, ResolveRequest, SlaDto, TimelineItem,
    parse_enum, parse_id,
};
use crate::error::{ApiError, ErrorBody};
use crate::extract::{ApiJson, CurrentAgent, IdPath};

fn parse_number<T: std::str::FromStr>(
    v: &mut Validator,
    field: &str,
    raw: Option<&String>,
    default: T,
) -> T {
    match raw {
        None => default,
        Some(raw) => raw.parse().unwrap_or_else(|_| {
            v.add(field, "must be a non-negative whole number");
            default
        }),
    }
}

/// Lists cases, most recently changed first.
#[utoipa::path(
    get, path = "/api/v1/cases", tag = "cases",
    params(
        ("status" = Option<String>, Query, description = "open, waiting_on_customer, resolved, closed_unresolved or merged"),
        ("team" = Option<String>, Query, description = "Team id"),
        ("owner" = Option<String>, Query, description = "Owner's agent id"),
        ("limit" = Option<u32>, Query, description = "Page size, 1-200, default 50"),
        ("offset" = Option<u64>, Query, description = "Cases to skip"),
    ),
    responses((status = 200, body = CaseList), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn list(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Json<CaseList>, ApiError> {
    let mut v = Validator::new();
    let status = parse_enum(
        &mut v,
        "status",
        q.get("status").map(String::as_str),
        Status::parse,
        "open, waiting_on_customer, resolved, closed_unresolved, merged",
    );
    let team_id: Option<TeamId> = parse_id(&mut v, "team", q.get("team").or(q.get("team_id")));
    let owner_id: Option<AgentId> = parse_id(&mut v, "owner", q.get("owner").or(q.get("owner_id")));
    let limit = parse_number(&mut v, "limit", q.get("limit"), 50u32);
    let offset = parse_number(&mut v, "offset", q.get("offset"), 0u64);
    v.finish().map_err(AppError::from)?;
    let filter = CaseFilter {
        status,
        team_id,
        owner_id,
        ..CaseFilter::default()
    };
    let page = cases::list(&state.app, &agent, &filter, limit, offset).await?;
    Ok(Json(CaseList {
        cases: page.cases.iter().map(CaseDto::from).collect(),
        total: page.total,
        limit,
        offset,
    }))
}

/// A case with its counters, customer and whole timeline.
#[utoipa::path(
    get, path = "/api/v1/cases/{id}", tag = "cases",
    params(("id" = String, Path, description = "Case id")),
    responses((status = 200, body = CaseDetail), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn get(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    IdPath(id): IdPath<CaseId>,
) -> Result<Json<CaseDetail>, ApiError> {
    let view = cases::get(&state.app, &agent, id).await?;
    let mut timeline: Vec<TimelineItem> = view.timeline.iter().map(TimelineItem::from).collect();
    crate::mail_dto::enrich(&mut timeline, &view.mail);
    Ok(Json(CaseDetail {
        case: CaseDto::from(&view.case),
        customer: view.customer.as_ref().map(CustomerDto::from),
        timeline,
        sla: SlaDto::new(
            view.sla_policy.clone(),
            &view.sla,
            &view.escalation_deadlines,
        ),
        review: view
            .review
            .iter()
            .map(|r| crate::dto::reason_name(r).to_owned())
            .collect(),
    }))
}

/// Gives an unowned case its owner (an owned case moves only by handoff).
#[utoipa::path(
    post, path = "/api/v1/cases/{id}/assign", tag = "cases",
    params(("id" = String, Path, description = "Case id")),
    request_body = AssignRequest,
    responses((status = 200, body = CaseDto), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn assign(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    IdPath(id): IdPath<CaseId>,
    ApiJson(req): ApiJson<AssignRequest>,
) -> Result<Json<CaseDto>, ApiError> {
    let case = cases::assign(&state.app, &agent, id, req.agent_id.map(AgentId)).await?;
    Ok(Json(CaseDto::from(&case)))
}

/// Answers the customer; delivery goes through the outbox.
#[utoipa::path(
    post, path = "/api/v1/cases/{id}/replies", tag = "cases",
    params(("id" = String, Path, description = "Case id")),
    request_body = ReplyRequest,
    responses((status = 201, body = MessageCreated), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn reply(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    IdPath(id): IdPath<CaseId>,
    ApiJson(req): ApiJson<ReplyRequest>,
) -> Result<(StatusCode, Json<MessageCreated>), ApiError> {
    let mut v = Validator::new();
    let visibility = parse_enum(
        &mut v,
        "visibility",
        req.visibility.as_deref(),
        Visibility::parse,
        "private, public",
    );
    let names = Channel::ALL
        .iter()
        .map(|c| c.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let channel = parse_enum(
        &mut v,
        "channel",
        req.channel.as_deref(),
        Channel::parse,
        &names,
    );
    let files = reply_files(&mut v, req.attachments.unwrap_or_default());
    v.finish().map_err(AppError::from)?;
    let (case, message_id) = cases::reply_with_files(
        &state.app,
        &agent,
        id,
        req.body.as_deref(),
        visibility,
        channel,
        files,
    )
    .await?;
    // The lint runs on every reply; a failing lint never holds a reply back.
    let body = req.body.unwrap_or_default();
    let hints = lotsen_app::drafts::lint(&state.app, &agent, id, &body, channel, visibility)
        .await
        .map(crate::routes::drafts::hint_dtos)
        .unwrap_or_default();
    Ok((
        StatusCode::CREATED,
        Json(MessageCreated {
            message_id: message_id.as_uuid(),
            case_id: case.id.as_uuid(),
            hints,
        }),
    ))
}

/// Writes an internal note.
#[utoipa::path(
    post, path = "/api/v1/cases/{id}/notes", tag = "cases",
    params(("id" = String, Path, description = "Case id")),
    request_body = NoteRequest,
    responses((status = 201, body = NoteCreated), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn note(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    IdPath(id): IdPath<CaseId>,
    ApiJson(req): ApiJson<NoteRequest>,
) -> Result<(StatusCode, Json<NoteCreated>), ApiError> {
    let (_, note_id) = cases::add_note(&state.app, &agent, id, req.body.as_deref()).await?;
    Ok((
        StatusCode::CREATED,
        Json(NoteCreated {
            note_id: note_id.as_uuid(),
        }),
    ))
}

/// Resolves with a summary; refused while an escalation or handoff is open.
#[utoipa::path(
    post, path = "/api/v1/cases/{id}/resolve", tag = "cases",
    params(("id" = String, Path, description = "Case id")),
    request_body = ResolveRequest,
    responses((status = 200, body = CaseDto), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn resolve(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    IdPath(id): IdPath<CaseId>,
    ApiJson(req): ApiJson<ResolveRequest>,
) -> Result<Json<CaseDto>, ApiError> {
    let case = cases::resolve(
        &state.app,
        &agent,
        id,
        req.summary.as_deref(),
        req.category.as_deref(),
    )
    .await?;
    Ok(Json(CaseDto::from(&case)))
}

/// Reopens a resolved or closed case; the owner stays.
#[utoipa::path(
    post, path = "/api/v1/cases/{id}/reopen", tag = "cases",
    params(("id" = String, Path, description = "Case id")),
    request_body = ReasonRequest,
    responses((status = 200, body = CaseDto), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn reopen(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    IdPath(id): IdPath<CaseId>,
    ApiJson(req): ApiJson<ReasonRequest>,
) -> Result<Json<CaseDto>, ApiError> {
    let case = cases::reopen(&state.app, &agent, id, req.reason.as_deref()).await?;
    Ok(Json(CaseDto::from(&case)))
}

/// Closes without a solution, for a recorded reason.
#[utoipa::path(
    post, path = "/api/v1/cases/{id}/close", tag = "cases",
    params(("id" = String, Path, description = "Case id")),
    request_body = ReasonRequest,
    responses((status = 200, body = CaseDto), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn close(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    IdPath(id): IdPath<CaseId>,
    ApiJson(req): ApiJson<ReasonRequest>,
) -> Result<Json<CaseDto>, ApiError> {
    let case = cases::close(&state.app, &agent, id, req.reason.as_deref()).await?;
    Ok(Json(CaseDto::from(&case)))
}

/// Merges a duplicate case into this one: the duplicate closes and points here, its
/// messages and notes show in this case's timeline, and what the customer writes on it
/// later lands here.
#[utoipa::path(
    post, path = "/api/v1/cases/{id}/merge", tag = "cases",
    params(("id" = String, Path, description = "The case the duplicate goes on in")),
    request_body = MergeRequest,
    responses((status = 200, body = CaseDto), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn merge(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    IdPath(id): IdPath<CaseId>,
    ApiJson(req): ApiJson<MergeRequest>,
) -> Result<Json<CaseDto>, ApiError> {
    let case = cases::merge(
        &state.app,
        &agent,
        id,
        req.duplicate.as_deref(),
        req.same_person,
    )
    .await?;
    Ok(Json(CaseDto::from(&case)))
}

/// A reply's files, every bad field named.
fn reply_files(
    v: &mut Validator,
    files: Vec<crate::dto::ReplyAttachmentDto>,
) -> Vec<cases::ReplyFile> {
    use base64::Engine;
    if files.len() > 10 {
        v.add("attachments", "at most 10 files");
    }
    let mut out = Vec::new();
    for (i, f) in files.into_iter().enumerate() {
        let field = |name: &str| format!("attachments[{i}].{name}");
        let filename = f.filename.unwrap_or_default().trim().to_owned();
        if filename.is_empty() || filename.len() > 255 || filename.contains(['/', '\\']) {
            v.add(&field("filename"), "1 to 255 bytes, without a path");
        }
        let content_type = f
            .content_type
            .unwrap_or_else(|| "application/octet-stream".to_owned());
        let valid_type = content_type.split_once('/').is_some_and(|(a, b)| {
            !a.is_empty() && !b.is_empty() && !content_type.contains(char::is_whitespace)
        });
        if !valid_type {
            v.add(&field("content_type"), "must be type/subtype");
        }
        let data = f.content_base64.as_deref().and_then(|b| {
            base64::engine::general_purpose::STANDARD
                .decode(b.replace(['\r', '\n'], ""))
                .ok()
        });
        match data {
            Some(data) => out.push(cases::ReplyFile {
                filename,
                content_type,
                data,
            }),
            None => v.add(&field("content_base64"), "required, base64"),
        }
    }
    out
}
