//! A Swedish definite ending taken off before the Snowball stemmer, which leaves them:
//! `räntan` becomes `ränta`, `kontot` becomes `konto` and `kortet` becomes `kort`, so
//! the definite and indefinite forms meet. Only when at least four letters stay,
//! so short words (`paket`, `plan`) are left alone; the index and the question are
//! treated alike, so a rare wrong cut only joins two forms.

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

/// The filter.
#[derive(Clone, Copy, Debug)]
pub struct SwedishDefinite;

/// The word without its definite ending, if it has one to take off.
pub fn cut(word: &str) -> Option<usize> {
    let letters = word.chars().count();
    if letters < 6 {
        return None;
    }
    if word.ends_with("an") || word.ends_with("ot") {
        // räntan → ränta, kontot → konto: the -n or -t goes, the vowel stays for the
        // stemmer.
        Some(word.len() - 1)
    } else if word.ends_with("et") {
        Some(word.len() - 2)
    } else {
        None
    }
}

impl TokenFilter for SwedishDefinite {
    type Tokenizer<T: Tokenizer> = DefiniteFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> Self::Tokenizer<T> {
        DefiniteFilter { tokenizer }
    }
}

/// The filter around a tokenizer.
#[derive(Clone)]
pub struct DefiniteFilter<T> {
    tokenizer: T,
}

impl<T: Tokenizer> Tokenizer for DefiniteFilter<T> {
    type TokenStream<'a> = DefiniteStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        DefiniteStream {
            tail: self.tokenizer.token_stream(text),
        }
    }
}

/// The filter's stream.
pub struct DefiniteStream<T> {
    tail: T,
}

impl<T: TokenStream> TokenStream for DefiniteStream<T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        if let Some(end) = cut(&token.text) {
            token.text.truncate(end);
        }
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::cut;

    fn stemmed(word: &str) -> &str {
        &word[..cut(word).unwrap_or(word.len())]
    }

    #[test]
    fn definite_endings_come_off_long_words_only() {
        assert_eq!(stemmed("räntan"), "ränta");
        assert_eq!(stemmed("kortet"), "kort");
        assert_eq!(stemmed("kontoret"), "kontor");
        assert_eq!(stemmed("bankgirot"), "bankgiro");
        assert_eq!(stemmed("paket"), "paket");
        assert_eq!(stemmed("plan"), "plan");
        assert_eq!(stemmed("kort"), "kort");
    }
}
