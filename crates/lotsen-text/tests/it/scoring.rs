//! Scores a labelled set against the guard: precision and recall of personal data by
//! kind and of the code of conduct by category, and tone accuracy, printed as tables
//! (every miss too with `LOTSEN_SHOW_MISSES=1`). Shared by the corpus tests and
//! `examples/score.rs`. A post missing a field scores as a miss, never a panic.

use std::collections::BTreeMap;

use lotsen_text::{AnalysisOptions, PiiOptions, Visibility, analyze};
use serde_json::Value;

#[derive(Default, Clone, Copy)]
pub struct Score {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Score {
    pub fn precision(self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }
    pub fn recall(self) -> f64 {
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

/// The posts of a JSON-lines file; a line that is not JSON is an error naming it.
pub fn posts(path: &str) -> Result<Vec<Value>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| serde_json::from_str(l).map_err(|e| format!("{path}:{}: {e}", n + 1)))
        .collect()
}

fn str_of(v: &Value) -> &str {
    v.as_str().unwrap_or_default()
}

fn list(v: &Value) -> &[Value] {
    v.as_array().map_or(&[], Vec::as_slice)
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
        staff: lotsen_text::Staff::new(list(&post["staff_names"]).iter().map(str_of)),
    }
}

/// Scores of one labelled set: personal data, code of conduct, tone accuracy.
pub struct Scores {
    /// Personal data, all kinds.
    pub pii: Score,
    /// Code of conduct, all categories.
    pub conduct: Score,
    /// Tone accuracy.
    pub tone: f64,
}

/// Scores the posts and prints the tables.
pub fn score(posts: &[Value]) -> Scores {
    let mut pii: BTreeMap<String, Score> = BTreeMap::new();
    let mut conduct: BTreeMap<String, Score> = BTreeMap::new();
    let mut tone_right = 0;
    let mut tone_confusion: BTreeMap<(String, String), usize> = BTreeMap::new();
    let mut misses = Vec::new();
    for post in posts {
        let text = str_of(&post["text"]);
        let visibility = if post["visibility"] == "public" {
            Visibility::Public
        } else {
            Visibility::Private
        };
        let analysis = analyze(text, visibility, &options(post));

        let expected: Vec<(String, String)> = list(&post["pii"])
            .iter()
            .map(|p| (str_of(&p["kind"]).to_owned(), str_of(&p["text"]).to_owned()))
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

        let expected: Vec<&str> = list(&post["moderation"]).iter().map(str_of).collect();
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
            .entry((str_of(&post["tone"]).to_owned(), tone.to_owned()))
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
