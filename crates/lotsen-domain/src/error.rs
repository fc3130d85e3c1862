//! The one error type of the domain: what a caller can act on, each with a stable code.

use serde::Serialize;

/// One problem with one input field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// The field's name as the caller sent it (`note`, `to_agent_id`).
    pub field: String,
    /// What is wrong, in a short phrase (`required`, `must not be blank`).
    pub problem: String,
}

impl FieldError {
    /// A field error.
    pub fn new(field: impl Into<String>, problem: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            problem: problem.into(),
        }
    }
}

/// A rule of the domain said no.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DomainError {
    /// Input was invalid; every bad field is listed.
    #[error("invalid input: {}", describe(.0))]
    Invalid(Vec<FieldError>),
    /// The actor may not do this.
    #[error("{message}")]
    Forbidden {
        /// Stable snake_case code.
        code: &'static str,
        /// A sentence for people.
        message: String,
    },
    /// The case is not in a state that allows this.
    #[error("{message}")]
    Conflict {
        /// Stable snake_case code.
        code: &'static str,
        /// A sentence for people.
        message: String,
    },
    /// Something the command refers to does not exist on this case.
    #[error("{what} not found")]
    NotFound {
        /// What was missing (`handoff`, `escalation`).
        what: &'static str,
    },
}

impl DomainError {
    /// A conflict with a code and message.
    pub fn conflict(code: &'static str, message: impl Into<String>) -> Self {
        Self::Conflict {
            code,
            message: message.into(),
        }
    }

    /// A refusal with a code and message.
    pub fn forbidden(code: &'static str, message: impl Into<String>) -> Self {
        Self::Forbidden {
            code,
            message: message.into(),
        }
    }

    /// The stable code of the error (`invalid`, `not_found` or the rule's own).
    pub fn code(&self) -> &'static str {
        match self {
            Self::Invalid(_) => "invalid",
            Self::Forbidden { code, .. } | Self::Conflict { code, .. } => code,
            Self::NotFound { .. } => "not_found",
        }
    }

    /// A single invalid field.
    pub fn invalid(field: &str, problem: &str) -> Self {
        Self::Invalid(vec![FieldError::new(field, problem)])
    }
}

fn describe(fields: &[FieldError]) -> String {
    fields
        .iter()
        .map(|f| format!("{} {}", f.field, f.problem))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Collects field errors so a caller hears about every bad field at once.
#[derive(Debug, Default)]
pub struct Validator {
    errors: Vec<FieldError>,
}

impl Validator {
    /// An empty collector.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records a problem with a field.
    pub fn add(&mut self, field: &str, problem: &str) {
        self.errors.push(FieldError::new(field, problem));
    }

    /// Records `required` when the text is missing or blank.
    pub fn require_text(&mut self, field: &str, value: Option<&str>) {
        match value {
            None => self.add(field, "required"),
            Some(v) if v.trim().is_empty() => self.add(field, "must not be blank"),
            Some(_) => {}
        }
    }

    /// Whether nothing was recorded yet.
    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    /// Ok when nothing was recorded, else every problem.
    pub fn finish(self) -> Result<(), DomainError> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(DomainError::Invalid(self.errors))
        }
    }
}
