//! Precision and recall on our own labelled corpus (`tests/corpus/posts.jsonl`, 635
//! Swedish and English posts): personal data by kind, the code of conduct by category,
//! and tone. The thresholds are the issue's: 0.98 for personal data, 0.85 for the code
//! of conduct, 0.8 tone accuracy.

use std::collections::BTreeMap;

use lotsen_text::{AnalysisOptions, PiiOptions, Visibility, analyze};
use serde_json::Value;

/// Floors for the held-out set: personal data, code of conduct, tone accuracy.
const HELD_OUT_FLOOR: (f64, f64, f64) = (0.98, 0.88, 0.80);

/// Floors for the second held-out set.
const SECOND_HELD_OUT_FLOOR: (f64, f64, f64) = (0.97, 0.85, 0.88);

#[derive(Default, Clone, Copy)]
struct Score {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Score {
    fn precision(self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }
    fn recall(self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
    fn add(&mut self, o: Self) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

fn table(title: &str, scores: &BTreeMap<String, Score>) -> Score {
    let mut total = Score::default();
    println!(
        "\n| {title} | tp | fp | fn | precision | recall |\n| --- | --- | --- | --- | --- | --- |"
    );
    for (name, s) in scores {
        println!(
            "| {name} | {} | {} | {} | {:.3} | {:.3} |",
            s.tp,
            s.fp,
            s.fn_,
            s.precision(),
            s.recall()
        );
        total.add(*s);
    }
    println!(
        "| all | {} | {} | {} | {:.3} | {:.3} |",
        total.tp,
        total.fp,
        total.fn_,
        total.precision(),
        total.recall()
    );
    total
}

fn posts(path: &str) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn options(post: &Value) -> AnalysisOptions {
    AnalysisOptions {
        pii: PiiOptions {
            reference_year: 2026,
            published_numbers: vec![
                "0771-10 10 10".into(),
                "+46 771 10 10 10".into(),
                "08-555 100 00".into(),
            ],
        },
        staff_names: post["staff_names"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_owned())
            .collect(),
    }
}

/// Scores of one labelled set: personal data, code of conduct, tone accuracy.
struct Scores {
    pii: Score,
    conduct: Score,
    tone: f64,
}

#[test]
fn the_guard_meets_its_precision_and_recall_on_our_corpus() {
    let posts = posts(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/corpus/posts.jsonl"
    ));
    assert!(posts.len() >= 400, "{}", posts.len());
    let s = score(&posts);
    assert!(
        s.pii.precision() >= 0.98 && s.pii.recall() >= 0.98,
        "personal data below 0.98"
    );
    assert!(
        s.conduct.precision() >= 0.85 && s.conduct.recall() >= 0.85,
        "code of conduct below 0.85"
    );
    assert!(s.tone >= 0.8, "tone accuracy below 0.8");
}

/// The second development set (`tests/corpus/posts-2.jsonl`, 300 posts) concentrates on
/// what generalises badly: new phrasings of threats, masked slurs, calm posts with stakes.
#[test]
fn the_guard_meets_its_precision_and_recall_on_the_second_set() {
    let posts = posts(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/corpus/posts-2.jsonl"
    ));
    assert!(posts.len() >= 300, "{}", posts.len());
    let s = score(&posts);
    assert!(
        s.pii.precision() >= 0.98 && s.pii.recall() >= 0.98,
        "personal data below 0.98"
    );
    assert!(
        s.conduct.precision() >= 0.85 && s.conduct.recall() >= 0.85,
        "code of conduct below 0.85"
    );
    assert!(s.tone >= 0.8, "tone accuracy below 0.8");
}

/// The later development sets (`posts-3` to `posts-7`, 2,100 posts on the code of
/// conduct, tone and personal data), which the model was fitted on as well.
#[test]
fn the_guard_meets_its_precision_and_recall_on_the_later_sets() {
    for n in 3..=7 {
        let path = format!(
            "{}/tests/corpus/posts-{n}.jsonl",
            env!("CARGO_MANIFEST_DIR")
        );
        let posts = posts(&path);
        assert!(posts.len() >= 400, "{path}: {}", posts.len());
        println!("\n## posts-{n}.jsonl");
        let s = score(&posts);
        assert!(
            s.pii.precision() >= 0.98 && s.pii.recall() >= 0.98,
            "posts-{n}: personal data below 0.98"
        );
        assert!(
            s.conduct.precision() >= 0.85 && s.conduct.recall() >= 0.85,
            "posts-{n}: code of conduct below 0.85"
        );
        assert!(s.tone >= 0.8, "posts-{n}: tone accuracy below 0.8");
    }
}

/// The held-out set was written without looking at the guard and is never tuned on; it
/// shows how the guard generalises. Its floors sit under what it measured when written
/// and mark regressions, not goals.
#[test]
fn the_guard_generalises_to_the_held_out_set() {
    let posts = posts(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/heldout/posts.jsonl"
    ));
    assert!(posts.len() >= 200, "{}", posts.len());
    let s = score(&posts);
    let (pii, conduct, tone) = HELD_OUT_FLOOR;
    assert!(
        s.pii.precision() >= pii && s.pii.recall() >= pii,
        "personal data regressed"
    );
    assert!(
        s.conduct.precision() >= conduct && s.conduct.recall() >= conduct,
        "code of conduct regressed"
    );
    assert!(s.tone >= tone, "tone regressed");
}

/// The second held-out set (`tests/heldout-2/posts.jsonl`, 300 posts), written later and
/// the same way: without looking at the guard or the earlier sets, never tuned on.
#[test]
fn the_guard_generalises_to_the_second_held_out_set() {
    let posts = posts(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/heldout-2/posts.jsonl"
    ));
    assert!(posts.len() >= 300, "{}", posts.len());
    let s = score(&posts);
    let (pii, conduct, tone) = SECOND_HELD_OUT_FLOOR;
    assert!(
        s.pii.precision() >= pii && s.pii.recall() >= pii,
        "personal data regressed"
    );
    assert!(
        s.conduct.precision() >= conduct && s.conduct.recall() >= conduct,
        "code of conduct regressed"
    );
    assert!(s.tone >= tone, "tone regressed");
}

/// Scores any labelled file: `LOTSEN_SCORE_FILE=path cargo test -p lotsen-text --test it
/// score_a_file -- --ignored --nocapture` (with `LOTSEN_SHOW_MISSES=1` for every miss).
#[test]
#[ignore = "scores the file named by LOTSEN_SCORE_FILE"]
fn score_a_file() {
    let path = std::env::var("LOTSEN_SCORE_FILE").unwrap();
    score(&posts(&path));
}

fn score(posts: &[Value]) -> Scores {
    let mut pii: BTreeMap<String, Score> = BTreeMap::new();
    let mut conduct: BTreeMap<String, Score> = BTreeMap::new();
    let mut tone_right = 0;
    let mut tone_confusion: BTreeMap<(String, String), usize> = BTreeMap::new();
    let mut misses = Vec::new();
    for post in posts {
        let text = post["text"].as_str().unwrap();
        let visibility = if post["visibility"] == "public" {
            Visibility::Public
        } else {
            Visibility::Private
        };
        let analysis = analyze(text, visibility, &options(post));

        let expected: Vec<(String, String)> = post["pii"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                (
                    p["kind"].as_str().unwrap().to_owned(),
                    p["text"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        let got: Vec<(String, String)> = analysis
            .pii
            .iter()
            .map(|s| (s.kind.as_str().to_owned(), s.text.clone()))
            .collect();
        for e in &expected {
            let s = pii.entry(e.0.clone()).or_default();
            if got.contains(e) {
                s.tp += 1
            } else {
                s.fn_ += 1;
                misses.push(format!("pii miss {e:?} in {:?}", post["id"]))
            }
        }
        for g in &got {
            if !expected.contains(g) {
                pii.entry(g.0.clone()).or_default().fp += 1;
                misses.push(format!("pii false {g:?} in {:?}", post["id"]));
            }
        }

        let expected: Vec<&str> = post["moderation"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap())
            .collect();
        let got: Vec<&str> = analysis
            .moderation
            .iter()
            .map(|v| v.category.as_str())
            .collect();
        for category in lotsen_text::Category::ALL.map(|c| c.as_str()) {
            let s = conduct.entry(category.to_owned()).or_default();
            match (expected.contains(&category), got.contains(&category)) {
                (true, true) => s.tp += 1,
                (true, false) => {
                    s.fn_ += 1;
                    misses.push(format!(
                        "conduct miss {category} in {:?}: {text}",
                        post["id"]
                    ));
                }
                (false, true) => {
                    s.fp += 1;
                    misses.push(format!(
                        "conduct false {category} in {:?}: {text}",
                        post["id"]
                    ));
                }
                (false, false) => {}
            }
        }

        let tone = analysis.tone.as_str();
        if post["tone"] == tone {
            tone_right += 1;
        } else {
            misses.push(format!(
                "tone {tone} for {} in {:?}: {text}",
                post["tone"], post["id"]
            ));
        }
        *tone_confusion
            .entry((post["tone"].as_str().unwrap().to_owned(), tone.to_owned()))
            .or_default() += 1;
    }
    let pii_total = table("personal data", &pii);
    let conduct_total = table("code of conduct", &conduct);
    let accuracy = tone_right as f64 / posts.len() as f64;
    println!(
        "\ntone accuracy {accuracy:.3} ({tone_right}/{})",
        posts.len()
    );
    for ((want, got), n) in &tone_confusion {
        println!("  labelled {want:<8} read {got:<8} {n}");
    }
    if std::env::var("LOTSEN_SHOW_MISSES").is_ok() {
        for m in &misses {
            println!("{m}");
        }
    }
    Scores {
        pii: pii_total,
        conduct: conduct_total,
        tone: accuracy,
    }
}
