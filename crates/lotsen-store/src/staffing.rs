//! Staffing data: each channel's settings (JSON the forecast use cases read), scheduled
//! shifts, the possible incidents surge detection raised, and sample cases of a surge.

use jiff::Timestamp;
use lotsen_domain::{AgentId, CaseId, CaseRef, Channel};
use sqlx::any::AnyRow;

use crate::codec::{instant, int, micros, opt_text, parsed, text};
use crate::error::StoreError;
use crate::pool::Store;

/// A scheduled shift: an agent (when known) on a channel from `starts_at` to `ends_at`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShiftRecord {
    /// Id.
    pub id: uuid::Uuid,
    /// The agent, when the schedule names one.
    pub agent_id: Option<AgentId>,
    /// The channel worked.
    pub channel: Channel,
    /// Start.
    pub starts_at: Timestamp,
    /// End (exclusive).
    pub ends_at: Timestamp,
}

/// A possible incident: a surge on one channel, from its first unusual interval.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PossibleIncidentRecord {
    /// Id.
    pub id: uuid::Uuid,
    /// The channel.
    pub channel: Channel,
    /// Start of the first unusual interval.
    pub from: Timestamp,
    /// End of the last unusual interval seen so far.
    pub to: Timestamp,
    /// Counts and sample cases, JSON.
    pub detail: String,
    /// When it was first detected.
    pub detected_at: Timestamp,
    /// When it was last brought up to date.
    pub updated_at: Timestamp,
}

fn channel(row: &AnyRow) -> Result<Channel, StoreError> {
    let name = text(row, "channel")?;
    Channel::parse(&name).ok_or_else(|| StoreError::Corrupt(format!("channel {name:?}")))
}

fn shift_from(row: &AnyRow) -> Result<ShiftRecord, StoreError> {
    Ok(ShiftRecord {
        id: parsed(row, "id")?,
        agent_id: opt_text(row, "agent_id")?
            .map(|a| {
                a.parse()
                    .map_err(|_| StoreError::Corrupt(format!("agent id {a:?}")))
            })
            .transpose()?,
        channel: channel(row)?,
        starts_at: instant(int(row, "starts_at")?)?,
        ends_at: instant(int(row, "ends_at")?)?,
    })
}

fn incident_from(row: &AnyRow) -> Result<PossibleIncidentRecord, StoreError> {
    Ok(PossibleIncidentRecord {
        id: parsed(row, "id")?,
        channel: channel(row)?,
        from: instant(int(row, "surge_from")?)?,
        to: instant(int(row, "surge_to")?)?,
        detail: text(row, "detail")?,
        detected_at: instant(int(row, "detected_at")?)?,
        updated_at: instant(int(row, "updated_at")?)?,
    })
}

impl Store {
    /// Every channel's stored settings (JSON), by channel.
    pub async fn channel_settings(&self) -> Result<Vec<(Channel, String)>, StoreError> {
        let rows = sqlx::query("SELECT channel, settings FROM channel_settings ORDER BY channel")
            .fetch_all(self.reader())
            .await?;
        rows.iter()
            .map(|row| Ok((channel(row)?, text(row, "settings")?)))
            .collect()
    }

    /// Stores a channel's settings, replacing earlier ones.
    pub async fn put_channel_settings(
        &self,
        channel: Channel,
        settings: &str,
        at: Timestamp,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO channel_settings (channel, settings, updated_at) VALUES ($1, $2, $3)
             ON CONFLICT (channel) DO UPDATE SET settings = excluded.settings, updated_at = excluded.updated_at",
        )
        .bind(channel.as_str())
        .bind(settings)
        .bind(micros(at))
        .execute(self.writer())
        .await?;
        Ok(())
    }

    /// Adds shifts, all or none.
    pub async fn add_shifts(
        &self,
        shifts: &[ShiftRecord],
        at: Timestamp,
    ) -> Result<(), StoreError> {
        let mut tx = self.writer().begin().await?;
        for s in shifts {
            sqlx::query(
                "INSERT INTO shifts (id, agent_id, channel, starts_at, ends_at, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(s.id.to_string())
            .bind(s.agent_id.map(|a| a.to_string()))
            .bind(s.channel.as_str())
            .bind(micros(s.starts_at))
            .bind(micros(s.ends_at))
            .bind(micros(at))
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The shifts that overlap `[from, to)`, by start.
    pub async fn shifts_overlapping(
        &self,
        from: Timestamp,
        to: Timestamp,
    ) -> Result<Vec<ShiftRecord>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, agent_id, channel, starts_at, ends_at FROM shifts
             WHERE starts_at < $2 AND ends_at > $1 ORDER BY starts_at, id",
        )
        .bind(micros(from))
        .bind(micros(to))
        .fetch_all(self.reader())
        .await?;
        rows.iter().map(shift_from).collect()
    }

    /// Removes a shift; whether there was one.
    pub async fn delete_shift(&self, id: uuid::Uuid) -> Result<bool, StoreError> {
        let done = sqlx::query("DELETE FROM shifts WHERE id = $1")
            .bind(id.to_string())
            .execute(self.writer())
            .await?;
        Ok(done.rows_affected() > 0)
    }

    /// Records a possible incident, or brings the one with the same channel and start up
    /// to date (its end, counts and samples; the first detection time stays). Safe when
    /// several servers detect the same surge. Returns whether it was new, and the stored
    /// record.
    pub async fn record_possible_incident(
        &self,
        incident: &PossibleIncidentRecord,
    ) -> Result<(bool, PossibleIncidentRecord), StoreError> {
        let mut tx = self.writer().begin().await?;
        let inserted = sqlx::query(
            "INSERT INTO possible_incidents (id, channel, surge_from, surge_to, detail, detected_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)
             ON CONFLICT (channel, surge_from) DO NOTHING",
        )
        .bind(incident.id.to_string())
        .bind(incident.channel.as_str())
        .bind(micros(incident.from))
        .bind(micros(incident.to))
        .bind(&incident.detail)
        .bind(micros(incident.detected_at))
        .bind(micros(incident.updated_at))
        .execute(&mut *tx)
        .await?
        .rows_affected()
            > 0;
        if !inserted {
            sqlx::query(
                "UPDATE possible_incidents SET surge_to = $3, detail = $4, updated_at = $5
                 WHERE channel = $1 AND surge_from = $2",
            )
            .bind(incident.channel.as_str())
            .bind(micros(incident.from))
            .bind(micros(incident.to))
            .bind(&incident.detail)
            .bind(micros(incident.updated_at))
            .execute(&mut *tx)
            .await?;
        }
        let row = sqlx::query(
            "SELECT id, channel, surge_from, surge_to, detail, detected_at, updated_at
             FROM possible_incidents WHERE channel = $1 AND surge_from = $2",
        )
        .bind(incident.channel.as_str())
        .bind(micros(incident.from))
        .fetch_one(&mut *tx)
        .await?;
        let stored = incident_from(&row)?;
        tx.commit().await?;
        Ok((inserted, stored))
    }

    /// One possible incident.
    pub async fn possible_incident(
        &self,
        id: uuid::Uuid,
    ) -> Result<Option<PossibleIncidentRecord>, StoreError> {
        sqlx::query(
            "SELECT id, channel, surge_from, surge_to, detail, detected_at, updated_at
             FROM possible_incidents WHERE id = $1",
        )
        .bind(id.to_string())
        .fetch_optional(self.reader())
        .await?
        .as_ref()
        .map(incident_from)
        .transpose()
    }

    /// Possible incidents whose surge started in `[from, to)`, by start.
    pub async fn possible_incidents(
        &self,
        from: Timestamp,
        to: Timestamp,
    ) -> Result<Vec<PossibleIncidentRecord>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, channel, surge_from, surge_to, detail, detected_at, updated_at
             FROM possible_incidents WHERE surge_from >= $1 AND surge_from < $2
             ORDER BY surge_from, channel",
        )
        .bind(micros(from))
        .bind(micros(to))
        .fetch_all(self.reader())
        .await?;
        rows.iter().map(incident_from).collect()
    }

    /// Up to `limit` cases with an inbound message on `channel` in `[from, to)`, earliest
    /// message first.
    pub async fn cases_with_inbound(
        &self,
        channel: Channel,
        from: Timestamp,
        to: Timestamp,
        limit: u32,
    ) -> Result<Vec<(CaseId, CaseRef)>, StoreError> {
        let rows = sqlx::query(
            "SELECT c.id AS id, c.ref_no AS ref_no, MIN(m.created_at) AS first_at
             FROM messages m JOIN cases c ON c.id = m.case_id
             WHERE m.direction = 'inbound' AND m.channel = $1 AND m.created_at >= $2 AND m.created_at < $3
             GROUP BY c.id, c.ref_no ORDER BY first_at, c.ref_no LIMIT $4",
        )
        .bind(channel.as_str())
        .bind(micros(from))
        .bind(micros(to))
        .bind(i64::from(limit))
        .fetch_all(self.reader())
        .await?;
        rows.iter()
            .map(|row| {
                let reference = u64::try_from(int(row, "ref_no")?)
                    .map_err(|_| StoreError::Corrupt("case reference".into()))?;
                Ok((parsed(row, "id")?, CaseRef(reference)))
            })
            .collect()
    }
}
