//! A learned second opinion on the code of conduct and the tone. The rules read what
//! their lexicon knows; customers write in more ways than any lexicon lists. This linear
//! model reads every word (whole, in pairs and as letter quadruples, so inflections,
//! compounds and masked letters share weight) together with what the rules saw, and was
//! fitted on our labelled development sets by `examples/train.rs`. Its weights live in
//! `data/model.tsv`, with the threshold per category chosen by cross-validation there.
//!
//! A category is reported when the rules find it or the model's probability reaches its
//! threshold; the tone is the model's, which has the rules' tone among its inputs.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::moderation::{Category, Reading};
use crate::tone::{Signal, Tone};
use crate::words::Word;

/// Code-of-conduct heads, in [`Category::ALL`] order.
pub const CATEGORIES: usize = 6;
/// Tone heads, in [`TONES_ORDER`] order.
pub const TONES: usize = 3;
/// Every output of the model.
pub const HEADS: usize = CATEGORIES + TONES;
/// The tones in the order of the model's tone heads.
pub const TONES_ORDER: [Tone; TONES] = [Tone::Angry, Tone::Upset, Tone::Neutral];

/// The word a staff member's name is read as, so names of any directory share weight.
const STAFF_WORD: &str = "@staff";

/// One feature of a text: the hash of its name and the word it comes from (for evidence).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Feature {
    /// FNV-1a hash of the feature's name.
    pub key: u64,
    /// Index of the word it was read from, if any.
    pub word: Option<usize>,
}

/// FNV-1a, 64 bits.
fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The finaliser of SplitMix64: spreads a combined key over all bits.
fn mix(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// Keys by kind of feature. A text's features are keyed from parts hashed once (a word's
/// hash serves its unigram and both its pairs; a quadruple of letters is its four bytes),
/// and [`key_of`] keys a feature's written name the same way.
const TAG_WORD: u64 = 0x7761;
const TAG_PAIR: u64 = 0x6270;
const TAG_GRAM: u64 = 0x6367;
const TAG_OTHER: u64 = 0x6f74;

fn word_feature(word_hash: u64) -> u64 {
    mix(word_hash ^ TAG_WORD)
}

fn pair_feature(first: u64, second: u64) -> u64 {
    mix(first.rotate_left(23) ^ second ^ TAG_PAIR)
}

fn gram_feature(gram: [u8; 4]) -> u64 {
    mix(u64::from(u32::from_le_bytes(gram)) << 8 ^ TAG_GRAM)
}

fn other_feature(name: &[u8]) -> u64 {
    mix(fnv(name) ^ TAG_OTHER)
}

/// The key of a feature's written name (`w:word`, `b:first second`, `c:abcd`, or any
/// other name), as [`features`] computes it from a text.
pub fn key_of(name: &str) -> u64 {
    if let Some(word) = name.strip_prefix("w:") {
        word_feature(fnv(word.as_bytes()))
    } else if let Some((first, second)) = name.strip_prefix("b:").and_then(|p| p.split_once(' ')) {
        pair_feature(fnv(first.as_bytes()), fnv(second.as_bytes()))
    } else if let Some(gram) = name
        .strip_prefix("c:")
        .and_then(|g| <[u8; 4]>::try_from(g.as_bytes()).ok())
    {
        gram_feature(gram)
    } else {
        other_feature(name.as_bytes())
    }
}

/// Collects features, and their names when training asks for them.
struct Sink<'n> {
    list: Vec<Feature>,
    names: Option<&'n mut Vec<String>>,
}

impl Sink<'_> {
    fn push(&mut self, key: u64, word: Option<usize>, name: impl FnOnce() -> String) {
        self.list.push(Feature { key, word });
        if let Some(names) = self.names.as_deref_mut() {
            names.push(name());
        }
    }

    fn other(&mut self, parts: &[&str], word: Option<usize>) {
        let key = if let [one] = parts {
            other_feature(one.as_bytes())
        } else {
            other_feature(parts.concat().as_bytes())
        };
        self.push(key, word, || parts.concat());
    }
}

/// What the model reads besides the words: the rules' findings.
#[derive(Debug, Clone, Copy)]
pub struct RuleView<'a> {
    /// The code-of-conduct reading.
    pub reading: &'a Reading,
    /// The rules' tone.
    pub tone: Tone,
    /// The tone signals.
    pub signals: &'a [Signal],
}

/// The features of a text. With `names`, also the readable name of each feature, in the
/// same order (training needs them; analysis does not).
pub fn features(
    text: &str,
    words: &[Word],
    rules: RuleView,
    names: Option<&mut Vec<String>>,
) -> Vec<Feature> {
    let mut sink = Sink {
        list: Vec::with_capacity(words.len() * 6 + 16),
        names,
    };
    let staff_word = |i: usize| {
        rules
            .reading
            .staff
            .iter()
            .any(|h| h.first <= i && i <= h.last)
    };
    let forms: Vec<&str> = (0..words.len())
        .map(|i| {
            if staff_word(i) {
                STAFF_WORD
            } else {
                words[i].folded
            }
        })
        .collect();
    let hashes: Vec<u64> = forms.iter().map(|f| fnv(f.as_bytes())).collect();
    for (i, w) in words.iter().enumerate() {
        let f = forms[i];
        sink.push(word_feature(hashes[i]), Some(i), || format!("w:{f}"));
        if let Some(next) = words.get(i + 1)
            && next.sentence == w.sentence
        {
            let key = pair_feature(hashes[i], hashes[i + 1]);
            sink.push(key, Some(i), || format!("b:{f} {}", forms[i + 1]));
        }
        if f.len() >= 3 && f != STAFF_WORD {
            let bytes = f.as_bytes();
            let padded_len = bytes.len() + 2;
            for start in 0..padded_len.saturating_sub(3) {
                let gram: [u8; 4] = std::array::from_fn(|k| {
                    let at = start + k;
                    if at == 0 {
                        b'<'
                    } else if at == padded_len - 1 {
                        b'>'
                    } else {
                        bytes.get(at - 1).copied().unwrap_or(b'>')
                    }
                });
                sink.push(gram_feature(gram), Some(i), || {
                    format!("c:{}", String::from_utf8_lossy(&gram))
                });
            }
        }
        if w.shouted && w.end - w.start >= 3 {
            sink.other(&["x:shouted"], Some(i));
        }
    }
    for hit in &rules.reading.hits {
        sink.other(&["r:", hit.class.name()], Some(hit.first));
    }
    for v in &rules.reading.violations {
        sink.other(&["v:", v.category.as_str()], None);
    }
    sink.other(&["t:", rules.tone.as_str()], None);
    for s in rules.signals {
        sink.other(&["s:", signal_name(*s)], None);
    }
    if !rules.reading.staff.is_empty() {
        sink.other(&["x:staff"], None);
    }
    if words.iter().any(|w| w.mention) {
        sink.other(&["x:mention"], None);
    }
    if text.contains("!!") {
        sink.other(&["x:!!"], None);
    }
    if text.contains("??") {
        sink.other(&["x:??"], None);
    }
    sink.other(&["x:bias"], None);
    sink.list
}

fn signal_name(s: Signal) -> &'static str {
    match s {
        Signal::Shouting => "shouting",
        Signal::RepeatedPunctuation => "repeated_punctuation",
        Signal::RepeatedContact => "repeated_contact",
        Signal::MoneyAtStake => "money_at_stake",
        Signal::AccessAtStake => "access_at_stake",
        Signal::Urgency => "urgency",
        Signal::Swearing => "swearing",
    }
}

/// The fitted model: a weight per feature and head, and a threshold per category.
#[derive(Debug, Default)]
pub struct Model {
    weights: FxHashMap<u64, [f32; HEADS]>,
    thresholds: [f32; CATEGORIES],
}

/// What the model says about one text.
#[derive(Debug, Clone, PartialEq)]
pub struct Opinion {
    /// Probability per category, in [`Category::ALL`] order.
    pub categories: [f32; CATEGORIES],
    /// The word that weighs most for each category, if any weighs for it.
    pub evidence: [Option<usize>; CATEGORIES],
    /// Probability per tone, in [`TONES_ORDER`] order.
    pub tones: [f32; TONES],
}

impl Opinion {
    /// The categories at or over their thresholds.
    pub fn flagged(&self, model: &Model) -> Vec<Category> {
        Category::ALL
            .into_iter()
            .zip(self.categories.iter().zip(model.thresholds))
            .filter(|(_, (p, t))| **p >= *t)
            .map(|(c, _)| c)
            .collect()
    }

    /// The most probable tone.
    pub fn tone(&self) -> Tone {
        let mut best = 0;
        for k in 1..TONES {
            if self.tones[k] > self.tones[best] {
                best = k;
            }
        }
        TONES_ORDER[best]
    }
}

const SOURCE: &str = include_str!("../data/model.tsv");

impl Model {
    /// The model of `data/model.tsv`, parsed once.
    pub fn get() -> &'static Self {
        static MODEL: OnceLock<Model> = OnceLock::new();
        MODEL.get_or_init(|| Self::parse(SOURCE))
    }

    /// Parses the model file: `threshold` and feature lines, each a name and
    /// [`HEADS`] (or, for `threshold`, [`CATEGORIES`]) numbers, tab-separated. Lines that
    /// do not parse are skipped, so a damaged file weakens the model and never panics.
    pub fn parse(source: &str) -> Self {
        let mut model = Self {
            thresholds: [1.0; CATEGORIES],
            ..Self::default()
        };
        for line in source.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let Some(name) = cols.next() else { continue };
            let numbers: Vec<f32> = cols.filter_map(|c| c.trim().parse().ok()).collect();
            if name == "threshold" {
                if let Ok(t) = <[f32; CATEGORIES]>::try_from(numbers.as_slice()) {
                    model.thresholds = t;
                }
            } else if let Ok(w) = <[f32; HEADS]>::try_from(numbers.as_slice()) {
                model.weights.insert(key_of(name), w);
            }
        }
        model
    }

    /// Builds a model from weights by feature name and thresholds (training writes these).
    pub fn from_parts(weights: &[(String, [f32; HEADS])], thresholds: [f32; CATEGORIES]) -> Self {
        Self {
            weights: weights.iter().map(|(n, w)| (key_of(n), *w)).collect(),
            thresholds,
        }
    }

    /// Whether the model has no weights (not trained yet, or its file is damaged).
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    /// The thresholds per category.
    pub fn thresholds(&self) -> [f32; CATEGORIES] {
        self.thresholds
    }

    /// Scores a text's features.
    pub fn opinion(&self, features: &[Feature]) -> Opinion {
        let mut sums = [0f32; HEADS];
        let mut best: [(f32, Option<usize>); CATEGORIES] = [(0.0, None); CATEGORIES];
        let mut by_word: Vec<(usize, [f32; CATEGORIES])> = Vec::new();
        for f in features {
            let Some(w) = self.weights.get(&f.key) else {
                continue;
            };
            for (s, x) in sums.iter_mut().zip(w) {
                *s += x;
            }
            if let Some(i) = f.word {
                match by_word.last_mut() {
                    Some((at, acc)) if *at == i => {
                        acc.iter_mut().zip(w).for_each(|(a, x)| *a += x);
                    }
                    _ => {
                        let mut acc = [0f32; CATEGORIES];
                        acc.iter_mut().zip(w).for_each(|(a, x)| *a += x);
                        by_word.push((i, acc));
                    }
                }
            }
        }
        for (i, acc) in &by_word {
            for c in 0..CATEGORIES {
                if acc[c] > best[c].0 {
                    best[c] = (acc[c], Some(*i));
                }
            }
        }
        let mut categories = [0f32; CATEGORIES];
        for c in 0..CATEGORIES {
            categories[c] = sigmoid(sums[c]);
        }
        Opinion {
            categories,
            evidence: best.map(|(_, i)| i),
            tones: softmax([sums[CATEGORIES], sums[CATEGORIES + 1], sums[CATEGORIES + 2]]),
        }
    }
}

/// The logistic function.
pub fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

/// Probabilities from scores.
pub fn softmax<const N: usize>(x: [f32; N]) -> [f32; N] {
    let max = x.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let e = x.map(|v| (v - max).exp());
    let sum: f32 = e.iter().sum();
    e.map(|v| v / sum)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_keys_alike_written_and_read_from_a_text() {
        assert_eq!(key_of("b:du ar"), pair_feature(fnv(b"du"), fnv(b"ar")));
        assert_eq!(key_of("w:du"), word_feature(fnv(b"du")));
        assert_eq!(key_of("c:<du>"), gram_feature(*b"<du>"));
        assert_eq!(key_of("r:severe"), other_feature(b"r:severe"));
        assert_ne!(key_of("w:du"), key_of("x:du"));
    }

    #[test]
    fn a_damaged_model_file_is_read_as_far_as_it_goes() {
        let weights = ["0.5"; HEADS].join("\t");
        let source = format!("# model\nthreshold\t0.5\t0.5\nw:hej\t{weights}\nbroken\n");
        let model = Model::parse(&source);
        assert_eq!(model.weights.len(), 1);
        assert_eq!(model.thresholds, [1.0; CATEGORIES]);
    }

    #[test]
    fn evidence_is_the_word_that_weighs_most() {
        let mut w = [0f32; HEADS];
        w[0] = 3.0;
        let model = Model::from_parts(&[("w:hot".to_owned(), w)], [0.6; CATEGORIES]);
        let features = [
            Feature {
                key: key_of("w:hej"),
                word: Some(0),
            },
            Feature {
                key: key_of("w:hot"),
                word: Some(1),
            },
        ];
        let opinion = model.opinion(&features);
        assert_eq!(opinion.evidence[0], Some(1));
        assert!(opinion.categories[0] > 0.9);
        assert_eq!(opinion.flagged(&model), [Category::Threat]);
    }
}
