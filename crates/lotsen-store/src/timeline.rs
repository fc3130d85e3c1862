//! A case's timeline: its events in order, each with the message or note it carries, so
//! the whole story travels with the case.

use std::collections::HashMap;

use lotsen_domain::{CaseEvent, CaseId, Direction, EventKind, Message, MessageId, Note, NoteId};
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
    /// For a merge: the duplicate's messages, oldest first.
    pub merged: Vec<Message>,
    /// For a merge: the duplicate's internal notes, oldest first.
    pub merged_notes: Vec<Note>,
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

fn note_from(row: &AnyRow) -> Result<Note, StoreError> {
    Ok(Note {
        id: parsed(row, "id")?,
        case_id: parsed(row, "case_id")?,
        author: from_json(&text(row, "author")?)?,
        body: text(row, "body")?,
        created_at: instant(int(row, "created_at")?)?,
    })
}

/// The message or note each event carries, found by id.
fn join(events: Vec<CaseEvent>, messages: Vec<Message>, notes: Vec<Note>) -> Vec<TimelineEntry> {
    let mut messages: HashMap<MessageId, Message> =
        messages.into_iter().map(|m| (m.id, m)).collect();
    let mut notes: HashMap<NoteId, Note> = notes.into_iter().map(|n| (n.id, n)).collect();
    events
        .into_iter()
        .map(|event| {
            let mut entry = TimelineEntry {
                event,
                message: None,
                note: None,
                merged: Vec::new(),
                merged_notes: Vec::new(),
            };
            match &entry.event.kind {
                EventKind::MessageReceived { message_id, .. }
                | EventKind::ReplySent { message_id, .. }
                | EventKind::AutoAnswered { message_id, .. }
                | EventKind::NoticeReceived { message_id, .. }
                | EventKind::CallLogged { message_id, .. } => {
                    entry.message = messages.remove(message_id);
                }
                EventKind::NoteAdded { note_id } => entry.note = notes.remove(note_id),
                EventKind::Merged {
                    message_ids,
                    note_ids,
                    ..
                } => {
                    entry.merged = message_ids
                        .iter()
                        .filter_map(|id| messages.remove(id))
                        .collect();
                    entry.merged_notes =
                        note_ids.iter().filter_map(|id| notes.remove(id)).collect();
                }
                _ => {}
            }
            entry
        })
        .collect()
}

/// The ids of the messages and notes that `events` carry (a merge's included).
fn carried(events: &[CaseEvent]) -> (Vec<String>, Vec<String>) {
    let (messages, notes) = lotsen_domain::case::messages_and_notes(events);
    (
        messages.iter().map(ToString::to_string).collect(),
        notes.iter().map(ToString::to_string).collect(),
    )
}

/// The ids merges brought into a case: messages and notes stored with the duplicate.
fn merged_ids(events: &[CaseEvent]) -> (Vec<String>, Vec<String>) {
    let merges: Vec<CaseEvent> = events
        .iter()
        .filter(|e| matches!(e.kind, EventKind::Merged { .. }))
        .cloned()
        .collect();
    carried(&merges)
}

const MESSAGE_COLUMNS: &str =
    "id, case_id, direction, channel, visibility, external_id, author, subject, body,
    created_at, analysis, hide_recommended";

/// Rows by id (`select` ends with `WHERE id IN`), in chunks a statement can bind.
async fn by_id<T>(
    conn: &mut sqlx::AnyConnection,
    select: &str,
    ids: &[String],
    parse: fn(&AnyRow) -> Result<T, StoreError>,
) -> Result<Vec<T>, StoreError> {
    let mut out = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(MAX_PAGE) {
        let sql = format!("{select} ({})", marks(chunk.len()));
        let mut q = sqlx::query(&sql);
        for id in chunk {
            q = q.bind(id.as_str());
        }
        for row in q.fetch_all(&mut *conn).await? {
            out.push(parse(&row)?);
        }
    }
    Ok(out)
}

async fn messages_by_id(
    conn: &mut sqlx::AnyConnection,
    ids: &[String],
) -> Result<Vec<Message>, StoreError> {
    let select = format!("SELECT {MESSAGE_COLUMNS} FROM messages WHERE id IN");
    by_id(conn, &select, ids, message_from).await
}

async fn notes_by_id(
    conn: &mut sqlx::AnyConnection,
    ids: &[String],
) -> Result<Vec<Note>, StoreError> {
    let select = "SELECT id, case_id, author, body, created_at FROM notes WHERE id IN";
    by_id(conn, select, ids, note_from).await
}

/// `$1, $2, ...` for `n` values.
fn marks(n: usize) -> String {
    (1..=n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The most entries a page of a timeline holds.
pub const MAX_PAGE: usize = 500;

fn event_from(row: &AnyRow) -> Result<CaseEvent, StoreError> {
    Ok(CaseEvent {
        case_id: parsed(row, "case_id")?,
        version: u64::try_from(int(row, "version")?).unwrap_or(0),
        at: instant(int(row, "at")?)?,
        actor: from_json(&text(row, "actor")?)?,
        kind: from_json(&text(row, "payload")?)?,
    })
}

/// A case's events, oldest first, on a connection.
pub(crate) async fn events_on(
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
    .map(event_from)
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

    /// Whether a message with this provider id exists on the channel (a status update
    /// already sent to a case, an email already taken in).
    pub async fn has_message(
        &self,
        channel: lotsen_domain::Channel,
        external_id: &str,
    ) -> Result<bool, StoreError> {
        Ok(
            sqlx::query("SELECT 1 AS one FROM messages WHERE channel = $1 AND external_id = $2")
                .bind(channel.as_str())
                .bind(external_id)
                .fetch_optional(self.reader())
                .await?
                .is_some(),
        )
    }

    /// What the customer first wrote in each of these cases (its first 1,000 characters),
    /// in one query: what a case is about beyond its subject.
    pub async fn first_inbound_texts(
        &self,
        case_ids: &[CaseId],
    ) -> Result<HashMap<CaseId, String>, StoreError> {
        let mut out = HashMap::new();
        for chunk in case_ids.chunks(500) {
            let marks: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
            // Per case, the first inbound message by the (case_id, created_at) index:
            // a case of thousands of messages costs one step, not a scan.
            let sql = format!(
                "SELECT c.id AS case_id,
                        (SELECT substr(f.body, 1, 1000) FROM messages f
                         WHERE f.case_id = c.id AND f.direction = 'inbound'
                         ORDER BY f.created_at, f.id LIMIT 1) AS body
                 FROM cases c WHERE c.id IN ({})",
                marks.join(", ")
            );
            let mut query = sqlx::query(&sql);
            for id in chunk {
                query = query.bind(id.to_string());
            }
            for row in query.fetch_all(self.reader()).await? {
                if let Some(body) = opt_text(&row, "body")? {
                    out.insert(parsed(&row, "case_id")?, body);
                }
            }
        }
        Ok(out)
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

    /// A case's events from `since` on, oldest first (what a recent-history check needs,
    /// without reading a long case's whole story).
    pub async fn events_since(
        &self,
        case_id: CaseId,
        since: jiff::Timestamp,
    ) -> Result<Vec<CaseEvent>, StoreError> {
        sqlx::query(
            "SELECT case_id, version, at, actor, payload FROM case_events
             WHERE case_id = $1 AND at >= $2 ORDER BY version",
        )
        .bind(case_id.to_string())
        .bind(crate::codec::micros(since))
        .fetch_all(self.reader())
        .await?
        .iter()
        .map(event_from)
        .collect()
    }

    /// A case's events, oldest first (without messages and notes).
    pub async fn events(&self, case_id: CaseId) -> Result<Vec<CaseEvent>, StoreError> {
        let mut conn = self.reader().acquire().await?;
        events_on(&mut conn, case_id).await
    }

    /// Some of a case's events (a page of them, at most [`MAX_PAGE`]) with the messages
    /// and notes they carry, in the order given.
    pub async fn entries(&self, events: Vec<CaseEvent>) -> Result<Vec<TimelineEntry>, StoreError> {
        if events.len() > MAX_PAGE {
            return Err(StoreError::Conflict {
                code: "page_too_long",
                message: format!("a timeline page holds at most {MAX_PAGE} entries"),
            });
        }
        let (message_ids, note_ids) = carried(&events);
        let mut conn = self.reader().acquire().await?;
        let messages = messages_by_id(&mut conn, &message_ids).await?;
        let notes = notes_by_id(&mut conn, &note_ids).await?;
        Ok(join(events, messages, notes))
    }

    /// The whole history of a case, oldest first.
    pub async fn timeline(&self, case_id: CaseId) -> Result<Vec<TimelineEntry>, StoreError> {
        let id = case_id.to_string();
        let mut conn = self.reader().acquire().await?;
        let events = events_on(&mut conn, case_id).await?;
        let messages = sqlx::query(
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
        let notes = sqlx::query(
            "SELECT id, case_id, author, body, created_at FROM notes WHERE case_id = $1",
        )
        .bind(&id)
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(note_from)
        .collect::<Result<Vec<_>, StoreError>>()?;
        let (merged_messages, merged_notes) = merged_ids(&events);
        let mut messages = messages;
        messages.extend(messages_by_id(&mut conn, &merged_messages).await?);
        let mut notes = notes;
        notes.extend(notes_by_id(&mut conn, &merged_notes).await?);
        Ok(join(events, messages, notes))
    }
}
