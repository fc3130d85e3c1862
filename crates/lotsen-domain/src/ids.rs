//! Typed identifiers, so a team id can never be passed where an agent id is meant, and
//! the human case reference (`L-000123`) that customers quote on the phone.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

macro_rules! id_type {
    ($(#[$doc:meta] $name:ident),* $(,)?) => {$(
        #[$doc]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            /// The underlying UUID.
            pub fn as_uuid(self) -> Uuid {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map(Self)
            }
        }

        impl From<Uuid> for $name {
            fn from(id: Uuid) -> Self {
                Self(id)
            }
        }
    )*};
}

id_type!(
    /// A case: one customer problem from first contact to resolution.
    CaseId,
    /// A customer, whatever channels they use.
    CustomerId,
    /// An agent (handler, lead or admin).
    AgentId,
    /// A team of agents with a queue.
    TeamId,
    /// One inbound or outbound message.
    MessageId,
    /// An internal note on a case.
    NoteId,
    /// A requested transfer of ownership.
    HandoffId,
    /// A question to a specialist, technical on-call or a manager.
    EscalationId,
    /// A saved reply agents start their answers from.
    SavedReplyId,
    /// One fault behind many contacts (an outage).
    IncidentId,
    /// A knowledge-base article.
    ArticleId,
);

/// The human reference of a case, shown as `L-000123`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CaseRef(pub u64);

impl fmt::Display for CaseRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "L-{:06}", self.0)
    }
}

impl FromStr for CaseRef {
    type Err = ParseCaseRefError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let digits = s
            .strip_prefix("L-")
            .or_else(|| s.strip_prefix("l-"))
            .ok_or(ParseCaseRefError)?;
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ParseCaseRefError);
        }
        digits.parse().map(CaseRef).map_err(|_| ParseCaseRefError)
    }
}

/// The text was not a case reference such as `L-000123`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not a case reference (expected L- and digits, such as L-000123)")]
pub struct ParseCaseRefError;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_ref_is_shown_with_six_digits_and_parses_back() {
        let r = CaseRef(123);
        assert_eq!(r.to_string(), "L-000123");
        assert_eq!("L-000123".parse::<CaseRef>(), Ok(r));
        assert_eq!("L-1234567".parse::<CaseRef>(), Ok(CaseRef(1_234_567)));
    }

    #[test]
    fn case_ref_rejects_other_text() {
        for bad in ["", "L-", "000123", "L-12a", "X-000123", "L--1"] {
            assert!(bad.parse::<CaseRef>().is_err(), "{bad}");
        }
    }
}
