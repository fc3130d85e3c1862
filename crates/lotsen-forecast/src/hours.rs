//! Opening hours of a channel: a weekly schedule in local civil time (the caller converts
//! instants with the company's time zone, Europe/Stockholm), and what Swedish days off
//! (public holidays, midsummer eve, Christmas eve, New Year's eve) do to it.

use jiff::civil::{Date, DateTime};
use serde::{Deserialize, Serialize};

use crate::calendar::is_day_off;
use crate::error::ForecastError;

/// The hours of one day: open from `open` until `close`, in minutes after midnight
/// (`close` may be 1440, "24:00").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayHours {
    /// Minutes after midnight the channel opens.
    pub open: u16,
    /// Minutes after midnight it closes (exclusive), at most 1440.
    pub close: u16,
}

impl DayHours {
    /// Open all day.
    pub const ALL_DAY: Self = Self {
        open: 0,
        close: 1440,
    };

    /// The hours from `HH:MM` texts ("24:00" closes at midnight).
    pub fn parse(open: &str, close: &str) -> Result<Self, ForecastError> {
        let open_min = minutes(open).ok_or(ForecastError::new("open", "must be HH:MM"))?;
        let close_min = minutes(close).ok_or(ForecastError::new("close", "must be HH:MM"))?;
        if close_min <= open_min {
            return Err(ForecastError::new(
                "close",
                "must be after the opening time",
            ));
        }
        Ok(Self {
            open: open_min,
            close: close_min,
        })
    }

    /// `HH:MM` of a minute of the day.
    pub fn format(minute: u16) -> String {
        format!("{:02}:{:02}", minute / 60, minute % 60)
    }
}

/// `HH:MM` as minutes after midnight, 00:00 to 24:00.
fn minutes(s: &str) -> Option<u16> {
    let (h, m) = s.trim().split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    let total = h * 60 + m;
    (m < 60 && total <= 1440).then_some(total)
}

/// What a Swedish day off does to the schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DaysOff {
    /// Closed.
    Closed,
    /// Open as on a Sunday.
    SundayHours,
    /// Open as on any other day of its weekday.
    Normal,
}

/// A weekly schedule, Monday first; `None` is closed all day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningHours {
    /// Monday to Sunday.
    pub days: [Option<DayHours>; 7],
    /// Days off.
    pub days_off: DaysOff,
}

impl OpeningHours {
    /// Open around the clock, every day.
    pub const ALWAYS: Self = Self {
        days: [Some(DayHours::ALL_DAY); 7],
        days_off: DaysOff::Normal,
    };

    /// The same hours on weekdays and on weekends (`None`: closed).
    pub fn weekly(
        weekdays: Option<DayHours>,
        weekends: Option<DayHours>,
        days_off: DaysOff,
    ) -> Self {
        Self {
            days: [
                weekdays, weekdays, weekdays, weekdays, weekdays, weekends, weekends,
            ],
            days_off,
        }
    }

    /// The hours of a date.
    pub fn on(&self, date: Date) -> Option<DayHours> {
        let weekday = usize::from(date.weekday().to_monday_zero_offset().unsigned_abs());
        let own = self.days.get(weekday).copied().flatten();
        if !is_day_off(date) {
            return own;
        }
        match self.days_off {
            DaysOff::Closed => None,
            DaysOff::SundayHours => self.days[6],
            DaysOff::Normal => own,
        }
    }

    /// Whether the channel is open at a local time.
    pub fn is_open(&self, at: DateTime) -> bool {
        let minute = u16::try_from(i32::from(at.hour()) * 60 + i32::from(at.minute())).unwrap_or(0);
        self.on(at.date())
            .is_some_and(|h| h.open <= minute && minute < h.close)
    }

    /// The next local time at or after `at` when the channel is open, looking at most two
    /// weeks ahead (days off included); `None` when it never opens in that time.
    pub fn next_open(&self, at: DateTime) -> Option<DateTime> {
        let minute = i32::from(at.hour()) * 60 + i32::from(at.minute());
        let mut date = at.date();
        for day in 0..15 {
            if let Some(h) = self.on(date) {
                let from = if day == 0 {
                    minute.max(i32::from(h.open))
                } else {
                    i32::from(h.open)
                };
                if from < i32::from(h.close) {
                    let hour = i8::try_from(from / 60).ok()?;
                    let min = i8::try_from(from % 60).ok()?;
                    return Some(date.at(hour, min, 0, 0));
                }
            }
            date = date.tomorrow().ok()?;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn folksam() -> OpeningHours {
        OpeningHours::weekly(
            Some(DayHours::parse("07:30", "21:00").unwrap()),
            Some(DayHours::parse("09:00", "19:00").unwrap()),
            DaysOff::SundayHours,
        )
    }

    #[test]
    fn weekdays_weekends_and_days_off_have_their_own_hours() {
        let h = folksam();
        // Tuesday 2026-12-01.
        assert!(h.is_open(date(2026, 12, 1).at(7, 30, 0, 0)));
        assert!(!h.is_open(date(2026, 12, 1).at(7, 29, 0, 0)));
        assert!(!h.is_open(date(2026, 12, 1).at(21, 0, 0, 0)));
        // Saturday 2026-12-05 and Christmas Eve (a Thursday) both keep weekend hours.
        assert!(!h.is_open(date(2026, 12, 5).at(8, 0, 0, 0)));
        assert!(h.is_open(date(2026, 12, 5).at(9, 0, 0, 0)));
        assert!(!h.is_open(date(2026, 12, 24).at(8, 0, 0, 0)));
        assert!(h.is_open(date(2026, 12, 24).at(18, 59, 0, 0)));
    }

    #[test]
    fn a_closed_day_off_opens_again_the_next_working_day() {
        let h = OpeningHours::weekly(
            Some(DayHours::parse("08:00", "17:00").unwrap()),
            None,
            DaysOff::Closed,
        );
        // Good Friday 2027 is 26 March; Easter Monday 29 March; open again Tuesday 08:00.
        let next = h.next_open(date(2027, 3, 25).at(17, 0, 0, 0)).unwrap();
        assert_eq!(next, date(2027, 3, 30).at(8, 0, 0, 0));
        assert_eq!(
            h.next_open(date(2027, 3, 30).at(9, 15, 0, 0)),
            Some(date(2027, 3, 30).at(9, 15, 0, 0))
        );
    }

    #[test]
    fn bad_times_are_named() {
        assert_eq!(DayHours::parse("8:00", "17:00").unwrap_err().field, "open");
        assert_eq!(
            DayHours::parse("08:00", "07:00").unwrap_err().field,
            "close"
        );
        assert_eq!(
            DayHours::parse("00:00", "24:00").unwrap(),
            DayHours::ALL_DAY
        );
        assert!(DayHours::parse("00:00", "24:01").is_err());
    }
}
