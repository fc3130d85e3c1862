//! A case's timeline: its events in order, each with the message or note it carries, so
//! the whole story travels with the case.

use lotsen_domain::{CaseEvent, CaseId, Direction, EventKind, Message, Note};
use sqlx::any::AnyRow;

use crate::codec::{from_json, instant, int, opt_text, parsed, text};
use crate::error::StoreError;
use crate::pool::Store;

/// One entry of a timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineEntry {
    /// The event.
    pub event: CaseEvent,
    /// The message it concerns, for message events.
    pub message: Option<Message>,
    /// The note it concerns, for note events.
    pub note: Option<Note>,
}

fn message_from(row: &AnyRow) -> Result<Message, StoreError> {
    let parse = |col: &str| -> Result<String, StoreError> { text(row, col) };
    Ok(Message {
        id: parsed(row, "id")?,
        case_id: parsed(row, "case_id")?,
        direction: Direction::parse(&parse("direction")?)
            .ok_or_else(|| StoreError::Corrupt("direction".into()))?,
        channel: lotsen_domain::Channel::parse(&parse("channel")?)
            .ok_or_else(|| StoreError::Corrupt("channel".into()))?,
        visibility: lotsen_domain::Visibility::parse(&parse("visibility")?)
            .ok_or_else(|| StoreError::Corrupt("visibility".into()))?,
        external_id: opt_text(row, "external_id")?,
        author: from_json(&parse("author")?)?,
        subject: opt_text(row, "subject")?,
        body: parse("body")?,
        created_at: instant(int(row, "created_at")?)?,
        analysis: opt_text(row, "analysis")?
            .map(|a| from_json(&a))
            .transpose()?,
        hide_recommended: int(row, "hide_recommended")? != 0,
    })
}

/// A case's events, oldest first, on a connection.
async fn events_on(
    conn: &mut sqlx::AnyConnection,
    case_id: CaseId,
) -> Result<Vec<CaseEvent>, StoreError> {
    sqlx::query(
        "SELECT case_id, version, at, actor, payload FROM case_events WHERE case_id = $1 ORDER BY version",
    )
    .bind(case_id.to_string())
    .fetch_all(conn)
    .await?
    .iter()
    .map(|row| {
        Ok(CaseEvent {
            case_id: parsed(row, "case_id")?,
            version: u64::try_from(int(row, "version")?).unwrap_or(0),
            at: instant(int(row, "at")?)?,
            actor: from_json(&text(row, "actor")?)?,
            kind: from_json(&text(row, "payload")?)?,
        })
    })
    .collect()
}

impl Store {
    /// One message.
    pub async fn message(
        &self,
        id: lotsen_domain::MessageId,
    ) -> Result<Option<Message>, StoreError> {
        sqlx::query(
            "SELECT id, case_id, direction, channel, visibility, external_id, author, subject, body,
                created_at, analysis, hide_recommended
             FROM messages WHERE id = $1",
        )
        .bind(id.to_string())
        .fetch_optional(self.reader())
        .await?
        .as_ref()
        .map(message_from)
        .transpose()
    }

    /// The newest message the customer wrote in a case on a channel, with the given
    /// visibility (what a reply on a social channel answers).
    pub async fn latest_inbound(
        &self,
        case_id: CaseId,
        channel: lotsen_domain::Channel,
        visibility: lotsen_domain::Visibility,
    ) -> Result<Option<Message>, StoreError> {
        sqlx::query(
            "SELECT id, case_id, direction, channel, visibility, external_id, author, subject, body,
                created_at, analysis, hide_recommended
             FROM messages
             WHERE case_id = $1 AND direction = 'inbound' AND channel = $2 AND visibility = $3
             ORDER BY created_at DESC, id DESC LIMIT 1",
        )
        .bind(case_id.to_string())
        .bind(channel.as_str())
        .bind(visibility.as_str())
        .fetch_optional(self.reader())
        .await?
        .as_ref()
        .map(message_from)
        .transpose()
    }

    /// A case's events, oldest first (without messages and notes).
    pub async fn events(&self, case_id: CaseId) -> Result<Vec<CaseEvent>, StoreError> {
        let mut conn = self.reader().acquire().await?;
        events_on(&mut conn, case_id).await
    }

    /// The whole history of a case, oldest first.
    pub async fn timeline(&self, case_id: CaseId) -> Result<Vec<TimelineEntry>, StoreError> {
        let id = case_id.to_string();
        let mut conn = self.reader().acquire().await?;
        let events = events_on(&mut conn, case_id).await?;
        let mut messages = sqlx::query(
            "SELECT id, case_id, direction, channel, visibility, external_id, author, subject, body,
                created_at, analysis, hide_recommended
             FROM messages WHERE case_id = $1",
        )
        .bind(&id)
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(message_from)
        .collect::<Result<Vec<_>, _>>()?;
        let mut notes = sqlx::query(
            "SELECT id, case_id, author, body, created_at FROM notes WHERE case_id = $1",
        )
        .bind(&id)
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(|row| {
            Ok(Note {
                id: parsed(row, "id")?,
                case_id: parsed(row, "case_id")?,
                author: from_json(&text(row, "author")?)?,
                body: text(row, "body")?,
                created_at: instant(int(row, "created_at")?)?,
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
        Ok(events
            .into_iter()
            .map(|event| {
                let (message, note) = match &event.kind {
                    EventKind::MessageReceived { message_id, .. }
                    | EventKind::ReplySent { message_id, .. }
                    | EventKind::AutoAnswered { message_id, .. }
                    | EventKind::NoticeReceived { message_id, .. } => {
                        let i = messages.iter().position(|m| m.id == *message_id);
                        (i.map(|i| messages.swap_remove(i)), None)
                    }
                    EventKind::NoteAdded { note_id } => {
                        let i = notes.iter().position(|n| n.id == *note_id);
                        (None, i.map(|i| notes.swap_remove(i)))
                    }
                    _ => (None, None),
                };
                TimelineEntry {
                    event,
                    message,
                    note,
                }
            })
            .collect())
    }
}
