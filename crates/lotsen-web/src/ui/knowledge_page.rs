//! `/knowledge`: the knowledge base for agents: this month's top problems by category
//! (with last month and the trend, and the article that answers each), the articles due
//! for review, and every article with how many cases it solved.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use lotsen_domain::article::Trend;

use super::labels::pick;
use super::session::Signed;
use super::text::{Lang, Words};
use super::{Banner, failure, page};
use crate::AppState;

struct Problem {
    category: String,
    count: u64,
    previous: u64,
    trend: &'static str,
    article: String,
}

struct ArticleRow {
    id: String,
    title: String,
    language: String,
    kind: &'static str,
    category: String,
    solved: u64,
    review_by: String,
    due: bool,
}

#[derive(Template)]
#[template(path = "knowledge.html")]
struct KnowledgePage<'a> {
    lang: Lang,
    t: &'static Words,
    csrf: &'a str,
    agent_name: &'a str,
    lead: bool,
    banners: Vec<Banner>,
    problems: Vec<Problem>,
    due: Vec<ArticleRow>,
    articles: Vec<ArticleRow>,
}

fn trend(lang: Lang, t: Trend) -> &'static str {
    match t {
        Trend::Rising => pick(lang, "↑ ökar", "↑ rising"),
        Trend::Steady => pick(lang, "→ oförändrat", "→ steady"),
        Trend::Falling => pick(lang, "↓ minskar", "↓ falling"),
        Trend::New => pick(lang, "ny", "new"),
    }
}

/// `GET /knowledge`.
pub async fn knowledge(State(state): State<AppState>, signed: Signed) -> Response {
    let (lang, t) = (signed.lang, signed.lang.t());
    let app = &state.app;
    let all = lotsen_store::ArticleFilter::default();
    let found = tokio::try_join!(
        lotsen_app::knowledge::top_problems(app, None),
        lotsen_app::knowledge::list(app, &all),
        super::banners(&state),
    );
    let (problems, rows, banners) = match found {
        Ok(found) => found,
        Err(e) => return failure(&e),
    };
    let today = lotsen_app::knowledge::today(app);
    let row = |r: &lotsen_store::ArticleRow| ArticleRow {
        id: r.article.id.to_string(),
        title: r.article.title.clone(),
        language: r.article.language.clone(),
        kind: match (r.article.status, r.article.audience) {
            (lotsen_domain::article::ArticleStatus::Draft, _) => t.draft,
            (_, lotsen_domain::article::Audience::Public) => t.audience_public,
            _ => t.audience_internal,
        },
        category: r.article.category.clone().unwrap_or_default(),
        solved: r.solved,
        review_by: r.article.review_by.to_string(),
        due: r.article.due_for_review(today),
    };
    let mut due: Vec<ArticleRow> = rows
        .iter()
        .filter(|r| r.article.due_for_review(today))
        .map(row)
        .collect();
    due.sort_by(|a, b| a.review_by.cmp(&b.review_by));
    let rendered = KnowledgePage {
        lang,
        t,
        csrf: &signed.session.csrf,
        agent_name: &signed.agent.name,
        lead: signed.agent.actor().is_lead_or_admin(),
        banners,
        problems: problems
            .iter()
            .map(|p| Problem {
                category: p.category.clone(),
                count: p.count,
                previous: p.previous,
                trend: trend(lang, p.trend),
                article: p
                    .article
                    .as_ref()
                    .map(|(_, t)| t.clone())
                    .unwrap_or_default(),
            })
            .collect(),
        due,
        articles: rows.iter().map(row).collect(),
    }
    .render();
    page(StatusCode::OK, rendered)
}
