//! `GET /api/v1/search?q=...`: full-text search over cases, their messages and the
//! knowledge base, with filters; personal data is only ever in the index redacted.

use std::collections::HashMap;

use axum::Json;
use axum::extract::{Query, State};
use lotsen_app::AppError;
use lotsen_domain::error::Validator;
use lotsen_domain::{Channel, IncidentId, Status, TeamId};
use lotsen_search::{HitKind, SearchQuery};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::AppState;
use crate::dto::CaseDto;
use crate::error::{ApiError, ErrorBody};
use crate::extract::CurrentAgent;

/// An article a search found.
#[derive(Debug, Serialize, ToSchema)]
pub struct FoundArticle {
    /// Id.
    pub id: Uuid,
    /// Title.
    pub title: String,
    /// `sv` or `en`.
    pub language: String,
    /// `internal` or `public`.
    pub audience: String,
    /// `draft` or `published`.
    pub status: String,
}

/// One hit.
#[derive(Debug, Serialize, ToSchema)]
pub struct SearchHit {
    /// `case` or `article`.
    pub kind: String,
    /// The case's or article's id.
    pub id: Uuid,
    /// How well it matched (higher is better).
    pub score: f32,
    /// The redacted text around the words.
    pub snippet: String,
    /// Where the words are in the snippet: `[start, end)` byte offsets.
    pub highlights: Vec<[usize; 2]>,
    /// The case, for a case hit.
    pub case: Option<CaseDto>,
    /// The article, for an article hit.
    pub article: Option<FoundArticle>,
}

/// What a search found.
#[derive(Debug, Serialize, ToSchema)]
pub struct SearchResults {
    /// The words searched for.
    pub q: String,
    /// Best first; one per case and per article.
    pub hits: Vec<SearchHit>,
}

/// The start of a day in Stockholm, from `YYYY-MM-DD`.
fn day(
    v: &mut Validator,
    field: &str,
    raw: Option<&String>,
    next: bool,
) -> Option<jiff::Timestamp> {
    let raw = raw?;
    let date = match raw.trim().parse::<jiff::civil::Date>() {
        Ok(d) => d,
        Err(_) => {
            v.add(field, "must be a date, YYYY-MM-DD");
            return None;
        }
    };
    let date = if next { date.tomorrow().ok()? } else { date };
    date.to_zoned(lotsen_app::forecast::stockholm())
        .ok()
        .map(|z| z.timestamp())
}

/// Parses the search's parameters, naming every bad one.
fn parse(q: &HashMap<String, String>) -> Result<SearchQuery, AppError> {
    let mut v = Validator::new();
    let text = q.get("q").map(|s| s.trim().to_owned()).unwrap_or_default();
    if text.is_empty() {
        v.add("q", "required");
    } else if text.chars().count() > 200 {
        v.add("q", "must be at most 200 characters");
    }
    let status = q.get("status").and_then(|s| {
        let ok = Status::parse(s).map(|s| s.as_str().to_owned());
        if ok.is_none() {
            v.add(
                "status",
                "open, waiting_on_customer, resolved, closed_unresolved or merged",
            );
        }
        ok
    });
    let channel = q.get("channel").and_then(|c| {
        let ok = Channel::parse(c).map(|c| c.as_str().to_owned());
        if ok.is_none() {
            v.add("channel", "is not a channel");
        }
        ok
    });
    let team = q.get("team").and_then(|t| {
        let ok = t.parse::<TeamId>().ok().map(|t| t.to_string());
        if ok.is_none() {
            v.add("team", "must be a team id");
        }
        ok
    });
    let incident = q.get("incident").and_then(|i| {
        let ok = i.parse::<IncidentId>().ok().map(|i| i.to_string());
        if ok.is_none() {
            v.add("incident", "must be an incident id");
        }
        ok
    });
    let from = day(&mut v, "from", q.get("from"), false);
    let to = day(&mut v, "to", q.get("to"), true);
    let kind = match q.get("kind").map(String::as_str) {
        None => None,
        Some("case") => Some(HitKind::Case),
        Some("article") => Some(HitKind::Article),
        Some(_) => {
            v.add("kind", "must be case or article");
            None
        }
    };
    let limit = match q.get("limit") {
        None => 20,
        Some(raw) => match raw.parse::<usize>() {
            Ok(n) if (1..=100).contains(&n) => n,
            _ => {
                v.add("limit", "must be a whole number from 1 to 100");
                20
            }
        },
    };
    v.finish()?;
    Ok(SearchQuery {
        text,
        status,
        team,
        channel,
        incident,
        from,
        to,
        kind,
        public_only: false,
        any_word: false,
        limit,
    })
}

/// Searches cases, messages and articles; every word must be found, in Swedish or
/// English word forms.
#[utoipa::path(
    get, path = "/api/v1/search", tag = "search",
    params(
        ("q" = String, Query, description = "The words"),
        ("status" = Option<String>, Query, description = "Only cases with this status"),
        ("team" = Option<String>, Query, description = "Only cases of this team (id)"),
        ("channel" = Option<String>, Query, description = "Only messages on this channel"),
        ("incident" = Option<String>, Query, description = "Only cases linked to this incident (id)"),
        ("from" = Option<String>, Query, description = "From this day, YYYY-MM-DD (Stockholm)"),
        ("to" = Option<String>, Query, description = "To and with this day, YYYY-MM-DD"),
        ("kind" = Option<String>, Query, description = "case or article"),
        ("limit" = Option<u32>, Query, description = "1-100, default 20"),
    ),
    responses((status = 200, body = SearchResults), (status = 422, body = ErrorBody), (status = 503, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn search(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Json<SearchResults>, ApiError> {
    let query = parse(&q)?;
    let found = lotsen_app::search::search(&state.app, &agent, &query).await?;
    Ok(Json(SearchResults {
        q: query.text.clone(),
        hits: found
            .iter()
            .filter_map(|f| {
                Some(SearchHit {
                    kind: match f.hit.kind {
                        HitKind::Case => "case",
                        HitKind::Article => "article",
                    }
                    .to_owned(),
                    id: f.hit.id.parse().ok()?,
                    score: f.hit.score,
                    snippet: f.hit.snippet.clone(),
                    highlights: f.hit.highlights.iter().map(|(a, b)| [*a, *b]).collect(),
                    case: f.case.as_ref().map(CaseDto::from),
                    article: f.article.as_ref().map(|r| FoundArticle {
                        id: r.article.id.as_uuid(),
                        title: r.article.title.clone(),
                        language: r.article.language.clone(),
                        audience: r.article.audience.as_str().to_owned(),
                        status: r.article.status.as_str().to_owned(),
                    }),
                })
            })
            .collect(),
    }))
}
