//! Counts for forecasting: inbound messages per channel, bucketed by interval.

use lotsen_domain::Channel;

use crate::codec::{int, micros, text};
use crate::error::StoreError;
use crate::pool::Store;

impl Store {
    /// Inbound messages per channel in `[from, to)`, counted per `interval_min`-minute
    /// bucket of UTC time: `(bucket start in microseconds, channel, count)`.
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
        let bucket = i64::from(interval_min.max(1)) * 60_000_000;
        let mut counts: std::collections::BTreeMap<(i64, Channel), u32> =
            std::collections::BTreeMap::new();
        for row in &rows {
            let at = int(row, "created_at")?;
            let name = text(row, "channel")?;
            let channel = Channel::parse(&name)
                .ok_or_else(|| StoreError::Corrupt(format!("channel {name:?}")))?;
            *counts
                .entry((at - at.rem_euclid(bucket), channel))
                .or_default() += 1;
        }
        Ok(counts
            .into_iter()
            .map(|((at, channel), n)| (at, channel, n))
            .collect())
    }
}
