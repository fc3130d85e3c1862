//! Opening hours of a channel: a weekly schedule in local civil time (the caller converts
//! instants with the company's time zone, Europe/Stockholm), and what Swedish days off
//! (public holidays, midsummer eve, Christmas eve, New Year's eve) do to it.

use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};

use crate::calendar::is_day_off;
use crate::error::FieldError;

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
    pub fn parse(open: &str, close: &str) -> Result<Self, FieldError> {
        let open_min = minutes(open).ok_or_else(|| FieldError::new("open", "must be HH:MM"))?;
        let close_min = minutes(close).ok_or_else(|| FieldError::new("close", "must be HH:MM"))?;
        if close_min <= open_min {
            return Err(FieldError::new("close", "must be after the opening time"));
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

/// A date with its own hours (a staff day, an extra opening): `None` is closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct HoursException {
    /// The local date.
    pub date: Date,
    /// Its hours, or closed.
    pub hours: Option<DayHours>,
}

/// A weekly schedule, Monday first; `None` is closed all day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningHours {
    /// Monday to Sunday.
    pub days: [Option<DayHours>; 7],
    /// Days off.
    pub days_off: DaysOff,
    /// Dates with their own hours, ahead of both the week and the days off.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exceptions: Vec<HoursException>,
}

impl OpeningHours {
    /// Open around the clock, every day.
    pub const ALWAYS: Self = Self {
        days: [Some(DayHours::ALL_DAY); 7],
        days_off: DaysOff::Normal,
        exceptions: Vec::new(),
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
            exceptions: Vec::new(),
        }
    }

    /// The hours of a date.
    pub fn on(&self, date: Date) -> Option<DayHours> {
        if let Some(e) = self.exceptions.iter().find(|e| e.date == date) {
            return e.hours;
        }
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

impl OpeningHours {
    /// The open window of a local date as instants in `tz` (`None` when closed). A window
    /// closing at 24:00 ends at the next local midnight; across a change of the clocks it
    /// is an hour shorter or longer, as the clock on the wall says.
    pub fn window(&self, date: Date, tz: &TimeZone) -> Option<(Timestamp, Timestamp)> {
        let hours = self.on(date)?;
        let instant = |minute: u16| -> Option<Timestamp> {
            let (day, minute) = if minute >= 1440 {
                (date.tomorrow().ok()?, minute - 1440)
            } else {
                (date, minute)
            };
            let hour = i8::try_from(minute / 60).ok()?;
            let min = i8::try_from(minute % 60).ok()?;
            day.at(hour, min, 0, 0)
                .to_zoned(tz.clone())
                .ok()
                .map(|z| z.timestamp())
        };
        let (open, close) = (instant(hours.open)?, instant(hours.close)?);
        (close > open).then_some((open, close))
    }

    /// The instant `business` open time after `start` (the business-time clock an SLA runs
    /// on); `None` when the channel does not open for that long within a year and a half.
    pub fn add_open_time(
        &self,
        start: Timestamp,
        business: SignedDuration,
        tz: &TimeZone,
    ) -> Option<Timestamp> {
        let mut left = business;
        let mut date = start.to_zoned(tz.clone()).date().yesterday().ok()?;
        for _ in 0..550 {
            if let Some((open, close)) = self.window(date, tz) {
                let from = open.max(start);
                if from < close {
                    let here = close.duration_since(from);
                    if left <= here {
                        return from.checked_add(left).ok();
                    }
                    left -= here;
                }
            }
            date = date.tomorrow().ok()?;
        }
        None
    }

    /// Open time between two instants.
    pub fn open_time_between(
        &self,
        from: Timestamp,
        to: Timestamp,
        tz: &TimeZone,
    ) -> SignedDuration {
        let mut total = SignedDuration::ZERO;
        if to <= from {
            return total;
        }
        let Ok(mut date) = from.to_zoned(tz.clone()).date().yesterday() else {
            return total;
        };
        let last = to.to_zoned(tz.clone()).date();
        while date <= last {
            if let Some((open, close)) = self.window(date, tz) {
                let (a, b) = (open.max(from), close.min(to));
                if a < b {
                    total += b.duration_since(a);
                }
            }
            let Ok(next) = date.tomorrow() else { break };
            date = next;
        }
        total
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

    fn office() -> OpeningHours {
        OpeningHours::weekly(
            Some(DayHours::parse("08:00", "17:00").unwrap()),
            None,
            DaysOff::Closed,
        )
    }

    fn tz() -> TimeZone {
        TimeZone::get("Europe/Stockholm").unwrap()
    }

    fn at(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn business_time_skips_nights_weekends_and_days_off() {
        let h = office();
        // Friday 2026-12-04 16:00 (CET) plus two open hours: Monday 09:00.
        let due = h.add_open_time(
            at("2026-12-04T15:00:00Z"),
            SignedDuration::from_hours(2),
            &tz(),
        );
        assert_eq!(due, Some(at("2026-12-07T08:00:00Z")));
        // Wednesday 2026-12-23 16:00 plus four hours: Christmas Eve, Christmas Day, Boxing
        // Day and the weekend are closed; Monday 28 December 11:00.
        let due = h.add_open_time(
            at("2026-12-23T15:00:00Z"),
            SignedDuration::from_hours(4),
            &tz(),
        );
        assert_eq!(due, Some(at("2026-12-28T10:00:00Z")));
        // Saturday night counts from Monday's opening.
        let due = h.add_open_time(
            at("2026-12-05T22:00:00Z"),
            SignedDuration::from_mins(30),
            &tz(),
        );
        assert_eq!(due, Some(at("2026-12-07T07:30:00Z")));
        let between = h.open_time_between(
            at("2026-12-04T15:00:00Z"),
            at("2026-12-07T08:00:00Z"),
            &tz(),
        );
        assert_eq!(between, SignedDuration::from_hours(2));
    }

    #[test]
    fn business_time_follows_the_clock_across_daylight_saving() {
        let h = OpeningHours::ALWAYS;
        // The night of 29 March 2026 has 23 hours: Saturday 12:00 CET plus 24 open hours
        // is Sunday 13:00 CEST, still 24 hours of real time.
        let due = h.add_open_time(
            at("2026-03-28T11:00:00Z"),
            SignedDuration::from_hours(24),
            &tz(),
        );
        assert_eq!(due, Some(at("2026-03-29T11:00:00Z")));
        // Office hours keep to the wall clock: Friday 16:30 CET plus one hour is Monday
        // 08:30 CEST, which is 06:30 UTC.
        let due = office().add_open_time(
            at("2026-03-27T15:30:00Z"),
            SignedDuration::from_hours(1),
            &tz(),
        );
        assert_eq!(due, Some(at("2026-03-30T06:30:00Z")));
        // The day the clocks go back is 25 hours long around the clock.
        let day = h.open_time_between(
            at("2026-10-24T22:00:00Z"),
            at("2026-10-25T23:00:00Z"),
            &tz(),
        );
        assert_eq!(day, SignedDuration::from_hours(25));
    }

    #[test]
    fn an_exception_overrides_the_week_and_the_days_off() {
        let mut hours = OpeningHours::weekly(
            Some(DayHours::parse("08:00", "17:00").unwrap()),
            None,
            DaysOff::Closed,
        );
        // A staff day on Wednesday 2026-12-02; open on Saturday 2026-12-05 10-14.
        hours.exceptions = vec![
            HoursException {
                date: "2026-12-02".parse().unwrap(),
                hours: None,
            },
            HoursException {
                date: "2026-12-05".parse().unwrap(),
                hours: Some(DayHours::parse("10:00", "14:00").unwrap()),
            },
        ];
        assert!(!hours.is_open("2026-12-02T10:00".parse().unwrap()));
        assert!(hours.is_open("2026-12-03T10:00".parse().unwrap()));
        assert!(hours.is_open("2026-12-05T11:00".parse().unwrap()));
        assert_eq!(
            hours.next_open("2026-12-04T18:00".parse().unwrap()),
            Some("2026-12-05T10:00".parse().unwrap())
        );
    }

    #[test]
    fn a_channel_that_never_opens_never_falls_due() {
        let closed = OpeningHours {
            days: [None; 7],
            days_off: DaysOff::Closed,
            exceptions: Vec::new(),
        };
        assert_eq!(
            closed.add_open_time(
                at("2026-12-01T08:00:00Z"),
                SignedDuration::from_mins(1),
                &tz()
            ),
            None
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
