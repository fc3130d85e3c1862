//! The staff directory as the guard reads it: every name and alias folded once, when
//! the directory is made, and the keys of their first parts behind a filter, so a text
//! is matched against a directory of any size in one reading of its words.

use std::sync::Arc;

use super::{Class, Hit};
use crate::words::{KeyFilter, Word, fold, key, same_form};

/// The names and aliases of the company's staff, prepared for matching. Cloning is cheap
/// (the directory is shared).
#[derive(Debug, Clone, Default)]
pub struct Staff(Arc<Directory>);

#[derive(Debug, Default)]
struct Directory {
    names: Vec<String>,
    /// Each name's folded parts, empty parts left out.
    parts: Vec<Vec<String>>,
    /// The key of each name's first part and the name's index, sorted.
    firsts: Vec<(u64, usize)>,
    /// The keys of `firsts`, for a directory too large to compare each word with every
    /// name: most words of a text are no staff member's name.
    filter: Option<KeyFilter>,
    /// For a small directory, one bit per name (by the top six bits of its key): a word
    /// whose bit is clear is compared with no name.
    bits: u64,
}

/// The bit of a key in [`Directory::bits`].
fn bit(key: u64) -> u64 {
    1 << (key >> 58)
}

/// Up to this many names, a word's key is compared with each name's: cheaper than the
/// filter, which is 8 KB to keep in cache.
const FEW: usize = 16;

impl Staff {
    /// A directory of these names and aliases ("Anna Lindqvist", "Lina").
    pub fn new<I, S>(names: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let names: Vec<String> = names.into_iter().map(Into::into).collect();
        let parts: Vec<Vec<String>> = names
            .iter()
            .map(|n| {
                n.split_whitespace()
                    .map(fold)
                    .filter(|p| !p.is_empty())
                    .collect()
            })
            .collect();
        let mut firsts: Vec<(u64, usize)> = parts
            .iter()
            .enumerate()
            .filter_map(|(n, p)| Some((key(p.first()?.as_bytes()), n)))
            .collect();
        firsts.sort_unstable();
        let filter = (firsts.len() > FEW).then(|| {
            let mut filter = KeyFilter::with_capacity(firsts.len());
            for (k, _) in &firsts {
                filter.insert(*k);
            }
            filter
        });
        let bits = firsts.iter().fold(0, |b, (k, _)| b | bit(*k));
        Self(Arc::new(Directory {
            names,
            parts,
            firsts,
            filter,
            bits,
        }))
    }

    /// The names and aliases as given.
    pub fn names(&self) -> &[String] {
        &self.0.names
    }

    /// Whether the directory holds no name.
    pub fn is_empty(&self) -> bool {
        self.0.names.is_empty()
    }

    /// Where staff are named: a full name, a first name or an alias, as whole words; by
    /// name, then by place in the text.
    pub(crate) fn mentions(&self, words: &[Word]) -> Vec<Hit> {
        let d = &self.0;
        let mut seen: Vec<(usize, usize)> = Vec::new();
        for (i, w) in words.iter().enumerate() {
            let Some(filter) = &d.filter else {
                if d.bits & bit(w.key) == 0 {
                    continue;
                }
                for (_, n) in d.firsts.iter().filter(|(k, _)| *k == w.key) {
                    seen.push((*n, i));
                }
                continue;
            };
            if !filter.may_contain(w.key) {
                continue;
            }
            let from = d.firsts.partition_point(|(k, _)| *k < w.key);
            for (_, n) in d.firsts[from..].iter().take_while(|(k, _)| *k == w.key) {
                seen.push((*n, i));
            }
        }
        seen.sort_unstable();
        let mut out = Vec::new();
        for (n, i) in seen {
            let parts = &d.parts[n];
            // Keys agree; the forms must too.
            if parts
                .first()
                .is_none_or(|first| !same_form(words[i].folded, first))
            {
                continue;
            }
            let full = parts.len() > 1
                && parts
                    .iter()
                    .enumerate()
                    .all(|(k, p)| words.get(i + k).is_some_and(|x| x.folded == p));
            let last = if full { i + parts.len() - 1 } else { i };
            out.push(Hit {
                class: Class::Person,
                first: i,
                last,
            });
        }
        out
    }
}

impl From<Vec<String>> for Staff {
    fn from(names: Vec<String>) -> Self {
        Self::new(names)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::words;

    fn named(staff: &Staff, text: &str) -> Vec<(usize, usize)> {
        let mut arena = String::new();
        let ws = words(text, &mut arena);
        staff
            .mentions(&ws)
            .iter()
            .map(|h| (h.first, h.last))
            .collect()
    }

    #[test]
    fn full_names_first_names_and_aliases_are_found() {
        let staff = Staff::new(["Anna Lindqvist", "Lina", "Åsa Öberg"]);
        assert_eq!(
            named(&staff, "Hej Anna Lindqvist och lina"),
            [(1, 2), (4, 4)]
        );
        assert_eq!(named(&staff, "asa oberg svarade"), [(0, 1)]);
        assert_eq!(named(&staff, "Annika och Linnea"), []);
        assert!(named(&Staff::default(), "Anna").is_empty());
    }

    #[test]
    fn a_large_directory_finds_its_names() {
        let mut names: Vec<String> = (0..500).map(|k| format!("Agent{k} Efternamn")).collect();
        names.push("Fatima Osman".into());
        let staff = Staff::new(names);
        assert_eq!(named(&staff, "Fatima Osman är otrevlig"), [(0, 1)]);
        assert_eq!(staff.names().len(), 501);
    }
}
