//! What the text guard found in a customer's message, as the case view shows it beside
//! the message: the tone when it is not neutral, the signals an agent can act on
//! ("third time I write", money or access at stake), the kinds of personal data (never
//! the numbers), and a code-of-conduct category. Read from the analysis intake stored.

use super::text::Lang;

use super::labels::pick;

/// One badge: its CSS class and its text.
pub(super) struct Badge {
    pub class: &'static str,
    pub label: String,
}

fn tone(lang: Lang, tone: &str) -> Option<&'static str> {
    match tone {
        "angry" => Some(pick(lang, "Arg ton", "Angry tone")),
        "upset" => Some(pick(
            lang,
            "Upprörd: behöver bli hörd",
            "Upset: needs to feel heard",
        )),
        _ => None,
    }
}

fn signal(lang: Lang, signal: &str) -> Option<&'static str> {
    Some(match signal {
        "shouting" => pick(lang, "Versaler", "Shouting"),
        "repeated_punctuation" => pick(lang, "Upprepade tecken", "Repeated punctuation"),
        "repeated_contact" => pick(lang, "Har skrivit förut", "Has written before"),
        "money_at_stake" => pick(lang, "Pengar står på spel", "Money at stake"),
        "access_at_stake" => pick(lang, "Åtkomst står på spel", "Access at stake"),
        "urgency" => pick(lang, "Brådskande", "Urgent"),
        "swearing" => pick(lang, "Svordomar", "Swearing"),
        _ => return None,
    })
}

fn pii_kind(lang: Lang, kind: &str) -> &'static str {
    match kind {
        "personnummer" => "personnummer",
        "samordningsnummer" => "samordningsnummer",
        "organisationsnummer" => "organisationsnummer",
        "bank_account" => pick(lang, "kontonummer", "account number"),
        "bankgiro" => "bankgiro",
        "plusgiro" => "plusgiro",
        "card_number" => pick(lang, "kortnummer", "card number"),
        "iban" => "IBAN",
        "phone" => pick(lang, "telefonnummer", "phone number"),
        "email" => pick(lang, "e-postadress", "email address"),
        _ => pick(lang, "personuppgift", "personal data"),
    }
}

fn category(lang: Lang, category: &str) -> &'static str {
    match category {
        "threat" => pick(lang, "hot", "threat"),
        "racism" => pick(lang, "rasism", "racism"),
        "sexism" => pick(lang, "sexism", "sexism"),
        "severe_profanity" => pick(lang, "grovt språk", "severe profanity"),
        "staff_named" => pick(lang, "namnger personal", "names staff"),
        "harassment" => pick(lang, "trakasserier", "harassment"),
        _ => pick(lang, "uppförandekoden", "the code of conduct"),
    }
}

/// The badges for a message's stored analysis.
pub(super) fn badges(lang: Lang, analysis: Option<&serde_json::Value>) -> Vec<Badge> {
    let Some(a) = analysis else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if let Some(label) = a["tone"].as_str().and_then(|t| tone(lang, t)) {
        let class = if a["tone"] == "angry" {
            "tone-angry"
        } else {
            "tone-upset"
        };
        out.push(Badge {
            class,
            label: label.to_owned(),
        });
    }
    for s in a["signals"].as_array().into_iter().flatten() {
        if let Some(label) = s.as_str().and_then(|s| signal(lang, s)) {
            out.push(Badge {
                class: "signal",
                label: label.to_owned(),
            });
        }
    }
    let mut kinds: Vec<&'static str> = Vec::new();
    for span in a["pii"].as_array().into_iter().flatten() {
        let kind = pii_kind(lang, span["kind"].as_str().unwrap_or_default());
        if !kinds.contains(&kind) {
            kinds.push(kind);
        }
    }
    if !kinds.is_empty() {
        out.push(Badge {
            class: "pii",
            label: format!(
                "{}: {}",
                pick(lang, "Personuppgifter", "Personal data"),
                kinds.join(", ")
            ),
        });
    }
    let mut categories: Vec<&'static str> = Vec::new();
    for v in a["moderation"].as_array().into_iter().flatten() {
        let c = category(lang, v["category"].as_str().unwrap_or_default());
        if !categories.contains(&c) {
            categories.push(c);
        }
    }
    if !categories.is_empty() {
        out.push(Badge {
            class: "conduct",
            label: format!(
                "{}: {}",
                pick(
                    lang,
                    "Bryter mot uppförandekoden",
                    "Breaks the code of conduct"
                ),
                categories.join(", ")
            ),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_upset_customer_with_a_card_number_gets_badges_without_the_number() {
        let analysis = serde_json::json!({
            "tone": "upset",
            "signals": ["repeated_contact", "access_at_stake"],
            "pii": [{ "kind": "card_number", "start": 0, "end": 19, "text": "4111 1111 1111 1111" }],
            "moderation": [],
            "language": "sv",
            "hide": false,
        });
        let labels: Vec<String> = badges(Lang::Sv, Some(&analysis))
            .into_iter()
            .map(|b| b.label)
            .collect();
        assert_eq!(
            labels,
            [
                "Upprörd: behöver bli hörd",
                "Har skrivit förut",
                "Åtkomst står på spel",
                "Personuppgifter: kortnummer"
            ]
        );
        assert!(labels.iter().all(|l| !l.contains("4111")));
        let neutral =
            serde_json::json!({ "tone": "neutral", "signals": [], "pii": [], "moderation": [] });
        assert!(badges(Lang::En, Some(&neutral)).is_empty());
    }
}
