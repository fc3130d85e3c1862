//! The web chat's use cases. A visitor is known by the id their browser keeps (a random
//! UUID, the `chat:<id>` identity), so one who comes back later in the same browser
//! lands in the same case; each line they write goes through intake like any message
//! (threaded into their open case, analysed, routed, answered out of hours, a request
//! for a manager escalated); the transcript is the case's chat messages; an agent's
//! reply on the chat channel is a `deliver_chat` job the web layer pushes to the
//! visitor's open connections. The servers sharing a database tell each other about
//! pushes and typing with [`ChatSignal`]s on [`CHAT_TOPIC`], so a visitor connected to
//! another server than the one that works the job still gets the line at once.

use lotsen_domain::customer::CustomerContact;
use lotsen_domain::{
    CaseId, CaseKind, Channel, Direction, Identity, Message, MessageId, Priority, Visibility,
};
use lotsen_store::InboundOutcome;

use crate::intake::{InboundInput, Threading, receive_threaded};
use crate::{App, AppError};

/// The outbox job kind of replies on the chat.
pub const DELIVER_CHAT: &str = "deliver_chat";

/// The signal topic of chat pushes between servers.
pub const CHAT_TOPIC: &str = "chat_push";

/// What one server tells the others about a visitor (ids only).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ChatSignal {
    /// The server that sent it (it has already pushed to its own connections).
    pub origin: String,
    /// The visitor it is for.
    pub visitor: String,
    /// An agent's reply to push, or none for "an agent is typing".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_id: Option<MessageId>,
}

impl ChatSignal {
    /// The signal as it travels.
    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// A signal heard, if it is one.
    pub fn decode(raw: &str) -> Option<Self> {
        serde_json::from_str(raw).ok()
    }
}

/// The longest line a visitor may send, in characters.
pub const MAX_LINE_CHARS: usize = 4000;

/// A visitor's id as the browser sent it, if it is one of ours (a UUID).
pub fn visitor(raw: &str) -> Option<String> {
    uuid::Uuid::parse_str(raw.trim())
        .ok()
        .map(|u| u.hyphenated().to_string())
}

/// The identity a visitor is known by.
pub fn identity(visitor: &str) -> Identity {
    Identity::external("chat", visitor)
}

/// Takes in one line from a visitor; `line_id` is the widget's id for it (the same id
/// twice is one message, so a resent line after a dropped connection is not doubled).
pub async fn receive(
    app: &App,
    visitor: &str,
    line_id: &str,
    text: &str,
) -> Result<InboundOutcome, AppError> {
    let text: String = text.trim().chars().take(MAX_LINE_CHARS).collect();
    let input = InboundInput {
        channel: Channel::Chat,
        external_id: Some(format!("chat:{visitor}:{}", line_id.trim())),
        customer: CustomerContact {
            name: "Chattbesökare".into(),
            email: None,
            phone: None,
        },
        subject: None,
        body: Some(text),
        visibility: Visibility::Private,
        kind: CaseKind::Enquiry,
        priority: Priority::Normal,
        team_id: None,
        tags: Vec::new(),
    };
    let threading = Threading {
        identities: vec![identity(visitor)],
        ..Threading::default()
    };
    receive_threaded(app, input, threading).await
}

/// The visitor's latest case and its chat messages, oldest first (at most `limit`, the
/// latest).
pub async fn transcript(
    app: &App,
    visitor: &str,
    limit: usize,
) -> Result<Option<(CaseId, Vec<Message>)>, AppError> {
    let Some(case_id) = app.store.latest_case_of(&identity(visitor)).await? else {
        return Ok(None);
    };
    let mut lines: Vec<Message> = app
        .store
        .timeline(case_id)
        .await?
        .into_iter()
        .filter_map(|e| e.message)
        .filter(|m| m.channel == Channel::Chat && m.visibility == Visibility::Private)
        .collect();
    let skip = lines.len().saturating_sub(limit);
    lines.drain(..skip);
    Ok(Some((case_id, lines)))
}

/// A reply to push: the visitor it goes to and the message.
pub async fn outgoing(app: &App, message_id: MessageId) -> Result<(String, Message), AppError> {
    let message = app
        .store
        .message(message_id)
        .await?
        .ok_or(AppError::NotFound("message"))?;
    if message.direction != Direction::Outbound || message.channel != Channel::Chat {
        return Err(AppError::Conflict {
            code: "not_chat",
            message: "the message is not an outbound chat reply".into(),
        });
    }
    let (_, customer) = crate::cases::with_customer(app, message.case_id).await?;
    let visitor = crate::cases::provider_id(&customer, "chat:").ok_or(AppError::Conflict {
        code: "no_visitor",
        message: "the customer has never chatted".into(),
    })?;
    Ok((visitor, message))
}

/// The signal topic of a visitor typing, heard by the agents' open case pages.
pub const VISITOR_TYPING_TOPIC: &str = "visitor_typing";

/// A visitor types: the agents with their open case on screen are told (the case id
/// only, through the store's signals, so every server's pages hear it). Nothing is
/// stored. Returns the case, if the visitor has an open one.
pub async fn visitor_typing(app: &App, visitor: &str) -> Result<Option<CaseId>, AppError> {
    let Some(case_id) = app.store.latest_case_of(&identity(visitor)).await? else {
        return Ok(None);
    };
    let active = app
        .store
        .case(case_id)
        .await?
        .is_some_and(|c| c.status.is_active());
    if !active {
        return Ok(None);
    }
    let payload = serde_json::json!({ "case_id": case_id }).to_string();
    app.store.signal(VISITOR_TYPING_TOPIC, &payload).await?;
    Ok(Some(case_id))
}

/// The visitor to show "an agent is typing" to, for a case on the chat.
pub async fn typing_to(app: &App, case_id: CaseId) -> Result<String, AppError> {
    let (_, customer) = crate::cases::with_customer(app, case_id).await?;
    crate::cases::provider_id(&customer, "chat:").ok_or(AppError::Conflict {
        code: "no_visitor",
        message: "the customer has never chatted".into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_uuid_is_a_visitor() {
        let id = "67e55044-10b1-426f-9247-bb680e5fe0c8";
        assert_eq!(visitor(id).as_deref(), Some(id));
        assert_eq!(
            visitor(" 67E55044-10B1-426F-9247-BB680E5FE0C8 ").as_deref(),
            Some(id)
        );
        assert_eq!(visitor("'; drop table"), None);
        assert_eq!(identity(id).value, format!("chat:{id}"));
    }

    #[test]
    fn a_signal_survives_the_trip_and_noise_is_not_one() {
        let signal = ChatSignal {
            origin: "s1".into(),
            visitor: "v".into(),
            message_id: None,
        };
        assert_eq!(ChatSignal::decode(&signal.encode()), Some(signal));
        assert_eq!(ChatSignal::decode("{}"), None);
        assert!(ChatSignal::decode(r#"{"origin":"a","visitor":"b"}"#).is_some());
    }
}
