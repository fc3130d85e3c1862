//! Contact-volume forecasting per channel and interval.
//!
//! The model is a robust seasonal profile rather than a fitted statistical model: the
//! expected count of a weekday's slot is the median of that slot over the last eight
//! ordinary weeks, scaled by a level ratio (the median of recent days' totals over their
//! profile totals), and by factors learned from history for days off and salary day. A
//! median ignores a single outage week entirely, which is what the front line needs (an
//! outage Monday must not inflate next Monday); MSTL/ETS fits (the augurs crates) smooth
//! such spikes into the trend unless the history is cleaned first, and would add a
//! linear-algebra stack to a pure crate. Backtests against seasonal-naive are below and in
//! the tests.

use jiff::ToSpan;
use jiff::civil::{Date, DateTime};

use crate::calendar::{is_day_off, is_salary_day};
use crate::error::ForecastError;

/// Counts of one channel per interval, from `start` (local time, midnight), whole days.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// First day.
    pub start: Date,
    /// Interval length in minutes (15, 30 or 60).
    pub interval_min: u32,
    /// Counts, `slots_per_day` per day.
    pub counts: Vec<f64>,
}

/// How many weeks of history the profile uses.
const PROFILE_WEEKS: usize = 8;

fn median(values: &mut [f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(|a, b| a.total_cmp(b));
    let mid = values.len() / 2;
    Some(if values.len().is_multiple_of(2) {
        (values[mid - 1] + values[mid]) / 2.0
    } else {
        values[mid]
    })
}

impl Series {
    /// A checked series.
    pub fn new(start: Date, interval_min: u32, counts: Vec<f64>) -> Result<Self, ForecastError> {
        if ![15, 30, 60].contains(&interval_min) {
            return Err(ForecastError::new(
                "interval",
                "must be 15, 30 or 60 minutes",
            ));
        }
        let series = Self {
            start,
            interval_min,
            counts,
        };
        if series.counts.is_empty() || !series.counts.len().is_multiple_of(series.slots_per_day()) {
            return Err(ForecastError::new("history", "must hold whole days"));
        }
        if series.counts.iter().any(|c| !c.is_finite() || *c < 0.0) {
            return Err(ForecastError::new(
                "history",
                "counts must be non-negative numbers",
            ));
        }
        Ok(series)
    }

    /// Slots in a day.
    pub fn slots_per_day(&self) -> usize {
        (1440 / self.interval_min) as usize
    }

    /// Whole days in the series.
    pub fn days(&self) -> usize {
        self.counts.len() / self.slots_per_day()
    }

    fn date(&self, day: usize) -> Date {
        self.start
            .checked_add((day as i64).days())
            .unwrap_or(self.start)
    }

    fn day(&self, day: usize) -> &[f64] {
        let n = self.slots_per_day();
        &self.counts[day * n..(day + 1) * n]
    }

    /// The first day after the series.
    pub fn end(&self) -> Date {
        self.date(self.days())
    }

    /// The first `days` days as a series of their own.
    pub fn take_days(&self, days: usize) -> Self {
        Self {
            start: self.start,
            interval_min: self.interval_min,
            counts: self.counts[..days * self.slots_per_day()].to_vec(),
        }
    }

    /// The start of each slot of the day `date`.
    pub fn slot_times(&self, date: Date) -> Vec<DateTime> {
        (0..self.slots_per_day())
            .filter_map(|s| {
                date.to_datetime(jiff::civil::Time::midnight())
                    .checked_add(((s as i64) * i64::from(self.interval_min)).minutes())
                    .ok()
            })
            .collect()
    }
}

fn ordinary(date: Date) -> bool {
    !is_day_off(date) && !is_salary_day(date)
}

/// The model learned from a history.
#[derive(Debug, Clone)]
struct Model {
    /// Profile per weekday (Monday first) per slot.
    profile: Vec<Vec<f64>>,
    level: f64,
    day_off: f64,
    salary: f64,
}

fn learn(history: &Series) -> Model {
    let n = history.slots_per_day();
    let days = history.days();
    let first = days.saturating_sub(PROFILE_WEEKS * 7);
    let mut profile = vec![vec![0.0; n]; 7];
    for (weekday, row) in profile.iter_mut().enumerate() {
        let same: Vec<usize> = (first..days)
            .filter(|d| {
                history.date(*d).weekday().to_monday_zero_offset() as usize == weekday
                    && ordinary(history.date(*d))
            })
            .collect();
        for (slot, value) in row.iter_mut().enumerate() {
            let mut values: Vec<f64> = same.iter().map(|d| history.day(*d)[slot]).collect();
            *value = median(&mut values).unwrap_or(0.0);
        }
    }
    let profile_total = |date: Date| -> f64 {
        profile[date.weekday().to_monday_zero_offset() as usize]
            .iter()
            .sum()
    };
    let ratio_of = |day: usize| -> Option<f64> {
        let expected = profile_total(history.date(day));
        (expected > 0.0).then(|| history.day(day).iter().sum::<f64>() / expected)
    };
    let mut recent: Vec<f64> = (days.saturating_sub(14)..days)
        .filter(|d| ordinary(history.date(*d)))
        .filter_map(ratio_of)
        .collect();
    let level = median(&mut recent).unwrap_or(1.0).clamp(0.5, 2.0);
    let mut offs: Vec<f64> = (0..days)
        .filter(|d| is_day_off(history.date(*d)))
        .filter_map(|d| {
            // A day off looks like a Sunday: compare with the Sunday profile.
            let sunday: f64 = profile[6].iter().sum();
            (sunday > 0.0).then(|| history.day(d).iter().sum::<f64>() / sunday)
        })
        .collect();
    let mut salary: Vec<f64> = (0..days)
        .filter(|d| is_salary_day(history.date(*d)))
        .filter_map(ratio_of)
        .collect();
    Model {
        profile,
        level,
        day_off: median(&mut offs).unwrap_or(1.0).clamp(0.2, 3.0),
        salary: median(&mut salary).unwrap_or(1.1).clamp(0.8, 2.0),
    }
}

/// Forecasts `horizon_days` days after the history, per slot.
pub fn forecast(history: &Series, horizon_days: usize) -> Vec<f64> {
    let model = learn(history);
    let mut out = Vec::with_capacity(horizon_days * history.slots_per_day());
    for h in 0..horizon_days {
        let date = history.date(history.days() + h);
        let (row, factor) = if is_day_off(date) {
            (&model.profile[6], model.day_off)
        } else if is_salary_day(date) {
            (
                &model.profile[date.weekday().to_monday_zero_offset() as usize],
                model.level * model.salary,
            )
        } else {
            (
                &model.profile[date.weekday().to_monday_zero_offset() as usize],
                model.level,
            )
        };
        out.extend(row.iter().map(|v| v * factor));
    }
    out
}

/// The seasonal-naive forecast: each slot as it was one week earlier.
pub fn seasonal_naive(history: &Series, horizon_days: usize) -> Vec<f64> {
    let n = history.slots_per_day();
    let week = 7 * n;
    let len = history.counts.len();
    (0..horizon_days * n)
        .map(|i| {
            let back = week * (i / week + 1);
            history
                .counts
                .get((len + i).wrapping_sub(back))
                .copied()
                .unwrap_or(0.0)
        })
        .collect()
}

/// Weighted absolute percentage error: the sum of absolute errors over the sum of actuals.
pub fn wape(actual: &[f64], forecast: &[f64]) -> f64 {
    let total: f64 = actual.iter().sum();
    if total <= 0.0 {
        return 0.0;
    }
    actual
        .iter()
        .zip(forecast)
        .map(|(a, f)| (a - f).abs())
        .sum::<f64>()
        / total
}

/// A backtest: forecast the last `test_days` days from what came before.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Backtest {
    /// WAPE of this model.
    pub model: f64,
    /// WAPE of seasonal-naive.
    pub seasonal_naive: f64,
}

/// Backtests the model against seasonal-naive on the last `test_days` of a series.
pub fn backtest(series: &Series, test_days: usize) -> Result<Backtest, ForecastError> {
    if series.days() < test_days + 14 {
        return Err(ForecastError::new(
            "history",
            "needs at least two weeks before the test days",
        ));
    }
    let train = series.take_days(series.days() - test_days);
    let actual = &series.counts[train.counts.len()..];
    Ok(Backtest {
        model: wape(actual, &forecast(&train, test_days)),
        seasonal_naive: wape(actual, &seasonal_naive(&train, test_days)),
    })
}
