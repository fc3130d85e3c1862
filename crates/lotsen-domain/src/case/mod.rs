//! The case: one customer problem with one accountable owner. Commands check the rules and
//! return events; `apply` folds events into state. State is only ever changed by events,
//! so the event log and the case can never disagree.

mod apply;
mod calls;
mod commands;
mod counters;
mod events;
mod merge;
mod moderation;
mod queue;
mod reassign;
mod tasks;
#[cfg(test)]
mod tests;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

pub use calls::CallOutcome;
pub use commands::{HandoffTarget, OpenCase};
pub use counters::OutcomeCounters;
pub use events::{
    AlertLevel, AutoAnswerReason, CaseEvent, DeadlineKind, EventKind, NoticeReason, SlaAlert,
};
pub use merge::{MergePlan, messages_and_notes};
pub use moderation::{Moderation, ModerationStep, ModerationTarget, RULES};
pub use queue::Offer;
pub use tasks::{Answer, Escalation, EscalationKind, Handoff, HandoffStatus};

use crate::agent::Actor;
use crate::ids::{AgentId, CaseId, CaseRef, CustomerId, TeamId};

macro_rules! string_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $text:literal),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($(#[$vdoc])* $variant),* }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [Self] = &[$(Self::$variant),*];

            /// Stable name used in storage and the API.
            pub fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $text),* }
            }

            /// Parses the stable name.
            pub fn parse(s: &str) -> Option<Self> {
                match s { $($text => Some(Self::$variant),)* _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
pub(crate) use string_enum;

string_enum!(
    /// Where a case stands.
    Status {
        /// Being worked (with or without an owner yet).
        Open = "open",
        /// An agent answered; the next move is the customer's.
        WaitingOnCustomer = "waiting_on_customer",
        /// Solved, with a resolution summary.
        Resolved = "resolved",
        /// Ended without a solution, with a recorded reason.
        ClosedUnresolved = "closed_unresolved",
        /// A duplicate, merged into another case where it goes on.
        Merged = "merged",
    }
);

impl Channel {
    /// Whether the channel is a social-media one (posts, comments, private messages).
    pub fn is_social(self) -> bool {
        matches!(self, Self::Facebook | Self::Instagram | Self::Messenger)
    }
}

impl Status {
    /// Whether work can still happen on the case.
    pub fn is_active(self) -> bool {
        matches!(self, Self::Open | Self::WaitingOnCustomer)
    }
}

string_enum!(
    /// How urgent a case is.
    Priority {
        /// Can wait.
        Low = "low",
        /// The default.
        Normal = "normal",
        /// Soon.
        High = "high",
        /// Now.
        Urgent = "urgent",
    }
);

string_enum!(
    /// What the customer came with.
    CaseKind {
        /// A question or request.
        Enquiry = "enquiry",
        /// A complaint: stricter deadlines, never worn down by delay.
        Complaint = "complaint",
    }
);

string_enum!(
    /// A way customers reach us.
    Channel {
        /// Email.
        Email = "email",
        /// Facebook page posts, comments and the page's inbox.
        Facebook = "facebook",
        /// Instagram comments and direct messages.
        Instagram = "instagram",
        /// Messenger private messages.
        Messenger = "messenger",
        /// Web chat.
        Chat = "chat",
        /// A phone call, logged by an agent.
        Phone = "phone",
        /// The JSON API.
        Api = "api",
    }
);

string_enum!(
    /// Whether others can see a message.
    Visibility {
        /// Visible to the public (a post or comment).
        Public = "public",
        /// Between the customer and us.
        Private = "private",
    }
);

/// How a case was resolved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resolution {
    /// What solved it, in the agent's words.
    pub summary: String,
    /// Optional category for the monthly review of top problems.
    pub category: Option<String>,
    /// Who resolved it.
    pub by: Option<AgentId>,
    /// When.
    pub at: Timestamp,
}

/// Why a case was closed without a solution.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Closure {
    /// The recorded reason.
    pub reason: String,
    /// Who closed it.
    pub by: Option<AgentId>,
    /// When.
    pub at: Timestamp,
}

/// One customer problem from first contact to resolution.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Case {
    /// Id.
    pub id: CaseId,
    /// Human reference (`L-000123`).
    pub reference: CaseRef,
    /// Short description.
    pub subject: String,
    /// The customer.
    pub customer_id: CustomerId,
    /// Where it stands.
    pub status: Status,
    /// Urgency.
    pub priority: Priority,
    /// Enquiry or complaint.
    pub kind: CaseKind,
    /// The team whose queue holds it.
    pub team_id: Option<TeamId>,
    /// The one accountable owner, once assigned.
    pub owner_id: Option<AgentId>,
    /// The channel of first contact.
    pub origin_channel: Channel,
    /// Free tags.
    pub tags: Vec<String>,
    /// Skills the owner needs (from the routing rule).
    #[serde(default)]
    pub skills: Vec<String>,
    /// The router's pending offer to an agent.
    #[serde(default)]
    pub offer: Option<Offer>,
    /// Agents who declined or let an offer pass since the case last got an owner.
    #[serde(default)]
    pub passed_by: Vec<AgentId>,
    /// When the last of them did.
    #[serde(default)]
    pub passed_at: Option<Timestamp>,
    /// Warnings and breaches recorded so far, each once.
    #[serde(default)]
    pub sla_alerts: Vec<SlaAlert>,
    /// Every handoff ever requested, in order.
    pub handoffs: Vec<Handoff>,
    /// Every escalation ever raised, in order.
    pub escalations: Vec<Escalation>,
    /// The code-of-conduct workflow on each public post a step was taken on.
    #[serde(default)]
    pub moderation: Vec<Moderation>,
    /// Set while resolved.
    pub resolution: Option<Resolution>,
    /// Set while closed unresolved.
    pub closure: Option<Closure>,
    /// For a duplicate: the case it was merged into.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merged_into: Option<CaseId>,
    /// The incidents it is linked to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub incident_ids: Vec<crate::ids::IncidentId>,
    /// Outcome counters derived from the events.
    pub counters: OutcomeCounters,
    /// First contact.
    pub created_at: Timestamp,
    /// Last event.
    pub updated_at: Timestamp,
    /// Number of events so far; the version for optimistic concurrency.
    pub version: u64,
}

impl Case {
    /// The pending handoff, if one waits for acceptance. A handoff asked for by an earlier
    /// owner has lapsed: ownership moved without it.
    pub fn pending_handoff(&self) -> Option<&Handoff> {
        self.handoffs
            .iter()
            .find(|h| h.status == HandoffStatus::Pending && h.from_owner_id == self.owner_id)
    }

    /// Escalations that still wait for an answer.
    pub fn open_escalations(&self) -> impl Iterator<Item = &Escalation> {
        self.escalations.iter().filter(|e| e.answer.is_none())
    }

    /// Whether the actor is this case's owner.
    pub fn is_owned_by(&self, actor: &Actor) -> bool {
        self.owner_id.is_some() && self.owner_id == actor.agent_id()
    }
}
