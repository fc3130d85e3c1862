//! Staffing plans and surge status from the contact history in the store: forecast each
//! channel's volume per interval from the last eight weeks, staff it by the channel's
//! workload model, and compare today's counts with today's forecast.

use jiff::civil::Date;
use jiff::{SignedDuration, Timestamp, ToSpan};
use lotsen_domain::{Agent, Channel};
use lotsen_forecast::StaffingTarget;
use lotsen_forecast::plan::{Workload, required_agents};
use lotsen_forecast::surge::{SurgeSettings, detect};
use lotsen_forecast::volume::{Series, forecast};

use crate::{App, AppError};

/// Weeks of history a forecast reads.
const HISTORY_DAYS: i64 = 56;

/// One interval of a channel's plan.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanInterval {
    /// Start of the interval.
    pub start: Timestamp,
    /// Contacts forecast.
    pub contacts: f64,
    /// Agents needed.
    pub required: u32,
    /// Agents scheduled (no schedules are kept yet: 0).
    pub scheduled: u32,
    /// Scheduled minus required.
    pub gap: i64,
}

/// A surge seen today.
#[derive(Debug, Clone, PartialEq)]
pub struct SurgeReport {
    /// The channel.
    pub channel: Channel,
    /// Start of the first unusual interval.
    pub from: Timestamp,
    /// End of the last unusual interval.
    pub to: Timestamp,
    /// Contacts that came.
    pub actual: f64,
    /// Contacts forecast.
    pub expected: f64,
}

/// Handle time (minutes) and workload model of a channel until they are configurable.
fn workload(channel: Channel) -> (f64, Workload) {
    let calls = StaffingTarget {
        service_level: 0.8,
        answer_within_min: 20.0 / 60.0,
        max_occupancy: 0.85,
        shrinkage: 0.3,
    };
    match channel {
        Channel::Phone => (5.0, Workload::Queue(calls)),
        Channel::Chat => (
            6.0,
            Workload::Chat {
                target: StaffingTarget {
                    answer_within_min: 1.0,
                    ..calls
                },
                concurrency: 2,
            },
        ),
        Channel::Facebook | Channel::Instagram | Channel::Messenger => (
            4.0,
            Workload::Backlog {
                within_hours: 2.0,
                max_occupancy: 0.85,
                shrinkage: 0.3,
            },
        ),
        Channel::Email | Channel::Api => (
            8.0,
            Workload::Backlog {
                within_hours: 8.0,
                max_occupancy: 0.85,
                shrinkage: 0.3,
            },
        ),
    }
}

fn interval_ok(interval_min: u32) -> Result<(), AppError> {
    if [15, 30, 60].contains(&interval_min) {
        Ok(())
    } else {
        Err(AppError::invalid("interval", "must be 15, 30 or 60"))
    }
}

fn midnight(date: Date) -> Result<Timestamp, AppError> {
    date.to_zoned(jiff::tz::TimeZone::UTC)
        .map(|z| z.timestamp())
        .map_err(|e| AppError::Internal(e.to_string()))
}

/// Counts per channel per slot for `days` days from `start` (UTC).
async fn history(
    app: &App,
    start: Date,
    days: i64,
    interval_min: u32,
) -> Result<Vec<(Channel, Vec<f64>)>, AppError> {
    let from = midnight(start)?;
    let to = from
        .checked_add(SignedDuration::from_hours(24 * days))
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let counts = app.store.inbound_counts(from, to, interval_min).await?;
    let slots = (days as usize) * (1440 / interval_min as usize);
    let mut out: Vec<(Channel, Vec<f64>)> = Vec::new();
    for (at, channel, n) in counts {
        let slot = ((at - from.as_microsecond()) / (i64::from(interval_min) * 60_000_000)) as usize;
        if slot >= slots {
            continue;
        }
        let row = match out.iter().position(|(c, _)| *c == channel) {
            Some(i) => &mut out[i].1,
            None => {
                out.push((channel, vec![0.0; slots]));
                let last = out.len() - 1;
                &mut out[last].1
            }
        };
        row[slot] += f64::from(n);
    }
    out.sort_by_key(|(c, _)| *c);
    Ok(out)
}

/// The forecast of `date` per channel, from the eight weeks before it.
async fn forecast_day(
    app: &App,
    date: Date,
    interval_min: u32,
) -> Result<Vec<(Channel, Vec<f64>)>, AppError> {
    let start = date
        .checked_sub(HISTORY_DAYS.days())
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let mut out = Vec::new();
    for (channel, counts) in history(app, start, HISTORY_DAYS, interval_min).await? {
        let series = Series::new(start, interval_min, counts)
            .map_err(|e| AppError::Internal(e.to_string()))?;
        out.push((channel, forecast(&series, 1)));
    }
    Ok(out)
}

/// The staffing plan of a day: per channel and interval, contacts forecast, agents needed,
/// agents scheduled and the gap.
pub async fn plan(
    app: &App,
    _viewer: &Agent,
    date: Date,
    interval_min: u32,
) -> Result<Vec<(Channel, Vec<PlanInterval>)>, AppError> {
    interval_ok(interval_min)?;
    let day_start = midnight(date)?;
    let mut out = Vec::new();
    for (channel, contacts) in forecast_day(app, date, interval_min).await? {
        let (aht, model) = workload(channel);
        let open = vec![true; contacts.len()];
        let required = required_agents(&contacts, &open, f64::from(interval_min), aht, model)
            .map_err(|e| AppError::invalid(e.field, e.problem))?;
        let intervals = contacts
            .iter()
            .zip(&required)
            .enumerate()
            .map(|(i, (c, r))| PlanInterval {
                start: day_start
                    .checked_add(SignedDuration::from_mins(
                        i as i64 * i64::from(interval_min),
                    ))
                    .unwrap_or(day_start),
                contacts: *c,
                required: *r,
                scheduled: 0,
                gap: -i64::from(*r),
            })
            .collect();
        out.push((channel, intervals));
    }
    Ok(out)
}

/// Surges today: completed intervals since midnight (UTC) against today's forecast.
pub async fn surges(
    app: &App,
    _viewer: &Agent,
    interval_min: u32,
) -> Result<Vec<SurgeReport>, AppError> {
    interval_ok(interval_min)?;
    let now = app.clock.now();
    let today = now.to_zoned(jiff::tz::TimeZone::UTC).date();
    let day_start = midnight(today)?;
    let done = ((now.as_microsecond() - day_start.as_microsecond())
        / (i64::from(interval_min) * 60_000_000)) as usize;
    let actual = history(app, today, 1, interval_min).await?;
    let expected = forecast_day(app, today, interval_min).await?;
    let mut out = Vec::new();
    for (channel, counts) in &actual {
        let forecast = expected
            .iter()
            .find(|(c, _)| c == channel)
            .map(|(_, f)| f.clone())
            .unwrap_or_else(|| vec![0.0; counts.len()]);
        let n = done.min(counts.len());
        for s in detect(&counts[..n], &forecast[..n], &SurgeSettings::default()) {
            let at = |slot: usize| {
                day_start
                    .checked_add(SignedDuration::from_mins(
                        slot as i64 * i64::from(interval_min),
                    ))
                    .unwrap_or(day_start)
            };
            out.push(SurgeReport {
                channel: *channel,
                from: at(s.from),
                to: at(s.to),
                actual: s.actual,
                expected: s.expected,
            });
        }
    }
    Ok(out)
}
