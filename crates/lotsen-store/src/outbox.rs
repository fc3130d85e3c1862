//! Working the outbox: a worker claims due jobs of one kind for a lease (on PostgreSQL
//! with `SKIP LOCKED`, so two servers never claim the same job), then records success,
//! or failure with the next attempt after a backoff. A job whose worker died is claimed
//! again when its lease runs out.

use jiff::{SignedDuration, Timestamp};
use uuid::Uuid;

use crate::codec::{int, micros, parsed, text};
use crate::error::StoreError;
use crate::pool::{Backend, Store};

/// A claimed job.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimedJob {
    /// Id.
    pub id: Uuid,
    /// What the worker needs.
    pub payload: serde_json::Value,
    /// Attempts so far, this one included.
    pub attempts: u32,
}

/// Attempts before a job is given up (and stays visible as `failed`).
pub const MAX_ATTEMPTS: u32 = 12;

impl Store {
    /// Claims up to `limit` due jobs of `kind` until `now + lease`.
    pub async fn claim_outbox(
        &self,
        kind: &str,
        now: Timestamp,
        lease: SignedDuration,
        limit: u32,
    ) -> Result<Vec<ClaimedJob>, StoreError> {
        let until = now.checked_add(lease).unwrap_or(now);
        let lock = match self.backend() {
            Backend::Sqlite => "",
            Backend::Postgres => "FOR UPDATE SKIP LOCKED",
        };
        let sql = format!(
            "UPDATE outbox SET status = 'sending', attempts = attempts + 1, next_attempt_at = $1
             WHERE id IN (SELECT id FROM outbox
                          WHERE kind = $2 AND status IN ('queued', 'retry', 'sending')
                            AND next_attempt_at <= $3
                          ORDER BY next_attempt_at, id LIMIT $4 {lock})
             RETURNING id, payload, attempts"
        );
        let rows = sqlx::query(&sql)
            .bind(micros(until))
            .bind(kind)
            .bind(micros(now))
            .bind(i64::from(limit))
            .fetch_all(self.writer())
            .await?;
        rows.iter()
            .map(|r| {
                Ok(ClaimedJob {
                    id: parsed(r, "id")?,
                    payload: serde_json::from_str(&text(r, "payload")?)?,
                    attempts: u32::try_from(int(r, "attempts")?).unwrap_or(u32::MAX),
                })
            })
            .collect()
    }

    /// Records a claimed job's outcome: done, or failed with a retry after `retry_in`
    /// (given up after `MAX_ATTEMPTS`).
    pub async fn finish_outbox(
        &self,
        job: &ClaimedJob,
        outcome: Result<(), String>,
        now: Timestamp,
        retry_in: SignedDuration,
    ) -> Result<(), StoreError> {
        let (status, next) = match outcome {
            Ok(()) => ("done", now),
            Err(_) if job.attempts >= MAX_ATTEMPTS => ("failed", now),
            Err(_) => ("retry", now.checked_add(retry_in).unwrap_or(now)),
        };
        sqlx::query("UPDATE outbox SET status = $1, next_attempt_at = $2 WHERE id = $3")
            .bind(status)
            .bind(micros(next))
            .bind(job.id.to_string())
            .execute(self.writer())
            .await?;
        Ok(())
    }

    /// Gives a claimed job up at once (retrying cannot help); it stays visible as
    /// `failed`.
    pub async fn give_up_outbox(&self, job: &ClaimedJob, now: Timestamp) -> Result<(), StoreError> {
        sqlx::query("UPDATE outbox SET status = 'failed', next_attempt_at = $1 WHERE id = $2")
            .bind(micros(now))
            .bind(job.id.to_string())
            .execute(self.writer())
            .await?;
        Ok(())
    }

    /// Marks the jobs of `kind` created before `before` done without running them (a
    /// demo's history, whose messages were delivered long ago); how many.
    pub async fn settle_outbox_history(
        &self,
        kind: &str,
        before: Timestamp,
    ) -> Result<u64, StoreError> {
        let done = sqlx::query(
            "UPDATE outbox SET status = 'done' WHERE kind = $1 AND status IN ('queued', 'retry') AND created_at < $2",
        )
        .bind(kind)
        .bind(micros(before))
        .execute(self.writer())
        .await?;
        Ok(done.rows_affected())
    }

    /// The status of an outbox job (`queued`, `sending`, `retry`, `done`, `failed`).
    pub async fn outbox_status(&self, id: Uuid) -> Result<Option<String>, StoreError> {
        sqlx::query("SELECT status FROM outbox WHERE id = $1")
            .bind(id.to_string())
            .fetch_optional(self.reader())
            .await?
            .map(|r| text(&r, "status"))
            .transpose()
    }
}
