//! The demo bank's knowledge base: forty articles on what its customers ask about (in
//! `articles.jsonl`, Swedish and English, public and internal), written by the team
//! leads when the history starts, so some are due for review by now.

use std::collections::HashMap;

use jiff::civil::Date;
use lotsen_domain::ArticleId;
use lotsen_domain::article::Write;
use serde::Deserialize;

use super::Staff;
use crate::{App, AppError};

const ARTICLES: &str = include_str!("articles.jsonl");

#[derive(Debug, Deserialize)]
struct Row {
    language: String,
    audience: String,
    category: String,
    title: String,
    body: String,
    review_in_days: i64,
}

/// The team whose lead keeps a category's articles.
fn owner_team(category: &str) -> &'static str {
    match category {
        "kort" | "swish" | "betalning" | "bankgiro" => "Kort & betalningar",
        "bolån" => "Bolån",
        "skada" => "Skador",
        "inloggning" | "störning" => "Teknisk jour",
        _ => "Kundservice",
    }
}

/// Writes the articles as of `today`; for each category, the Swedish public article
/// used most in answers (the first written).
pub(super) async fn write(
    app: &App,
    staff: &Staff,
    today: Date,
) -> Result<HashMap<String, ArticleId>, AppError> {
    let mut by_category = HashMap::new();
    for line in ARTICLES.lines().filter(|l| !l.trim().is_empty()) {
        let row: Row = serde_json::from_str(line)
            .map_err(|e| AppError::Internal(format!("demo article: {e}")))?;
        let owner = staff
            .of(owner_team(&row.category))
            .first()
            .or_else(|| staff.of("Kundservice").first())
            .ok_or_else(|| AppError::Internal("demo needs a Kundservice lead".into()))?;
        let review_by = today
            .checked_add(jiff::Span::new().days(row.review_in_days))
            .map_err(|e| AppError::Internal(e.to_string()))?
            .to_string();
        let written = crate::knowledge::write(
            app,
            owner,
            &Write {
                language: Some(&row.language),
                audience: Some(&row.audience),
                category: Some(&row.category),
                title: Some(&row.title),
                body: Some(&row.body),
                review_by: Some(&review_by),
                ..Write::default()
            },
        )
        .await?;
        if row.language == "sv" && row.audience == "public" {
            by_category
                .entry(row.category.clone())
                .or_insert(written.article.id);
        }
    }
    Ok(by_category)
}
