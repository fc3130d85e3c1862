//! Precision and recall on our own labelled sets: personal data by kind, the code of
//! conduct by category, and tone. The development sets must meet the thresholds
//! (0.98 for personal data, 0.85 for the code of conduct, 0.8 tone accuracy); the
//! held-out sets have floors under what they measured, which mark regressions.

use crate::scoring::{posts, score};

/// The thresholds: personal data, code of conduct, tone accuracy.
const TARGETS: (f64, f64, f64) = (0.98, 0.85, 0.8);

/// Floors for the held-out set.
const HELD_OUT_FLOOR: (f64, f64, f64) = (0.98, 0.88, 0.80);

/// Floors for the second held-out set.
const SECOND_HELD_OUT_FLOOR: (f64, f64, f64) = (0.97, 0.85, 0.88);

/// Scores a set of at least `min_posts` posts under `tests/` and checks it reaches
/// `floors` in precision and recall of personal data and the code of conduct, and tone.
fn check(set: &str, min_posts: usize, (pii, conduct, tone): (f64, f64, f64)) {
    let path = format!("{}/tests/{set}", env!("CARGO_MANIFEST_DIR"));
    let posts = posts(&path).unwrap();
    assert!(posts.len() >= min_posts, "{set}: {}", posts.len());
    println!("\n## {set}");
    let s = score(&posts);
    assert!(
        s.pii.precision() >= pii && s.pii.recall() >= pii,
        "{set}: personal data below {pii}"
    );
    assert!(
        s.conduct.precision() >= conduct && s.conduct.recall() >= conduct,
        "{set}: code of conduct below {conduct}"
    );
    assert!(s.tone >= tone, "{set}: tone accuracy below {tone}");
}

/// The first development set (635 posts, every kind and category, hard negatives).
#[test]
fn the_guard_meets_its_precision_and_recall_on_our_corpus() {
    check("corpus/posts.jsonl", 400, TARGETS);
}

/// The second development set (`tests/corpus/posts-2.jsonl`, 300 posts) concentrates on
/// what generalises badly: new phrasings of threats, masked slurs, calm posts with stakes.
#[test]
fn the_guard_meets_its_precision_and_recall_on_the_second_set() {
    check("corpus/posts-2.jsonl", 300, TARGETS);
}

/// The later development sets (`posts-3` to `posts-7`, 2,100 posts on the code of
/// conduct, tone and personal data), which the model was fitted on as well.
#[test]
fn the_guard_meets_its_precision_and_recall_on_the_later_sets() {
    for n in 3..=7 {
        check(&format!("corpus/posts-{n}.jsonl"), 400, TARGETS);
    }
}

/// The held-out set was written without looking at the guard and is never tuned on; it
/// shows how the guard generalises.
#[test]
fn the_guard_generalises_to_the_held_out_set() {
    check("heldout/posts.jsonl", 200, HELD_OUT_FLOOR);
}

/// The second held-out set (`tests/heldout-2/posts.jsonl`, 300 posts), written later and
/// the same way: without looking at the guard or the earlier sets, never tuned on.
#[test]
fn the_guard_generalises_to_the_second_held_out_set() {
    check("heldout-2/posts.jsonl", 300, SECOND_HELD_OUT_FLOOR);
}
