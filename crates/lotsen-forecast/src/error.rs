//! The one error type of the forecast crate: an input out of range, named by field.

/// An input was out of range.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{field}: {problem}")]
pub struct ForecastError {
    /// The input's name (`aht`, `shrinkage`).
    pub field: &'static str,
    /// What is wrong.
    pub problem: &'static str,
}

impl ForecastError {
    pub(crate) fn new(field: &'static str, problem: &'static str) -> Self {
        Self { field, problem }
    }
}
