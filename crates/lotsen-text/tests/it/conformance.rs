//! Every validator accepts exactly the valid numbers of the public test suites.

use lotsen_text::pii::bank::{clearing_bank, parse_combined, validate};
use lotsen_text::pii::checks::{digits_of, luhn_sum, luhn_valid, mod11_valid};
use lotsen_text::pii::giro::{is_bankgiro, is_card_number, is_plusgiro};
use lotsen_text::pii::iban::is_iban;
use lotsen_text::pii::identity::{PersonalKind, is_organisation_number, parse_personal};
use serde_json::Value;

use lotsen_conformance::{conformance, csv_rows};

fn json(path: std::path::PathBuf) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn personnummer_meta_list_accepts_every_format_of_the_valid_and_none_of_the_invalid() {
    let Some(dir) = conformance("swedish-identity-numbers/personnummer-meta") else {
        return;
    };
    // The list was made in 2023; its '-' and '+' separators count ages from then.
    for item in json(dir.join("list.json")).as_array().unwrap() {
        let valid = item["valid"].as_bool().unwrap();
        let kind = if item["type"] == "con" {
            PersonalKind::Samordningsnummer
        } else {
            PersonalKind::Personnummer
        };
        for format in [
            "long_format",
            "short_format",
            "separated_format",
            "separated_long",
        ] {
            let text = item[format].as_str().unwrap();
            let parsed = parse_personal(text, 2023);
            assert_eq!(parsed.is_some(), valid, "{format} {text}");
            if let Some(p) = parsed {
                assert_eq!(p.kind, kind, "{text}");
                // Without a separator a 10-digit number cannot say its century.
                if format != "short_format" {
                    assert_eq!(
                        p.year.to_string(),
                        item["long_format"].as_str().unwrap()[..4],
                        "{text}"
                    );
                }
                assert_eq!(p.is_male(), item["isMale"].as_bool().unwrap(), "{text}");
            }
        }
    }
}

#[test]
fn personnummer_meta_structured_lists_split_valid_from_invalid() {
    let Some(dir) = conformance("swedish-identity-numbers/personnummer-meta") else {
        return;
    };
    let data = json(dir.join("structured.json"));
    for (kind, expected_kind) in [
        ("ssn", PersonalKind::Personnummer),
        ("con", PersonalKind::Samordningsnummer),
    ] {
        for (validity, expect) in [("valid", true), ("invalid", false)] {
            for value in data[kind]["string"][validity].as_array().unwrap() {
                let text = value.as_str().unwrap();
                let parsed = parse_personal(text, 2023);
                assert_eq!(parsed.is_some(), expect, "{kind} {text}");
                assert!(parsed.is_none_or(|p| p.kind == expected_kind), "{text}");
            }
            for value in data[kind]["integer"][validity].as_array().unwrap() {
                let text = value.as_u64().unwrap().to_string();
                assert_eq!(
                    parse_personal(&text, 2023).is_some(),
                    expect,
                    "{kind} {text}"
                );
            }
        }
    }
}

#[test]
fn skatteverkets_test_numbers_are_all_valid() {
    let Some(dir) = conformance("swedish-identity-numbers/personnummer-meta") else {
        return;
    };
    let pins = json(dir.join("allPins.json"));
    let pins = pins.as_array().unwrap();
    assert!(pins.len() > 41_000);
    for pin in pins {
        let text = pin.as_str().unwrap();
        assert_eq!(
            parse_personal(text, 2026).map(|p| p.kind),
            Some(PersonalKind::Personnummer),
            "{text}"
        );
    }
    let coords = json(dir.join("allCoords.json"));
    for coord in coords.as_array().unwrap() {
        let text = coord.as_str().unwrap();
        assert_eq!(
            parse_personal(text, 2026).map(|p| p.kind),
            Some(PersonalKind::Samordningsnummer),
            "{text}"
        );
    }
}

#[test]
fn interim_numbers_are_refused_and_organisation_numbers_are_no_personnummer() {
    let Some(dir) = conformance("swedish-identity-numbers/personnummer-meta") else {
        return;
    };
    for item in json(dir.join("interim.json")).as_array().unwrap() {
        for format in [
            "long_format",
            "short_format",
            "separated_format",
            "separated_long",
        ] {
            let text = item[format].as_str().unwrap();
            assert_eq!(
                parse_personal(text, 2023),
                None,
                "interim numbers are off by default: {text}"
            );
        }
    }
    for item in json(dir.join("orgnumber.json")).as_array().unwrap() {
        for format in ["short_format", "separated_format"] {
            let text = item[format].as_str().unwrap();
            assert_eq!(parse_personal(text, 2023), None, "{text}");
            assert!(
                is_organisation_number(text, 2023),
                "{text} is a valid organisation number"
            );
        }
    }
}

#[test]
fn organisationsnummer_meta_list() {
    let Some(dir) = conformance("swedish-identity-numbers/organisationsnummer-meta") else {
        return;
    };
    for item in json(dir.join("list.json")).as_array().unwrap() {
        let input = item["input"].as_str().unwrap();
        assert_eq!(
            is_organisation_number(input, 2024),
            item["valid"].as_bool().unwrap(),
            "{input}"
        );
        if item["valid"].as_bool().unwrap() {
            assert!(is_organisation_number(
                item["long_format"].as_str().unwrap(),
                2024
            ));
        }
    }
}

#[test]
fn python_stdnum_swedish_cases() {
    let Some(dir) = conformance("swedish-identity-numbers/python-stdnum") else {
        return;
    };
    for row in csv_rows(&dir.join("se-cases.csv")) {
        let input = row["input"].as_str();
        let expected = row["expected_output"].as_str();
        match row["kind"].as_str() {
            "personnummer_validate" => {
                assert_eq!(
                    parse_personal(input, 2026).is_some(),
                    row["expected_valid"] == "true",
                    "{input}"
                )
            }
            "personnummer_gender" => {
                let male = parse_personal(input, 2026).unwrap().is_male();
                assert_eq!(if male { "M" } else { "F" }, expected, "{input}");
            }
            "personnummer_birth_date" => {
                let p = parse_personal(input, 2026).unwrap();
                assert_eq!(
                    format!("{:04}-{:02}-{:02}", p.year, p.month, p.day),
                    expected,
                    "{input}"
                );
            }
            "personnummer_format" => {
                assert_eq!(parse_personal(input, 2026).unwrap().format(2026), expected)
            }
            "orgnr_validate" => assert_eq!(
                is_organisation_number(input, 2026),
                row["expected_valid"] == "true",
                "{input}"
            ),
            "orgnr_format" => assert!(is_organisation_number(input, 2026)),
            "vat_validate" => {
                assert_eq!(
                    lotsen_text::pii::identity::is_vat_number(input, 2026),
                    row["expected_valid"] == "true",
                    "{input}"
                )
            }
            other => panic!("unknown kind {other}"),
        }
    }
}

fn check_digit(digits: &str, valid: fn(&[u8]) -> bool) -> Option<u8> {
    (0..=9).find(|d| valid(&[digits_of(digits), vec![*d]].concat()))
}

#[test]
fn bank_account_peer_vectors() {
    let Some(dir) = conformance("swedish-bank-accounts") else {
        return;
    };
    let mut checked = 0;
    for row in csv_rows(&dir.join("peer-vectors.csv")) {
        let expect = row["expected_valid"] == "true";
        let (clearing, account, combined) = (
            &row["clearing_input"],
            &row["account_input"],
            &row["combined_input"],
        );
        let what = format!("{} {clearing} {account} {combined}", row["kind"]);
        match row["kind"].as_str() {
            "bank_account" => {
                let found = if combined.is_empty() {
                    validate(clearing, account)
                } else {
                    parse_combined(combined)
                };
                assert_eq!(found.is_some(), expect, "{what}");
                if let (Some(a), false) = (&found, row["expected_clearing"].is_empty()) {
                    assert_eq!(
                        (a.clearing.as_str(), a.account.as_str()),
                        (
                            row["expected_clearing"].trim(),
                            row["expected_account"].as_str()
                        ),
                        "{what}"
                    );
                }
            }
            "bankgiro" => assert_eq!(is_bankgiro(account), expect, "{what}"),
            "plusgiro" => assert_eq!(is_plusgiro(account), expect, "{what}"),
            "clearing" => {
                let bank = clearing_bank(clearing);
                assert_eq!(bank.is_some(), expect, "{what}");
                if expect {
                    assert_eq!(bank, Some(row["expected_bank"].as_str()), "{what}");
                }
            }
            "personkonto_pnr" if account == "1212721212" => {
                // The peer moves the day of 1212121212 by 60 and keeps its check digit.
                // Skatteverket's 2,264 published samordningsnummer (checked above) carry a
                // check digit computed over the written day, so this one fails Luhn: the two
                // sources disagree and Skatteverket decides.
                assert!(!luhn_valid(&digits_of(account)));
                assert_eq!(parse_personal(account, 2026), None);
            }
            "personkonto_pnr" => {
                assert_eq!(parse_personal(account, 2026).is_some(), expect, "{what}")
            }
            "mod10_validate" => assert_eq!(luhn_valid(&digits_of(account)), expect, "{what}"),
            "mod11_validate" => assert_eq!(mod11_valid(&digits_of(account)), expect, "{what}"),
            // The peers pass the whole number and compute the digit for its last place.
            "mod10_check_digit" => assert_eq!(
                check_digit(&account[..account.len() - 1], luhn_valid).map(|d| d.to_string()),
                Some(row["expected_output"].clone()),
                "{what}"
            ),
            "mod11_check_digit" => assert_eq!(
                check_digit(&account[..account.len() - 1], mod11_valid).map(|d| d.to_string()),
                Some(row["expected_output"].clone()),
                "{what}"
            ),
            // Formatting helpers of the peers (splitting, 16-digit form, lengths), not validation.
            "split" | "bank_account_format16" | "account_length" | "digits_only" => continue,
            other => panic!("unknown kind {other}"),
        }
        checked += 1;
    }
    assert!(checked >= 85, "{checked}");
}

#[test]
fn card_numbers_from_braintree_and_luhn_from_python_stdnum() {
    let Some(dir) = conformance("payment-cards-and-iban/cards") else {
        return;
    };
    let mut checked = 0;
    for row in csv_rows(&dir.join("card-validator-number-cases.csv")) {
        // Rows with options test the peer's options (maxLength, strict UnionPay), not cards.
        if !row["option"].is_empty() {
            continue;
        }
        let input = &row["input"];
        assert_eq!(
            is_card_number(input),
            row["expected_is_valid"] == "true",
            "{input}"
        );
        checked += 1;
    }
    assert!(checked >= 55);
    for row in csv_rows(&dir.join("stdnum-luhn-cases.csv")) {
        if row["alphabet"] != "0123456789" {
            continue;
        }
        let input = &row["input"];
        match row["kind"].as_str() {
            "checksum" => assert_eq!(
                (luhn_sum(&digits_of(input)) % 10).to_string(),
                row["expected"],
                "{input}"
            ),
            "validate" => assert_eq!(
                luhn_valid(&digits_of(input)),
                row["expected"] == "valid",
                "{input}"
            ),
            "calc_check_digit" => assert_eq!(
                check_digit(input, luhn_valid).map(|d| d.to_string()),
                Some(row["expected"].clone())
            ),
            other => panic!("unknown kind {other}"),
        }
    }
}

#[test]
fn ibans_from_python_stdnum() {
    let Some(dir) = conformance("payment-cards-and-iban/iban") else {
        return;
    };
    let rows = csv_rows(&dir.join("stdnum-iban-cases.csv"));
    assert!(rows.len() > 200);
    for row in rows {
        // No national checks here, so the expectation without them applies where given.
        let expect = if row["expected_valid_without_country_check"].is_empty() {
            row["expected_valid"] == "true"
        } else {
            row["expected_valid_without_country_check"] == "true"
        };
        assert_eq!(is_iban(&row["iban"]), expect, "{}", row["iban"]);
    }
}
