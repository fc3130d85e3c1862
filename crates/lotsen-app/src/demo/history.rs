//! The demo bank's year of contact volumes per channel and hour, as if imported from the
//! system before Lotsen: a daytime curve per channel, busier Mondays, quiet weekends, days
//! off like Sundays, salary-day peaks, a slow rise over the year, noise, and the two
//! outages (the app-login Monday and a Friday morning of broken maintenance).

use jiff::civil::Date;
use jiff::{SignedDuration, Timestamp, ToSpan};
use lotsen_domain::Channel;
use lotsen_forecast::calendar::{is_day_off, is_salary_day};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use crate::AppError;

/// Contacts a day per channel on an ordinary Wednesday.
const DAILY: &[(Channel, f64)] = &[
    (Channel::Phone, 900.0),
    (Channel::Chat, 520.0),
    (Channel::Email, 380.0),
    (Channel::Messenger, 260.0),
    (Channel::Facebook, 70.0),
];

/// Share of a day's contacts in each hour (UTC), by channel kind.
fn hour_share(channel: Channel, hour: usize) -> f64 {
    let office = [
        0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.01, 0.06, 0.11, 0.12, 0.11, 0.10, 0.09, 0.10, 0.09, 0.08,
        0.06, 0.04, 0.02, 0.01, 0.0, 0.0, 0.0, 0.0,
    ];
    let evening = [
        0.005, 0.003, 0.002, 0.002, 0.003, 0.005, 0.015, 0.04, 0.06, 0.07, 0.07, 0.07, 0.07, 0.07,
        0.065, 0.065, 0.065, 0.07, 0.075, 0.075, 0.06, 0.04, 0.02, 0.01,
    ];
    match channel {
        Channel::Phone | Channel::Email | Channel::Api => office[hour],
        _ => evening[hour],
    }
}

fn weekday_factor(date: Date) -> f64 {
    [1.3, 1.1, 1.0, 1.0, 0.95, 0.35, 0.3][date.weekday().to_monday_zero_offset() as usize]
}

/// Hourly counts per channel for the `days` days before `end`'s day, with the outages on
/// `outage_monday` (app login, 07-12) and the Friday before it (maintenance, 08-11).
pub fn contact_history(
    end: Timestamp,
    days: i64,
    outage_monday: Date,
    seed: u64,
) -> Result<Vec<(Channel, Timestamp, u32, u32)>, AppError> {
    let internal = |e: jiff::Error| AppError::Internal(e.to_string());
    let mut rng = StdRng::seed_from_u64(seed ^ 0x5EA5_0A11);
    let last = end.to_zoned(jiff::tz::TimeZone::UTC).date();
    let first = last.checked_sub(days.days()).map_err(internal)?;
    let maintenance_friday = outage_monday.checked_sub(3.days()).map_err(internal)?;
    let mut rows = Vec::new();
    for d in 0..days {
        let date = first.checked_add(d.days()).map_err(internal)?;
        let day_start = date
            .to_zoned(jiff::tz::TimeZone::UTC)
            .map_err(internal)?
            .timestamp();
        let trend = 1.0 + 0.15 * d as f64 / 365.0;
        let special = if is_day_off(date) {
            0.3
        } else if is_salary_day(date) {
            1.35
        } else {
            weekday_factor(date)
        };
        for (channel, daily) in DAILY {
            for hour in 0..24 {
                let outage = (date == outage_monday
                    && (7..12).contains(&hour)
                    && matches!(
                        channel,
                        Channel::Phone | Channel::Chat | Channel::Messenger | Channel::Facebook
                    ))
                    || (date == maintenance_friday
                        && (8..11).contains(&hour)
                        && matches!(channel, Channel::Phone | Channel::Chat));
                let surge = if outage { 4.0 } else { 1.0 };
                let mean = daily * trend * special * hour_share(*channel, hour) * surge;
                let count = (mean * rng.random_range(0.85..1.15)).round();
                if count >= 1.0 {
                    let at = day_start
                        .checked_add(SignedDuration::from_hours(hour as i64))
                        .map_err(internal)?;
                    rows.push((*channel, at, 60, count as u32));
                }
            }
        }
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use lotsen_forecast::volume::{Series, backtest};

    /// The forecast beats seasonal-naive on the demo's own history, per channel, over its
    /// last four weeks (the outage Monday and the maintenance Friday among them).
    #[test]
    fn the_forecast_beats_seasonal_naive_on_the_demo_history() {
        let end: Timestamp = "2026-11-23T12:00:00Z".parse().unwrap();
        let outage = jiff::civil::date(2026, 11, 2);
        let rows = contact_history(end, 365, outage, 7).unwrap();
        let first = end
            .to_zoned(jiff::tz::TimeZone::UTC)
            .date()
            .checked_sub(365.days())
            .unwrap();
        let origin = first.to_zoned(jiff::tz::TimeZone::UTC).unwrap().timestamp();
        println!("| channel | model WAPE | seasonal-naive WAPE |\n| --- | --- | --- |");
        for (channel, _) in DAILY {
            let mut counts = vec![0.0; 365 * 24];
            for (c, at, _, n) in &rows {
                let hour = (at.as_second() - origin.as_second()) / 3600;
                if c == channel
                    && let Some(slot) = usize::try_from(hour).ok().and_then(|h| counts.get_mut(h))
                {
                    *slot += f64::from(*n);
                }
            }
            let series = Series::new(first, 60, counts).unwrap();
            let result = backtest(&series, 28).unwrap();
            println!(
                "| {} | {:.3} | {:.3} |",
                channel.as_str(),
                result.model,
                result.seasonal_naive
            );
            assert!(
                result.model < result.seasonal_naive,
                "{channel:?}: {result:?}"
            );
        }
    }
}
