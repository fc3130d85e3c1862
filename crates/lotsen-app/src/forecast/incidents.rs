//! Possible incidents: a surge that surge detection saw is kept, with its channel, the
//! contacts beyond the forecast and sample cases, so a lead can declare the incident
//! (issue 9) from it. A background task runs [`record`] every minute; several servers
//! may run it at once, and each surge is still kept once.

use jiff::Timestamp;
use lotsen_domain::{Agent, CaseId, CaseRef, Channel};
use lotsen_store::PossibleIncidentRecord;
use serde::{Deserialize, Serialize};

use super::{SurgeReport, day_range, detect_surges};
use crate::{App, AppError};

/// How many sample cases a possible incident keeps.
const SAMPLES: u32 = 5;

/// A case that came in during a surge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SampleCase {
    /// The case.
    pub id: CaseId,
    /// Its reference.
    pub reference: CaseRef,
}

/// What a possible incident counted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Detail {
    /// Contacts that came.
    pub actual: f64,
    /// Contacts forecast.
    pub expected: f64,
    /// Sample cases.
    pub sample_cases: Vec<SampleCase>,
}

/// A possible incident.
#[derive(Debug, Clone, PartialEq)]
pub struct PossibleIncident {
    /// Id.
    pub id: uuid::Uuid,
    /// The channel that surged.
    pub channel: Channel,
    /// Start of the first unusual interval.
    pub from: Timestamp,
    /// End of the last unusual interval so far.
    pub to: Timestamp,
    /// Counts and samples.
    pub detail: Detail,
    /// First seen.
    pub detected_at: Timestamp,
    /// Last brought up to date.
    pub updated_at: Timestamp,
}

fn from_record(r: PossibleIncidentRecord) -> Result<PossibleIncident, AppError> {
    Ok(PossibleIncident {
        id: r.id,
        channel: r.channel,
        from: r.from,
        to: r.to,
        detail: serde_json::from_str(&r.detail)
            .map_err(|e| AppError::Internal(format!("possible incident detail: {e}")))?,
        detected_at: r.detected_at,
        updated_at: r.updated_at,
    })
}

async fn keep(app: &App, surge: &SurgeReport) -> Result<(bool, PossibleIncident), AppError> {
    let samples = app
        .store
        .cases_with_inbound(surge.channel, surge.from, surge.to, SAMPLES)
        .await?;
    let detail = Detail {
        actual: surge.actual,
        expected: surge.expected,
        sample_cases: samples
            .into_iter()
            .map(|(id, reference)| SampleCase { id, reference })
            .collect(),
    };
    let now = app.clock.now();
    let record = PossibleIncidentRecord {
        id: app.ids.next_uuid(),
        channel: surge.channel,
        from: surge.from,
        to: surge.to,
        detail: serde_json::to_string(&detail).map_err(|e| AppError::Internal(e.to_string()))?,
        detected_at: now,
        updated_at: now,
    };
    let (new, stored) = app.store.record_possible_incident(&record).await?;
    Ok((new, from_record(stored)?))
}

/// Runs surge detection on today and keeps each surge as a possible incident (new ones
/// are logged, by id and counts only). Returns today's surges as kept.
pub async fn record(app: &App, interval_min: u32) -> Result<Vec<PossibleIncident>, AppError> {
    let mut out = Vec::new();
    for surge in detect_surges(app, interval_min).await? {
        let (new, incident) = keep(app, &surge).await?;
        if new {
            tracing::warn!(
                incident = %incident.id,
                channel = incident.channel.as_str(),
                actual = incident.detail.actual,
                expected = incident.detail.expected,
                "possible incident: inbound volume above the forecast"
            );
        }
        out.push(incident);
    }
    Ok(out)
}

/// The possible incidents of a Stockholm day.
pub async fn of_day(
    app: &App,
    _viewer: &Agent,
    date: jiff::civil::Date,
) -> Result<Vec<PossibleIncident>, AppError> {
    let (from, to) = day_range(date)?;
    app.store
        .possible_incidents(from, to)
        .await?
        .into_iter()
        .map(from_record)
        .collect()
}
