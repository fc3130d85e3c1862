//! The code of conduct: a post that threatens, is racist or sexist, is very crude, harasses
//! someone, or names a member of staff in a hostile or exposing way. Each finding names
//! its evidence. Rules combine lexicon classes within a sentence: a violent verb with a
//! target or intent is a threat; a group with a hateful predicate is racism; an insult
//! aimed at one person is harassment.

mod lexicon;

use serde::Serialize;

use crate::words::{Word, fold};
pub use lexicon::{Class, Hit, Lexicon};

/// A code-of-conduct category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Threats of violence or harm.
    Threat,
    /// Racist slurs or hateful generalisations about ethnic groups or religions.
    Racism,
    /// Misogynist slurs or generalisations about women.
    Sexism,
    /// Very crude language.
    SevereProfanity,
    /// A member of staff named in a hostile or exposing way.
    StaffNamed,
    /// Insults or abuse aimed at a person.
    Harassment,
}

impl Category {
    /// Every category.
    pub const ALL: [Self; 6] = [
        Self::Threat,
        Self::Racism,
        Self::Sexism,
        Self::SevereProfanity,
        Self::StaffNamed,
        Self::Harassment,
    ];

    /// Stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Threat => "threat",
            Self::Racism => "racism",
            Self::Sexism => "sexism",
            Self::SevereProfanity => "severe_profanity",
            Self::StaffNamed => "staff_named",
            Self::Harassment => "harassment",
        }
    }

    /// Parses the stable name.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// One violation with its evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Violation {
    /// The category.
    pub category: Category,
    /// Start byte of the evidence.
    pub start: usize,
    /// End byte of the evidence.
    pub end: usize,
    /// The evidence text.
    pub evidence: String,
}

/// What the lexicon saw in a text, for the tone reader too.
#[derive(Debug, Clone, Default)]
pub struct Reading {
    /// Every lexicon hit.
    pub hits: Vec<Hit>,
    /// The violations.
    pub violations: Vec<Violation>,
}

impl Reading {
    /// Whether any hit has the class.
    pub fn has(&self, class: Class) -> bool {
        self.hits.iter().any(|h| h.class == class)
    }
}

fn sentence_of(words: &[Word], hit: &Hit) -> usize {
    words[hit.first].sentence
}

/// Reads a text against the code of conduct. `staff` holds the names and aliases of the
/// company's staff.
pub fn read(text: &str, words: &[Word], staff: &[String]) -> Reading {
    let lexicon = Lexicon::get();
    let mut hits = lexicon.hits(words);
    hits.extend(mentions(words));
    let staff_hits = staff_mentions(words, staff);
    let mut found: Vec<(Category, Hit)> = Vec::new();
    let in_sentence = |a: &Hit, class: Class, hits: &[Hit]| -> Option<Hit> {
        hits.iter()
            .find(|h| h.class == class && sentence_of(words, h) == sentence_of(words, a))
            .copied()
    };
    let near = |a: &Hit, class: Class, span: usize, hits: &[Hit]| -> Option<Hit> {
        hits.iter()
            .find(|h| {
                h.class == class
                    && sentence_of(words, h) == sentence_of(words, a)
                    && h.first + span >= a.first
                    && a.last + span >= h.last
            })
            .copied()
    };
    for hit in &hits {
        match hit.class {
            Class::Severe => found.push((Category::SevereProfanity, *hit)),
            Class::SlurRacist => {
                found.push((Category::Racism, *hit));
                found.push((Category::SevereProfanity, *hit));
            }
            Class::SlurSexist => found.push((Category::Sexism, *hit)),
            Class::Ableist => found.push((Category::Harassment, *hit)),
            Class::Threat => found.push((Category::Threat, *hit)),
            Class::Violent => {
                let aimed = in_sentence(hit, Class::Person, &hits)
                    .or_else(|| in_sentence(hit, Class::Target, &hits))
                    .or_else(|| in_sentence(hit, Class::Intent, &hits));
                if aimed.is_some() {
                    found.push((Category::Threat, *hit));
                }
            }
            Class::Group => {
                let hateful = in_sentence(hit, Class::Hate, &hits)
                    .or_else(|| in_sentence(hit, Class::Insult, &hits))
                    .or_else(|| in_sentence(hit, Class::Severe, &hits));
                if hateful.is_some() {
                    found.push((Category::Racism, *hit));
                }
            }
            Class::Women => {
                let sexist = in_sentence(hit, Class::Sexist, &hits).or_else(|| in_sentence(hit, Class::Insult, &hits));
                if sexist.is_some() {
                    found.push((Category::Sexism, *hit));
                }
            }
            Class::Insult => {
                if near(hit, Class::Person, 4, &hits).is_some() {
                    found.push((Category::Harassment, *hit));
                }
            }
            _ => {}
        }
    }
    // Crude words aimed at one person harass them too ("din lilla kuksugare").
    for hit in hits.iter().filter(|h| matches!(h.class, Class::Severe | Class::SlurSexist | Class::SlurRacist)) {
        if near(hit, Class::Person, 3, &hits).is_some() {
            found.push((Category::Harassment, *hit));
        }
    }
    for name in &staff_hits {
        let hostile = [Class::Hostile, Class::Insult, Class::Severe, Class::SlurSexist, Class::SlurRacist, Class::Threat, Class::Violent, Class::Exposure, Class::Ableist]
            .into_iter()
            .find_map(|class| in_sentence(name, class, &hits));
        if hostile.is_some() || found.iter().any(|(c, h)| *c == Category::Threat && sentence_of(words, h) == sentence_of(words, name)) {
            found.push((Category::StaffNamed, *name));
            if let Some(insult) = in_sentence(name, Class::Insult, &hits) {
                found.push((Category::Harassment, insult));
            }
        }
    }
    let mut violations: Vec<Violation> = Vec::new();
    for (category, hit) in found {
        if violations.iter().any(|v| v.category == category) {
            continue;
        }
        let (start, end) = (words[hit.first].start, words[hit.last].end);
        violations.push(Violation {
            category,
            start,
            end,
            evidence: text[start..end].to_owned(),
        });
    }
    violations.sort_by_key(|v| v.category);
    Reading { hits, violations }
}

/// `@name` mentions are aimed at one person.
fn mentions(words: &[Word]) -> Vec<Hit> {
    words
        .iter()
        .enumerate()
        .filter(|(_, w)| w.mention)
        .map(|(i, _)| Hit { class: Class::Person, first: i, last: i })
        .collect()
}

/// Where staff are named: a full name, a first name or an alias, as whole words.
fn staff_mentions(words: &[Word], staff: &[String]) -> Vec<Hit> {
    let mut out = Vec::new();
    for name in staff {
        let parts: Vec<String> = name.split_whitespace().map(fold).filter(|p| !p.is_empty()).collect();
        let Some(first) = parts.first() else { continue };
        for (i, w) in words.iter().enumerate() {
            if w.folded != *first {
                continue;
            }
            let full = parts.len() > 1
                && parts.iter().enumerate().all(|(k, p)| words.get(i + k).is_some_and(|x| x.folded == *p));
            let last = if full { i + parts.len() - 1 } else { i };
            out.push(Hit { class: Class::Person, first: i, last });
        }
    }
    out
}
