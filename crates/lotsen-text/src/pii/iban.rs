//! IBANs: the country's length and BBAN structure (from SWIFT's IBAN Registry, release
//! 101, in SWIFT's notation: `4!n` four digits, `4!a` four capital letters, `4!c` four
//! letters or digits) and the mod-97 check.

use super::checks::mod97_valid;

const COUNTRIES: &[(&str, &str)] = &[
    ("AD", "4!n4!n12!c"),
    ("AE", "3!n16!n"),
    ("AL", "8!n16!c"),
    ("AT", "5!n11!n"),
    ("AZ", "4!a20!c"),
    ("BA", "3!n3!n8!n2!n"),
    ("BE", "3!n7!n2!n"),
    ("BG", "4!a4!n2!n8!c"),
    ("BH", "4!a14!c"),
    ("BI", "5!n5!n11!n2!n"),
    ("BR", "8!n5!n10!n1!a1!c"),
    ("BY", "4!c4!n16!c"),
    ("CH", "5!n12!c"),
    ("CR", "4!n14!n"),
    ("CY", "3!n5!n16!c"),
    ("CZ", "4!n16!n"),
    ("DE", "8!n10!n"),
    ("DJ", "5!n5!n11!n2!n"),
    ("DK", "4!n9!n1!n"),
    ("DO", "4!c20!n"),
    ("EE", "2!n14!n"),
    ("EG", "4!n4!n17!n"),
    ("ES", "4!n4!n1!n1!n10!n"),
    ("FI", "3!n11!n"),
    ("FK", "2!a12!n"),
    ("FO", "4!n9!n1!n"),
    ("FR", "5!n5!n11!c2!n"),
    ("GB", "4!a6!n8!n"),
    ("GE", "2!a16!n"),
    ("GI", "4!a15!c"),
    ("GL", "4!n9!n1!n"),
    ("GR", "3!n4!n16!c"),
    ("GT", "4!c20!c"),
    ("HN", "4!a20!n"),
    ("HR", "7!n10!n"),
    ("HU", "3!n4!n1!n15!n1!n"),
    ("IE", "4!a6!n8!n"),
    ("IL", "3!n3!n13!n"),
    ("IQ", "4!a3!n12!n"),
    ("IS", "4!n2!n6!n10!n"),
    ("IT", "1!a5!n5!n12!c"),
    ("JO", "4!a4!n18!c"),
    ("KW", "4!a22!c"),
    ("KZ", "3!n13!c"),
    ("LB", "4!n20!c"),
    ("LC", "4!a24!c"),
    ("LI", "5!n12!c"),
    ("LT", "5!n11!n"),
    ("LU", "3!n13!c"),
    ("LV", "4!a13!c"),
    ("LY", "3!n3!n15!n"),
    ("MC", "5!n5!n11!c2!n"),
    ("MD", "2!c18!c"),
    ("ME", "3!n13!n2!n"),
    ("MK", "3!n10!c2!n"),
    ("MN", "4!n12!n"),
    ("MR", "5!n5!n11!n2!n"),
    ("MT", "4!a5!n18!c"),
    ("MU", "4!a2!n2!n12!n3!n3!a"),
    ("NI", "4!a20!n"),
    ("NL", "4!a10!n"),
    ("NO", "4!n6!n1!n"),
    ("OM", "3!n16!c"),
    ("PK", "4!a16!c"),
    ("PL", "8!n16!n"),
    ("PS", "4!a21!c"),
    ("PT", "4!n4!n11!n2!n"),
    ("QA", "4!a21!c"),
    ("RO", "4!a16!c"),
    ("RS", "3!n13!n2!n"),
    ("RU", "9!n5!n15!c"),
    ("SA", "2!n18!c"),
    ("SC", "4!a2!n2!n16!n3!a"),
    ("SD", "2!n12!n"),
    ("SE", "3!n16!n1!n"),
    ("SI", "5!n8!n2!n"),
    ("SK", "4!n6!n10!n"),
    ("SM", "1!a5!n5!n12!c"),
    ("SO", "4!n3!n12!n"),
    ("ST", "4!n4!n11!n2!n"),
    ("SV", "4!a20!n"),
    ("TL", "3!n14!n2!n"),
    ("TN", "2!n3!n13!n2!n"),
    ("TR", "5!n1!n16!c"),
    ("UA", "6!n19!c"),
    ("VA", "3!n15!n"),
    ("VG", "4!a16!n"),
    ("XK", "4!n10!n2!n"),
    ("YE", "4!a4!n18!c"),
];

/// Checks the BBAN against a structure such as `3!n16!n1!n`.
fn matches_structure(bban: &[u8], structure: &str) -> bool {
    let mut at = 0;
    let mut count = 0usize;
    for c in structure.bytes() {
        match c {
            b'0'..=b'9' => count = count * 10 + usize::from(c - b'0'),
            b'!' => {}
            b'n' | b'a' | b'c' => {
                let Some(part) = bban.get(at..at + count) else {
                    return false;
                };
                let ok = part.iter().all(|b| match c {
                    b'n' => b.is_ascii_digit(),
                    b'a' => b.is_ascii_uppercase(),
                    _ => b.is_ascii_digit() || b.is_ascii_uppercase(),
                });
                if !ok {
                    return false;
                }
                at += count;
                count = 0;
            }
            _ => return false,
        }
    }
    at == bban.len()
}

/// The IBAN's characters without spaces, dashes or dots, upper-cased.
pub fn compact(text: &str) -> String {
    let mut out: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '.'))
        .collect();
    out.make_ascii_uppercase();
    out
}

/// Whether the text is a valid IBAN: known country, the country's length and structure,
/// and mod 97.
pub fn is_iban(text: &str) -> bool {
    let iban = compact(text);
    let bytes = iban.as_bytes();
    if bytes.len() < 5 || !bytes[2].is_ascii_digit() || !bytes[3].is_ascii_digit() {
        return false;
    }
    let Some((_, structure)) = COUNTRIES
        .iter()
        .find(|(cc, _)| cc.as_bytes() == &bytes[..2])
    else {
        return false;
    };
    matches_structure(&bytes[4..], structure) && mod97_valid(bytes)
}

/// The expected length of an IBAN of a country, if the country uses IBANs.
pub fn length_of(country: &[u8]) -> Option<usize> {
    let (_, structure) = COUNTRIES.iter().find(|(cc, _)| cc.as_bytes() == country)?;
    let mut total = 4;
    let mut count = 0;
    for c in structure.bytes() {
        match c {
            b'0'..=b'9' => count = count * 10 + usize::from(c - b'0'),
            b'n' | b'a' | b'c' => {
                total += count;
                count = 0;
            }
            _ => {}
        }
    }
    Some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_swedish_iban_has_24_characters_and_passes_mod_97() {
        assert_eq!(length_of(b"SE"), Some(24));
        assert!(is_iban("SE45 5000 0000 0583 9825 7466"));
        assert!(!is_iban("SE45 5000 0000 0583 9825 7467"));
        assert!(!is_iban("XX43 1234"));
    }
}
