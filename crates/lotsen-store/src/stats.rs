//! Counts for forecasting: inbound messages per channel, bucketed by interval.

use lotsen_domain::Channel;

use crate::codec::{int, micros, text};
use crate::error::StoreError;
use crate::pool::Store;

impl Store {
    /// Inbound contacts per channel in `[from, to)`, counted per `interval_min`-minute
    /// bucket of UTC time: Lotsen's own inbound messages plus imported history.
    /// `(bucket start in microseconds, channel, count)`.
    pub async fn inbound_counts(
        &self,
        from: jiff::Timestamp,
        to: jiff::Timestamp,
        interval_min: u32,
    ) -> Result<Vec<(i64, Channel, u32)>, StoreError> {
        let rows = sqlx::query(
            "SELECT created_at, channel FROM messages
             WHERE direction = 'inbound' AND created_at >= $1 AND created_at < $2",
        )
        .bind(micros(from))
        .bind(micros(to))
        .fetch_all(self.reader())
        .await?;
        let history = sqlx::query(
            "SELECT bucket_start, channel, count FROM contact_history
             WHERE bucket_start >= $1 AND bucket_start < $2",
        )
        .bind(micros(from))
        .bind(micros(to))
        .fetch_all(self.reader())
        .await?;
        let bucket = i64::from(interval_min.max(1)) * 60_000_000;
        let mut counts: std::collections::BTreeMap<(i64, Channel), u32> =
            std::collections::BTreeMap::new();
        let mut add = |at: i64, name: String, n: u32| -> Result<(), StoreError> {
            let channel = Channel::parse(&name)
                .ok_or_else(|| StoreError::Corrupt(format!("channel {name:?}")))?;
            *counts
                .entry((at - at.rem_euclid(bucket), channel))
                .or_default() += n;
            Ok(())
        };
        for row in &rows {
            add(int(row, "created_at")?, text(row, "channel")?, 1)?;
        }
        for row in &history {
            let n = u32::try_from(int(row, "count")?).unwrap_or(0);
            add(int(row, "bucket_start")?, text(row, "channel")?, n)?;
        }
        Ok(counts
            .into_iter()
            .map(|((at, channel), n)| (at, channel, n))
            .collect())
    }
}

impl Store {
    /// Adds imported contact volumes (channel, interval start, interval length, count);
    /// a second import of the same channel and interval replaces the count. One
    /// transaction.
    pub async fn import_contact_history(
        &self,
        rows: &[(Channel, jiff::Timestamp, u32, u32)],
    ) -> Result<u64, StoreError> {
        let mut tx = self.writer().begin().await?;
        for (channel, at, interval_min, count) in rows {
            sqlx::query(
                "INSERT INTO contact_history (channel, bucket_start, interval_min, count) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (channel, bucket_start) DO UPDATE SET count = excluded.count, interval_min = excluded.interval_min",
            )
            .bind(channel.as_str())
            .bind(micros(*at))
            .bind(i64::from(*interval_min))
            .bind(i64::from(*count))
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(rows.len() as u64)
    }
}
