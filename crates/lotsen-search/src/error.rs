//! The one error type of the search index.

/// What went wrong with the index.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// tantivy refused (a corrupt or locked index, a full disk).
    #[error("search index: {0}")]
    Index(#[from] tantivy::TantivyError),
    /// The index directory could not be opened or made.
    #[error("search index directory: {0}")]
    Directory(String),
    /// Reading what to index failed.
    #[error(transparent)]
    Store(#[from] lotsen_store::StoreError),
    /// A background task failed.
    #[error("search task: {0}")]
    Task(String),
}

impl SearchError {
    /// A stable code.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Index(_) | Self::Directory(_) | Self::Task(_) => "search_unavailable",
            Self::Store(_) => "store_unavailable",
        }
    }
}
