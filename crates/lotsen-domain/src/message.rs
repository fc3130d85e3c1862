//! What customers and agents write: messages on a channel, and internal notes.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::agent::Actor;
use crate::case::{Channel, Visibility};
use crate::ids::{CaseId, MessageId, NoteId};

/// Whether a message came in or went out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// From the customer.
    Inbound,
    /// To the customer.
    Outbound,
}

impl Direction {
    /// Stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Inbound => "inbound",
            Self::Outbound => "outbound",
        }
    }

    /// Parses the stable name.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "inbound" => Some(Self::Inbound),
            "outbound" => Some(Self::Outbound),
            _ => None,
        }
    }
}

/// One message on a channel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    /// Id.
    pub id: MessageId,
    /// The case it belongs to.
    pub case_id: CaseId,
    /// In or out.
    pub direction: Direction,
    /// The channel it travelled on.
    pub channel: Channel,
    /// Public (a post, a comment) or private.
    pub visibility: Visibility,
    /// The provider's id for idempotency (Message-ID, webhook id, API external id).
    pub external_id: Option<String>,
    /// Who wrote it.
    pub author: Actor,
    /// Subject line, where the channel has one.
    pub subject: Option<String>,
    /// The text.
    pub body: String,
    /// When it was received or written.
    pub created_at: Timestamp,
    /// The text guard's reading of an inbound message (personal data, code of conduct,
    /// tone, language), as the guard wrote it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub analysis: Option<serde_json::Value>,
    /// Whether a public message should be hidden (personal data or a violation in public).
    #[serde(default)]
    pub hide_recommended: bool,
}

/// What an outbound message is made of; the rest ([`Message::outbound`]) is the same for
/// every reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outbound<'a> {
    /// Id.
    pub id: MessageId,
    /// The case.
    pub case_id: CaseId,
    /// The channel it goes out on.
    pub channel: Channel,
    /// Public or private.
    pub visibility: Visibility,
    /// Who wrote it (an agent, or Lotsen).
    pub author: Actor,
    /// The text (trimmed).
    pub body: &'a str,
    /// When it was written.
    pub at: Timestamp,
}

impl Message {
    /// A reply or an automatic answer, before it is sent: no provider id yet, no subject,
    /// no analysis.
    pub fn outbound(o: Outbound<'_>) -> Self {
        Self {
            id: o.id,
            case_id: o.case_id,
            direction: Direction::Outbound,
            channel: o.channel,
            visibility: o.visibility,
            external_id: None,
            author: o.author,
            subject: None,
            body: o.body.trim().to_owned(),
            created_at: o.at,
            analysis: None,
            hide_recommended: false,
        }
    }
}

/// An internal note: never shown to the customer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// Id.
    pub id: NoteId,
    /// The case.
    pub case_id: CaseId,
    /// Who wrote it.
    pub author: Actor,
    /// The text.
    pub body: String,
    /// When.
    pub created_at: Timestamp,
}
