//! Check-digit arithmetic: Luhn (mod 10), the Swedish banks' mod 11, and IBAN's mod 97.

/// Whether the digits pass the Luhn check (the last digit is the check digit).
pub fn luhn_valid(digits: &[u8]) -> bool {
    !digits.is_empty() && luhn_sum(digits).is_multiple_of(10)
}

/// The Luhn sum of the digits, counting from the right, the rightmost with weight 1.
pub fn luhn_sum(digits: &[u8]) -> u32 {
    digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, d)| {
            let d = u32::from(*d);
            if i % 2 == 1 {
                let doubled = d * 2;
                if doubled > 9 { doubled - 9 } else { doubled }
            } else {
                d
            }
        })
        .sum()
}

/// Whether the digits pass mod 11 with weights 1, 2, 3, ... from the right (the weights
/// of the Swedish bank-account rules, which read 10, 9, ..., 1 from the left for 10 digits).
pub fn mod11_valid(digits: &[u8]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, d)| u32::from(*d) * (((i as u32) % 10) + 1))
        .sum();
    !digits.is_empty() && sum.is_multiple_of(11)
}

/// Whether an IBAN's characters (upper-case letters and digits, no spaces) pass mod 97.
pub fn mod97_valid(iban: &[u8]) -> bool {
    if iban.len() < 5 {
        return false;
    }
    let mut rest: u32 = 0;
    for &c in iban[4..].iter().chain(&iban[..4]) {
        let value = match c {
            b'0'..=b'9' => u32::from(c - b'0'),
            b'A'..=b'Z' => u32::from(c - b'A') + 10,
            _ => return false,
        };
        rest = if value >= 10 {
            (rest * 100 + value) % 97
        } else {
            (rest * 10 + value) % 97
        };
    }
    rest == 1
}

/// Digits as values 0-9, on the stack: up to [`Digits::CAP`], more than any number the
/// checks accept has (a card has at most 19), so a longer run reads as `CAP` digits and
/// fails every check as its whole would.
#[derive(Debug, Clone, Copy)]
pub struct Digits {
    buf: [u8; Digits::CAP],
    len: usize,
}

impl Digits {
    /// How many digits are kept.
    pub const CAP: usize = 32;

    /// No digits yet.
    pub fn new() -> Self {
        Self {
            buf: [0; Self::CAP],
            len: 0,
        }
    }

    /// Adds a digit (0-9); past [`Digits::CAP`] digits are dropped.
    pub fn push(&mut self, d: u8) {
        if let Some(slot) = self.buf.get_mut(self.len) {
            *slot = d;
            self.len += 1;
        }
    }
}

impl Default for Digits {
    fn default() -> Self {
        Self::new()
    }
}

impl std::ops::Deref for Digits {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

/// The ASCII digits of a string as values 0-9.
pub fn digits_of(text: &str) -> Vec<u8> {
    text.bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| b - b'0')
        .collect()
}

/// The first [`Digits::CAP`] ASCII digits of a string, on the stack, for checks of
/// numbers shorter than that.
pub(crate) fn short_digits(text: &str) -> Digits {
    let mut out = Digits::new();
    for b in text.bytes().filter(u8::is_ascii_digit) {
        out.push(b - b'0');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn_accepts_the_classic_test_card_and_rejects_a_changed_digit() {
        assert!(luhn_valid(&digits_of("4111 1111 1111 1111")));
        assert!(!luhn_valid(&digits_of("4111 1111 1111 1112")));
        assert_eq!(luhn_sum(&digits_of("4992739871")) % 10, 9);
    }

    #[test]
    fn mod97_accepts_the_swedish_registry_sample() {
        assert!(mod97_valid(b"SE4550000000058398257466"));
        assert!(!mod97_valid(b"SE4550000000058398257467"));
    }

    #[test]
    fn mod11_matches_the_handelsbanken_example() {
        assert!(mod11_valid(&digits_of("801230659")));
        assert!(!mod11_valid(&digits_of("801230658")));
    }
}
