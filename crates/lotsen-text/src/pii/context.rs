//! The words around a number: what decides between look-alikes.

use std::borrow::Cow;
use std::sync::OnceLock;

use rustc_hash::FxHashSet;

/// A word list as a set, built on first use.
struct WordSet {
    words: &'static [&'static str],
    set: OnceLock<FxHashSet<&'static str>>,
}

impl WordSet {
    const fn new(words: &'static [&'static str]) -> Self {
        Self {
            words,
            set: OnceLock::new(),
        }
    }

    fn contains(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| self.words.iter().copied().collect())
            .contains(word)
    }
}

static REFERENCES: WordSet = WordSet::new(REFERENCE_WORDS);
static FILLERS: WordSet = WordSet::new(FILLER);
static CURRENCIES: WordSet = WordSet::new(CURRENCY);

/// A word near a number, lower-cased: borrowed from the text when it already was.
pub type Near<'a> = Cow<'a, str>;

fn lower_ascii(w: &str) -> Near<'_> {
    if w.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(w.to_ascii_lowercase())
    } else {
        Cow::Borrowed(w)
    }
}

fn lower(w: &str) -> Near<'_> {
    if w.chars().any(char::is_uppercase) {
        Cow::Owned(w.to_lowercase())
    } else {
        Cow::Borrowed(w)
    }
}

/// A word without the dots around it ("t.ex." reads "t.ex"); a dot is one byte, so the
/// cut stays on character boundaries.
fn trim_dots(w: &str) -> &str {
    let b = w.as_bytes();
    let lead = b.iter().take_while(|c| **c == b'.').count();
    let tail = b[lead..].iter().rev().take_while(|c| **c == b'.').count();
    w.get(lead..w.len() - tail).unwrap_or_default()
}

/// The bytes [`words_before`] reads as part of a word: ASCII letters, digits and dots,
/// and every byte of 0x80 or more.
pub(crate) const WORD_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric() || c == b'.' || c >= 0x80;
        b += 1;
    }
    table
};

/// Whether a word is ASCII letters, digits and dots and the Swedish letters (å ä ö é ü
/// in either case): alphanumeric, so one word, as an ASCII one is. Read by bytes: each of
/// those letters is 0xC3 and one of the bytes below.
fn swedish(raw: &str) -> bool {
    let b = raw.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            c if c.is_ascii_alphanumeric() || c == b'.' => i += 1,
            0xC3 if matches!(
                b.get(i + 1),
                Some(0xA5 | 0xA4 | 0xB6 | 0xA9 | 0xBC | 0x85 | 0x84 | 0x96 | 0x89 | 0x9C)
            ) =>
            {
                i += 2;
            }
            _ => return false,
        }
    }
    true
}

/// The most words [`words_before`] reads.
pub const NEARBY_MAX: usize = 12;

/// Up to [`NEARBY_MAX`] words near a number, kept on the stack (a number's context is
/// read for every number of a text: no allocation for it).
#[derive(Debug, Clone)]
pub struct Nearby<'a> {
    words: [Near<'a>; NEARBY_MAX],
    len: usize,
}

impl<'a> Nearby<'a> {
    fn new() -> Self {
        Self {
            words: std::array::from_fn(|_| Cow::Borrowed("")),
            len: 0,
        }
    }

    fn push(&mut self, word: Near<'a>) {
        if let Some(slot) = self.words.get_mut(self.len) {
            *slot = word;
            self.len += 1;
        }
    }
}

impl<'a> std::ops::Deref for Nearby<'a> {
    type Target = [Near<'a>];

    fn deref(&self) -> &[Near<'a>] {
        &self.words[..self.len]
    }
}

/// Lower-cased words (letters and digits, Swedish letters included) in `text[..end]`,
/// nearest first, at most `n` (and at most [`NEARBY_MAX`]).
pub fn words_before(text: &str, end: usize, n: usize) -> Nearby<'_> {
    let head = &text[..end];
    let bytes = head.as_bytes();
    let n = n.min(NEARBY_MAX);
    let mut out = Nearby::new();
    let mut i = bytes.len();
    // Bytes of a word: ASCII letters, digits and dots, and every byte of a non-ASCII
    // character that is alphanumeric (checked once the word is cut out).
    let in_word = |b: u8| WORD_BYTES[usize::from(b)];
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
            let w = trim_dots(raw);
            if !w.is_empty() {
                out.push(lower_ascii(w));
            }
        } else if swedish(raw) {
            let w = trim_dots(raw);
            if !w.is_empty() {
                out.push(lower(w));
            }
        } else {
            // Rare: split at characters that are not alphanumeric, as the ASCII path does.
            for part in raw.rsplit(|c: char| !(c.is_alphanumeric() || c == '.')) {
                let w = trim_dots(part);
                if !w.is_empty() && out.len() < n {
                    out.push(lower(w));
                }
            }
        }
    }
    out
}

/// The first word after `start`, lower-cased, with currency signs counted as words.
pub fn word_after(text: &str, start: usize) -> Near<'_> {
    let tail = text[start..].trim_start();
    if let Some(c) = tail.chars().next() {
        if matches!(c, '€' | '$' | '£' | '%') {
            return Cow::Borrowed(&tail[..c.len_utf8()]);
        }
        if tail.starts_with(":-") {
            return Cow::Borrowed(":-");
        }
    }
    lower(
        tail.split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or(""),
    )
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
pub fn names_a_reference(before: &[Near]) -> bool {
    let mut meaningful = before
        .iter()
        .map(|w| w.as_ref())
        .filter(|w| !FILLERS.contains(w));
    let Some(first) = meaningful.next() else {
        return false;
    };
    let generic = |w: &str| matches!(w, "nr" | "no" | "nummer" | "number");
    if generic(first) {
        // "order nr 123", "ärende nummer 45": the word before the generic one decides.
        meaningful
            .next()
            .is_some_and(|w| REFERENCES.contains(w) && !generic(w))
    } else {
        REFERENCES.contains(first)
    }
}

/// Whether the word after a number makes it an amount or a measure.
pub fn is_amount(after: &str, before: &[Near]) -> bool {
    CURRENCIES.contains(after)
        || before
            .first()
            .is_some_and(|w| matches!(w.as_ref(), "€" | "$" | "£" | "sek" | "kr"))
}
