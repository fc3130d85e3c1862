//! Swedish bank account numbers: the clearing-number ranges of Bankgirot's
//! "Bankernas kontonummer" (2019 editions, with the later 2024 additions), written out from
//! the facts in the project's conformance table, and the checks each range uses.

use super::checks::{Digits, luhn_valid, mod11_valid};
use super::identity::parse_personal;

/// How a range's account numbers are checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rule {
    /// Type 1, comment 1: mod 11 over the last three clearing digits and seven account digits.
    Type1Short,
    /// Type 1, comment 2: mod 11 over all four clearing digits and seven account digits.
    Type1Full,
    /// Type 2, comment 1: ten account digits, mod 10.
    Ten,
    /// Type 2, comment 2 (Handelsbanken): nine account digits, mod 11.
    Handelsbanken,
    /// Type 2, comment 3: up to ten account digits (left-padded), mod 10.
    UpToTen,
}

struct Range {
    from: u16,
    to: u16,
    bank: &'static str,
    rule: Rule,
    min: usize,
    max: usize,
}

const RANGES: &[Range] = &[
    Range {
        from: 9580,
        to: 9589,
        bank: "Aion Bank",
        rule: Rule::Type1Short,
        min: 7,
        max: 7,
    },
    Range {
        from: 9550,
        to: 9569,
        bank: "Avanza Bank",
        rule: Rule::Type1Full,
        min: 7,
        max: 7,
    },
    Range {
        from: 9680,
        to: 9689,
        bank: "BlueStep Finans",
        rule: Rule::Type1Short,
        min: 7,
        max: 7,
    },
    Range {
        from: 9470,
        to: 9479,
        bank: "BNP Paribas",
        rule: Rule::Type1Full,
        min: 7,
        max: 7,
    },
    Range {
        from: 9040,
        to: 9049,
        bank: "Citibank",
        rule: Rule::Type1Full,
        min: 7,
        max: 7,
    },
    Range {
        from: 1200,
        to: 1399,
        bank: "Danske Bank",
        rule: Rule::Type1Short,
        min: 7,
        max: 7,
    },
    Range {
        from: 2400,
        to: 2499,
        bank: "Danske Bank",
        rule: Rule::Type1Short,
        min: 7,
        max: 7,
    },
    Range {
        from: 9190,
        to: 9199,
        bank: "DNB Bank",
        rule: Rule::Type1Full,
        min: 7,
        max: 7,
    },
    Range {
        from: 9260,
        to: 9269,
        bank: "DNB Bank",
        rule: Rule::Type1Full,
        min: 7,
        max: 7,
    },
    Range {
        from: 9700,
        to: 9709,
        bank: "Ekobanken",
        rule: Rule::Type1Full,
        min: 7,
        max: 7,
    },
    Range {
        from: 9590,
        to: 9599,
        bank: "Erik Penser",
        rule: Rule::Type1Full,
        min: 7,
        max: 7,
    },
    Range {
        from: 9400,
        to: 9449,
        bank: "Forex Bank",
        rule: Rule::Type1Short,
        min: 7,
        max: 7,
    },
    Range {
        from: 9270,
        to: 9279,
        bank: "ICA Banken",
        rule: Rule::Type1Short,
        min: 7,
        max: 7,
    },
    Range {
        from: 9170,
        to: 9179,
        bank: "IKANO Bank",
        rule: Rule::Type1Short,
        min: 7,
        max: 7,
    },
    Range {
        from: 9670,
        to: 9679,
        bank: "JAK Medlemsbank",
        rule: Rule::Type1Full,
        min: 7,
        max: 7,
    },
    Range {
        from: 9780,
        to: 9789,
        bank: "Klarna Bank",
        rule: Rule::Type1Full,
        min: 7,
        max: 7,
    },
    Range {
        from: 9390,
        to: 9399,
        bank: "Landshypotek",
        rule: Rule::Type1Full,
        min: 7,
        max: 7,
    },
    Range {
        from: 9710,
        to: 9719,
        bank: "Lunar Bank",
        rule: Rule::Type1Full,
        min: 7,
        max: 7,
    },
    Range {
        from: 9630,
        to: 9639,
        bank: "Lån & Spar Bank Sverige",
        rule: Rule::Type1Short,
        min: 7,
        max: 7,
    },
    Range {
        from: 3400,
        to: 3409,
        bank: "Länsförsäkringar Bank",
        rule: Rule::Type1Short,
        min: 7,
        max: 7,
    },
    Range {
        from: 9020,
        to: 9029,
        bank: "Länsförsäkringar Bank",
        rule: Rule::Type1Full,
        min: 7,
        max: 7,
    },
    Range {
        from: 9060,
        to: 9069,
        bank: "Länsförsäkringar Bank",
        rule: Rule::Type1Short,
        min: 7,
        max: 7,
    },
    Range {
        from: 9230,
        to: 9239,
        bank: "Marginalen Bank",
        rule: Rule::Type1Short,
        min: 7,
        max: 7,
    },
    Range {
        from: 9650,
        to: 9659,
        bank: "MedMera Bank",
        rule: Rule::Type1Full,
        min: 7,
        max: 7,
    },
    Range {
        from: 9070,
        to: 9079,
        bank: "Multitude Bank",
        rule: Rule::Type1Short,
        min: 7,
        max: 7,
    },
    Range {
        from: 9640,
        to: 9649,
        bank: "NOBA Bank Group",
        rule: Rule::Type1Full,
        min: 7,
        max: 7,
    },
    Range {
        from: 1100,
        to: 1199,
        bank: "Nordea",
        rule: Rule::Type1Short,
        min: 7,
        max: 7,
    },
    Range {
        from: 1400,
        to: 2099,
        bank: "Nordea",
        rule: Rule::Type1Short,
        min: 7,
        max: 7,
    },
    Range {
        from: 3000,
        to: 3399,
        bank: "Nordea",
        rule: Rule::Type1Short,
        min: 7,
        max: 7,
    },
    Range {
        from: 3410,
        to: 3999,
        bank: "Nordea",
        rule: Rule::Type1Short,
        min: 7,
        max: 7,
    },
    Range {
        from: 4000,
        to: 4999,
        bank: "Nordea",
        rule: Rule::Type1Full,
        min: 7,
        max: 7,
    },
    Range {
        from: 9100,
        to: 9109,
        bank: "Nordnet Bank",
        rule: Rule::Type1Full,
        min: 7,
        max: 7,
    },
    Range {
        from: 9750,
        to: 9759,
        bank: "Northmill Bank",
        rule: Rule::Type1Full,
        min: 7,
        max: 7,
    },
    Range {
        from: 9280,
        to: 9289,
        bank: "Resurs Bank",
        rule: Rule::Type1Short,
        min: 7,
        max: 7,
    },
    Range {
        from: 9880,
        to: 9889,
        bank: "Riksgälden",
        rule: Rule::Type1Full,
        min: 7,
        max: 7,
    },
    Range {
        from: 9460,
        to: 9469,
        bank: "Santander Consumer Bank",
        rule: Rule::Type1Short,
        min: 7,
        max: 7,
    },
    Range {
        from: 9250,
        to: 9259,
        bank: "SBAB",
        rule: Rule::Type1Short,
        min: 7,
        max: 7,
    },
    Range {
        from: 5000,
        to: 5999,
        bank: "SEB",
        rule: Rule::Type1Short,
        min: 7,
        max: 7,
    },
    Range {
        from: 9120,
        to: 9124,
        bank: "SEB",
        rule: Rule::Type1Short,
        min: 7,
        max: 7,
    },
    Range {
        from: 9130,
        to: 9149,
        bank: "SEB",
        rule: Rule::Type1Short,
        min: 7,
        max: 7,
    },
    Range {
        from: 9150,
        to: 9169,
        bank: "Skandiabanken",
        rule: Rule::Type1Full,
        min: 7,
        max: 7,
    },
    Range {
        from: 9660,
        to: 9669,
        bank: "Svea Bank",
        rule: Rule::Type1Full,
        min: 7,
        max: 7,
    },
    Range {
        from: 7000,
        to: 7999,
        bank: "Swedbank",
        rule: Rule::Type1Short,
        min: 7,
        max: 7,
    },
    Range {
        from: 2300,
        to: 2399,
        bank: "Ålandsbanken",
        rule: Rule::Type1Full,
        min: 7,
        max: 7,
    },
    Range {
        from: 9180,
        to: 9189,
        bank: "Danske Bank",
        rule: Rule::Ten,
        min: 10,
        max: 10,
    },
    Range {
        from: 6000,
        to: 6999,
        bank: "Handelsbanken",
        rule: Rule::Handelsbanken,
        min: 8,
        max: 9,
    },
    Range {
        from: 3300,
        to: 3300,
        bank: "Nordea",
        rule: Rule::Ten,
        min: 10,
        max: 10,
    },
    Range {
        from: 3782,
        to: 3782,
        bank: "Nordea",
        rule: Rule::Ten,
        min: 10,
        max: 10,
    },
    Range {
        from: 9500,
        to: 9549,
        bank: "Nordea Plusgirot",
        rule: Rule::UpToTen,
        min: 2,
        max: 10,
    },
    Range {
        from: 9960,
        to: 9969,
        bank: "Nordea Plusgirot",
        rule: Rule::UpToTen,
        min: 2,
        max: 10,
    },
    Range {
        from: 9890,
        to: 9899,
        bank: "Riksgälden",
        rule: Rule::Ten,
        min: 10,
        max: 10,
    },
    Range {
        from: 9570,
        to: 9579,
        bank: "Sparbanken Syd",
        rule: Rule::Ten,
        min: 10,
        max: 10,
    },
    Range {
        from: 8000,
        to: 8999,
        bank: "Swedbank",
        rule: Rule::UpToTen,
        min: 1,
        max: 10,
    },
    Range {
        from: 9300,
        to: 9349,
        bank: "Swedbank",
        rule: Rule::Ten,
        min: 10,
        max: 10,
    },
];

/// A valid bank account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BankAccount {
    /// The bank's name.
    pub bank: &'static str,
    /// Clearing number (four digits, five for Swedbank's 8xxx-x form).
    pub clearing: String,
    /// Account number, digits only.
    pub account: String,
}

fn range_of(clearing: u16) -> Option<&'static Range> {
    // The personkonto rows (3300, 3782) lie inside a type-1 range and win over it.
    RANGES
        .iter()
        .filter(|r| (r.from..=r.to).contains(&clearing))
        .min_by_key(|r| r.to - r.from)
}

fn digits(text: &str, allowed: &[u8]) -> Option<Digits> {
    let mut out = Digits::new();
    for b in text.trim().bytes() {
        if b.is_ascii_digit() {
            out.push(b - b'0');
        } else if !allowed.contains(&b) {
            return None;
        }
    }
    Some(out)
}

/// The bank of a clearing number (four digits, or Swedbank's five with its check digit);
/// spaces and a trailing dash are ignored.
pub fn clearing_bank(clearing: &str) -> Option<&'static str> {
    let d = digits(clearing, b" -")?;
    let four = match d.len() {
        4 => &d[..],
        5 if d[0] == 8 && luhn_valid(&d) => &d[..4],
        _ => return None,
    };
    range_of(four.iter().fold(0u16, |acc, x| acc * 10 + u16::from(*x))).map(|r| r.bank)
}

/// Checks a clearing number and an account number given apart.
pub fn validate(clearing: &str, account: &str) -> Option<BankAccount> {
    let clearing = digits(clearing, b" -")?;
    let account = digits(account, b" -.")?;
    check(&clearing, &account)
}

fn check(clearing: &[u8], account: &[u8]) -> Option<BankAccount> {
    let range = valid(clearing, account)?;
    Some(BankAccount {
        bank: range.bank,
        clearing: clearing.iter().map(|d| char::from(b'0' + d)).collect(),
        account: account.iter().map(|d| char::from(b'0' + d)).collect(),
    })
}

/// The range of a clearing number whose account passes its bank's check, reading both
/// on the stack.
fn valid(clearing: &[u8], account: &[u8]) -> Option<&'static Range> {
    let four = match clearing.len() {
        4 => clearing,
        // Swedbank writes a fifth clearing digit, a Luhn check over the other four.
        5 if clearing[0] == 8 && luhn_valid(clearing) => &clearing[..4],
        _ => return None,
    };
    let number = four.iter().fold(0u16, |acc, d| acc * 10 + u16::from(*d));
    let range = range_of(number)?;
    if account.len() < range.min || account.len() > range.max {
        return None;
    }
    // The account is at most ten digits here: with four clearing digits before it, a
    // buffer of sixteen holds every form a rule checks.
    let mut buffer = [0u8; 16];
    let b = &mut buffer;
    let ok = match range.rule {
        Rule::Type1Short => mod11_valid(joined(b, &four[1..], account, 7)?),
        Rule::Type1Full => mod11_valid(joined(b, four, account, 7)?),
        Rule::Ten if number == 3300 => {
            // Nordea personkonto: the account is the holder's personnummer.
            let text: String = account.iter().map(|d| char::from(b'0' + d)).collect();
            parse_personal(&text, 2099).is_some()
        }
        Rule::Ten | Rule::UpToTen => luhn_valid(joined(b, &[], account, 10)?),
        Rule::Handelsbanken => mod11_valid(joined(b, &[], account, 9)?),
    };
    ok.then_some(range)
}

/// `head`, then the account padded with zeros in front to `width` digits, in the buffer;
/// `None` when that does not fit.
fn joined<'b>(
    buffer: &'b mut [u8; 16],
    head: &[u8],
    account: &[u8],
    width: usize,
) -> Option<&'b [u8]> {
    let zeros = width.saturating_sub(account.len());
    let len = head.len() + zeros + account.len();
    let out = buffer.get_mut(..len)?;
    out[..head.len()].copy_from_slice(head);
    out[head.len()..head.len() + zeros].fill(0);
    out[head.len() + zeros..].copy_from_slice(account);
    Some(out)
}

/// Where the clearing number may end in digits written together: after four, and for a
/// Swedbank 8xxx clearing after its fifth (check) digit first.
fn clearing_lengths(all: &[u8]) -> &'static [usize] {
    if all.first() == Some(&8) {
        &[5, 4]
    } else {
        &[4]
    }
}

/// Whether clearing and account are written together here (see [`parse_combined`]),
/// without making the account's strings.
pub fn is_combined(text: &str) -> bool {
    let Some(all) = digits(text, b" -,.") else {
        return false;
    };
    let splits = clearing_lengths(&all);
    splits
        .iter()
        .any(|at| all.len() > *at && valid(&all[..*at], &all[*at..]).is_some())
}

/// Parses clearing and account written together (`8424-4, 983 189 224-6`, `6789123456789`,
/// `9071, 417 23 83`). A Swedbank 8xxx clearing is tried with its fifth digit first.
pub fn parse_combined(text: &str) -> Option<BankAccount> {
    let all = digits(text, b" -,.")?;
    let splits = clearing_lengths(&all);
    splits
        .iter()
        .copied()
        .filter(|at| all.len() > *at)
        .find_map(|at| check(&all[..at], &all[at..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn personkonto_rows_win_over_the_surrounding_nordea_range() {
        assert!(validate("3300", "121212-1212").is_some());
        assert!(validate("3300", "121232-1218").is_none());
        assert_eq!(range_of(3300).map(|r| r.rule), Some(Rule::Ten));
        assert_eq!(range_of(3301).map(|r| r.rule), Some(Rule::Type1Short));
    }

    #[test]
    fn a_swedbank_account_is_found_with_and_without_its_fifth_clearing_digit() {
        assert_eq!(
            parse_combined("8424-4,983 189 224-6").map(|a| a.clearing),
            Some("84244".into())
        );
        assert!(parse_combined("8424-1,983 189 224-6").is_none());
    }
}
