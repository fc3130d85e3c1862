//! The words around a number: what decides between look-alikes.

/// Lower-cased words (letters and digits, Swedish letters included) in `text[..end]`,
/// nearest first, at most `n`.
pub fn words_before(text: &str, end: usize, n: usize) -> Vec<String> {
    let head = &text[..end];
    let bytes = head.as_bytes();
    let mut out = Vec::with_capacity(n);
    let mut i = bytes.len();
    // Bytes of a word: ASCII letters, digits and dots, and every byte of a non-ASCII
    // character that is alphanumeric (checked once the word is cut out).
    let in_word = |b: u8| b.is_ascii_alphanumeric() || b == b'.' || b >= 0x80;
    while i > 0 && out.len() < n {
        while i > 0 && !in_word(bytes[i - 1]) {
            i -= 1;
        }
        let end = i;
        while i > 0 && in_word(bytes[i - 1]) {
            i -= 1;
        }
        let raw = &head[i..end];
        if raw.is_ascii() {
            let w = raw.trim_matches('.');
            if !w.is_empty() {
                out.push(w.to_ascii_lowercase());
            }
        } else {
            // Rare: split at characters that are not alphanumeric, as the ASCII path does.
            for part in raw.rsplit(|c: char| !(c.is_alphanumeric() || c == '.')) {
                let w = part.trim_matches('.');
                if !w.is_empty() && out.len() < n {
                    out.push(w.to_lowercase());
                }
            }
        }
    }
    out
}

/// The first word after `start`, lower-cased, with currency signs counted as words.
pub fn word_after(text: &str, start: usize) -> String {
    let tail = text[start..].trim_start();
    if let Some(c) = tail.chars().next() {
        if matches!(c, '€' | '$' | '£' | '%') {
            return c.to_string();
        }
        if tail.starts_with(":-") {
            return ":-".into();
        }
    }
    tail.split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase()
}

/// Words that say the number after them is a reference, not personal data.
const REFERENCE_WORDS: &[&str] = &[
    "order",
    "ordernr",
    "ordernummer",
    "ordern",
    "beställning",
    "beställningsnummer",
    "ärende",
    "ärendet",
    "ärendenummer",
    "ärendenr",
    "ocr",
    "ocr-nummer",
    "ocrnummer",
    "referens",
    "referensnummer",
    "ref",
    "ref.",
    "faktura",
    "fakturan",
    "fakturanummer",
    "fakturanr",
    "bokning",
    "bokningsnummer",
    "bokningsnr",
    "kvitto",
    "kvittonummer",
    "kvittonr",
    "refnr",
    "ref.nr",
    "artikel",
    "artikelnummer",
    "artnr",
    "art.nr",
    "version",
    "ver",
    "v",
    "invoice",
    "reference",
    "tracking",
    "spårningsnummer",
    "spårning",
    "kolli",
    "kollinummer",
    "kollinr",
    "transaktion",
    "transaktionsnummer",
    "transaction",
    "kundnummer",
    "kundnr",
    "avtalsnummer",
    "avtal",
    "försäkringsnummer",
    "skadenummer",
    "skadenr",
    "serienummer",
    "serial",
    "id",
    "ticket",
    "case",
    "paket",
    "paketnummer",
    "lägenhetsnummer",
    "objektnummer",
    "medlemsnummer",
    "kampanjkod",
    "kod",
    "pin",
    "orderid",
    "booking",
    "confirmation",
    "bekräftelse",
    "bekräftelsenummer",
    "reklamation",
    "reklamationsnummer",
    "rapport",
    "nr",
    "no",
    "nummer",
    "number",
];

/// Filler words skipped when looking for the word that names a number.
const FILLER: &[&str] = &[
    "är", "is", "was", "var", "med", "with", "på", "mitt", "min", "my", "the", "det", "den", "ett",
    "en", "a", "an", "har", "has", ":", "#",
];

/// Currency words after an amount.
const CURRENCY: &[&str] = &[
    "kr", "kronor", "kronorna", "sek", "eur", "euro", "euros", "usd", "dollar", "nok", "dkk",
    "gbp", "€", "$", "£", ":-", "%", "öre", "st", "stycken", "procent", "mil", "km", "kg", "gb",
    "mb",
];

/// Whether the words just before a number name it as a reference (order, OCR, case ...).
pub fn names_a_reference(before: &[String]) -> bool {
    let meaningful: Vec<&String> = before
        .iter()
        .filter(|w| !FILLER.contains(&w.as_str()))
        .take(2)
        .collect();
    match meaningful.as_slice() {
        [] => false,
        [first, rest @ ..] => {
            let generic = matches!(first.as_str(), "nr" | "no" | "nummer" | "number");
            if generic {
                // "order nr 123", "ärende nummer 45": the word before the generic one decides.
                rest.first().is_some_and(|w| {
                    REFERENCE_WORDS.contains(&w.as_str())
                        && !matches!(w.as_str(), "nr" | "no" | "nummer" | "number")
                })
            } else {
                REFERENCE_WORDS.contains(&first.as_str())
            }
        }
    }
}

/// Whether the word after a number makes it an amount or a measure.
pub fn is_amount(after: &str, before: &[String]) -> bool {
    CURRENCY.contains(&after)
        || before
            .first()
            .is_some_and(|w| matches!(w.as_str(), "€" | "$" | "£" | "sek" | "kr"))
}

/// Whether any of the nearby words is one of `keys` (also as a prefix, so "bankgironumret"
/// counts as "bankgiro").
pub fn mentions(before: &[String], keys: &[&str]) -> bool {
    before.iter().any(|w| {
        keys.iter()
            .any(|k| w == k || (k.len() >= 4 && w.starts_with(k)))
    })
}
