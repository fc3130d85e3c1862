//! What can go wrong in the store, in terms a caller can act on.

use lotsen_domain::DomainError;

/// A store operation failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The thing asked for does not exist.
    #[error("{0} not found")]
    NotFound(&'static str),
    /// A uniqueness rule was broken (a team name or agent email already taken).
    #[error("{message}")]
    Conflict {
        /// Stable code.
        code: &'static str,
        /// For people.
        message: String,
    },
    /// Someone else changed the case at the same time, again and again.
    #[error("the case was changed concurrently; try again")]
    VersionConflict,
    /// A domain rule refused the change.
    #[error(transparent)]
    Domain(#[from] DomainError),
    /// Stored data could not be read back (a bug or a hand-edited database).
    #[error("stored data is unreadable: {0}")]
    Corrupt(String),
    /// The database cannot be reached.
    #[error("database unreachable: {0}")]
    Unavailable(String),
    /// A migration failed.
    #[error("migration {version} failed: {source}")]
    Migration {
        /// Which migration.
        version: i64,
        /// Why.
        source: sqlx::Error,
    },
    /// Any other database error.
    #[error("database error: {0}")]
    Database(#[source] sqlx::Error),
}

impl From<sqlx::Error> for StoreError {
    fn from(err: sqlx::Error) -> Self {
        match err {
            sqlx::Error::Io(_)
            | sqlx::Error::PoolTimedOut
            | sqlx::Error::PoolClosed
            | sqlx::Error::Tls(_) => Self::Unavailable(err.to_string()),
            other => Self::Database(other),
        }
    }
}

impl From<serde_json::Error> for StoreError {
    fn from(err: serde_json::Error) -> Self {
        Self::Corrupt(err.to_string())
    }
}

/// Whether a database error is a unique-constraint violation.
pub(crate) fn is_unique_violation(err: &sqlx::Error) -> bool {
    matches!(err, sqlx::Error::Database(db) if db.is_unique_violation())
}
