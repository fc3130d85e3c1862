//! The one error type of the use cases, each variant something the caller can act on and
//! each with a stable code.

use lotsen_domain::{DomainError, FieldError};
use lotsen_store::StoreError;

/// A use case failed.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// No such thing (or not visible to the caller).
    #[error("{0} not found")]
    NotFound(&'static str),
    /// Not signed in, or the token is wrong.
    #[error("a valid API token is required")]
    Unauthenticated,
    /// Signed in, but not allowed.
    #[error("{message}")]
    Forbidden {
        /// Stable code.
        code: &'static str,
        /// For people.
        message: String,
    },
    /// The state does not allow it.
    #[error("{message}")]
    Conflict {
        /// Stable code.
        code: &'static str,
        /// For people.
        message: String,
    },
    /// The input is invalid; every bad field is listed.
    #[error("invalid input: {}", .0.iter().map(|f| format!("{} {}", f.field, f.problem)).collect::<Vec<_>>().join("; "))]
    Invalid(Vec<FieldError>),
    /// Too many requests.
    #[error("too many requests")]
    RateLimited,
    /// A dependency (the database) is unavailable.
    #[error("service unavailable: {0}")]
    Unavailable(String),
    /// A bug or corrupt data; the cause is logged once, never shown.
    #[error("internal error: {0}")]
    Internal(String),
}

impl AppError {
    /// A single invalid field.
    pub fn invalid(field: &str, problem: &str) -> Self {
        Self::Invalid(vec![FieldError::new(field, problem)])
    }

    /// The stable code of this error.
    pub fn code(&self) -> &'static str {
        match self {
            Self::NotFound(_) => "not_found",
            Self::Unauthenticated => "unauthenticated",
            Self::Forbidden { code, .. } | Self::Conflict { code, .. } => code,
            Self::Invalid(_) => "invalid_input",
            Self::RateLimited => "rate_limited",
            Self::Unavailable(_) => "unavailable",
            Self::Internal(_) => "internal",
        }
    }
}

impl From<DomainError> for AppError {
    fn from(err: DomainError) -> Self {
        match err {
            DomainError::Invalid(fields) => Self::Invalid(fields),
            DomainError::Forbidden { code, message } => Self::Forbidden { code, message },
            DomainError::Conflict { code, message } => Self::Conflict { code, message },
            DomainError::NotFound { what } => Self::NotFound(what),
        }
    }
}

impl From<StoreError> for AppError {
    fn from(err: StoreError) -> Self {
        match err {
            StoreError::NotFound(what) => Self::NotFound(what),
            StoreError::Conflict { code, message } => Self::Conflict { code, message },
            StoreError::VersionConflict => Self::Conflict {
                code: "concurrent_update",
                message: err.to_string(),
            },
            StoreError::Domain(e) => e.into(),
            StoreError::Unavailable(why) => Self::Unavailable(why),
            StoreError::Corrupt(_) | StoreError::Migration { .. } | StoreError::Database(_) => {
                Self::Internal(err.to_string())
            }
        }
    }
}
