//! Which language a customer wrote in: Swedish, English or something else, by common
//! words and Swedish letters.

use serde::Serialize;

use std::sync::OnceLock;

use crate::words::{Word, key, same_form};

/// A language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    /// Swedish.
    Sv,
    /// English.
    En,
    /// Neither, or too little text to tell.
    Other,
}

impl Language {
    /// Stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Sv => "sv",
            Self::En => "en",
            Self::Other => "other",
        }
    }
}

/// Common Swedish words, folded (no accents).
const SV_WORDS: &[&str] = &[
    "och", "att", "det", "ar", "jag", "inte", "pa", "en", "som", "for", "med", "har", "till", "av",
    "om", "kan", "mitt", "min", "ni", "er", "vad", "hur", "varfor", "hej", "tack", "mig", "du",
    "dig", "ett", "den", "nar", "fran", "eller", "sa", "vi", "hos", "ska", "kommer", "efter", "nu",
    "fa", "fick", "fatt", "mvh", "hallo", "ingen", "inget", "mina", "era", "igen", "bara", "nagon",
    "nagot", "kortet", "kontot", "bank", "varit", "vill", "skulle", "ocksa",
];

/// Common English words, folded.
const EN_WORDS: &[&str] = &[
    "the", "and", "is", "to", "my", "i", "you", "not", "of", "for", "with", "have", "can", "your",
    "why", "how", "what", "hi", "thanks", "please", "it", "this", "that", "was", "are", "be", "do",
    "does", "don't", "dont", "me", "we", "our", "been", "will", "would", "could", "there", "no",
    "yes", "just", "still", "again", "card", "account", "hello", "from", "an", "a", "in", "on",
    "at", "if", "im", "i'm", "get", "got",
];

const SV: u8 = 1;
const EN: u8 = 2;

/// The common words of both languages in open addressing by their keys (a key's low
/// bits choose its slot; key 0 marks an empty one): their forms and languages. A few
/// kilobytes, so a word is looked up with a load or two from the first-level cache.
struct Common {
    slots: Vec<(u64, &'static str, u8)>,
}

impl Common {
    fn get(&self, key: u64) -> Option<(&'static str, u8)> {
        let mask = self.slots.len() - 1;
        // Truncation is the point: the low bits choose the slot.
        let mut at = key as usize & mask;
        loop {
            let (k, form, flags) = self.slots[at];
            if k == key && k != 0 {
                return Some((form, flags));
            }
            if k == 0 {
                return None;
            }
            at = (at + 1) & mask;
        }
    }
}

fn common_words() -> &'static Common {
    static COMMON: OnceLock<Common> = OnceLock::new();
    COMMON.get_or_init(|| {
        let n = SV_WORDS.len() + EN_WORDS.len();
        let mut common = Common {
            slots: vec![(0, "", 0); (n * 2).next_power_of_two()],
        };
        let mask = common.slots.len() - 1;
        for (list, flag) in [(SV_WORDS, SV), (EN_WORDS, EN)] {
            for w in list {
                let k = key(w.as_bytes());
                let mut at = k as usize & mask;
                while common.slots[at].0 != 0 && common.slots[at].0 != k {
                    at = (at + 1) & mask;
                }
                let slot = &mut common.slots[at];
                *slot = (k, w, slot.2 | flag);
            }
        }
        common
    })
}

/// Reads the language of the words.
pub fn detect(text: &str, words: &[Word]) -> Language {
    let common = common_words();
    let mut sv = 0usize;
    let mut en = 0usize;
    for w in words {
        if let Some((form, flags)) = common.get(w.key)
            && same_form(form, w.folded)
        {
            sv += usize::from(flags & SV != 0);
            en += usize::from(flags & EN != 0);
        }
    }
    // å ä ö Å Ä Ö are 0xC3 followed by one of these bytes in UTF-8.
    let swedish = if text.is_ascii() {
        0
    } else {
        text.as_bytes()
            .windows(2)
            .filter(|w| w[0] == 0xC3 && matches!(w[1], 0xA5 | 0xA4 | 0xB6 | 0x85 | 0x84 | 0x96))
            .take(3)
            .count()
    };
    sv += 2 * swedish;
    match (sv, en) {
        (0, 0) => Language::Other,
        (s, e) if s >= e => Language::Sv,
        _ => Language::En,
    }
}
