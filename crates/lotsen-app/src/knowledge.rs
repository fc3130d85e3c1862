//! The knowledge base as use cases: writing and revising articles (customer-facing ones
//! by leads and admins), the articles and past resolved cases like the case an agent
//! works, "this solved it", a resolution turned into a draft article or attached to one
//! (known solutions), the public FAQ's search, and the monthly top problems.

use jiff::Timestamp;
use jiff::civil::Date;
use lotsen_domain::article::{Article, ArticleStatus, ArticleVersion, Audience, Trend, Write};
use lotsen_domain::{Agent, ArticleId, Case, CaseId, Status};
use lotsen_store::{ArticleFilter, ArticleRow, ArticleUse, CaseFilter};

use crate::{App, AppError};

/// Today in Stockholm, where review dates are read.
pub fn today(app: &App) -> Date {
    app.clock
        .now()
        .to_zoned(crate::forecast::stockholm())
        .date()
}

fn may_publish(actor: &Agent, w: &Write<'_>, current: Option<&Article>) -> Result<(), AppError> {
    let public = w.audience.map_or_else(
        || current.is_some_and(|a| a.audience == Audience::Public),
        |a| a == "public",
    );
    if public && !actor.actor().is_lead_or_admin() {
        return Err(AppError::Forbidden {
            code: "leads_only",
            message: "only leads and admins write what customers read".into(),
        });
    }
    Ok(())
}

/// Writes a new article (any agent; a public one, leads and admins).
pub async fn write(app: &App, actor: &Agent, w: &Write<'_>) -> Result<ArticleRow, AppError> {
    may_publish(actor, w, None)?;
    if let Some(owner) = w.owner_id
        && app.store.agent(owner).await?.is_none()
    {
        return Err(AppError::invalid("owner_id", "no such agent"));
    }
    let (article, first) = Article::write(app.id(), w, actor.id, app.clock.now(), today(app))?;
    app.store.create_article(&article, &first).await?;
    tracing::info!(article.id = %article.id, "article written");
    Ok(ArticleRow { article, solved: 0 })
}

/// Changes an article: a new title or text is a new version.
pub async fn revise(
    app: &App,
    actor: &Agent,
    id: ArticleId,
    w: &Write<'_>,
) -> Result<ArticleRow, AppError> {
    let mut row = get(app, id).await?;
    may_publish(actor, w, Some(&row.article))?;
    if let Some(owner) = w.owner_id
        && app.store.agent(owner).await?.is_none()
    {
        return Err(AppError::invalid("owner_id", "no such agent"));
    }
    let version = row
        .article
        .revise(w, actor.id, app.clock.now(), today(app))?;
    app.store
        .save_article(&row.article, version.as_ref())
        .await?;
    Ok(row)
}

/// An article.
pub async fn get(app: &App, id: ArticleId) -> Result<ArticleRow, AppError> {
    app.store
        .article(id)
        .await?
        .ok_or(AppError::NotFound("article"))
}

/// A published public article (what the FAQ page shows), or not found.
pub async fn public(app: &App, id: ArticleId) -> Result<ArticleRow, AppError> {
    get(app, id)
        .await
        .ok()
        .filter(|r| r.article.is_public())
        .ok_or(AppError::NotFound("article"))
}

/// An article's versions, newest first.
pub async fn versions(app: &App, id: ArticleId) -> Result<Vec<ArticleVersion>, AppError> {
    get(app, id).await?;
    Ok(app.store.article_versions(id).await?)
}

/// The articles a filter admits, most used first.
pub async fn list(app: &App, filter: &ArticleFilter) -> Result<Vec<ArticleRow>, AppError> {
    Ok(app.store.articles(filter).await?)
}

/// Articles whose review date has come, soonest first.
pub async fn due_for_review(app: &App) -> Result<Vec<ArticleRow>, AppError> {
    let today = today(app);
    let mut due: Vec<ArticleRow> = list(app, &ArticleFilter::default())
        .await?
        .into_iter()
        .filter(|r| r.article.due_for_review(today))
        .collect();
    due.sort_by_key(|r| r.article.review_by);
    Ok(due)
}

/// How alike a text's words are to an article: its title counts more than its text.
fn article_likeness(words: &lotsen_text::Terms, a: &Article) -> f32 {
    let title = lotsen_text::terms(&a.title);
    let body = lotsen_text::terms(&a.body);
    0.6 * words.similarity(&title) + 0.4 * words.similarity(&body)
}

/// The lowest likeness an article is suggested or found at.
pub const ARTICLE_FROM: f32 = 0.08;

/// The lowest likeness a past case is suggested at.
pub const CASE_FROM: f32 = 0.25;

/// How far behind the case log the index may be for a case page to catch it up.
pub const NEAR_LAG: i64 = 50;

/// How many resolved cases are weighed for "solved before" without a search index.
pub const PAST_CASES: u32 = 1000;

/// What the knowledge base offers for one case.
#[derive(Debug, Clone, Default)]
pub struct ForCase {
    /// Articles like the case, best first, with their likeness (0 to 1).
    pub articles: Vec<(ArticleRow, f32)>,
    /// Resolved cases with a like problem, best first.
    pub cases: Vec<(Case, f32)>,
    /// The articles already recorded as having solved this case.
    pub solved_by: Vec<ArticleId>,
    /// The customer's language, as far as their first message tells.
    pub language: &'static str,
}

/// The articles and past resolved cases like a case, for the agent working it; articles
/// in the customer's language first.
pub async fn for_case(app: &App, id: CaseId) -> Result<ForCase, AppError> {
    let case = app
        .store
        .case(id)
        .await?
        .ok_or(AppError::NotFound("case"))?;
    let texts = app.store.first_inbound_texts(&[id]).await?;
    let words = crate::incidents::case_terms(&case, texts.get(&id));
    let language = match texts.get(&id).map(|t| lotsen_text::language(t)) {
        Some(lotsen_text::Language::En) => "en",
        _ => "sv",
    };
    let filter = ArticleFilter {
        status: Some(ArticleStatus::Published),
        ..ArticleFilter::default()
    };
    let mut articles: Vec<(ArticleRow, f32)> = list(app, &filter)
        .await?
        .into_iter()
        .map(|row| {
            let mut score = article_likeness(&words, &row.article);
            if row.article.language != language {
                score *= 0.7;
            }
            (row, score)
        })
        .filter(|(_, s)| *s >= ARTICLE_FROM)
        .collect();
    articles.sort_by(|a, b| b.1.total_cmp(&a.1));
    articles.truncate(5);
    let cases = past_cases(app, &case, texts.get(&id), &words).await?;
    let solved_by = app
        .store
        .article_uses(id)
        .await?
        .into_iter()
        .filter(|(_, k)| *k == ArticleUse::Solved)
        .map(|(a, _)| a)
        .collect();
    Ok(ForCase {
        articles,
        cases,
        solved_by,
        language,
    })
}

/// Resolved cases whose subject and resolution are like the case's words, best first
/// (at most five): candidates from the search index when there is one (any of the
/// case's words, resolved cases only), else the newest resolved cases; kept when their
/// likeness reaches `CASE_FROM`.
async fn past_cases(
    app: &App,
    case: &Case,
    first: Option<&String>,
    words: &lotsen_text::Terms,
) -> Result<Vec<(Case, f32)>, AppError> {
    let candidates: Vec<Case> = match &app.search {
        Some(index) => {
            // A case page catches the index up only when it is nearly there (what was
            // just resolved is found); a long way behind, the workers do it.
            let near = lotsen_search::lag(index, &app.store)
                .await
                .is_ok_and(|lag| lag <= NEAR_LAG);
            if near && let Err(e) = lotsen_search::catch_up(index, &app.store, 1).await {
                tracing::warn!(code = e.code(), "search index not caught up");
            }
            let text: String = format!("{} {}", case.subject, first.map_or("", String::as_str))
                .split_whitespace()
                .take(40)
                .collect::<Vec<_>>()
                .join(" ");
            let query = lotsen_search::SearchQuery {
                text,
                status: Some(Status::Resolved.as_str().to_owned()),
                kind: Some(lotsen_search::HitKind::Case),
                any_word: true,
                limit: 12,
                ..lotsen_search::SearchQuery::default()
            };
            let hits = {
                let index = std::sync::Arc::clone(index);
                tokio::task::spawn_blocking(move || index.search(&query))
                    .await
                    .map_err(|e| AppError::Internal(e.to_string()))?
                    .map_err(|e| AppError::Unavailable(e.to_string()))?
            };
            let mut found = Vec::with_capacity(hits.len());
            for hit in hits {
                if let Ok(id) = hit.id.parse()
                    && let Some(c) = app.store.case(id).await?
                {
                    found.push(c);
                }
            }
            found
        }
        None => {
            let resolved = CaseFilter {
                status: Some(Status::Resolved),
                ..CaseFilter::default()
            };
            app.store.list_cases(&resolved, PAST_CASES, 0).await?.cases
        }
    };
    let mut cases: Vec<(Case, f32)> = candidates
        .into_iter()
        .filter(|c| c.id != case.id && c.status == Status::Resolved)
        .filter_map(|c| {
            let summary = c.resolution.as_ref().map(|r| r.summary.clone())?;
            let theirs = lotsen_text::terms(&format!("{} {summary}", c.subject));
            let score = words.similarity(&theirs);
            (score >= CASE_FROM).then_some((c, score))
        })
        .collect();
    cases.sort_by(|a, b| b.1.total_cmp(&a.1));
    cases.truncate(5);
    Ok(cases)
}

/// "This solved it": the article solved the case (once per case); whether it was new.
pub async fn solved_it(
    app: &App,
    actor: &Agent,
    case: CaseId,
    article: ArticleId,
) -> Result<bool, AppError> {
    app.store
        .case(case)
        .await?
        .ok_or(AppError::NotFound("case"))?;
    get(app, article).await?;
    let new = app
        .store
        .record_article_use(
            article,
            case,
            ArticleUse::Solved,
            Some(actor.id),
            app.clock.now(),
        )
        .await?;
    if new {
        tracing::info!(case.id = %case, article.id = %article, "article solved a case");
    }
    Ok(new)
}

/// A resolved case's resolution as a known solution: attached to an existing article,
/// or written as a draft article from the case (its subject and summary, in the
/// summary's language).
pub async fn known_solution(
    app: &App,
    actor: &Agent,
    case_id: CaseId,
    article: Option<ArticleId>,
) -> Result<ArticleRow, AppError> {
    let case = app
        .store
        .case(case_id)
        .await?
        .ok_or(AppError::NotFound("case"))?;
    let resolution = case
        .resolution
        .as_ref()
        .filter(|_| case.status == Status::Resolved);
    let Some(resolution) = resolution else {
        return Err(AppError::Conflict {
            code: "not_resolved",
            message: format!("case {} is not resolved", case.reference),
        });
    };
    if resolution.category.is_none() {
        return Err(AppError::Conflict {
            code: "no_category",
            message: format!("case {} was resolved without a category", case.reference),
        });
    }
    if let Some(id) = article {
        let row = get(app, id).await?;
        app.store
            .record_article_use(
                id,
                case_id,
                ArticleUse::Attached,
                Some(actor.id),
                app.clock.now(),
            )
            .await?;
        return Ok(row);
    }
    let language = match lotsen_text::language(&resolution.summary) {
        lotsen_text::Language::En => "en",
        _ => "sv",
    };
    let (draft, first) = Article::from_resolution(
        app.id(),
        &case,
        language,
        actor.id,
        app.clock.now(),
        today(app),
    )?;
    app.store.create_article(&draft, &first).await?;
    app.store
        .record_article_use(
            draft.id,
            case_id,
            ArticleUse::Attached,
            Some(actor.id),
            app.clock.now(),
        )
        .await?;
    tracing::info!(case.id = %case_id, article.id = %draft.id, "draft article from a resolution");
    Ok(ArticleRow {
        article: draft,
        solved: 0,
    })
}

/// The public articles in a language that answer a question, best first (all of them,
/// by use, when the question is blank).
pub async fn search_public(
    app: &App,
    language: &str,
    question: &str,
) -> Result<Vec<ArticleRow>, AppError> {
    let filter = ArticleFilter {
        audience: Some(Audience::Public),
        status: Some(ArticleStatus::Published),
        language: Some(language.to_owned()),
        ..ArticleFilter::default()
    };
    let all = list(app, &filter).await?;
    let words = lotsen_text::terms(question);
    if words.is_empty() {
        return Ok(all);
    }
    let mut found: Vec<(ArticleRow, f32)> = all
        .into_iter()
        .map(|r| {
            let s = article_likeness(&words, &r.article);
            (r, s)
        })
        .filter(|(_, s)| *s >= ARTICLE_FROM)
        .collect();
    found.sort_by(|a, b| b.1.total_cmp(&a.1));
    Ok(found.into_iter().map(|(r, _)| r).collect())
}

/// One category's line in the monthly top problems.
#[derive(Debug, Clone, PartialEq)]
pub struct TopProblem {
    /// The resolution category (`okategoriserat` for none).
    pub category: String,
    /// Cases resolved with it in the month.
    pub count: u64,
    /// The month before.
    pub previous: u64,
    /// How it moved.
    pub trend: Trend,
    /// The most used published article for the category.
    pub article: Option<(ArticleId, String)>,
}

/// The name the top problems give cases resolved without a category.
pub const UNCATEGORISED: &str = "okategoriserat";

/// The first instant of a month in Stockholm.
fn month_start(year: i16, month: i8) -> Result<Timestamp, AppError> {
    jiff::civil::date(year, month, 1)
        .to_zoned(crate::forecast::stockholm())
        .map(|z| z.timestamp())
        .map_err(|e| AppError::Internal(format!("month start: {e}")))
}

/// The month's top problems (Stockholm time): categories by how many cases were
/// resolved with them, with the month before and the trend; `month` is `YYYY-MM`
/// (none: this month).
pub async fn top_problems(app: &App, month: Option<&str>) -> Result<Vec<TopProblem>, AppError> {
    let (year, m) = match month {
        Some(text) => {
            parse_month(text).ok_or_else(|| AppError::invalid("month", "must be YYYY-MM"))?
        }
        None => {
            let d = today(app);
            (d.year(), d.month())
        }
    };
    let (py, pm) = if m == 1 {
        (year - 1, 12)
    } else {
        (year, m - 1)
    };
    let (ny, nm) = if m == 12 {
        (year + 1, 1)
    } else {
        (year, m + 1)
    };
    let (before, start, end) = (
        month_start(py, pm)?,
        month_start(year, m)?,
        month_start(ny, nm)?,
    );
    let count = |list: Vec<(CaseId, Option<String>)>| {
        let mut by: std::collections::BTreeMap<String, u64> = std::collections::BTreeMap::new();
        for (_, c) in list {
            *by.entry(c.unwrap_or_else(|| UNCATEGORISED.to_owned()))
                .or_default() += 1;
        }
        by
    };
    let now = count(app.store.resolutions_between(start, end).await?);
    let then = count(app.store.resolutions_between(before, start).await?);
    let published = list(
        app,
        &ArticleFilter {
            status: Some(ArticleStatus::Published),
            ..ArticleFilter::default()
        },
    )
    .await?;
    let mut out: Vec<TopProblem> = now
        .into_iter()
        .map(|(category, count)| {
            let previous = then.get(&category).copied().unwrap_or(0);
            let article = published
                .iter()
                .find(|r| r.article.category.as_deref() == Some(category.as_str()))
                .map(|r| (r.article.id, r.article.title.clone()));
            TopProblem {
                trend: lotsen_domain::article::trend(previous, count),
                category,
                count,
                previous,
                article,
            }
        })
        .collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then(a.category.cmp(&b.category)));
    Ok(out)
}

fn parse_month(text: &str) -> Option<(i16, i8)> {
    let (y, m) = text.split_once('-')?;
    let (y, m): (i16, i8) = (y.parse().ok()?, m.parse().ok()?);
    ((1970..=9999).contains(&y) && (1..=12).contains(&m) && text.len() == 7).then_some((y, m))
}

#[cfg(test)]
mod tests {
    use super::parse_month;

    #[test]
    fn a_month_is_year_dash_month() {
        assert_eq!(parse_month("2026-11"), Some((2026, 11)));
        assert_eq!(parse_month("2026-13"), None);
        assert_eq!(parse_month("2026-1"), None);
        assert_eq!(parse_month("nov"), None);
    }
}
