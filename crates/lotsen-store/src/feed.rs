//! What the search index is fed from: the case log by sequence number (which cases
//! changed after a point), the cases in id order for a rebuild, and a case's messages
//! in the lean form the index needs.

use jiff::Timestamp;
use lotsen_domain::{CaseId, Channel, Direction, MessageId, Visibility};

use crate::codec::{instant, int, parsed, text};
use crate::error::StoreError;
use crate::pool::Store;

/// One message as the index takes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexMessage {
    /// Id.
    pub id: MessageId,
    /// Its channel.
    pub channel: Channel,
    /// In or out.
    pub direction: Direction,
    /// Public or private.
    pub visibility: Visibility,
    /// When.
    pub at: Timestamp,
    /// The text as stored (the index redacts it).
    pub body: String,
}

impl Store {
    /// The case log's events after `seq`, oldest first, at most `limit`: each event's
    /// sequence number and case.
    pub async fn events_after(
        &self,
        seq: i64,
        limit: u32,
    ) -> Result<Vec<(i64, CaseId)>, StoreError> {
        let rows = sqlx::query(
            "SELECT seq, case_id FROM case_events WHERE seq > $1 ORDER BY seq LIMIT $2",
        )
        .bind(seq)
        .bind(i64::from(limit))
        .fetch_all(self.reader())
        .await?;
        rows.iter()
            .map(|r| Ok((int(r, "seq")?, parsed(r, "case_id")?)))
            .collect()
    }

    /// The newest sequence number of the case log (0 when empty).
    pub async fn last_event_seq(&self) -> Result<i64, StoreError> {
        let row = sqlx::query("SELECT COALESCE(MAX(seq), 0) AS seq FROM case_events")
            .fetch_one(self.reader())
            .await?;
        int(&row, "seq")
    }

    /// Case ids after `after` in id order, at most `limit` (a rebuild walks them all).
    pub async fn case_ids_after(
        &self,
        after: Option<CaseId>,
        limit: u32,
    ) -> Result<Vec<CaseId>, StoreError> {
        let rows = sqlx::query("SELECT id FROM cases WHERE id > $1 ORDER BY id LIMIT $2")
            .bind(after.map_or_else(String::new, |c| c.to_string()))
            .bind(i64::from(limit))
            .fetch_all(self.reader())
            .await?;
        rows.iter().map(|r| parsed(r, "id")).collect()
    }

    /// A case's messages, oldest first, in the index's lean form.
    pub async fn index_messages(&self, case: CaseId) -> Result<Vec<IndexMessage>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, channel, direction, visibility, created_at, body FROM messages
             WHERE case_id = $1 ORDER BY created_at, id",
        )
        .bind(case.to_string())
        .fetch_all(self.reader())
        .await?;
        let corrupt = |c: &str| StoreError::Corrupt(c.into());
        rows.iter()
            .map(|r| {
                Ok(IndexMessage {
                    id: parsed(r, "id")?,
                    channel: Channel::parse(&text(r, "channel")?)
                        .ok_or_else(|| corrupt("channel"))?,
                    direction: match text(r, "direction")?.as_str() {
                        "inbound" => Direction::Inbound,
                        _ => Direction::Outbound,
                    },
                    visibility: Visibility::parse(&text(r, "visibility")?)
                        .ok_or_else(|| corrupt("visibility"))?,
                    at: instant(int(r, "created_at")?)?,
                    body: text(r, "body")?,
                })
            })
            .collect()
    }
}
