//! Bankgiro and plusgiro numbers and payment-card numbers: mod 10 (Luhn) families.

use super::checks::{luhn_valid, short_digits};

fn only(text: &str, allowed: &[u8]) -> bool {
    text.bytes()
        .all(|b| b.is_ascii_digit() || allowed.contains(&b))
}

/// Whether the text is a bankgiro number: 7 or 8 digits, `NNN-NNNN` or `NNNN-NNNN` (or
/// without the dash), Luhn over all digits.
pub fn is_bankgiro(text: &str) -> bool {
    let t = text.trim();
    if !only(t, b"-") {
        return false;
    }
    let digits = short_digits(t);
    let dash_ok = match t.find('-') {
        None => true,
        Some(at) => t.matches('-').count() == 1 && t.len() - at - 1 == 4,
    };
    (7..=8).contains(&digits.len()) && dash_ok && luhn_valid(&digits)
}

/// Whether the text is a plusgiro number: 2 to 8 digits with the check digit last, written
/// with a dash before it (`1160499-8`, `116 04 99-8`) or not at all; Luhn.
pub fn is_plusgiro(text: &str) -> bool {
    let t = text.trim();
    if !only(t, b"- ") {
        return false;
    }
    let digits = short_digits(t);
    let dash_ok = match t.find('-') {
        None => !t.contains(' '),
        Some(at) => t.matches('-').count() == 1 && t.len() - at == 2,
    };
    (2..=8).contains(&digits.len()) && dash_ok && luhn_valid(&digits)
}

/// The card scheme a number's leading digits belong to, with its lengths and whether the
/// scheme uses Luhn.
fn scheme(d: &[u8]) -> Option<(&'static str, &'static [usize], bool)> {
    let prefix = |n: usize| {
        d.iter()
            .take(n)
            .fold(0u32, |acc, x| acc * 10 + u32::from(*x))
    };
    let p1 = prefix(1);
    let p2 = prefix(2);
    let p3 = prefix(3);
    let p4 = prefix(4);
    let p6 = prefix(6);
    Some(match () {
        _ if p2 == 34 || p2 == 37 => ("american-express", &[15], true),
        _ if p2 == 62 => ("unionpay", &[14, 15, 16, 17, 18, 19], false),
        _ if p4 == 6011 || (644..=649).contains(&p3) || p2 == 65 => {
            ("discover", &[16, 17, 18, 19], true)
        }
        _ if (3528..=3589).contains(&p4) => ("jcb", &[16, 17, 18, 19], true),
        _ if p2 == 36 || p2 == 38 || p2 == 39 || (300..=305).contains(&p3) => {
            ("diners-club", &[14, 15, 16, 17, 18, 19], true)
        }
        _ if (51..=55).contains(&p2) || (2221..=2720).contains(&p4) => ("mastercard", &[16], true),
        _ if (2200..=2204).contains(&p4) => ("mir", &[16, 17, 18, 19], true),
        _ if p2 == 50 || (56..=69).contains(&p2) || p6 == 493_698 => {
            ("maestro", &[12, 13, 14, 15, 16, 17, 18, 19], true)
        }
        _ if p1 == 4 => ("visa", &[13, 16, 18, 19], true),
        _ => return None,
    })
}

/// Whether the text is a payment-card number: a known scheme, one of its lengths, and
/// Luhn where the scheme uses it. Spaces and dashes are ignored.
pub fn is_card_number(text: &str) -> bool {
    if !only(text.trim(), b" -") {
        return false;
    }
    let d = short_digits(text);
    if !(12..=19).contains(&d.len()) {
        return false;
    }
    match scheme(&d) {
        Some((_, lengths, luhn)) => lengths.contains(&d.len()) && (!luhn || luhn_valid(&d)),
        None => false,
    }
}

/// The scheme's name, for tests and display.
pub fn card_brand(text: &str) -> Option<&'static str> {
    scheme(&short_digits(text)).map(|(name, _, _)| name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn giro_numbers_follow_their_written_forms() {
        assert!(is_bankgiro("5858-2628"));
        assert!(is_bankgiro("3547247"));
        assert!(!is_bankgiro("354-724-7"));
        assert!(is_plusgiro("116 04 99-8"));
        assert!(!is_plusgiro("354-7"));
    }

    #[test]
    fn cards_need_scheme_length_and_luhn() {
        assert!(is_card_number("4111 1111 1111 1111"));
        assert!(!is_card_number("4111 1111 1111 1112"));
        assert!(is_card_number("378282246310005"));
        assert_eq!(card_brand("5555555555554444"), Some("mastercard"));
    }
}
