//! Full-text search as use cases: an agent's question to the index (first caught up with
//! the case log, so what was just written is found), each hit with the case or article
//! it names as the store has it now; the index caught up by the workers, and rebuilt.

use std::sync::Arc;

use lotsen_domain::{Agent, Case};
use lotsen_search::{CatchUp, Hit, HitKind, SearchIndex, SearchQuery};
use lotsen_store::ArticleRow;

use crate::{App, AppError};

/// One hit with what it names.
#[derive(Debug, Clone)]
pub struct Found {
    /// The hit.
    pub hit: Hit,
    /// The case, for a case hit.
    pub case: Option<Case>,
    /// The article, for an article hit.
    pub article: Option<ArticleRow>,
}

fn index(app: &App) -> Result<&Arc<SearchIndex>, AppError> {
    app.search
        .as_ref()
        .ok_or_else(|| AppError::Unavailable("the search index could not be opened".into()))
}

fn unavailable(e: &lotsen_search::SearchError) -> AppError {
    tracing::warn!(code = e.code(), error = %e, "search failed");
    match e {
        lotsen_search::SearchError::InUse => AppError::Unavailable(
            "the search index is in use by a running lotsen serve; stop it first".into(),
        ),
        _ => AppError::Unavailable("the search index is unavailable".into()),
    }
}

/// Batches of the case log a search applies before it asks (the workers do the rest).
const BEFORE_SEARCH: usize = 1;

/// The hits for an agent's question, best first (internal articles included).
pub async fn search(app: &App, _agent: &Agent, q: &SearchQuery) -> Result<Vec<Found>, AppError> {
    let index = index(app)?;
    if let Err(e) = lotsen_search::catch_up(index, &app.store, BEFORE_SEARCH).await {
        // A stale answer beats none; the workers keep trying.
        tracing::warn!(code = e.code(), "search index not caught up");
    }
    let hits = {
        let (index, q) = (Arc::clone(index), q.clone());
        tokio::task::spawn_blocking(move || index.search(&q))
            .await
            .map_err(|e| AppError::Internal(e.to_string()))?
            .map_err(|e| unavailable(&e))?
    };
    let mut out = Vec::with_capacity(hits.len());
    for hit in hits {
        let (case, article) = match hit.kind {
            HitKind::Case => match hit.id.parse() {
                Ok(id) => (app.store.case(id).await?, None),
                Err(_) => (None, None),
            },
            HitKind::Article => match hit.id.parse() {
                Ok(id) => (None, app.store.article(id).await?),
                Err(_) => (None, None),
            },
        };
        if case.is_some() || article.is_some() {
            out.push(Found { hit, case, article });
        }
    }
    Ok(out)
}

/// Brings the index up to the case log (what `lotsen serve`'s workers run).
pub async fn catch_up(app: &App) -> Result<CatchUp, AppError> {
    lotsen_search::catch_up(index(app)?, &app.store, 50)
        .await
        .map_err(|e| unavailable(&e))
}

/// Rebuilds the index from the store, telling `progress` the cases done and the total.
pub async fn rebuild(app: &App, progress: impl FnMut(u64, u64)) -> Result<CatchUp, AppError> {
    lotsen_search::rebuild(index(app)?, &app.store, progress)
        .await
        .map_err(|e| unavailable(&e))
}
