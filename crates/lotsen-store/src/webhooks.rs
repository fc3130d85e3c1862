//! Webhook deliveries (Meta's): the raw body is written before the provider gets its
//! 200, then processed; one that failed keeps its error and is tried again. A processed
//! delivery's body is emptied: the messages made from it are the record, and a raw copy
//! would keep what the personal-data guard redacts (a number written in public).

use jiff::Timestamp;
use uuid::Uuid;

use crate::codec::{int, micros, parsed};
use crate::error::StoreError;
use crate::pool::Store;

/// A delivery waiting to be processed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebhookDelivery {
    /// Id.
    pub id: Uuid,
    /// The body as received.
    pub body: Vec<u8>,
    /// Attempts so far.
    pub attempts: u32,
}

impl Store {
    /// Keeps a delivery; durable when this returns.
    pub async fn record_webhook(
        &self,
        id: Uuid,
        source: &str,
        body: &[u8],
        at: Timestamp,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO webhook_deliveries (id, source, body, status, attempts, error, received_at, updated_at)
             VALUES ($1, $2, $3, 'received', 0, NULL, $4, $4)",
        )
        .bind(id.to_string())
        .bind(source)
        .bind(body.to_vec())
        .bind(micros(at))
        .execute(self.writer())
        .await?;
        Ok(())
    }

    /// Deliveries not yet processed that arrived before `before`, oldest first.
    pub async fn webhooks_due(
        &self,
        before: Timestamp,
        limit: u32,
    ) -> Result<Vec<WebhookDelivery>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, body, attempts FROM webhook_deliveries
             WHERE status = 'received' AND received_at <= $1 AND attempts < 10
             ORDER BY received_at, id LIMIT $2",
        )
        .bind(micros(before))
        .bind(i64::from(limit))
        .fetch_all(self.reader())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(WebhookDelivery {
                    id: parsed(r, "id")?,
                    body: sqlx::Row::try_get::<Vec<u8>, _>(r, "body")
                        .map_err(|e| StoreError::Corrupt(format!("body: {e}")))?,
                    attempts: u32::try_from(int(r, "attempts")?).unwrap_or(0),
                })
            })
            .collect()
    }

    /// One delivery.
    pub async fn webhook(&self, id: Uuid) -> Result<Option<WebhookDelivery>, StoreError> {
        let row = sqlx::query("SELECT id, body, attempts FROM webhook_deliveries WHERE id = $1")
            .bind(id.to_string())
            .fetch_optional(self.reader())
            .await?;
        row.map(|r| {
            Ok(WebhookDelivery {
                id: parsed(&r, "id")?,
                body: sqlx::Row::try_get::<Vec<u8>, _>(&r, "body")
                    .map_err(|e| StoreError::Corrupt(format!("body: {e}")))?,
                attempts: u32::try_from(int(&r, "attempts")?).unwrap_or(0),
            })
        })
        .transpose()
    }

    /// Records a processing attempt: `processed`, or still `received` with the error.
    pub async fn finish_webhook(
        &self,
        id: Uuid,
        outcome: Result<(), &str>,
        at: Timestamp,
    ) -> Result<(), StoreError> {
        let (status, error) = match outcome {
            Ok(()) => ("processed", None),
            Err(e) => ("received", Some(e.to_owned())),
        };
        // The body is kept only while it may still be needed (for the next attempt).
        let keep = status != "processed";
        sqlx::query(
            "UPDATE webhook_deliveries SET status = $1, error = $2, attempts = attempts + 1, updated_at = $3,
                 body = CASE WHEN $5 THEN body ELSE $6 END
             WHERE id = $4",
        )
        .bind(status)
        .bind(error)
        .bind(micros(at))
        .bind(id.to_string())
        .bind(keep)
        .bind(Vec::<u8>::new())
        .execute(self.writer())
        .await?;
        Ok(())
    }
}
