//! Which language a customer wrote in: Swedish, English or something else, by common
//! words and Swedish letters.

use serde::Serialize;

use crate::words::Word;

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

fn is_sv_word(word: &str) -> bool {
    matches!(
        word,
        "och"
            | "att"
            | "det"
            | "ar"
            | "jag"
            | "inte"
            | "pa"
            | "en"
            | "som"
            | "for"
            | "med"
            | "har"
            | "till"
            | "av"
            | "om"
            | "kan"
            | "mitt"
            | "min"
            | "ni"
            | "er"
            | "vad"
            | "hur"
            | "varfor"
            | "hej"
            | "tack"
            | "mig"
            | "du"
            | "dig"
            | "ett"
            | "den"
            | "nar"
            | "fran"
            | "eller"
            | "sa"
            | "vi"
            | "hos"
            | "ska"
            | "kommer"
            | "efter"
            | "nu"
            | "fa"
            | "fick"
            | "fatt"
            | "mvh"
            | "hallo"
            | "ingen"
            | "inget"
            | "mina"
            | "era"
            | "igen"
            | "bara"
            | "nagon"
            | "nagot"
            | "kortet"
            | "kontot"
            | "bank"
            | "varit"
            | "vill"
            | "skulle"
            | "ocksa"
    )
}
fn is_en_word(word: &str) -> bool {
    matches!(
        word,
        "the"
            | "and"
            | "is"
            | "to"
            | "my"
            | "i"
            | "you"
            | "not"
            | "of"
            | "for"
            | "with"
            | "have"
            | "can"
            | "your"
            | "why"
            | "how"
            | "what"
            | "hi"
            | "thanks"
            | "please"
            | "it"
            | "this"
            | "that"
            | "was"
            | "are"
            | "be"
            | "do"
            | "does"
            | "don't"
            | "dont"
            | "me"
            | "we"
            | "our"
            | "been"
            | "will"
            | "would"
            | "could"
            | "there"
            | "no"
            | "yes"
            | "just"
            | "still"
            | "again"
            | "card"
            | "account"
            | "hello"
            | "from"
            | "an"
            | "a"
            | "in"
            | "on"
            | "at"
            | "if"
            | "im"
            | "i'm"
            | "get"
            | "got"
    )
}

/// Reads the language of the words.
pub fn detect(text: &str, words: &[Word]) -> Language {
    let mut sv = 0usize;
    let mut en = 0usize;
    for w in words {
        let f = w.folded;
        // Most words are neither; their length rules out the long lists cheaply.
        if f.len() <= 8 {
            sv += usize::from(is_sv_word(f));
            en += usize::from(is_en_word(f));
        }
    }
    // å ä ö Å Ä Ö are 0xC3 followed by one of these bytes in UTF-8.
    let swedish = text
        .as_bytes()
        .windows(2)
        .filter(|w| w[0] == 0xC3 && matches!(w[1], 0xA5 | 0xA4 | 0xB6 | 0x85 | 0x84 | 0x96))
        .take(3)
        .count();
    sv += 2 * swedish;
    match (sv, en) {
        (0, 0) => Language::Other,
        (s, e) if s >= e => Language::Sv,
        _ => Language::En,
    }
}
