//! Which language a customer wrote in: Swedish, English or something else, by common
//! words and Swedish letters.

use serde::Serialize;

use std::sync::OnceLock;

use crate::words::{Word, key};

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

/// Words a bucket of [`Common`] holds.
const BUCKET: usize = 4;

/// The common words of both languages by their keys, in buckets of [`BUCKET`] chosen
/// by a key's low bits (the table is made as large as it takes for every word to fit
/// its bucket). A word is looked up by comparing the four keys of one bucket, with no
/// branch on what it finds: which words of a text are common is no pattern a branch
/// predictor learns. Every common word is eight bytes or shorter, so equal keys and
/// lengths are equal forms (see [`crate::words::same_form`]).
struct Common {
    /// Per bucket, the keys of its words (0 where none).
    keys: Vec<[u64; BUCKET]>,
    /// Per bucket, each word's length in bytes (0 where none: no form is empty) and
    /// languages.
    info: Vec<[(u8, u8); BUCKET]>,
    mask: usize,
}

impl Common {
    /// The table of these words, or `None` when some bucket overflows at this size.
    fn with_buckets(buckets: usize, lists: &[(&[&str], u8)]) -> Option<Self> {
        let mut common = Self {
            keys: vec![[0; BUCKET]; buckets],
            info: vec![[(0, 0); BUCKET]; buckets],
            mask: buckets - 1,
        };
        for (list, flag) in lists {
            for w in *list {
                let k = key(w.as_bytes());
                let len = u8::try_from(w.len()).ok()?;
                let b = k as usize & common.mask;
                let at = (0..BUCKET)
                    .find(|&i| common.keys[b][i] == k && common.info[b][i].0 == len)
                    .or_else(|| (0..BUCKET).find(|&i| common.info[b][i].0 == 0))?;
                common.keys[b][at] = k;
                common.info[b][at] = (len, common.info[b][at].1 | flag);
            }
        }
        Some(common)
    }

    /// The languages of the folded form of this key and length (0 for none).
    #[inline]
    fn flags(&self, key: u64, len: usize) -> u8 {
        let b = key as usize & self.mask;
        let (Some(keys), Some(info)) = (self.keys.get(b), self.info.get(b)) else {
            return 0;
        };
        let mut flags = 0;
        for (k, (l, f)) in keys.iter().zip(info) {
            let hit = *k == key && usize::from(*l) == len;
            flags |= f & 0u8.wrapping_sub(u8::from(hit));
        }
        flags
    }
}

fn common_words() -> &'static Common {
    static COMMON: OnceLock<Common> = OnceLock::new();
    COMMON.get_or_init(|| {
        let lists: [(&[&str], u8); 2] = [(SV_WORDS, SV), (EN_WORDS, EN)];
        // 32 buckets hold the words if they spread well, a larger table all but surely
        // does (a test finds every word); with none, no word is common.
        (5..16)
            .find_map(|bits| Common::with_buckets(1 << bits, &lists))
            .unwrap_or_else(|| Common {
                keys: vec![[0; BUCKET]],
                info: vec![[(0, 0); BUCKET]],
                mask: 0,
            })
    })
}

/// How many of å ä ö Å Ä Ö a text holds, counted up to three: each is 0xC3 and one of
/// these bytes in UTF-8. The reading steps from one byte of 0x80 or more to the next,
/// eight bytes at a time.
fn swedish_letters(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut count = 0;
    let mut i = 0;
    while i + 1 < bytes.len() && count < 3 {
        if let Some(block) = bytes.get(i..i + 8) {
            let high = u64::from_le_bytes(<[u8; 8]>::try_from(block).unwrap_or_default())
                & 0x8080_8080_8080_8080;
            if high == 0 {
                i += 8;
                continue;
            }
            // The first byte of 0x80 or more among the eight (little-endian: the lowest).
            i += high.trailing_zeros() as usize / 8;
            if i + 1 >= bytes.len() {
                break;
            }
        }
        if bytes[i] == 0xC3 && matches!(bytes[i + 1], 0xA5 | 0xA4 | 0xB6 | 0x85 | 0x84 | 0x96) {
            count += 1;
        }
        i += 1;
    }
    count
}

/// Reads the language of the words.
pub fn detect(text: &str, words: &[Word]) -> Language {
    let common = common_words();
    let mut sv = 0usize;
    let mut en = 0usize;
    for w in words {
        let flags = common.flags(w.key, w.folded.len());
        sv += usize::from(flags & SV != 0);
        en += usize::from(flags & EN != 0);
    }
    sv += 2 * swedish_letters(text);
    match (sv, en) {
        (0, 0) => Language::Other,
        (s, e) if s >= e => Language::Sv,
        _ => Language::En,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_common_word_is_found_with_its_languages_and_no_other_form_is() {
        let common = common_words();
        for w in SV_WORDS.iter().chain(EN_WORDS) {
            // Equal keys and lengths are equal forms only up to eight bytes.
            assert!(w.len() <= 8, "{w}");
            let want =
                (u8::from(SV_WORDS.contains(w)) * SV) | (u8::from(EN_WORDS.contains(w)) * EN);
            assert_eq!(common.flags(key(w.as_bytes()), w.len()), want, "{w}");
        }
        for w in [
            "ochh", "oc", "tacksam", "hejsan", "x", "kortets", "accounts",
        ] {
            assert_eq!(common.flags(key(w.as_bytes()), w.len()), 0, "{w}");
        }
        // The key of "och" with another length is no common word.
        assert_eq!(common.flags(key(b"och"), 4), 0);
    }

    #[test]
    fn swedish_letters_are_counted_as_a_pairwise_reading_counts_them() {
        let pairwise = |t: &str| {
            t.as_bytes()
                .windows(2)
                .filter(|w| w[0] == 0xC3 && matches!(w[1], 0xA5 | 0xA4 | 0xB6 | 0x85 | 0x84 | 0x96))
                .take(3)
                .count()
        };
        let texts = [
            "",
            "å",
            "Hej! Jag har väntat på svar i två veckor, och ingen återkommer.",
            "abcdefgå",
            "abcdefghå",
            "abcdefgéå ÅÄÖ",
            "plain ascii text that is long enough to pass several blocks",
            "ä😀ö€å ü é Ü",
            "\u{c3}",
        ];
        for t in texts {
            assert_eq!(swedish_letters(t), pairwise(t), "{t}");
        }
    }
}
