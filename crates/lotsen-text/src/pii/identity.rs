//! Swedish identity numbers: personnummer, samordningsnummer (day + 60) and
//! organisationsnummer, validated by form, calendar date, serial and Luhn.

use super::checks::{Digits, luhn_valid, short_digits};

/// What kind of personal identity number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersonalKind {
    /// A personnummer.
    Personnummer,
    /// A samordningsnummer: the day is the real day + 60.
    Samordningsnummer,
}

/// A valid personal identity number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PersonalNumber {
    /// Which kind.
    pub kind: PersonalKind,
    /// Birth year, with century.
    pub year: i32,
    /// Birth month.
    pub month: u8,
    /// Real birth day (without the +60).
    pub day: u8,
    /// The three-digit serial; its last digit is odd for men.
    pub serial: u16,
    /// The check digit.
    pub check: u8,
    /// The day as written (the real day, or the day + 60).
    pub written_day: u8,
}

impl PersonalNumber {
    /// Whether the number was issued to a man (odd third serial digit).
    pub fn is_male(&self) -> bool {
        self.serial % 2 == 1
    }

    /// The written 10-digit form `YYMMDD-NNNC`, with `+` for people who are 100 or older
    /// in `reference_year`.
    pub fn format(&self, reference_year: i32) -> String {
        let sep = if reference_year - self.year >= 100 {
            '+'
        } else {
            '-'
        };
        format!(
            "{:02}{:02}{:02}{sep}{:03}{}",
            self.year.rem_euclid(100),
            self.month,
            self.written_day,
            self.serial,
            self.check
        )
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in a month of a year.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

fn day_ok(day: u8, year: i32, month: u8) -> bool {
    day >= 1 && day <= days_in_month(year, month)
}

fn num(d: &[u8]) -> u32 {
    d.iter().fold(0, |acc, x| acc * 10 + u32::from(*x))
}

/// Checks the ten digits YYMMDDNNNC of a personal number whose full birth year is `year`.
fn check_ten(ten: &[u8], year: i32) -> Option<PersonalNumber> {
    let month = num(&ten[2..4]) as u8;
    let raw_day = num(&ten[4..6]) as u8;
    let date_ok;
    let (kind, day) = if raw_day >= 60 {
        // Skatteverket writes 00 for an unknown month and 60 (0 + 60) for an unknown day,
        // and its published test numbers use days up to 31 in every month.
        let day = raw_day - 60;
        date_ok = month <= 12 && day <= 31;
        (PersonalKind::Samordningsnummer, day)
    } else {
        date_ok = (1..=12).contains(&month) && day_ok(raw_day, year, month);
        (PersonalKind::Personnummer, raw_day)
    };
    let serial_ok = num(&ten[6..9]) != 0;
    (date_ok && serial_ok && luhn_valid(ten)).then_some(PersonalNumber {
        kind,
        year,
        month,
        day,
        serial: num(&ten[6..9]) as u16,
        check: ten[9],
        written_day: raw_day,
    })
}

/// Parses a personal identity number: 10 digits `YYMMDD-NNNC` (a `+` instead of `-` for
/// people 100 or older) or 12 digits `YYYYMMDD-NNNC`, with or without the dash. Dashes
/// elsewhere are ignored; spaces and letters are not accepted. `reference_year` decides
/// the century of the 10-digit form.
pub fn parse_personal(text: &str, reference_year: i32) -> Option<PersonalNumber> {
    let bytes = text.trim().as_bytes();
    let plus_at = bytes.iter().position(|b| *b == b'+');
    let mut digits = Digits::new();
    for (i, b) in bytes.iter().enumerate() {
        match b {
            // Ten or twelve digits are read; a thirteenth fails as more would.
            b'0'..=b'9' if digits.len() == 12 => return None,
            b'0'..=b'9' => digits.push(b - b'0'),
            b'-' => {}
            b'+' if Some(i) == plus_at => {}
            _ => return None,
        }
    }
    match digits.len() {
        10 => {
            if let Some(at) = plus_at {
                // The plus replaces the dash after the date.
                if bytes[..at].iter().filter(|b| b.is_ascii_digit()).count() != 6 {
                    return None;
                }
            }
            let yy = num(&digits[0..2]) as i32;
            let mut year = reference_year - (reference_year - yy).rem_euclid(100);
            if plus_at.is_some() {
                year -= 100;
            }
            check_ten(&digits, year)
        }
        12 => {
            if let Some(at) = plus_at
                && bytes[..at].iter().filter(|b| b.is_ascii_digit()).count() != 8
            {
                return None;
            }
            let year = num(&digits[0..4]) as i32;
            if !(1800..=reference_year).contains(&year) {
                return None;
            }
            check_ten(&digits[2..], year)
        }
        _ => None,
    }
}

/// Whether the text is a valid organisationsnummer: 10 digits (optionally `NNNNNN-NNNN`,
/// optionally prefixed `16`) whose third digit is at least 2 and which passes Luhn; or the
/// personnummer of a sole trader.
pub fn is_organisation_number(text: &str, reference_year: i32) -> bool {
    let t = text.trim();
    if t.contains('+') || (t.len() >= 3 && t.as_bytes()[2] < b'2') {
        return parse_personal(t, reference_year).is_some();
    }
    if t.bytes().any(|b| !(b.is_ascii_digit() || b == b'-')) {
        return false;
    }
    let digits = short_digits(t);
    let ten: &[u8] = match digits.len() {
        10 => &digits,
        12 if digits.starts_with(&[1, 6]) => &digits[2..],
        12 => return parse_personal(t, reference_year).is_some(),
        _ => return false,
    };
    ten[2] >= 2 && luhn_valid(ten)
}

/// Whether the text is a Swedish VAT number: `SE`, an organisation number, `01`.
pub fn is_vat_number(text: &str, reference_year: i32) -> bool {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let body = compact.strip_prefix("SE").unwrap_or(&compact);
    body.len() == 12 && body.ends_with("01") && is_organisation_number(&body[..10], reference_year)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_century_follows_the_separator() {
        let p = parse_personal("121212+1212", 2026).unwrap();
        assert_eq!(p.year, 1912);
        let p = parse_personal("121212-1212", 2026).unwrap();
        assert_eq!(p.year, 2012);
        assert_eq!(parse_personal("400606+5827", 2026).unwrap().year, 1840);
    }

    #[test]
    fn serial_000_and_impossible_dates_are_refused() {
        assert_eq!(parse_personal("20150916-0006", 2026), None);
        assert_eq!(parse_personal("8899200425", 2026), None);
        assert!(parse_personal("20000229-2399", 2026).is_some());
    }

    #[test]
    fn a_coordination_number_has_day_plus_sixty() {
        let p = parse_personal("730288-9931", 2026).unwrap();
        assert_eq!((p.kind, p.day), (PersonalKind::Samordningsnummer, 28));
    }
}
