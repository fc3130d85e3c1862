//! The one error type of the search index.

/// What went wrong with the index.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// Another process writes the index (a running `lotsen serve`).
    #[error("the search index is in use by another process (a running lotsen serve)")]
    InUse,
    /// tantivy refused (a corrupt index, a full disk).
    #[error("search index: {0}")]
    Index(tantivy::TantivyError),
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

impl From<tantivy::TantivyError> for SearchError {
    fn from(e: tantivy::TantivyError) -> Self {
        match e {
            tantivy::TantivyError::LockFailure(..) => Self::InUse,
            other => Self::Index(other),
        }
    }
}

impl SearchError {
    /// A stable code.
    pub fn code(&self) -> &'static str {
        match self {
            Self::InUse => "search_in_use",
            Self::Index(_) | Self::Directory(_) | Self::Task(_) => "search_unavailable",
            Self::Store(_) => "store_unavailable",
        }
    }
}
