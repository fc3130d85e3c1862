//! `/api/v1/articles`, the knowledge base: articles with their versions; what the
//! knowledge base offers for a case (`/cases/{id}/knowledge`), "this solved it"
//! (`/cases/{id}/solved-by`), a resolution as a known solution
//! (`/cases/{id}/known-solution`), the monthly top problems, and the public articles a
//! customer's question finds (`/public/articles`, no token: the FAQ and the widget).

use std::collections::HashMap;

use axum::Json;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use lotsen_app::AppError;
use lotsen_app::knowledge::{self, TopProblem};
use lotsen_domain::article::{ArticleStatus, ArticleVersion, Audience, Trend, Write};
use lotsen_domain::error::Validator;
use lotsen_domain::{AgentId, ArticleId, CaseId};
use lotsen_store::{ArticleFilter, ArticleRow};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::AppState;
use crate::dto::{CaseDto, time};
use crate::error::{ApiError, ErrorBody};
use crate::extract::{ApiJson, CurrentAgent, IdPath};

/// An article to write, or the fields of one to change.
#[derive(Debug, Default, Deserialize, ToSchema)]
pub struct ArticleRequest {
    /// `sv` or `en`.
    pub language: Option<String>,
    /// `internal` (agents only, the default) or `public` (the FAQ; leads and admins).
    pub audience: Option<String>,
    /// `draft` or `published` (the default).
    pub status: Option<String>,
    /// The problem category it answers (blank: none).
    pub category: Option<String>,
    /// The question or heading.
    pub title: Option<String>,
    /// The answer, plain text.
    pub body: Option<String>,
    /// Who keeps it true (default: the writer).
    pub owner_id: Option<Uuid>,
    /// When it is reviewed next, `YYYY-MM-DD` (default: in half a year).
    pub review_by: Option<String>,
}

impl ArticleRequest {
    fn write(&self) -> Write<'_> {
        Write {
            language: self.language.as_deref(),
            audience: self.audience.as_deref(),
            status: self.status.as_deref(),
            category: self.category.as_deref(),
            title: self.title.as_deref(),
            body: self.body.as_deref(),
            owner_id: self.owner_id.map(AgentId),
            review_by: self.review_by.as_deref(),
        }
    }
}

/// A knowledge-base article at its latest version.
#[derive(Debug, Serialize, ToSchema)]
pub struct ArticleDto {
    /// Id.
    pub id: Uuid,
    /// `sv` or `en`.
    pub language: String,
    /// `internal` or `public`.
    pub audience: String,
    /// `draft` or `published`.
    pub status: String,
    /// Category.
    pub category: Option<String>,
    /// Title.
    pub title: String,
    /// Text.
    pub body: String,
    /// Who keeps it true.
    pub owner_id: Uuid,
    /// When it is reviewed next.
    pub review_by: String,
    /// Whether that date has come.
    pub due_for_review: bool,
    /// The current version, from 1.
    pub version: u32,
    /// Cases it solved ("this solved it").
    pub solved_cases: u64,
    /// The case whose resolution it was written from.
    pub source_case_id: Option<Uuid>,
    /// When first written.
    pub created_at: String,
    /// When last changed.
    pub updated_at: String,
    /// Its public page, when customers may read it.
    pub public_url: Option<String>,
}

impl ArticleDto {
    /// The row as the API shows it, `today` deciding whether review is due.
    pub fn new(r: &ArticleRow, today: jiff::civil::Date) -> Self {
        let a = &r.article;
        Self {
            id: a.id.as_uuid(),
            language: a.language.clone(),
            audience: a.audience.as_str().to_owned(),
            status: a.status.as_str().to_owned(),
            category: a.category.clone(),
            title: a.title.clone(),
            body: a.body.clone(),
            owner_id: a.owner_id.as_uuid(),
            review_by: a.review_by.to_string(),
            due_for_review: a.due_for_review(today),
            version: a.version,
            solved_cases: r.solved,
            source_case_id: a.source_case_id.map(CaseId::as_uuid),
            created_at: time(a.created_at),
            updated_at: time(a.updated_at),
            public_url: a.is_public().then(|| format!("/faq/{}", a.id)),
        }
    }
}

fn today(state: &AppState) -> jiff::civil::Date {
    knowledge::today(&state.app)
}

/// One version of an article.
#[derive(Debug, Serialize, ToSchema)]
pub struct VersionDto {
    /// From 1.
    pub version: u32,
    /// Title then.
    pub title: String,
    /// Text then.
    pub body: String,
    /// Who wrote it.
    pub author_id: Option<Uuid>,
    /// When.
    pub at: String,
}

impl From<&ArticleVersion> for VersionDto {
    fn from(v: &ArticleVersion) -> Self {
        Self {
            version: v.version,
            title: v.title.clone(),
            body: v.body.clone(),
            author_id: v.author_id.map(AgentId::as_uuid),
            at: time(v.at),
        }
    }
}

/// An article with every version.
#[derive(Debug, Serialize, ToSchema)]
pub struct ArticleDetail {
    /// The article.
    #[serde(flatten)]
    pub article: ArticleDto,
    /// Its versions, newest first.
    pub versions: Vec<VersionDto>,
}

/// Articles.
#[derive(Debug, Serialize, ToSchema)]
pub struct ArticleList {
    /// Most used first, then by title.
    pub articles: Vec<ArticleDto>,
}

/// Lists the knowledge base's articles.
#[utoipa::path(
    get, path = "/api/v1/articles", tag = "knowledge",
    params(
        ("audience" = Option<String>, Query, description = "internal or public"),
        ("status" = Option<String>, Query, description = "draft or published"),
        ("language" = Option<String>, Query, description = "sv or en"),
        ("category" = Option<String>, Query, description = "A category"),
        ("due" = Option<bool>, Query, description = "Only those due for review"),
    ),
    responses((status = 200, body = ArticleList), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn list(
    State(state): State<AppState>,
    CurrentAgent(_agent): CurrentAgent,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Json<ArticleList>, ApiError> {
    let mut v = Validator::new();
    let audience = q.get("audience").and_then(|a| {
        let parsed = Audience::parse(a);
        if parsed.is_none() {
            v.add("audience", "must be internal or public");
        }
        parsed
    });
    let status = q.get("status").and_then(|s| {
        let parsed = ArticleStatus::parse(s);
        if parsed.is_none() {
            v.add("status", "must be draft or published");
        }
        parsed
    });
    if q.get("language")
        .is_some_and(|l| !matches!(l.as_str(), "sv" | "en"))
    {
        v.add("language", "must be sv or en");
    }
    let due = match q.get("due").map(String::as_str) {
        None | Some("false") => false,
        Some("true") => true,
        Some(_) => {
            v.add("due", "must be true or false");
            false
        }
    };
    v.finish().map_err(AppError::from)?;
    let today = today(&state);
    let rows = knowledge::list(
        &state.app,
        &ArticleFilter {
            audience,
            status,
            language: q.get("language").cloned(),
            category: q.get("category").map(|c| c.trim().to_lowercase()),
        },
    )
    .await?;
    Ok(Json(ArticleList {
        articles: rows
            .iter()
            .filter(|r| !due || r.article.due_for_review(today))
            .map(|r| ArticleDto::new(r, today))
            .collect(),
    }))
}

/// Writes an article (any agent; a public one, leads and admins).
#[utoipa::path(
    post, path = "/api/v1/articles", tag = "knowledge",
    request_body = ArticleRequest,
    responses((status = 201, body = ArticleDto), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn create(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    ApiJson(req): ApiJson<ArticleRequest>,
) -> Result<(StatusCode, Json<ArticleDto>), ApiError> {
    let row = knowledge::write(&state.app, &agent, &req.write()).await?;
    Ok((
        StatusCode::CREATED,
        Json(ArticleDto::new(&row, today(&state))),
    ))
}

/// An article with its versions.
#[utoipa::path(
    get, path = "/api/v1/articles/{id}", tag = "knowledge",
    params(("id" = String, Path, description = "Article id")),
    responses((status = 200, body = ArticleDetail), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn get(
    State(state): State<AppState>,
    CurrentAgent(_agent): CurrentAgent,
    IdPath(id): IdPath<ArticleId>,
) -> Result<Json<ArticleDetail>, ApiError> {
    let row = knowledge::get(&state.app, id).await?;
    let versions = knowledge::versions(&state.app, id).await?;
    Ok(Json(ArticleDetail {
        article: ArticleDto::new(&row, today(&state)),
        versions: versions.iter().map(VersionDto::from).collect(),
    }))
}

/// Changes an article: a new title or text is a new version.
#[utoipa::path(
    patch, path = "/api/v1/articles/{id}", tag = "knowledge",
    params(("id" = String, Path, description = "Article id")),
    request_body = ArticleRequest,
    responses((status = 200, body = ArticleDto), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn revise(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    IdPath(id): IdPath<ArticleId>,
    ApiJson(req): ApiJson<ArticleRequest>,
) -> Result<Json<ArticleDto>, ApiError> {
    let row = knowledge::revise(&state.app, &agent, id, &req.write()).await?;
    Ok(Json(ArticleDto::new(&row, today(&state))))
}

/// An article suggested for a case.
#[derive(Debug, Serialize, ToSchema)]
pub struct SuggestedArticle {
    /// How alike, 0 to 1.
    pub score: f32,
    /// The article.
    pub article: ArticleDto,
}

/// A resolved case with a like problem.
#[derive(Debug, Serialize, ToSchema)]
pub struct SimilarCase {
    /// How alike, 0 to 1.
    pub score: f32,
    /// What solved it.
    pub resolution: Option<String>,
    /// The case.
    pub case: CaseDto,
}

/// What the knowledge base offers for a case.
#[derive(Debug, Serialize, ToSchema)]
pub struct CaseKnowledge {
    /// The customer's language as their first message tells (`sv` or `en`).
    pub language: String,
    /// Articles like the case, best first, the customer's language first.
    pub articles: Vec<SuggestedArticle>,
    /// Resolved cases with a like problem, best first.
    pub similar_cases: Vec<SimilarCase>,
    /// The articles recorded as having solved this case.
    pub solved_by: Vec<Uuid>,
}

/// The articles and past resolved cases like this case.
#[utoipa::path(
    get, path = "/api/v1/cases/{id}/knowledge", tag = "knowledge",
    params(("id" = String, Path, description = "Case id")),
    responses((status = 200, body = CaseKnowledge), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn for_case(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    IdPath(id): IdPath<CaseId>,
) -> Result<Json<CaseKnowledge>, ApiError> {
    lotsen_app::cases::get(&state.app, &agent, id).await?;
    let found = knowledge::for_case(&state.app, id).await?;
    let today = today(&state);
    Ok(Json(CaseKnowledge {
        language: found.language.to_owned(),
        articles: found
            .articles
            .iter()
            .map(|(r, s)| SuggestedArticle {
                score: *s,
                article: ArticleDto::new(r, today),
            })
            .collect(),
        similar_cases: found
            .cases
            .iter()
            .map(|(c, s)| SimilarCase {
                score: *s,
                resolution: c.resolution.as_ref().map(|r| r.summary.clone()),
                case: CaseDto::from(c),
            })
            .collect(),
        solved_by: found.solved_by.iter().map(|a| a.as_uuid()).collect(),
    }))
}

/// An article, named.
#[derive(Debug, Deserialize, ToSchema)]
pub struct ArticleRef {
    /// The article.
    pub article_id: Option<Uuid>,
}

/// Whether something was recorded.
#[derive(Debug, Serialize, ToSchema)]
pub struct Recorded {
    /// False when it was recorded before.
    pub recorded: bool,
    /// Cases the article has solved now.
    pub solved_cases: u64,
}

/// "This solved it": the article solved the case (counted once per case).
#[utoipa::path(
    post, path = "/api/v1/cases/{id}/solved-by", tag = "knowledge",
    params(("id" = String, Path, description = "Case id")),
    request_body = ArticleRef,
    responses((status = 200, body = Recorded), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn solved_by(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    IdPath(id): IdPath<CaseId>,
    ApiJson(req): ApiJson<ArticleRef>,
) -> Result<Json<Recorded>, ApiError> {
    let article = req
        .article_id
        .map(ArticleId)
        .ok_or_else(|| AppError::invalid("article_id", "required"))?;
    lotsen_app::cases::get(&state.app, &agent, id).await?;
    let recorded = knowledge::solved_it(&state.app, &agent, id, article).await?;
    let row = knowledge::get(&state.app, article).await?;
    Ok(Json(Recorded {
        recorded,
        solved_cases: row.solved,
    }))
}

/// A resolved case's resolution as a known solution: attached to the article named, or
/// (without one) written as a draft article.
#[utoipa::path(
    post, path = "/api/v1/cases/{id}/known-solution", tag = "knowledge",
    params(("id" = String, Path, description = "Case id")),
    request_body = ArticleRef,
    responses((status = 201, body = ArticleDto), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn known_solution(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    IdPath(id): IdPath<CaseId>,
    ApiJson(req): ApiJson<ArticleRef>,
) -> Result<(StatusCode, Json<ArticleDto>), ApiError> {
    lotsen_app::cases::get(&state.app, &agent, id).await?;
    let row =
        knowledge::known_solution(&state.app, &agent, id, req.article_id.map(ArticleId)).await?;
    Ok((
        StatusCode::CREATED,
        Json(ArticleDto::new(&row, today(&state))),
    ))
}

/// One category in the month's top problems.
#[derive(Debug, Serialize, ToSchema)]
pub struct TopProblemDto {
    /// The resolution category (`okategoriserat`: none).
    pub category: String,
    /// Cases resolved with it in the month.
    pub count: u64,
    /// In the month before.
    pub previous: u64,
    /// `rising`, `steady`, `falling` or `new`.
    pub trend: String,
    /// The most used published article for it.
    pub article_id: Option<Uuid>,
    /// Its title.
    pub article_title: Option<String>,
}

impl From<&TopProblem> for TopProblemDto {
    fn from(p: &TopProblem) -> Self {
        Self {
            category: p.category.clone(),
            count: p.count,
            previous: p.previous,
            trend: trend_name(p.trend).to_owned(),
            article_id: p.article.as_ref().map(|(id, _)| id.as_uuid()),
            article_title: p.article.as_ref().map(|(_, t)| t.clone()),
        }
    }
}

/// The API name of a trend.
pub fn trend_name(t: Trend) -> &'static str {
    match t {
        Trend::Rising => "rising",
        Trend::Steady => "steady",
        Trend::Falling => "falling",
        Trend::New => "new",
    }
}

/// The month's top problems.
#[derive(Debug, Serialize, ToSchema)]
pub struct TopProblems {
    /// `YYYY-MM`, or none for this month.
    pub month: Option<String>,
    /// Most cases first.
    pub problems: Vec<TopProblemDto>,
}

/// The month's top problems: categories by how many cases were resolved with them,
/// with the month before and the trend (Stockholm time).
#[utoipa::path(
    get, path = "/api/v1/knowledge/top-problems", tag = "knowledge",
    params(("month" = Option<String>, Query, description = "YYYY-MM; default this month")),
    responses((status = 200, body = TopProblems), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn top_problems(
    State(state): State<AppState>,
    CurrentAgent(_agent): CurrentAgent,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Json<TopProblems>, ApiError> {
    let month = q.get("month").cloned();
    let problems = knowledge::top_problems(&state.app, month.as_deref()).await?;
    Ok(Json(TopProblems {
        month,
        problems: problems.iter().map(TopProblemDto::from).collect(),
    }))
}

/// A public article a question found.
#[derive(Debug, Serialize, ToSchema)]
pub struct PublicArticle {
    /// Id.
    pub id: Uuid,
    /// Title.
    pub title: String,
    /// Its FAQ page.
    pub url: String,
}

/// The public articles a customer's question finds, at most five (no token: what the
/// chat widget suggests before the customer writes).
#[utoipa::path(
    get, path = "/api/v1/public/articles", tag = "knowledge",
    params(
        ("q" = String, Query, description = "The customer's question"),
        ("lang" = Option<String>, Query, description = "sv (default) or en"),
    ),
    responses((status = 200, body = [PublicArticle]))
)]
pub async fn public_search(
    State(state): State<AppState>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<impl axum::response::IntoResponse, ApiError> {
    // The widget asks from the bank's own pages, another origin: public data for anyone.
    let anyone = [(axum::http::header::ACCESS_CONTROL_ALLOW_ORIGIN, "*")];
    let question = q.get("q").map(String::as_str).unwrap_or_default();
    if question.trim().is_empty() {
        return Ok((anyone, Json(Vec::new())));
    }
    let lang = if q.get("lang").is_some_and(|l| l == "en") {
        "en"
    } else {
        "sv"
    };
    let found = knowledge::search_public(&state.app, lang, question).await?;
    let list: Vec<PublicArticle> = found
        .iter()
        .take(5)
        .map(|r| PublicArticle {
            id: r.article.id.as_uuid(),
            title: r.article.title.clone(),
            url: format!("/faq/{}", r.article.id),
        })
        .collect();
    Ok((anyone, Json(list)))
}
