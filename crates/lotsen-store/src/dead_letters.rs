//! Dead letters: inbound mail that could not become a case message (unreadable, no
//! sender, too large, a machine's notice that matches no case), kept raw with the
//! reason so nothing received is ever lost, listed for administrators and re-processed
//! on request.

use jiff::Timestamp;
use lotsen_domain::MessageId;
use serde::Serialize;
use uuid::Uuid;

use crate::codec::{instant, int, micros, opt_text, parsed, text};
use crate::email::put_blob;
use crate::error::StoreError;
use crate::pool::Store;

/// A dead letter to keep.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewDeadLetter {
    /// Id.
    pub id: Uuid,
    /// Where it came from (`smtp`, `mailgate`, `imap:<mailbox>`, `api`).
    pub source: String,
    /// Stable reason code.
    pub reason: String,
    /// For people (no personal data: what failed, not what the mail said).
    pub detail: String,
    /// The bytes as received.
    pub raw: Vec<u8>,
    /// Their SHA-256.
    pub raw_sha256: String,
    /// When.
    pub received_at: Timestamp,
}

/// A kept dead letter, without its bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeadLetter {
    /// Id.
    pub id: Uuid,
    /// Where it came from.
    pub source: String,
    /// Stable reason code.
    pub reason: String,
    /// For people.
    pub detail: String,
    /// Size of the raw bytes.
    pub size: u64,
    /// `held` or `reprocessed`.
    pub status: String,
    /// The message it became when re-processed.
    pub message_id: Option<MessageId>,
    /// When received.
    pub received_at: Timestamp,
    /// When last changed.
    pub updated_at: Timestamp,
}

impl Store {
    /// Keeps a dead letter; durable when this returns.
    pub async fn hold_dead_letter(&self, letter: &NewDeadLetter) -> Result<(), StoreError> {
        let mut tx = self.writer().begin().await?;
        put_blob(&mut tx, &letter.raw_sha256, &letter.raw, letter.received_at).await?;
        sqlx::query(
            "INSERT INTO dead_letters (id, source, reason, detail, raw_sha256, size, status, message_id, received_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, 'held', NULL, $7, $7)",
        )
        .bind(letter.id.to_string())
        .bind(&letter.source)
        .bind(&letter.reason)
        .bind(&letter.detail)
        .bind(&letter.raw_sha256)
        .bind(i64::try_from(letter.raw.len()).unwrap_or(i64::MAX))
        .bind(micros(letter.received_at))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Dead letters, newest first; `status` filters (`held`, `reprocessed`).
    pub async fn dead_letters(
        &self,
        status: Option<&str>,
        limit: u32,
    ) -> Result<Vec<DeadLetter>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, source, reason, detail, size, status, message_id, received_at, updated_at
             FROM dead_letters WHERE ($1 = '' OR status = $1)
             ORDER BY received_at DESC, id DESC LIMIT $2",
        )
        .bind(status.unwrap_or("").to_owned())
        .bind(i64::from(limit))
        .fetch_all(self.reader())
        .await?;
        rows.iter().map(dead_letter_row).collect()
    }

    /// One dead letter with its raw bytes.
    pub async fn dead_letter(&self, id: Uuid) -> Result<Option<(DeadLetter, Vec<u8>)>, StoreError> {
        let row = sqlx::query(
            "SELECT d.id, d.source, d.reason, d.detail, d.size, d.status, d.message_id, d.received_at, d.updated_at, b.data
             FROM dead_letters d JOIN blobs b ON b.sha256 = d.raw_sha256 WHERE d.id = $1",
        )
        .bind(id.to_string())
        .fetch_optional(self.reader())
        .await?;
        row.map(|r| {
            let raw = sqlx::Row::try_get::<Vec<u8>, _>(&r, "data")
                .map_err(|e| StoreError::Corrupt(format!("data: {e}")))?;
            Ok((dead_letter_row(&r)?, raw))
        })
        .transpose()
    }

    /// Marks a dead letter re-processed into a message.
    pub async fn dead_letter_reprocessed(
        &self,
        id: Uuid,
        message_id: MessageId,
        at: Timestamp,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE dead_letters SET status = 'reprocessed', message_id = $1, updated_at = $2 WHERE id = $3",
        )
        .bind(message_id.to_string())
        .bind(micros(at))
        .bind(id.to_string())
        .execute(self.writer())
        .await?;
        Ok(())
    }

    /// Dead letters held, by reason.
    pub async fn dead_letter_count(&self) -> Result<u64, StoreError> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM dead_letters WHERE status = 'held'")
            .fetch_one(self.reader())
            .await?;
        Ok(u64::try_from(int(&row, "n")?).unwrap_or(0))
    }
}

fn dead_letter_row(r: &sqlx::any::AnyRow) -> Result<DeadLetter, StoreError> {
    Ok(DeadLetter {
        id: parsed(r, "id")?,
        source: text(r, "source")?,
        reason: text(r, "reason")?,
        detail: text(r, "detail")?,
        size: u64::try_from(int(r, "size")?).unwrap_or(0),
        status: text(r, "status")?,
        message_id: opt_text(r, "message_id")?
            .map(|s| {
                s.parse()
                    .map_err(|_| StoreError::Corrupt(format!("message_id: {s}")))
            })
            .transpose()?,
        received_at: instant(int(r, "received_at")?)?,
        updated_at: instant(int(r, "updated_at")?)?,
    })
}
