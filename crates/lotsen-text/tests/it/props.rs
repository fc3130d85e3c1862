//! Property tests: valid numbers in every written format are found, and redaction leaves
//! nothing it found readable.

use lotsen_text::pii::checks::luhn_valid;
use lotsen_text::{PiiKind, PiiOptions, detect, redact};
use proptest::prelude::*;

fn luhn_complete(body: &[u8]) -> Vec<u8> {
    let check = (0..=9)
        .find(|d| luhn_valid(&[body, &[*d]].concat()))
        .unwrap_or(0);
    [body, &[check]].concat()
}

fn digits(d: &[u8]) -> String {
    d.iter().map(|x| char::from(b'0' + x)).collect()
}

/// A valid personnummer as (year, its ten digits).
fn personnummer() -> impl Strategy<Value = (i32, Vec<u8>)> {
    (1930i32..2008, 1u8..=12, 1u8..=28, 1u16..=999).prop_map(|(year, month, day, serial)| {
        let body = format!("{:02}{month:02}{day:02}{serial:03}", year % 100);
        let body: Vec<u8> = body.bytes().map(|b| b - b'0').collect();
        (year, luhn_complete(&body))
    })
}

proptest! {
    #[test]
    fn a_valid_personnummer_is_found_in_every_written_form((year, ten) in personnummer(), form in 0usize..5) {
        let d = digits(&ten);
        let written = match form {
            0 => format!("{}-{}", &d[..6], &d[6..]),
            1 => d.clone(),
            2 => format!("{year}{}-{}", &d[2..6], &d[6..]),
            3 => format!("{year}{}", &d[2..]),
            _ => format!("{} {}", &d[..6], &d[6..]),
        };
        let text = format!("Hej, mitt personnummer är {written} och jag undrar över min deklaration.");
        let found = detect(&text, &PiiOptions::default());
        prop_assert_eq!(found.len(), 1, "{}", text);
        prop_assert_eq!(found[0].kind, PiiKind::Personnummer);
        prop_assert_eq!(&found[0].text, &written);
    }

    #[test]
    fn a_valid_card_number_in_groups_of_four_is_found(body in proptest::collection::vec(0u8..=9, 14), grouped in any::<bool>()) {
        let card = luhn_complete(&[&[4u8], &body[..]].concat());
        let d = digits(&card);
        let written = if grouped {
            d.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join(" ")
        } else {
            d.clone()
        };
        let text = format!("Kortnummer {written}, går det att spärra?");
        let found = detect(&text, &PiiOptions::default());
        prop_assert!(found.iter().any(|s| s.kind == PiiKind::CardNumber && s.text == written), "{}", text);
    }

    #[test]
    fn redaction_leaves_nothing_it_found_readable((_, ten) in personnummer(), body in proptest::collection::vec(0u8..=9, 15), noise in "[a-zåäö ,.!?0-9]{0,60}") {
        let card = digits(&luhn_complete(&[&[5u8, 5], &body[..13]].concat()));
        let pnr = digits(&ten);
        let text = format!("{noise} pnr {}-{} kort {card} {noise}", &pnr[..6], &pnr[6..]);
        let found = detect(&text, &PiiOptions::default());
        let redacted = redact(&text, &found);
        for span in &found {
            prop_assert!(!redacted.contains(span.text.as_str()), "{} in {}", span.text, redacted);
        }
        prop_assert!(detect(&redacted, &PiiOptions::default()).is_empty(), "{}", redacted);
        prop_assert!(!redacted.contains(&pnr[6..]));
    }
}
