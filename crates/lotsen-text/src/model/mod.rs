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

use crate::moderation::{Category, Class, Reading};
use crate::tone::{Signal, Tone};
use crate::words::{Marks, Word};

mod table;

use table::{InlineTable, SCALE, Table, Weights, quantize};

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
    /// The key of the feature's name (see [`key_of`]).
    pub key: u64,
    /// Index of the word it was read from, if any.
    pub word: Option<usize>,
}

use crate::words::key as word_key;

/// FNV-1a of a feature's name that is not a word (`r:severe`, `x:bias`): [`fnv_parts`]
/// keys the same name from its parts.
fn fnv(bytes: &[u8]) -> u64 {
    fnv_parts(&[bytes])
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
        word_feature(word_key(word.as_bytes()))
    } else if let Some((first, second)) = name.strip_prefix("b:").and_then(|p| p.split_once(' ')) {
        pair_feature(word_key(first.as_bytes()), word_key(second.as_bytes()))
    } else if let Some(gram) = name
        .strip_prefix("c:")
        .and_then(|g| <[u8; 4]>::try_from(g.as_bytes()).ok())
    {
        gram_feature(gram)
    } else {
        other_feature(name.as_bytes())
    }
}

/// Where features go: a list (with names, for training) or straight into a score.
trait Sink {
    /// Takes one feature; `name` is called only by sinks that keep names.
    fn push(&mut self, key: u64, word: Option<usize>, name: impl FnOnce() -> String);

    /// Takes a word pair's feature (kept apart by sinks that score, see [`Model`]).
    fn pair(&mut self, key: u64, word: Option<usize>, name: impl FnOnce() -> String) {
        self.push(key, word, name);
    }

    /// Takes a word's own features (its unigram and letter quadruples) at once when the
    /// sink knows their sum for this form; false sends them one by one.
    fn whole_word(&mut self, _hash: u64, _word: usize) -> bool {
        false
    }

    /// Takes a feature named by its parts (`r:` and a class name, say) whose key is
    /// known (see [`Named`]).
    fn other(&mut self, key: u64, parts: &[&str], word: Option<usize>) {
        self.push(key, word, || parts.concat());
    }
}

/// FNV-1a over the parts as if they were joined.
fn fnv_parts<P: AsRef<[u8]>>(parts: &[P]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in parts.iter().flat_map(|p| p.as_ref()) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Collects features, and their names when training asks for them.
struct List<'n> {
    list: Vec<Feature>,
    names: Option<&'n mut Vec<String>>,
}

impl Sink for List<'_> {
    fn push(&mut self, key: u64, word: Option<usize>, name: impl FnOnce() -> String) {
        self.list.push(Feature { key, word });
        if let Some(names) = self.names.as_deref_mut() {
            names.push(name());
        }
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
    /// The text's runs of `!` and `?`.
    pub marks: Marks,
}

/// The features of a text (its words and what the rules read in it). With `names`, also
/// the readable name of each feature, in the same order (training needs them; analysis
/// scores them as they come, see [`Model::score`]).
pub fn features(words: &[Word], rules: RuleView, names: Option<&mut Vec<String>>) -> Vec<Feature> {
    let mut sink = List {
        list: Vec::with_capacity(words.len() * 6 + 16),
        names,
    };
    emit(words, rules, &mut sink);
    sink.list
}

/// Whether each word is part of a staff member's name (empty when no name was found).
fn staff_words(words: &[Word], rules: RuleView) -> Vec<bool> {
    if rules.reading.staff.is_empty() {
        return Vec::new();
    }
    let mut marked = vec![false; words.len()];
    for hit in &rules.reading.staff {
        if let Some(span) = marked.get_mut(hit.first..=hit.last.min(words.len().saturating_sub(1)))
        {
            span.fill(true);
        }
    }
    marked
}

/// The longest word whose letter quadruples are read without a heap buffer.
const SHORT_WORD: usize = 62;

/// Calls `each` with every letter quadruple of a folded form between `<` and `>` (none
/// for a form shorter than three bytes). `long` is the buffer for forms over
/// [`SHORT_WORD`] bytes; shorter ones are read from the stack.
fn grams(form: &[u8], long: &mut Vec<u8>, mut each: impl FnMut([u8; 4])) {
    if form.len() < 3 {
        return;
    }
    let mut padded = [0u8; SHORT_WORD + 2];
    let buffer: &mut [u8] = if form.len() <= SHORT_WORD {
        &mut padded[..form.len() + 2]
    } else {
        long.clear();
        long.resize(form.len() + 2, 0);
        long
    };
    let last = buffer.len() - 1;
    buffer[0] = b'<';
    buffer[1..=form.len()].copy_from_slice(form);
    buffer[last] = b'>';
    for gram in buffer.windows(4) {
        each([gram[0], gram[1], gram[2], gram[3]]);
    }
}

/// Sends every feature of a text to the sink, word by word, then the rules' findings.
fn emit<S: Sink>(words: &[Word], rules: RuleView, sink: &mut S) {
    let named = Named::get();
    let staff = staff_words(words, rules);
    let staff_key = named.staff_word;
    let is_staff = |i: usize| staff.get(i).copied().unwrap_or(false);
    let form = |i: usize| {
        if is_staff(i) {
            (STAFF_WORD, staff_key)
        } else {
            (words[i].folded, words[i].key)
        }
    };
    let mut long = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let (f, hash) = form(i);
        let staff_word = is_staff(i);
        if staff_word || !sink.whole_word(hash, i) {
            sink.push(word_feature(hash), Some(i), || format!("w:{f}"));
            if !staff_word {
                grams(f.as_bytes(), &mut long, |gram| {
                    sink.push(gram_feature(gram), Some(i), || {
                        format!("c:{}", String::from_utf8_lossy(&gram))
                    });
                });
            }
        }
        if let Some(next) = words.get(i + 1)
            && next.sentence == w.sentence
        {
            let (next_form, next_hash) = form(i + 1);
            let key = pair_feature(hash, next_hash);
            sink.pair(key, Some(i), || format!("b:{f} {next_form}"));
        }
        if w.shouted && w.end - w.start >= 3 {
            sink.other(named.shouted, &["x:shouted"], Some(i));
        }
    }
    for hit in &rules.reading.hits {
        let parts = ["r:", hit.class.name()];
        sink.other(
            named.at(&named.class, hit.class as usize, &parts),
            &parts,
            Some(hit.first),
        );
    }
    for v in &rules.reading.violations {
        let parts = ["v:", v.category.as_str()];
        sink.other(
            named.at(&named.category, v.category as usize, &parts),
            &parts,
            None,
        );
    }
    let parts = ["t:", rules.tone.as_str()];
    sink.other(
        named.at(&named.tone, rules.tone as usize, &parts),
        &parts,
        None,
    );
    for s in rules.signals {
        let parts = ["s:", signal_name(*s)];
        sink.other(named.at(&named.signal, *s as usize, &parts), &parts, None);
    }
    if !rules.reading.staff.is_empty() {
        sink.other(named.staff, &["x:staff"], None);
    }
    if words.iter().any(|w| w.mention) {
        sink.other(named.mention, &["x:mention"], None);
    }
    if rules.marks.bangs {
        sink.other(named.bangs, &["x:!!"], None);
    }
    if rules.marks.queries {
        sink.other(named.queries, &["x:??"], None);
    }
    sink.other(named.bias, &["x:bias"], None);
}

/// The keys of the features named after the rules' findings, keyed once: by class,
/// category, tone and signal (each indexed by its declaration order), and the rest.
struct Named {
    class: Vec<u64>,
    category: Vec<u64>,
    tone: Vec<u64>,
    signal: Vec<u64>,
    shouted: u64,
    staff: u64,
    mention: u64,
    bangs: u64,
    queries: u64,
    bias: u64,
    /// The word key staff members' names are read as ([`STAFF_WORD`]).
    staff_word: u64,
}

/// Every signal, in the order declared.
const SIGNALS: [Signal; 7] = [
    Signal::Shouting,
    Signal::RepeatedPunctuation,
    Signal::RepeatedContact,
    Signal::MoneyAtStake,
    Signal::AccessAtStake,
    Signal::Urgency,
    Signal::Swearing,
];

/// The key of a feature named by its parts.
fn other_key(parts: &[&str]) -> u64 {
    mix(fnv_parts(parts) ^ TAG_OTHER)
}

impl Named {
    /// The key at `i` of one of the tables, or the key of `parts` where the table has
    /// none (a variant added without its key here).
    fn at(&self, table: &[u64], i: usize, parts: &[&str]) -> u64 {
        table.get(i).copied().unwrap_or_else(|| other_key(parts))
    }

    fn get() -> &'static Self {
        static NAMED: OnceLock<Named> = OnceLock::new();
        NAMED.get_or_init(|| {
            let key = other_key;
            let mut tone = vec![0; TONES];
            for t in TONES_ORDER {
                tone[t as usize] = key(&["t:", t.as_str()]);
            }
            Self {
                class: Class::ALL.iter().map(|c| key(&["r:", c.name()])).collect(),
                category: Category::ALL
                    .iter()
                    .map(|c| key(&["v:", c.as_str()]))
                    .collect(),
                tone,
                signal: SIGNALS
                    .iter()
                    .map(|s| key(&["s:", signal_name(*s)]))
                    .collect(),
                shouted: key(&["x:shouted"]),
                staff: key(&["x:staff"]),
                mention: key(&["x:mention"]),
                bangs: key(&["x:!!"]),
                queries: key(&["x:??"]),
                bias: key(&["x:bias"]),
                staff_word: word_key(STAFF_WORD.as_bytes()),
            }
        })
    }
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
    /// Every feature but the word pairs.
    weights: Table,
    /// The word pairs (`b:`), one for each word of a text: apart from the rest, their
    /// table is a quarter of the size to read from at random, and stays in cache.
    pairs: InlineTable,
    /// Per word the model names (in a `w:` or `b:` feature), the sum of its unigram's
    /// and its letter quadruples' weights, so scoring a known word probes once, not once
    /// per quadruple. Keyed by the word's own key: a table of its own, and the key of a
    /// word is already mixed over all its bits.
    vocabulary: InlineTable,
    thresholds: [f32; CATEGORIES],
    /// Per category, the least sum (in thousandths) whose probability reaches the
    /// threshold: what [`Model::decide`] compares with, without the logistic function.
    cutoffs: [i32; CATEGORIES],
}

/// The least sum of thousandths whose [`sigmoid`] reaches `threshold` (the logistic
/// function only grows, so a binary search finds it).
fn cutoff(threshold: f32) -> i32 {
    let reaches = |s: i32| sigmoid(s as f32 / SCALE) >= threshold;
    let (mut lo, mut hi) = (i32::MIN / 2, i32::MAX / 2);
    if !reaches(hi) {
        return i32::MAX;
    }
    if reaches(lo) {
        return i32::MIN;
    }
    // reaches(hi) and not reaches(lo): the cut lies in lo + 1 ..= hi.
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if reaches(mid) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    hi
}

/// Scores features as they come: the sums per head (in thousandths, exactly), and per
/// category the word whose features weigh most (a word's run of consecutive features
/// counts as one).
struct Score<'m> {
    weights: &'m Table,
    pairs: &'m InlineTable,
    vocabulary: &'m InlineTable,
    sums: [i32; HEADS],
    best: [(i32, Option<usize>); CATEGORIES],
    /// The word of the run of features being summed ([`NO_RUN`] before the first), and
    /// its sums per category.
    run_word: usize,
    run: [i32; CATEGORIES],
    /// Whether the evidence is read (the runs and the best per category), or the sums
    /// alone.
    evidence: bool,
}

/// No run of features has started.
const NO_RUN: usize = usize::MAX;

impl<'m> Score<'m> {
    fn new(model: &'m Model, evidence: bool) -> Self {
        Self {
            weights: &model.weights,
            pairs: &model.pairs,
            vocabulary: &model.vocabulary,
            sums: [0; HEADS],
            best: [(0, None); CATEGORIES],
            run_word: NO_RUN,
            run: [0; CATEGORIES],
            evidence,
        }
    }

    fn end_run(&mut self) {
        if self.run_word == NO_RUN {
            return;
        }
        for (best, a) in self.best.iter_mut().zip(self.run) {
            if a > best.0 {
                *best = (a, Some(self.run_word));
            }
        }
    }

    fn decide(mut self, cutoffs: &[i32; CATEGORIES]) -> Decision {
        self.end_run();
        let tones = &self.sums[CATEGORIES..];
        let mut best = 0;
        for k in 1..TONES {
            // As [`Opinion::tone`]: the first of equals wins.
            if tones[k] > tones[best] {
                best = k;
            }
        }
        Decision {
            flagged: std::array::from_fn(|c| self.sums[c] >= cutoffs[c]),
            evidence: self.best.map(|(_, i)| i),
            tone: TONES_ORDER[best],
        }
    }

    fn finish(mut self) -> Opinion {
        self.end_run();
        // Sums of thousandths: well inside what an f32 holds exactly.
        let sums = self.sums.map(|s| s as f32 / SCALE);
        Opinion {
            categories: std::array::from_fn(|c| sigmoid(sums[c])),
            evidence: self.best.map(|(_, i)| i),
            tones: softmax([sums[CATEGORIES], sums[CATEGORIES + 1], sums[CATEGORIES + 2]]),
        }
    }
}

impl Score<'_> {
    #[inline]
    fn add(&mut self, w: &Weights, word: Option<usize>) {
        for (s, x) in self.sums.iter_mut().zip(w) {
            *s += i32::from(*x);
        }
        let Some(i) = word.filter(|_| self.evidence) else {
            return;
        };
        if self.run_word != i {
            self.end_run();
            self.run_word = i;
            self.run = [0; CATEGORIES];
        }
        for (a, x) in self.run.iter_mut().zip(w) {
            *a += i32::from(*x);
        }
    }
}

impl Sink for Score<'_> {
    fn push(&mut self, key: u64, word: Option<usize>, _name: impl FnOnce() -> String) {
        if let Some(w) = self.weights.get(key) {
            self.add(w, word);
        }
    }

    fn pair(&mut self, key: u64, word: Option<usize>, _name: impl FnOnce() -> String) {
        if let Some(w) = self.pairs.get(key) {
            self.add(w, word);
        }
    }

    fn whole_word(&mut self, hash: u64, word: usize) -> bool {
        match self.vocabulary.get(hash) {
            Some(w) => {
                self.add(w, Some(word));
                true
            }
            None => false,
        }
    }
}

/// What the model decides about one text: what [`Model::score`]'s [`Opinion`] says,
/// read from the sums without the probabilities.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decision {
    /// Per category in [`Category::ALL`] order, whether its probability reaches the
    /// threshold.
    pub flagged: [bool; CATEGORIES],
    /// The word that weighs most for each category, if any weighs for it: read only
    /// when a flagged category is not among the rules' violations (see
    /// [`Model::decide`]), all `None` otherwise.
    pub evidence: [Option<usize>; CATEGORIES],
    /// The most probable tone.
    pub tone: Tone,
}

impl Decision {
    /// The flagged categories, in [`Category::ALL`] order.
    pub fn categories(&self) -> impl Iterator<Item = Category> + use<> {
        Category::ALL
            .into_iter()
            .zip(self.flagged)
            .filter(|(_, f)| *f)
            .map(|(c, _)| c)
    }
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
    /// The categories at or over their thresholds, in [`Category::ALL`] order.
    pub fn flagged(&self, model: &Model) -> impl Iterator<Item = Category> + use<> {
        let over = std::array::from_fn::<bool, CATEGORIES, _>(|c| {
            self.categories[c] >= model.thresholds[c]
        });
        Category::ALL
            .into_iter()
            .zip(over)
            .filter(|(_, over)| *over)
            .map(|(c, _)| c)
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

const SOURCE: &str = include_str!("../../data/model.tsv");

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
            } else if let Some(w) = weights_of(&numbers) {
                model.insert(name, w);
            }
        }
        let names = source.lines().filter_map(|l| l.split('\t').next());
        model.vocabulary = model.sum_words(names);
        model.cutoffs = model.thresholds.map(cutoff);
        model
    }

    /// Sets a feature's weights by its name, in the table of its kind.
    fn insert(&mut self, name: &str, w: Weights) {
        if name.starts_with("b:") {
            self.pairs.insert(key_of(name), w);
        } else {
            self.weights.insert(key_of(name), w);
        }
    }

    /// The [`Model::vocabulary`] of the words in these feature names.
    fn sum_words<'n>(&self, names: impl Iterator<Item = &'n str>) -> InlineTable {
        let mut forms: Vec<&str> = Vec::new();
        for name in names {
            if let Some(word) = name.strip_prefix("w:") {
                forms.push(word);
            } else if let Some((first, second)) =
                name.strip_prefix("b:").and_then(|p| p.split_once(' '))
            {
                forms.extend([first, second]);
            }
        }
        forms.sort_unstable();
        forms.dedup();
        let mut table = InlineTable::with_capacity(forms.len());
        let mut long = Vec::new();
        for form in forms.into_iter().filter(|f| *f != STAFF_WORD) {
            let hash = word_key(form.as_bytes());
            let mut sum = [0i32; HEADS];
            let mut known = false;
            let mut add = |key: u64| {
                if let Some(w) = self.weights.get(key) {
                    sum.iter_mut().zip(w).for_each(|(s, x)| *s += i32::from(*x));
                    known = true;
                }
            };
            add(word_feature(hash));
            grams(form.as_bytes(), &mut long, |g| add(gram_feature(g)));
            // A sum past what a weight holds stays unsummed: the word is then scored
            // feature by feature, to the same total.
            let fits = sum.map(|s| i16::try_from(s).ok());
            if known && let Some(w) = all(fits) {
                table.insert(hash, w);
            }
        }
        table
    }

    /// Builds a model from weights by feature name and thresholds (training writes these),
    /// each weight rounded to thousandths as the model file writes it.
    pub fn from_parts(weights: &[(String, [f32; HEADS])], thresholds: [f32; CATEGORIES]) -> Self {
        let mut model = Self {
            thresholds,
            ..Self::default()
        };
        for (n, w) in weights {
            if let Some(w) = weights_of(w) {
                model.insert(n, w);
            }
        }
        model.vocabulary = model.sum_words(weights.iter().map(|(n, _)| n.as_str()));
        model.cutoffs = model.thresholds.map(cutoff);
        model
    }

    /// Whether the model has no weights (not trained yet, or its file is damaged).
    pub fn is_empty(&self) -> bool {
        self.weights.len() + self.pairs.len() == 0
    }

    /// The thresholds per category.
    pub fn thresholds(&self) -> [f32; CATEGORIES] {
        self.thresholds
    }

    /// Scores a text's features.
    pub fn opinion(&self, features: &[Feature]) -> Opinion {
        let mut score = Score::new(self, true);
        for f in features {
            // A listed feature may be of any kind: keys of all kinds differ.
            if let Some(w) = self.weights.get(f.key).or_else(|| self.pairs.get(f.key)) {
                score.add(w, f.word);
            }
        }
        score.finish()
    }

    /// Scores a text as its features are read, without listing them: the same as
    /// [`Model::opinion`] of [`features`].
    pub fn score(&self, words: &[Word], rules: RuleView) -> Opinion {
        self.sums(words, rules, true).finish()
    }

    /// The sums of a text's features, read as they come, with the evidence or without.
    fn sums(&self, words: &[Word], rules: RuleView, evidence: bool) -> Score<'_> {
        let mut score = Score::new(self, evidence);
        emit(words, rules, &mut score);
        score
    }

    /// What [`Model::score`] would say, decided from the sums alone (what analysis
    /// needs: no probability is computed). The evidence is what analysis reports: it is
    /// read, in a second reading of the features, only when the model flags a category
    /// the rules did not find; otherwise every category's evidence is `None`.
    pub fn decide(&self, words: &[Word], rules: RuleView) -> Decision {
        let decision = self.sums(words, rules, false).decide(&self.cutoffs);
        let unexplained = decision
            .categories()
            .any(|c| !rules.reading.violations.iter().any(|v| v.category == c));
        if unexplained {
            self.sums(words, rules, true).decide(&self.cutoffs)
        } else {
            decision
        }
    }
}

/// A feature's weights from the numbers of its line, rounded to thousandths as the model
/// file writes them; `None` unless there is one per head, each within ±32.767.
fn weights_of(numbers: &[f32]) -> Option<Weights> {
    let w = <[f32; HEADS]>::try_from(numbers).ok()?;
    all(w.map(quantize))
}

/// Every element, or `None` when one is missing.
fn all<T: Copy + Default, const N: usize>(items: [Option<T>; N]) -> Option<[T; N]> {
    let mut out = [T::default(); N];
    for (o, i) in out.iter_mut().zip(items) {
        *o = i?;
    }
    Some(out)
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
    fn scoring_as_read_equals_scoring_the_list() {
        let staff = crate::Staff::new(["Anna Lindqvist", "Lina"]);
        let long = "a".repeat(70) + "bcdefghijklmnopqrstuvwxyzåäö";
        let texts = [
            "Hej! Jag har ringt TRE gånger nu och ingen svarar!!",
            "Anna Lindqvist på kundtjänst är en j*vla idiot, jag vet var hon bor",
            "Fuck you all, f*** this bank??",
            "Tack Lina, det löste sig.",
            long.as_str(),
            "",
        ];
        let model = Model::get();
        let mut read_again = 0;
        for text in texts {
            let mut arena = String::new();
            let words = crate::words::words(text, &mut arena);
            let reading = crate::moderation::read(text, &words, &staff);
            let (tone, signals) = crate::tone::read(text, &words, &reading);
            let rules = RuleView {
                reading: &reading,
                tone,
                signals: &signals,
                marks: crate::words::Marks::of(text),
            };
            let listed = model.opinion(&features(&words, rules, None));
            // A known word's weights are summed ahead, in another order: sums of
            // thousandths are exact in any order.
            let scored = model.score(&words, rules);
            assert_eq!(scored, listed, "{text}");
            // Deciding from the sums says what the probabilities say.
            let decided = model.decide(&words, rules);
            let flagged: Vec<Category> = scored.flagged(model).collect();
            assert_eq!(decided.categories().collect::<Vec<_>>(), flagged, "{text}");
            let unexplained = decided
                .categories()
                .any(|c| !reading.violations.iter().any(|v| v.category == c));
            if unexplained {
                assert_eq!(decided.evidence, scored.evidence, "{text}");
                read_again += 1;
            } else {
                assert_eq!(decided.evidence, [None; CATEGORIES], "{text}");
            }
            assert_eq!(decided.tone, scored.tone(), "{text}");
        }
        // Some text has a category only the model finds: its evidence was read again.
        assert!(read_again > 0);
    }

    #[test]
    fn a_cutoff_decides_as_the_probability_does() {
        let model = Model::get();
        for (t, cut) in model.thresholds.iter().zip(model.cutoffs) {
            for s in -60_000..=60_000 {
                assert_eq!(sigmoid(s as f32 / SCALE) >= *t, s >= cut, "{t} at {s}");
            }
        }
        assert_eq!(cutoff(2.0), i32::MAX);
        assert_eq!(cutoff(0.0), i32::MIN);
    }

    #[test]
    fn named_keys_are_indexed_by_declaration_order() {
        for (i, c) in Class::ALL.iter().enumerate() {
            assert_eq!(*c as usize, i);
        }
        for (i, c) in Category::ALL.iter().enumerate() {
            assert_eq!(*c as usize, i);
        }
        for (i, s) in SIGNALS.iter().enumerate() {
            assert_eq!(*s as usize, i);
        }
        let named = Named::get();
        assert_eq!(named.class[Class::Severe as usize], key_of("r:severe"));
        assert_eq!(named.tone[Tone::Upset as usize], key_of("t:upset"));
        assert_eq!(named.signal[Signal::Urgency as usize], key_of("s:urgency"));
        assert_eq!(named.bias, key_of("x:bias"));
    }

    #[test]
    fn a_name_keys_alike_written_and_read_from_a_text() {
        assert_eq!(
            key_of("b:du ar"),
            pair_feature(word_key(b"du"), word_key(b"ar"))
        );
        assert_eq!(key_of("w:du"), word_feature(word_key(b"du")));
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
        assert!(model.weights.get(key_of("w:hej")).is_some());
        assert!(model.weights.get(key_of("w:nej")).is_none());
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
        assert_eq!(
            opinion.flagged(&model).collect::<Vec<_>>(),
            [Category::Threat]
        );
    }
}
