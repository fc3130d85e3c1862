//! The knowledge base beside a case: the articles like it (read, inserted into the
//! reply, marked as having solved it), the resolved cases with a like problem, and for a
//! case resolved with a category, its resolution as a known solution (a draft article,
//! or attached to one).

use lotsen_domain::{Case, Status};

use super::labels::pick;
use super::text::Lang;
use crate::AppState;

/// An article offered for the case.
pub(super) struct OfferedArticle {
    pub id: String,
    pub title: String,
    pub body: String,
    pub language: String,
    pub audience: &'static str,
    pub solved_it: bool,
}

/// A resolved case like this one.
pub(super) struct PastCase {
    pub id: String,
    pub reference: String,
    pub subject: String,
    pub resolution: String,
}

/// What the panel shows.
#[derive(Default)]
pub(super) struct KnowledgePanel {
    pub articles: Vec<OfferedArticle>,
    pub past: Vec<PastCase>,
    /// The case is resolved with a category: its resolution may become a known solution.
    pub known_solution: bool,
}

/// The panel for a case.
pub(super) async fn load(
    state: &AppState,
    case: &Case,
    lang: Lang,
) -> Result<KnowledgePanel, lotsen_app::AppError> {
    let found = lotsen_app::knowledge::for_case(&state.app, case.id).await?;
    let articles = found
        .articles
        .iter()
        .map(|(r, _)| OfferedArticle {
            id: r.article.id.to_string(),
            title: r.article.title.clone(),
            body: r.article.body.clone(),
            language: r.article.language.clone(),
            audience: if r.article.is_public() {
                pick(lang, "publik", "public")
            } else {
                pick(lang, "internt", "internal")
            },
            solved_it: found.solved_by.contains(&r.article.id),
        })
        .collect();
    let past = found
        .cases
        .iter()
        .map(|(c, _)| PastCase {
            id: c.id.to_string(),
            reference: c.reference.to_string(),
            subject: c.subject.clone(),
            resolution: c
                .resolution
                .as_ref()
                .map(|r| r.summary.clone())
                .unwrap_or_default(),
        })
        .collect();
    Ok(KnowledgePanel {
        articles,
        past,
        known_solution: case.status == Status::Resolved
            && case
                .resolution
                .as_ref()
                .is_some_and(|r| r.category.is_some()),
    })
}
