//! How alike two texts are, for telling that contacts are about the same fault: each
//! text becomes a set of terms (lower-cased, Swedish letters folded, common words left
//! out, each word cut to its first six letters so "inloggningen", "inloggning" and
//! "inloggningsfel" meet), and two sets are compared by their cosine.

/// A text's terms, sorted and without repeats.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Terms(Vec<String>);

/// Words too common to say what a text is about, in Swedish and English.
const STOP: &[&str] = &[
    "alla",
    "allt",
    "att",
    "bara",
    "det",
    "den",
    "dag",
    "detta",
    "eller",
    "era",
    "ett",
    "fick",
    "for",
    "fran",
    "har",
    "hej",
    "hur",
    "inte",
    "jag",
    "kan",
    "med",
    "men",
    "mig",
    "min",
    "mitt",
    "mvh",
    "nar",
    "nu",
    "och",
    "ocksa",
    "oss",
    "pa",
    "sig",
    "sin",
    "ska",
    "som",
    "tack",
    "till",
    "har",
    "var",
    "vad",
    "vi",
    "ni",
    "er",
    "ert",
    "dig",
    "din",
    "ditt",
    "the",
    "and",
    "for",
    "you",
    "your",
    "have",
    "has",
    "not",
    "but",
    "can",
    "this",
    "that",
    "with",
    "from",
    "are",
    "was",
    "what",
    "when",
    "hello",
    "thanks",
    "vanliga",
    "halsningar",
];

/// The number of letters a word is cut to.
const STEM: usize = 6;

fn fold(c: char) -> Option<char> {
    match c {
        'å' | 'ä' | 'Å' | 'Ä' | 'à' | 'á' => Some('a'),
        'ö' | 'Ö' | 'ø' | 'Ø' => Some('o'),
        'é' | 'è' | 'É' => Some('e'),
        'ü' | 'Ü' => Some('u'),
        c if c.is_ascii_alphanumeric() => Some(c.to_ascii_lowercase()),
        _ => None,
    }
}

/// The terms of a text.
pub fn terms(text: &str) -> Terms {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut push = |word: &mut String| {
        if word.chars().count() >= 3 && !STOP.contains(&word.as_str()) {
            out.push(word.chars().take(STEM).collect::<String>());
        }
        word.clear();
    };
    for c in text.chars() {
        match fold(c) {
            Some(f) => word.push(f),
            None => push(&mut word),
        }
    }
    push(&mut word);
    out.sort();
    out.dedup();
    Terms(out)
}

impl Terms {
    /// How many terms.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The terms of both texts together.
    pub fn union(&self, other: &Terms) -> Terms {
        let mut all = self.0.clone();
        all.extend(other.0.iter().cloned());
        all.sort();
        all.dedup();
        Terms(all)
    }

    /// The cosine of two term sets: 0 (nothing shared) to 1 (the same terms).
    pub fn similarity(&self, other: &Terms) -> f32 {
        if self.0.is_empty() || other.0.is_empty() {
            return 0.0;
        }
        let (mut i, mut j, mut shared) = (0, 0, 0usize);
        while i < self.0.len() && j < other.0.len() {
            match self.0[i].cmp(&other.0[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        let norm = ((self.0.len() * other.0.len()) as f32).sqrt();
        shared as f32 / norm
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contacts_about_the_same_fault_are_alike_and_others_are_not() {
        let incident = terms("Inloggningen i appen fungerar inte (BankID)");
        let same =
            terms("Hej! Jag kan inte logga in i appen, inloggningsfel med BankID sedan i morse");
        let english = terms("I cannot log in to the app, BankID login fails");
        let other = terms("Jag vill byta adress på mitt konto");
        assert!(
            incident.similarity(&same) > 0.4,
            "{}",
            incident.similarity(&same)
        );
        assert!(
            incident.similarity(&english) > 0.2,
            "{}",
            incident.similarity(&english)
        );
        assert!(
            incident.similarity(&other) < 0.1,
            "{}",
            incident.similarity(&other)
        );
        assert_eq!(incident.similarity(&incident), 1.0);
        assert_eq!(terms("och att det").similarity(&incident), 0.0);
    }
}
