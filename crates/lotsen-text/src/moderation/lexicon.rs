//! The lexicon (`data/lexicon.tsv`, written for this project), folded once and looked up
//! by word: single words, phrases of consecutive words, and prefixes.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

use crate::words::{KeyFilter, Word, accents_agree, fold, key, pair_key, same_form, strict_fold};

/// What a lexicon term is evidence of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Class {
    /// Very crude words.
    Severe,
    /// Everyday swearing.
    Mild,
    /// Racist slurs.
    SlurRacist,
    /// Groups racist posts generalise about.
    Group,
    /// What racist generalisations say.
    Hate,
    /// Misogynist slurs.
    SlurSexist,
    /// Women as a group.
    Women,
    /// What sexist generalisations say.
    Sexist,
    /// Insults.
    Insult,
    /// Slurs that harass on their own.
    Ableist,
    /// One person an insult or threat is aimed at.
    Person,
    /// A group an insult or threat is aimed at (the staff, the bank).
    Target,
    /// Violent verbs.
    Violent,
    /// Said with intent.
    Intent,
    /// Threats on their own.
    Threat,
    /// Hostility towards a person.
    Hostile,
    /// Exposure of a person.
    Exposure,
    /// Weapons; a threat when aimed, intended or conditional.
    Weapon,
    /// A condition that turns harm into a threat ("annars", "or else").
    Condition,
    /// Knowing where someone is ("jag vet var", "I know where").
    Know,
    /// Where someone lives, works or what they drive (what a threat claims to know).
    Whereabouts,
    /// Demands for staff of the "right" ethnicity (racism on their own).
    Nativist,
    /// Sexist on their own ("typiskt kvinnlig", "put a man on").
    Misogyny,
    /// Sexual or belittling advances to an agent (harassment, but not anger).
    Advance,
    /// Campaigns against a person or their private data (doxxing).
    Doxx,
    /// Words that aim an insult at a whole group ("a bunch of clowns", "allihop").
    Collective,
    /// Veiled threats that need a condition ("keep ignoring me and see what happens").
    Veiled,
    /// Contempt for the company: angry in tone, but no violation.
    Contempt,
    /// Calls on others to go to a person ("någon som vill säga hej?", "feel free"): a
    /// threat next to where that person is.
    Incite,
}

impl Class {
    /// Every class, in the order declared (so `ALL[c as usize] == c`).
    pub const ALL: [Self; 29] = [
        Self::Severe,
        Self::Mild,
        Self::SlurRacist,
        Self::Group,
        Self::Hate,
        Self::SlurSexist,
        Self::Women,
        Self::Sexist,
        Self::Insult,
        Self::Ableist,
        Self::Person,
        Self::Target,
        Self::Violent,
        Self::Intent,
        Self::Threat,
        Self::Hostile,
        Self::Exposure,
        Self::Weapon,
        Self::Condition,
        Self::Know,
        Self::Whereabouts,
        Self::Nativist,
        Self::Misogyny,
        Self::Advance,
        Self::Doxx,
        Self::Collective,
        Self::Veiled,
        Self::Contempt,
        Self::Incite,
    ];

    /// The name the lexicon file uses.
    pub fn name(self) -> &'static str {
        match self {
            Self::Severe => "severe",
            Self::Mild => "mild",
            Self::SlurRacist => "slur_racist",
            Self::Group => "group",
            Self::Hate => "hate",
            Self::SlurSexist => "slur_sexist",
            Self::Women => "women",
            Self::Sexist => "sexist",
            Self::Insult => "insult",
            Self::Ableist => "ableist",
            Self::Person => "person",
            Self::Target => "target",
            Self::Violent => "violent",
            Self::Intent => "intent",
            Self::Threat => "threat",
            Self::Hostile => "hostile",
            Self::Exposure => "exposure",
            Self::Weapon => "weapon",
            Self::Condition => "condition",
            Self::Know => "know",
            Self::Whereabouts => "whereabouts",
            Self::Nativist => "nativist",
            Self::Misogyny => "misogyny",
            Self::Advance => "advance",
            Self::Doxx => "doxx",
            Self::Collective => "collective",
            Self::Veiled => "veiled",
            Self::Contempt => "contempt",
            Self::Incite => "incite",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "severe" => Self::Severe,
            "mild" => Self::Mild,
            "slur_racist" => Self::SlurRacist,
            "group" => Self::Group,
            "hate" => Self::Hate,
            "slur_sexist" => Self::SlurSexist,
            "women" => Self::Women,
            "sexist" => Self::Sexist,
            "insult" => Self::Insult,
            "ableist" => Self::Ableist,
            "person" => Self::Person,
            "target" => Self::Target,
            "violent" => Self::Violent,
            "intent" => Self::Intent,
            "threat" => Self::Threat,
            "hostile" => Self::Hostile,
            "exposure" => Self::Exposure,
            "weapon" => Self::Weapon,
            "condition" => Self::Condition,
            "know" => Self::Know,
            "whereabouts" => Self::Whereabouts,
            "nativist" => Self::Nativist,
            "misogyny" => Self::Misogyny,
            "advance" => Self::Advance,
            "doxx" => Self::Doxx,
            "contempt" => Self::Contempt,
            "veiled" => Self::Veiled,
            "collective" => Self::Collective,
            "incite" => Self::Incite,
            _ => return None,
        })
    }
}

/// A match of a term in a text: word indexes `first..=last`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// The class.
    pub class: Class,
    /// First word.
    pub first: usize,
    /// Last word.
    pub last: usize,
}

/// The folded lexicon.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// Single words by the key of their folded form: the form, class and strict form.
    words: HashMap<u64, Vec<(String, Class, Vec<char>)>>,
    /// Phrases: their words' folded forms and keys, and their class.
    phrases: Vec<(Vec<String>, Vec<u64>, Class)>,
    /// Phrases by the [`pair_key`] of their first two words.
    phrase_index: HashMap<u64, Vec<usize>>,
    /// Prefix terms, in order of their first byte.
    prefixes: Vec<(String, Vec<char>, Class)>,
    /// Per first byte, the range of `prefixes` starting with it: a word is compared only
    /// with the prefixes that start like it.
    prefix_ranges: Vec<(u16, u16)>,
    infixes: Vec<(String, Class)>,
    by_length: HashMap<usize, Vec<(String, Class)>>,
    /// The keys of `words` and `phrase_index`: most words of a text are in neither.
    filter: KeyFilter,
}

const SOURCE: &str = include_str!("../../data/lexicon.tsv");

/// Words that start like a crude prefix but are innocent (places, things, names), as
/// written in lower case.
const INNOCENT: &[&str] = &[
    "fittja",
    "fitness",
    "kuksa",
    "kukkasaari",
    "kukkolaforsen",
    "kukkola",
    "horisont",
    "hormon",
    "horn",
    "negativ",
    "negerade",
    // Folding collapses "fitt" to "fit": English fit, fits, fitting and Fitbit are not it.
    "fits",
    "fitting",
    "fitted",
    "fitbit",
];

/// Words that fold like a slur but are innocent as written ("Niger" is a country).
const INNOCENT_WORDS: &[&str] = &["niger", "nigers", "nigeria"];

/// Crude words that are also first names: capitalised inside a sentence, a name.
const NAMES: &[&str] = &["dick", "fanny"];

/// One character folded like a word (`ä` reads as `a`), `None` for a mask or separator.
fn fold_char_str(c: char) -> Option<char> {
    crate::words::fold_char(c)
}

/// Whether a word is letters followed by two or more digits.
fn code_like(plain: &str) -> bool {
    let digits = plain.bytes().rev().take_while(u8::is_ascii_digit).count();
    digits >= 2
        && plain
            .bytes()
            .take(plain.len() - digits)
            .all(|b| b.is_ascii_alphabetic())
}

/// Whether the word at `i` only looks like a lexicon word: a place, a thing or a name.
fn innocent(words: &[Word], i: usize) -> bool {
    let w = &words[i];
    let plain = w.plain;
    let after_start = i > 0 && words[i - 1].sentence == w.sentence;
    let first = plain.as_bytes().first().copied();
    INNOCENT
        .iter()
        .any(|x| x.as_bytes().first().copied() == first && plain.starts_with(x))
        || INNOCENT_WORDS.contains(&plain)
        || (w.capital && !w.shouted && after_start && NAMES.contains(&plain))
}

impl Lexicon {
    /// The project's lexicon, parsed once.
    pub fn get() -> &'static Self {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(|| Self::parse(SOURCE))
    }

    fn parse(source: &str) -> Self {
        let mut lexicon = Self::default();
        for line in source.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((class, term)) = line.split_once('\t') else {
                continue;
            };
            let Some(class) = Class::parse(class.trim()) else {
                continue;
            };
            let spaced = term.trim().replace(['\'', '’'], " ");
            let term = spaced.as_str();
            if let Some(infix) = term.strip_prefix('*').and_then(|t| t.strip_suffix('*')) {
                // An empty infix would match every word: such a line is skipped.
                let infix = fold(infix);
                if !infix.is_empty() {
                    lexicon.infixes.push((infix, class));
                }
            } else if let Some(prefix) = term.strip_suffix('*') {
                lexicon
                    .prefixes
                    .push((fold(prefix), strict_fold(prefix), class));
            } else if term.contains(' ') {
                let parts: Vec<String> = term.split_whitespace().map(fold).collect();
                let keys = parts.iter().map(|p| key(p.as_bytes())).collect();
                lexicon.phrases.push((parts, keys, class));
            } else {
                let folded = fold(term);
                lexicon
                    .by_length
                    .entry(term.chars().count())
                    .or_default()
                    .push((term.to_lowercase(), class));
                lexicon
                    .words
                    .entry(key(folded.as_bytes()))
                    .or_default()
                    .push((folded, class, strict_fold(term)));
            }
        }
        // An empty prefix would match every word: such a term is dropped.
        lexicon.prefixes.retain(|(p, ..)| !p.is_empty());
        lexicon.prefixes.sort_by_key(|(p, ..)| p.as_bytes()[0]);
        lexicon.prefix_ranges = vec![(0, 0); 256];
        for (k, (prefix, ..)) in lexicon.prefixes.iter().enumerate() {
            let k = u16::try_from(k).unwrap_or(u16::MAX);
            let range = &mut lexicon.prefix_ranges[usize::from(prefix.as_bytes()[0])];
            if range.0 == range.1 {
                *range = (k, k);
            }
            range.1 = k.saturating_add(1);
        }
        for (k, (_, keys, _)) in lexicon.phrases.iter().enumerate() {
            if let [first, second, ..] = keys.as_slice() {
                let index = pair_key(*first, *second);
                lexicon.phrase_index.entry(index).or_default().push(k);
            }
        }
        lexicon.filter = KeyFilter::with_capacity(lexicon.words.len() + lexicon.phrase_index.len());
        for k in lexicon.words.keys().chain(lexicon.phrase_index.keys()) {
            lexicon.filter.insert(*k);
        }
        lexicon
    }

    /// Every term found in the words.
    pub fn hits(&self, words: &[Word]) -> Vec<Hit> {
        let mut out = Vec::new();
        for (i, w) in words.iter().enumerate() {
            if w.masked {
                self.masked(w, i, &mut out);
                continue;
            }
            // Letters then two or more digits are a code (an IBAN's "FI75", "A12"), not
            // leetspeak.
            if code_like(w.plain) {
                continue;
            }
            // Most words hit nothing; only a hit asks whether the word is innocent.
            let before = out.len();
            self.word_hits(w, i, &mut out);
            if out.len() > before && innocent(words, i) {
                out.truncate(before);
            }
        }
        for (start, pair) in words.windows(2).enumerate() {
            let index = pair_key(pair[0].key, pair[1].key);
            if !self.filter.may_contain(index) {
                continue;
            }
            let Some(candidates) = self.phrase_index.get(&index) else {
                continue;
            };
            for &k in candidates {
                let (parts, keys, class) = &self.phrases[k];
                let fits = words.len() >= start + parts.len()
                    && keys.iter().zip(&words[start..]).all(|(k, w)| *k == w.key)
                    && parts
                        .iter()
                        .zip(&words[start..])
                        .all(|(p, w)| same_form(p, w.folded));
                if fits {
                    out.push(Hit {
                        class: *class,
                        first: start,
                        last: start + parts.len() - 1,
                    });
                }
            }
        }
        out
    }

    /// Whole words, prefixes and infixes matching one unmasked word.
    fn word_hits(&self, w: &Word, i: usize, out: &mut Vec<Hit>) {
        let folded = w.folded;
        // The accent check needs a second folding; most words match nothing, so fold late.
        // A word written without å, ä or ö agrees with every term: no folding at all.
        let mut strict_cache: Option<Vec<char>> = None;
        let known = self.filter.may_contain(w.key);
        if let Some(classes) = known.then(|| self.words.get(&w.key)).flatten() {
            if !w.plain.is_ascii() {
                strict_cache = Some(strict_fold(w.plain));
            }
            for (form, c, term) in classes {
                let agree = strict_cache.as_ref().is_none_or(|s| accents_agree(s, term));
                if same_form(form, folded) && agree {
                    out.push(Hit {
                        class: *c,
                        first: i,
                        last: i,
                    });
                }
            }
        }
        let (from, to) = folded
            .as_bytes()
            .first()
            .and_then(|b| self.prefix_ranges.get(usize::from(*b)))
            .map_or((0, 0), |(a, b)| (usize::from(*a), usize::from(*b)));
        for (prefix, strict_prefix, class) in self.prefixes.get(from..to).unwrap_or_default() {
            // The first byte agrees (the range is by it); most words differ at the
            // second, told apart without a comparison call.
            if folded.len() > prefix.len()
                && folded.as_bytes().get(1) == prefix.as_bytes().get(1)
                && folded.starts_with(prefix.as_str())
                && (w.plain.is_ascii()
                    || accents_agree(
                        strict_cache.get_or_insert_with(|| strict_fold(w.plain)),
                        strict_prefix,
                    ))
            {
                out.push(Hit {
                    class: *class,
                    first: i,
                    last: i,
                });
            }
        }
        for (infix, class) in &self.infixes {
            // Words are short: comparing where the first letter stands beats setting up a
            // substring search.
            let (infix, bytes) = (infix.as_bytes(), folded.as_bytes());
            let found = bytes.len() >= infix.len()
                && (0..=bytes.len() - infix.len())
                    .any(|k| bytes[k] == infix[0] && bytes[k..].starts_with(infix));
            if found {
                out.push(Hit {
                    class: *class,
                    first: i,
                    last: i,
                });
            }
        }
    }

    /// A masked compound whose start agrees with a crude prefix reads as that prefix
    /// ("k*kbank", "f*ttbolag"); at least two letters of the prefix must be visible.
    fn masked_prefix(&self, pattern: &[char], i: usize, out: &mut Vec<Hit>) {
        for (_, strict_prefix, class) in &self.prefixes {
            if *class != Class::Severe || pattern.len() <= strict_prefix.len() + 1 {
                continue;
            }
            let mut visible = 0;
            let agrees = strict_prefix.iter().zip(pattern).all(|(t, p)| {
                let same = *p != '*' && fold_char_str(*t) == fold_char_str(*p);
                visible += usize::from(same);
                *p == '*' || same
            });
            if agrees && visible >= 2 && pattern[..strict_prefix.len()].contains(&'*') {
                out.push(Hit {
                    class: *class,
                    first: i,
                    last: i,
                });
                return;
            }
        }
    }

    /// A word with masked letters matches the terms of its length whose visible letters
    /// agree (`f*n`, `h*ra`, `j**la`); the crudest reading wins.
    fn masked(&self, w: &Word, i: usize, out: &mut Vec<Hit>) {
        let pattern: Vec<char> = w.plain.chars().collect();
        let visible = pattern.iter().filter(|c| **c != '*').count();
        if visible == 0 || pattern.first() == Some(&'*') {
            return;
        }
        self.masked_prefix(&pattern, i, out);
        let Some(candidates) = self.by_length.get(&pattern.len()) else {
            return;
        };
        let matching: Vec<&(String, Class)> = candidates
            .iter()
            .filter(|(term, _)| {
                term.chars().count() == pattern.len()
                    && term
                        .chars()
                        .zip(&pattern)
                        .all(|(t, p)| *p == '*' || fold_char_str(t) == fold_char_str(*p))
            })
            .collect();
        // Only the crude readings count when there are any: "f***" is "fuck", not "fega".
        // A masked word that could be mild or crude reads as written: mild wins.
        let mild = matching.iter().any(|(_, c)| *c == Class::Mild);
        let crude: Vec<&str> = matching
            .iter()
            .filter(|(_, c)| *c == Class::Severe && !mild)
            .map(|(t, _)| t.as_str())
            .collect();
        let mut classes: Vec<Class> = matching
            .iter()
            .filter(|(term, _)| crude.is_empty() || crude.contains(&term.as_str()))
            .map(|(_, c)| *c)
            .collect();
        classes.sort_by_key(|c| usize::from(*c == Class::Mild));
        classes.dedup();
        // A masked word that could be mild or crude reads as written: mild wins only alone.
        if classes.contains(&Class::Mild) {
            classes.retain(|c| *c == Class::Mild);
        }
        out.extend(classes.into_iter().map(|class| Hit {
            class,
            first: i,
            last: i,
        }));
    }
}
