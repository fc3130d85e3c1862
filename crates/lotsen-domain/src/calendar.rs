//! The Swedish calendar that moves contact volumes: public holidays (Easter-based ones
//! computed), the de facto days off (midsummer eve, Christmas eve, New Year's eve), and
//! salary day (the 25th, or the weekday before when it falls on a weekend or holiday).

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

/// Easter Sunday of a year (the anonymous Gregorian algorithm).
pub fn easter(year: i16) -> Option<Date> {
    let y = i32::from(year);
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

fn shift(date: Date, days: i64) -> Option<Date> {
    date.checked_add(days.days()).ok()
}

/// The first date in `[from, from + 6]` that falls on `weekday`.
fn first_weekday_from(from: Date, weekday: Weekday) -> Option<Date> {
    (0..7)
        .filter_map(|d| shift(from, d))
        .find(|d| d.weekday() == weekday)
}

/// The days off in Sweden in a year: public holidays and the eves that are days off in
/// practice, with their names.
pub fn days_off(year: i16) -> Vec<(Date, &'static str)> {
    let fixed = |month: i8, day: i8| Date::new(year, month, day).ok();
    let easter_sunday = easter(year);
    let from_easter = |days: i64| easter_sunday.and_then(|e| shift(e, days));
    let candidates = [
        (fixed(1, 1), "Nyårsdagen"),
        (fixed(1, 6), "Trettondedag jul"),
        (from_easter(-2), "Långfredagen"),
        (easter_sunday, "Påskdagen"),
        (from_easter(1), "Annandag påsk"),
        (fixed(5, 1), "Första maj"),
        (from_easter(39), "Kristi himmelsfärdsdag"),
        (from_easter(49), "Pingstdagen"),
        (fixed(6, 6), "Sveriges nationaldag"),
        (
            fixed(6, 19).and_then(|d| first_weekday_from(d, Weekday::Friday)),
            "Midsommarafton",
        ),
        (
            fixed(6, 20).and_then(|d| first_weekday_from(d, Weekday::Saturday)),
            "Midsommardagen",
        ),
        (
            fixed(10, 31).and_then(|d| first_weekday_from(d, Weekday::Saturday)),
            "Alla helgons dag",
        ),
        (fixed(12, 24), "Julafton"),
        (fixed(12, 25), "Juldagen"),
        (fixed(12, 26), "Annandag jul"),
        (fixed(12, 31), "Nyårsafton"),
    ];
    candidates
        .into_iter()
        .filter_map(|(d, name)| d.map(|d| (d, name)))
        .collect()
}

/// Whether a date is a day off (public holiday or de facto).
pub fn is_day_off(date: Date) -> bool {
    days_off(date.year()).iter().any(|(d, _)| *d == date)
}

/// Whether a date is a banking day (a weekday that is not a day off).
pub fn is_banking_day(date: Date) -> bool {
    !matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday) && !is_day_off(date)
}

/// Salary day of a month: the 25th, or the last banking day before it.
pub fn salary_day(year: i16, month: i8) -> Option<Date> {
    let mut day = Date::new(year, month, 25).ok()?;
    for _ in 0..10 {
        if is_banking_day(day) {
            return Some(day);
        }
        day = shift(day, -1)?;
    }
    None
}

/// Whether a date is salary day.
pub fn is_salary_day(date: Date) -> bool {
    date.day() >= 15 && salary_day(date.year(), date.month()) == Some(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn easter_is_computed_for_known_years() {
        assert_eq!(easter(2024), Some(d("2024-03-31")));
        assert_eq!(easter(2025), Some(d("2025-04-20")));
        assert_eq!(easter(2026), Some(d("2026-04-05")));
        assert_eq!(easter(2038), Some(d("2038-04-25")));
    }

    #[test]
    fn the_movable_days_off_of_2026() {
        let days: Vec<_> = days_off(2026)
            .into_iter()
            .map(|(d, n)| (d.to_string(), n))
            .collect();
        for want in [
            ("2026-04-03", "Långfredagen"),
            ("2026-05-14", "Kristi himmelsfärdsdag"),
            ("2026-05-24", "Pingstdagen"),
            ("2026-06-19", "Midsommarafton"),
            ("2026-06-20", "Midsommardagen"),
            ("2026-10-31", "Alla helgons dag"),
        ] {
            assert!(
                days.iter().any(|(d, n)| d == want.0 && *n == want.1),
                "{want:?} in {days:?}"
            );
        }
    }

    #[test]
    fn salary_day_moves_to_the_banking_day_before() {
        assert_eq!(
            salary_day(2026, 1),
            Some(d("2026-01-23")),
            "Sunday 25th -> Friday 23rd"
        );
        assert_eq!(
            salary_day(2026, 2),
            Some(d("2026-02-25")),
            "a Wednesday stays"
        );
        assert_eq!(
            salary_day(2025, 12),
            Some(d("2025-12-23")),
            "Christmas: 24th-26th are off"
        );
        assert!(is_salary_day(d("2026-02-25")) && !is_salary_day(d("2026-02-24")));
    }
}
