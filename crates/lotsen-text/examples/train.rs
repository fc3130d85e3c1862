//! Fits the text guard's model (`data/model.tsv`) on our labelled development sets
//! (`tests/corpus/posts*.jsonl`; never the held-out sets). Five-fold cross-validation
//! first: it prints how the rules alone and the rules with the model score on posts each
//! fold did not see, and picks each category's threshold there (the best F1 with
//! precision at least [`MIN_PRECISION`]). Then it fits on every post and writes the file.
//! Deterministic: the same sets give the same file.
//!
//! `cargo run -p lotsen-text --release --example train` (add `-- --check` to print the
//! cross-validation without writing).

use std::collections::BTreeMap;

use lotsen_text::model::{self, CATEGORIES, HEADS, RuleView, TONES, TONES_ORDER};
use lotsen_text::{Category, moderation, tone, words};
use serde_json::Value;

/// The least precision a threshold may give on unseen posts.
const MIN_PRECISION: f64 = 0.87;
/// A feature must occur in this many posts to get a weight.
const MIN_POSTS: usize = 2;
/// Passes over the posts, the AdaGrad step and the L2 penalty; `--epochs`, `--rate` and
/// `--l2` try others (judge them by the cross-validation, never by the held-out sets).
const EPOCHS: usize = 30;
const LEARNING_RATE: f64 = 0.05;
const L2: f64 = 2e-4;

#[derive(Debug, Clone, Copy)]
struct Knobs {
    min_precision: f64,
    epochs: usize,
    rate: f64,
    l2: f64,
}

fn knobs() -> Knobs {
    let args: Vec<String> = std::env::args().collect();
    let value = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .and_then(|v| v.parse::<f64>().ok())
    };
    Knobs {
        min_precision: value("--min-precision").unwrap_or(MIN_PRECISION),
        epochs: value("--epochs").map_or(EPOCHS, |e| e as usize),
        rate: value("--rate").unwrap_or(LEARNING_RATE),
        l2: value("--l2").unwrap_or(L2),
    }
}
const FOLDS: usize = 5;

/// A post as read: feature names, labelled categories, the rules' categories, the
/// labelled tone and the rules' tone.
type Read = (
    Vec<String>,
    [bool; CATEGORIES],
    [bool; CATEGORIES],
    usize,
    usize,
);

struct Post {
    features: Vec<usize>,
    categories: [bool; CATEGORIES],
    rules: [bool; CATEGORIES],
    tone: usize,
    rule_tone: usize,
}

fn main() {
    let check_only = std::env::args().any(|a| a == "--check");
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| {
        p.file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with("posts") && n.ends_with(".jsonl"))
    });
    files.sort();
    let mut raw: Vec<Read> = Vec::new();
    for file in &files {
        let Ok(text) = std::fs::read_to_string(file) else {
            continue;
        };
        let before = raw.len();
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let Ok(post) = serde_json::from_str::<Value>(line) else {
                continue;
            };
            raw.push(read_post(&post));
        }
        println!("{}: {} posts", file.display(), raw.len() - before);
    }
    // The vocabulary: feature names seen in enough posts.
    let mut df: BTreeMap<&str, usize> = BTreeMap::new();
    for (names, ..) in &raw {
        for n in names {
            *df.entry(n.as_str()).or_default() += 1;
        }
    }
    let vocabulary: Vec<&str> = df
        .iter()
        .filter(|(_, c)| **c >= MIN_POSTS)
        .map(|(n, _)| *n)
        .collect();
    let index: BTreeMap<&str, usize> = vocabulary
        .iter()
        .enumerate()
        .map(|(i, n)| (*n, i))
        .collect();
    let posts: Vec<Post> = raw
        .iter()
        .map(|(names, categories, rules, tone, rule_tone)| {
            let mut features: Vec<usize> = names
                .iter()
                .filter_map(|n| index.get(n.as_str()).copied())
                .collect();
            features.sort_unstable();
            features.dedup();
            Post {
                features,
                categories: *categories,
                rules: *rules,
                tone: *tone,
                rule_tone: *rule_tone,
            }
        })
        .collect();
    println!(
        "{} posts, {} features (in at least {MIN_POSTS} posts)",
        posts.len(),
        vocabulary.len()
    );

    let order = shuffled(posts.len());
    let mut unseen: Vec<[f64; HEADS]> = vec![[0.0; HEADS]; posts.len()];
    for fold in 0..FOLDS {
        let train: Vec<usize> = order
            .iter()
            .enumerate()
            .filter(|(k, _)| k % FOLDS != fold)
            .map(|(_, i)| *i)
            .collect();
        let weights = fit(&posts, &train, vocabulary.len());
        for (k, i) in order.iter().enumerate() {
            if k % FOLDS == fold {
                unseen[*i] = predict(&weights, &posts[*i].features);
            }
        }
    }
    let thresholds = report(&posts, &unseen);
    if check_only {
        return;
    }
    let all: Vec<usize> = (0..posts.len()).collect();
    let weights = fit(&posts, &all, vocabulary.len());
    write(&vocabulary, &weights, thresholds, posts.len());
}

/// Reads a post's features (by name) and labels, running the rules as analysis does.
fn read_post(post: &Value) -> Read {
    let text = post["text"].as_str().unwrap_or_default();
    let staff = lotsen_text::Staff::new(
        post["staff_names"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str()),
    );
    let mut arena = String::new();
    let words = words::words(text, &mut arena);
    let reading = moderation::read(text, &words, &staff);
    let (rule_tone, signals) = tone::read(text, &words, &reading);
    let mut names = Vec::new();
    let view = RuleView {
        reading: &reading,
        tone: rule_tone,
        signals: &signals,
        marks: words::Marks::of(text),
    };
    model::features(&words, view, Some(&mut names));
    let labels: Vec<&str> = post["moderation"]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let categories = Category::ALL.map(|c| labels.contains(&c.as_str()));
    let rules = Category::ALL.map(|c| reading.violations.iter().any(|v| v.category == c));
    let tone_of = |t: &str| {
        TONES_ORDER
            .iter()
            .position(|x| x.as_str() == t)
            .unwrap_or(2)
    };
    let tone = tone_of(post["tone"].as_str().unwrap_or("neutral"));
    (names, categories, rules, tone, tone_of(rule_tone.as_str()))
}

/// A fixed permutation (a linear congruential generator with a fixed seed).
fn shuffled(n: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    let mut state: u64 = 0x5eed_1075;
    for i in (1..n).rev() {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let j = (state >> 33) as usize % (i + 1);
        order.swap(i, j);
    }
    order
}

/// Logistic regression per category and a softmax over tones, fitted by AdaGrad with L2.
fn fit(posts: &[Post], train: &[usize], features: usize) -> Vec<[f64; HEADS]> {
    let Knobs {
        epochs, rate, l2, ..
    } = knobs();
    let mut w = vec![[0.0f64; HEADS]; features];
    let mut g2 = vec![[1e-8f64; HEADS]; features];
    let mut order = train.to_vec();
    for epoch in 0..epochs {
        // A different fixed order each epoch.
        let perm = shuffled(order.len() + epoch);
        let mut next: Vec<usize> = perm
            .into_iter()
            .filter(|k| *k < order.len())
            .map(|k| order[k])
            .collect();
        std::mem::swap(&mut order, &mut next);
        for &i in &order {
            let post = &posts[i];
            let p = predict(&w, &post.features);
            let mut grad = [0.0f64; HEADS];
            for c in 0..CATEGORIES {
                grad[c] = p[c] - f64::from(u8::from(post.categories[c]));
            }
            for t in 0..TONES {
                grad[CATEGORIES + t] = p[CATEGORIES + t] - f64::from(u8::from(post.tone == t));
            }
            for &f in &post.features {
                for h in 0..HEADS {
                    let g = grad[h] + l2 * w[f][h];
                    g2[f][h] += g * g;
                    w[f][h] -= rate * g / g2[f][h].sqrt();
                }
            }
        }
    }
    w
}

/// Probabilities: categories by the logistic function, tones by softmax.
fn predict(w: &[[f64; HEADS]], features: &[usize]) -> [f64; HEADS] {
    let mut s = [0.0f64; HEADS];
    for &f in features {
        for h in 0..HEADS {
            s[h] += w[f][h];
        }
    }
    let mut p = [0.0f64; HEADS];
    for c in 0..CATEGORIES {
        p[c] = 1.0 / (1.0 + (-s[c]).exp());
    }
    let max = s[CATEGORIES..]
        .iter()
        .copied()
        .fold(f64::NEG_INFINITY, f64::max);
    let e: Vec<f64> = s[CATEGORIES..].iter().map(|v| (v - max).exp()).collect();
    let sum: f64 = e.iter().sum();
    for t in 0..TONES {
        p[CATEGORIES + t] = e[t] / sum;
    }
    p
}

/// Prints cross-validated scores and returns each category's threshold.
fn report(posts: &[Post], unseen: &[[f64; HEADS]]) -> [f32; CATEGORIES] {
    let mut thresholds = [0.5f32; CATEGORIES];
    println!("\n| category | rules P | rules R | threshold | rules+model P | rules+model R |");
    println!("| --- | --- | --- | --- | --- | --- |");
    let mut total_rules = (0, 0, 0);
    let mut total_both = (0, 0, 0);
    for (c, category) in Category::ALL.iter().enumerate() {
        let count = |pick: &dyn Fn(usize) -> bool| {
            let (mut tp, mut fp, mut fn_) = (0, 0, 0);
            for (i, post) in posts.iter().enumerate() {
                match (post.categories[c], pick(i)) {
                    (true, true) => tp += 1,
                    (false, true) => fp += 1,
                    (true, false) => fn_ += 1,
                    _ => {}
                }
            }
            (tp, fp, fn_)
        };
        let rules = count(&|i| posts[i].rules[c]);
        let mut best: Option<(f64, f64, (usize, usize, usize))> = None;
        let mut fallback: Option<(f64, f64, (usize, usize, usize))> = None;
        for step in 2..40 {
            let t = f64::from(step) * 0.025;
            let both = count(&|i| posts[i].rules[c] || unseen[i][c] >= t);
            let (p, r) = pr(both);
            let f1 = if p + r > 0.0 {
                2.0 * p * r / (p + r)
            } else {
                0.0
            };
            if p >= knobs().min_precision && best.is_none_or(|b| f1 > b.1) {
                best = Some((t, f1, both));
            }
            if fallback.is_none_or(|b| f1 > b.1) {
                fallback = Some((t, f1, both));
            }
        }
        let (t, _, both) = best.or(fallback).unwrap_or((0.5, 0.0, rules));
        thresholds[c] = t as f32;
        let (rp, rr) = pr(rules);
        let (bp, br) = pr(both);
        println!(
            "| {} | {rp:.3} | {rr:.3} | {t:.3} | {bp:.3} | {br:.3} |",
            category.as_str()
        );
        add(&mut total_rules, rules);
        add(&mut total_both, both);
    }
    let (rp, rr) = pr(total_rules);
    let (bp, br) = pr(total_both);
    println!("| all | {rp:.3} | {rr:.3} | | {bp:.3} | {br:.3} |");
    let rule_tone = posts.iter().filter(|p| p.rule_tone == p.tone).count();
    let model_tone = posts
        .iter()
        .zip(unseen)
        .filter(|(p, u)| {
            let mut best = 0;
            for t in 1..TONES {
                if u[CATEGORIES + t] > u[CATEGORIES + best] {
                    best = t;
                }
            }
            best == p.tone
        })
        .count();
    let n = posts.len() as f64;
    println!(
        "\ntone accuracy on unseen folds: rules {:.3}, model {:.3}",
        rule_tone as f64 / n,
        model_tone as f64 / n
    );
    thresholds
}

fn add(total: &mut (usize, usize, usize), x: (usize, usize, usize)) {
    total.0 += x.0;
    total.1 += x.1;
    total.2 += x.2;
}

fn pr((tp, fp, fn_): (usize, usize, usize)) -> (f64, f64) {
    let p = if tp + fp == 0 {
        1.0
    } else {
        tp as f64 / (tp + fp) as f64
    };
    let r = if tp + fn_ == 0 {
        1.0
    } else {
        tp as f64 / (tp + fn_) as f64
    };
    (p, r)
}

/// Writes `data/model.tsv`: the thresholds, then each feature's weights to three decimals
/// (features whose weights all round to zero are left out).
fn write(
    vocabulary: &[&str],
    weights: &[[f64; HEADS]],
    thresholds: [f32; CATEGORIES],
    posts: usize,
) {
    let mut out = String::new();
    out.push_str("# Lotsen text guard model, written by `cargo run -p lotsen-text --release --example train`.\n");
    out.push_str(&format!(
        "# Fitted on {posts} posts of tests/corpus/posts*.jsonl. Heads: threat racism sexism severe_profanity staff_named harassment angry upset neutral.\n"
    ));
    out.push_str("threshold");
    for t in thresholds {
        out.push_str(&format!("\t{t:.3}"));
    }
    out.push('\n');
    let mut kept = 0;
    for (name, w) in vocabulary.iter().zip(weights) {
        let rounded: Vec<String> = w.iter().map(|x| format!("{x:.3}")).collect();
        if rounded.iter().all(|r| r.trim_start_matches('-') == "0.000") {
            continue;
        }
        kept += 1;
        out.push_str(name);
        for r in rounded {
            out.push('\t');
            out.push_str(&r);
        }
        out.push('\n');
    }
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/model.tsv");
    match std::fs::write(path, out) {
        Ok(()) => println!("\nwrote {path}: {kept} features"),
        Err(e) => eprintln!("could not write {path}: {e}"),
    }
}
