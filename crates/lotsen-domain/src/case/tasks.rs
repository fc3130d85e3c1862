//! Handoffs and escalations: the two ways other people get involved in a case. A handoff
//! moves ownership once accepted; an escalation asks a question and leaves the owner be.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::string_enum;
use crate::ids::{AgentId, EscalationId, HandoffId, TeamId};

/// Where a handoff stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum HandoffStatus {
    /// Waiting for the receiver.
    Pending,
    /// Accepted: ownership moved.
    Accepted {
        /// Who accepted.
        by: Option<AgentId>,
        /// When.
        at: Timestamp,
    },
    /// Declined: returned with a reason, ownership unchanged.
    Declined {
        /// Why.
        reason: String,
        /// Who declined.
        by: Option<AgentId>,
        /// When.
        at: Timestamp,
    },
}

impl HandoffStatus {
    /// Stable name.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Accepted { .. } => "accepted",
            Self::Declined { .. } => "declined",
        }
    }
}

/// A deliberate transfer of ownership, with a written note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Handoff {
    /// Id.
    pub id: HandoffId,
    /// Owner when requested.
    pub from_owner_id: Option<AgentId>,
    /// Who asked for it.
    pub requested_by: Option<AgentId>,
    /// Receiving agent, if addressed to a person.
    pub to_agent_id: Option<AgentId>,
    /// Receiving team.
    pub to_team_id: Option<TeamId>,
    /// What the receiver needs to know.
    pub note: String,
    /// When asked.
    pub requested_at: Timestamp,
    /// Where it stands.
    pub status: HandoffStatus,
}

string_enum!(
    /// Who an escalation goes to.
    EscalationKind {
        /// A specialist team (back office, claims, mortgages).
        Specialist = "specialist",
        /// Technical on-call.
        OnCall = "on_call",
        /// A manager: the customer asked for one, or the case needs one.
        Manager = "manager",
    }
);

/// An answer to an escalation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    /// The answer.
    pub text: String,
    /// Who answered.
    pub by: Option<AgentId>,
    /// When.
    pub at: Timestamp,
}

/// A question to someone who knows more; the owner stays the owner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Escalation {
    /// Id.
    pub id: EscalationId,
    /// Specialist, on-call or manager.
    pub kind: EscalationKind,
    /// Receiving team.
    pub to_team_id: Option<TeamId>,
    /// Receiving person.
    pub to_agent_id: Option<AgentId>,
    /// The question.
    pub question: String,
    /// Who asked.
    pub asked_by: Option<AgentId>,
    /// When.
    pub asked_at: Timestamp,
    /// The answer, once given.
    pub answer: Option<Answer>,
}
