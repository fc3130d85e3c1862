//! Staffing plans and surge status from the contact history in the store. A day is a
//! Stockholm day (23 or 25 hours when the clocks change); its intervals are forecast per
//! channel from the eight weeks before, staffed by the channel's settings inside its
//! opening hours, and compared with the scheduled shifts. Today's counts are compared
//! with today's forecast, and a surge is kept as a possible incident with sample cases.

pub mod incidents;
pub mod settings;
pub mod shifts;

use std::sync::OnceLock;

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp, ToSpan};
use lotsen_domain::{Agent, Channel};
use lotsen_forecast::plan::required_agents_per_interval;
use lotsen_forecast::surge::{SurgeSettings, detect};
use lotsen_forecast::volume::{Series, forecast};

use crate::{App, AppError};

pub use settings::ChannelSettings;

/// Weeks of history a forecast reads.
const HISTORY_DAYS: i64 = 56;

/// The company's time zone.
pub fn stockholm() -> TimeZone {
    static TZ: OnceLock<TimeZone> = OnceLock::new();
    TZ.get_or_init(|| TimeZone::get("Europe/Stockholm").unwrap_or(TimeZone::UTC))
        .clone()
}

/// One interval of a channel's plan.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanInterval {
    /// Start of the interval.
    pub start: Timestamp,
    /// Whether the channel is open (staffed) then.
    pub open: bool,
    /// Contacts forecast.
    pub contacts: f64,
    /// Agents needed.
    pub required: u32,
    /// Agents needed before a what-if (equal to `required` in a plain plan).
    pub baseline_required: u32,
    /// Agents scheduled.
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

/// A what-if for part of a day: more contacts, longer handling, or both (the outage).
#[derive(Debug, Clone, PartialEq)]
pub struct WhatIf {
    /// Only this channel (all when `None`).
    pub channel: Option<Channel>,
    /// From (the day's start when `None`).
    pub from: Option<Timestamp>,
    /// Until (the day's end when `None`).
    pub to: Option<Timestamp>,
    /// Contacts are multiplied by this.
    pub volume_multiplier: f64,
    /// Seconds added to each contact's handle time.
    pub extra_handle_seconds: f64,
}

pub(crate) fn interval_ok(interval_min: u32) -> Result<(), AppError> {
    if [15, 30, 60].contains(&interval_min) {
        Ok(())
    } else {
        Err(AppError::invalid("interval", "must be 15, 30 or 60"))
    }
}

fn internal(e: impl std::fmt::Display) -> AppError {
    AppError::Internal(e.to_string())
}

/// The instants a Stockholm day runs between.
pub fn day_range(date: Date) -> Result<(Timestamp, Timestamp), AppError> {
    let tz = stockholm();
    let from = date.to_zoned(tz.clone()).map_err(internal)?.timestamp();
    let to = date
        .tomorrow()
        .and_then(|d| d.to_zoned(tz))
        .map_err(internal)?
        .timestamp();
    Ok((from, to))
}

/// Today in Stockholm.
pub fn today(app: &App) -> Date {
    app.clock.now().to_zoned(stockholm()).date()
}

fn step(interval_min: u32) -> i64 {
    i64::from(interval_min) * 60_000_000
}

/// The interval starts of `[from, to)`.
fn starts(from: Timestamp, to: Timestamp, interval_min: u32) -> Vec<Timestamp> {
    let n = (to.as_microsecond() - from.as_microsecond()) / step(interval_min);
    (0..n.max(0))
        .filter_map(|i| {
            Timestamp::from_microsecond(from.as_microsecond() + i * step(interval_min)).ok()
        })
        .collect()
}

/// Counts per channel per interval of `[from, to)`.
async fn counts(
    app: &App,
    from: Timestamp,
    to: Timestamp,
    interval_min: u32,
) -> Result<Vec<(Channel, Vec<f64>)>, AppError> {
    let rows = app.store.inbound_counts(from, to, interval_min).await?;
    let slots = usize::try_from((to.as_microsecond() - from.as_microsecond()) / step(interval_min))
        .unwrap_or(0);
    let mut out: Vec<(Channel, Vec<f64>)> = Vec::new();
    for (at, channel, n) in rows {
        let Ok(slot) = usize::try_from((at - from.as_microsecond()) / step(interval_min)) else {
            continue;
        };
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

/// The (date, slot) of an instant on Stockholm's clock, `interval_min` slots a day. On
/// the night the clocks go back the repeated hour shares its slots; on the night they go
/// forward the missing hour's slots stay empty: every day has the same slots, so weekly
/// patterns keep to the clock the customers live by.
fn local_slot(at: Timestamp, interval_min: u32) -> (Date, usize) {
    let local = at.to_zoned(stockholm()).datetime();
    let minute =
        usize::try_from(i32::from(local.hour()) * 60 + i32::from(local.minute())).unwrap_or(0);
    (
        local.date(),
        minute / usize::try_from(interval_min.max(1)).unwrap_or(1),
    )
}

/// The forecast per channel for each interval of `[from, to)`, from the eight Stockholm
/// days-of-history before the day `from` falls in, on Stockholm's clock.
async fn forecast_range(
    app: &App,
    from: Timestamp,
    to: Timestamp,
    interval_min: u32,
) -> Result<Vec<(Channel, Vec<f64>)>, AppError> {
    let first_day = from.to_zoned(stockholm()).date();
    let history_start = first_day
        .checked_sub(HISTORY_DAYS.days())
        .map_err(internal)?;
    let (history_from, _) = day_range(history_start)?;
    let (history_to, _) = day_range(first_day)?;
    let per_day = 1440 / usize::try_from(interval_min.max(1)).unwrap_or(1);
    let days = usize::try_from(HISTORY_DAYS).unwrap_or(56);
    let starts = starts(from, to, interval_min);
    let ahead_days = starts
        .last()
        .map(|s| local_slot(*s, interval_min).0)
        .and_then(|last| first_day.until(last).ok())
        .map_or(1, |span| usize::try_from(span.get_days()).unwrap_or(0) + 1);
    let mut by_channel: Vec<(Channel, Vec<f64>)> = Vec::new();
    for (at, channel, n) in app
        .store
        .inbound_counts(history_from, history_to, interval_min)
        .await?
    {
        let Ok(at) = Timestamp::from_microsecond(at) else {
            continue;
        };
        let (date, slot) = local_slot(at, interval_min);
        let Ok(day) = history_start.until(date).map(|s| s.get_days()) else {
            continue;
        };
        let Ok(day) = usize::try_from(day) else {
            continue;
        };
        if day >= days || slot >= per_day {
            continue;
        }
        let row = match by_channel.iter().position(|(c, _)| *c == channel) {
            Some(i) => &mut by_channel[i].1,
            None => {
                by_channel.push((channel, vec![0.0; days * per_day]));
                let last = by_channel.len() - 1;
                &mut by_channel[last].1
            }
        };
        row[day * per_day + slot] += f64::from(n);
    }
    by_channel.sort_by_key(|(c, _)| *c);
    let mut out = Vec::new();
    for (channel, history) in by_channel {
        let series = Series::new(history_start, interval_min, history).map_err(internal)?;
        let ahead = forecast(&series, ahead_days);
        let values = starts
            .iter()
            .map(|s| {
                let (date, slot) = local_slot(*s, interval_min);
                let day = first_day
                    .until(date)
                    .ok()
                    .and_then(|d| usize::try_from(d.get_days()).ok())
                    .unwrap_or(0);
                ahead.get(day * per_day + slot).copied().unwrap_or(0.0)
            })
            .collect();
        out.push((channel, values));
    }
    Ok(out)
}

/// The staffing plan of a Stockholm day: per channel and interval, contacts forecast,
/// whether the channel is open, agents needed, agents scheduled and the gap.
pub async fn plan(
    app: &App,
    viewer: &Agent,
    date: Date,
    interval_min: u32,
) -> Result<Vec<(Channel, Vec<PlanInterval>)>, AppError> {
    plan_with(app, viewer, date, interval_min, None).await
}

/// [`plan`] with a what-if applied: `required` is the new need, `baseline_required` the
/// need without it, and `gap` is against the new need.
pub async fn plan_with(
    app: &App,
    _viewer: &Agent,
    date: Date,
    interval_min: u32,
    what_if: Option<&WhatIf>,
) -> Result<Vec<(Channel, Vec<PlanInterval>)>, AppError> {
    interval_ok(interval_min)?;
    if let Some(w) = what_if {
        check_what_if(w)?;
    }
    let (from, to) = day_range(date)?;
    let starts = starts(from, to, interval_min);
    let tz = stockholm();
    let all_settings = settings::all(app).await?;
    let shifts = shifts::between(app, from, to).await?;
    let forecasts = forecast_range(app, from, to, interval_min).await?;
    let mut out = Vec::new();
    for (channel, settings) in &all_settings {
        if what_if.is_some_and(|w| w.channel.is_some_and(|c| c != *channel)) {
            continue;
        }
        let base: Vec<f64> = forecasts
            .iter()
            .find(|(c, _)| c == channel)
            .map(|(_, f)| f.clone())
            .unwrap_or_else(|| vec![0.0; starts.len()]);
        let scheduled = shifts::scheduled(&shifts, *channel, &starts, interval_min);
        // Only channels with contacts or shifts are planned.
        if base.iter().all(|c| *c <= 0.0) && scheduled.iter().all(|s| *s == 0) {
            continue;
        }
        let open: Vec<bool> = starts
            .iter()
            .map(|s| {
                settings
                    .opening_hours
                    .is_open(s.to_zoned(tz.clone()).datetime())
            })
            .collect();
        let aht_min = f64::from(settings.handle_time_seconds) / 60.0;
        let workload = settings.workload(*channel);
        let need = |contacts: &[f64], aht: &[f64]| {
            required_agents_per_interval(contacts, &open, f64::from(interval_min), aht, workload)
                .map_err(|e| AppError::invalid(e.field, e.problem))
        };
        let base_aht = vec![aht_min; starts.len()];
        let baseline = need(&base, &base_aht)?;
        let (contacts, required) = match what_if {
            None => (base.clone(), baseline.clone()),
            Some(w) => {
                let inside =
                    |s: &Timestamp| w.from.is_none_or(|f| *s >= f) && w.to.is_none_or(|t| *s < t);
                let contacts: Vec<f64> = base
                    .iter()
                    .zip(&starts)
                    .map(|(c, s)| {
                        if inside(s) {
                            c * w.volume_multiplier
                        } else {
                            *c
                        }
                    })
                    .collect();
                let aht: Vec<f64> = starts
                    .iter()
                    .map(|s| {
                        if inside(s) {
                            aht_min + w.extra_handle_seconds / 60.0
                        } else {
                            aht_min
                        }
                    })
                    .collect();
                let required = need(&contacts, &aht)?;
                (contacts, required)
            }
        };
        let intervals = starts
            .iter()
            .enumerate()
            .map(|(i, start)| PlanInterval {
                start: *start,
                open: open[i],
                contacts: contacts[i],
                required: required[i],
                baseline_required: baseline[i],
                scheduled: scheduled[i],
                gap: i64::from(scheduled[i]) - i64::from(required[i]),
            })
            .collect();
        out.push((*channel, intervals));
    }
    Ok(out)
}

fn check_what_if(w: &WhatIf) -> Result<(), AppError> {
    let mut problems = Vec::new();
    if !(w.volume_multiplier.is_finite() && (0.0..=100.0).contains(&w.volume_multiplier)) {
        problems.push(lotsen_domain::FieldError::new(
            "volume_multiplier",
            "must be 0 to 100",
        ));
    }
    if !(w.extra_handle_seconds.is_finite() && (-3600.0..=3600.0).contains(&w.extra_handle_seconds))
    {
        problems.push(lotsen_domain::FieldError::new(
            "extra_handle_seconds",
            "must be -3600 to 3600",
        ));
    }
    if let (Some(f), Some(t)) = (w.from, w.to)
        && t <= f
    {
        problems.push(lotsen_domain::FieldError::new("to", "must be after from"));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(AppError::Invalid(problems))
    }
}

/// Surges today (Stockholm): completed intervals since midnight against today's forecast.
pub async fn surges(
    app: &App,
    _viewer: &Agent,
    interval_min: u32,
) -> Result<Vec<SurgeReport>, AppError> {
    detect_surges(app, interval_min).await
}

/// [`surges`] for the system itself (the background task that keeps possible incidents).
pub(crate) async fn detect_surges(
    app: &App,
    interval_min: u32,
) -> Result<Vec<SurgeReport>, AppError> {
    interval_ok(interval_min)?;
    let now = app.clock.now();
    let (day_start, day_end) = day_range(today(app))?;
    let done =
        usize::try_from((now.as_microsecond() - day_start.as_microsecond()) / step(interval_min))
            .unwrap_or(0);
    let actual = counts(app, day_start, day_end, interval_min).await?;
    let expected = forecast_range(app, day_start, day_end, interval_min).await?;
    let mut out = Vec::new();
    for (channel, counts) in &actual {
        let forecast = expected
            .iter()
            .find(|(c, _)| c == channel)
            .map(|(_, f)| f.clone())
            .unwrap_or_else(|| vec![0.0; counts.len()]);
        let n = done.min(counts.len()).min(forecast.len());
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
