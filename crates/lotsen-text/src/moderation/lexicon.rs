//! The lexicon (`data/lexicon.tsv`, written for this project), folded once and looked up
//! by word: single words, phrases of consecutive words, and prefixes.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::words::{Word, fold};

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
}

impl Class {
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
    words: HashMap<String, Vec<Class>>,
    phrases: Vec<(Vec<String>, Class)>,
    prefixes: Vec<(String, Class)>,
    by_length: HashMap<usize, Vec<(String, Class)>>,
}

const SOURCE: &str = include_str!("../../data/lexicon.tsv");

/// Words that start like a crude prefix but are innocent (places, things, names).
const INNOCENT: &[&str] = &["fitja", "fitness", "kuksa", "kukasari", "kukolaforsen", "kukola", "horisont", "hormon", "horn"];

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
            let Some((class, term)) = line.split_once('\t') else { continue };
            let Some(class) = Class::parse(class.trim()) else { continue };
            let term = term.trim();
            if let Some(prefix) = term.strip_suffix('*') {
                lexicon.prefixes.push((fold(prefix), class));
            } else if term.contains(' ') {
                let parts: Vec<String> = term.split_whitespace().map(fold).collect();
                lexicon.phrases.push((parts, class));
            } else {
                let folded = fold(term);
                lexicon.by_length.entry(term.chars().count()).or_default().push((term.to_lowercase(), class));
                lexicon.words.entry(folded).or_default().push(class);
            }
        }
        lexicon
    }

    /// Every term found in the words.
    pub fn hits(&self, words: &[Word]) -> Vec<Hit> {
        let mut out = Vec::new();
        for (i, w) in words.iter().enumerate() {
            if w.folded.contains('*') {
                self.masked(w, i, &mut out);
                continue;
            }
            if let Some(classes) = self.words.get(&w.folded) {
                out.extend(classes.iter().map(|c| Hit { class: *c, first: i, last: i }));
            }
            if !INNOCENT.iter().any(|x| w.folded.starts_with(x)) {
                for (prefix, class) in &self.prefixes {
                    if w.folded.len() > prefix.len() && w.folded.starts_with(prefix.as_str()) {
                        out.push(Hit { class: *class, first: i, last: i });
                    }
                }
            }
        }
        for (parts, class) in &self.phrases {
            if parts.is_empty() {
                continue;
            }
            for start in 0..words.len().saturating_sub(parts.len() - 1) {
                if parts.iter().enumerate().all(|(k, p)| words[start + k].folded == *p) {
                    out.push(Hit { class: *class, first: start, last: start + parts.len() - 1 });
                }
            }
        }
        out
    }

    /// A word with masked letters matches the terms of its length whose visible letters
    /// agree (`f*n`, `h*ra`, `j**la`); the crudest reading wins.
    fn masked(&self, w: &Word, i: usize, out: &mut Vec<Hit>) {
        let pattern: Vec<char> = w.plain.chars().collect();
        let visible = pattern.iter().filter(|c| **c != '*').count();
        if visible == 0 || pattern.first() == Some(&'*') {
            return;
        }
        let Some(candidates) = self.by_length.get(&pattern.len()) else { return };
        let mut classes: Vec<Class> = candidates
            .iter()
            .filter(|(term, _)| {
                term.chars().count() == pattern.len()
                    && term.chars().zip(&pattern).all(|(t, p)| *p == '*' || fold(&t.to_string()) == fold(&p.to_string()))
            })
            .map(|(_, c)| *c)
            .collect();
        classes.sort_by_key(|c| usize::from(*c == Class::Mild));
        classes.dedup();
        // A masked word that could be mild or crude reads as written: mild wins only alone.
        if classes.iter().any(|c| *c == Class::Mild) {
            classes.retain(|c| *c == Class::Mild);
        }
        out.extend(classes.into_iter().map(|class| Hit { class, first: i, last: i }));
    }
}
