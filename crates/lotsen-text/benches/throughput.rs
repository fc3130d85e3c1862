//! Throughput of the full text analysis on one core: short posts (the corpus, 100-300
//! bytes) and long emails (20 KB). Prints a Markdown table. Run with
//! `cargo bench -p lotsen-text`; `-- --rounds N` scales the work down (N = 1 is one pass
//! over the posts and one email), for counting instructions under valgrind; `-- --only
//! short` or `-- --only long` runs one of the two (for a profiler).
//!
//! The work is timed in [`PASSES`] passes of equal size. The table gives the throughput
//! of the fastest pass (what the code does when the machine lets it: on a shared host
//! another tenant slows some passes down, never speeds one up) beside that of all
//! passes together.

use std::time::Instant;

use lotsen_text::{
    AnalysisOptions, Staff, Visibility, analyze, lang, model, moderation, pii, tone, words,
};

fn corpus() -> Vec<String> {
    let text = include_str!("../tests/corpus/posts.jsonl");
    text.lines()
        .filter_map(|line| {
            let start = line.find("\"text\":")? + 7;
            let rest = line[start..].trim_start().strip_prefix('"')?;
            let mut out = String::new();
            let mut chars = rest.chars();
            while let Some(c) = chars.next() {
                match c {
                    '\\' => match chars.next()? {
                        'n' => out.push('\n'),
                        'u' => {
                            let hex: String = chars.by_ref().take(4).collect();
                            out.push(
                                char::from_u32(u32::from_str_radix(&hex, 16).ok()?).unwrap_or(' '),
                            );
                        }
                        other => out.push(other),
                    },
                    '"' => break,
                    c => out.push(c),
                }
            }
            Some(out)
        })
        .collect()
}

/// The passes the work is timed in.
const PASSES: usize = 5;

#[inline(never)]
fn run(name: &str, texts: &[String], rounds: usize) {
    let options = AnalysisOptions {
        staff: Staff::new(["Anna Lindqvist", "Lina", "Johan Berg", "Alex"]),
        ..Default::default()
    };
    let per_pass = rounds.div_ceil(PASSES).max(1);
    let mut found = 0usize;
    let (mut fastest, mut total) = (f64::INFINITY, 0.0);
    for _ in 0..PASSES {
        let started = Instant::now();
        for _ in 0..per_pass {
            for t in texts {
                let a = analyze(t, Visibility::Public, &options);
                found += a.pii.len() + a.moderation.len();
            }
        }
        let secs = started.elapsed().as_secs_f64();
        fastest = fastest.min(secs);
        total += secs;
    }
    let count = texts.len() * per_pass;
    let bytes = texts.iter().map(String::len).sum::<usize>() * per_pass;
    println!(
        "| {name} | {} | {:.1} | {:.1} | {:.0} | {:.1} | {:.0} | {} |",
        count * PASSES,
        bytes as f64 / count as f64,
        bytes as f64 / fastest / 1e6,
        count as f64 / fastest,
        (bytes * PASSES) as f64 / total / 1e6,
        (count * PASSES) as f64 / total,
        found / PASSES
    );
}

/// Time per text of each stage of the analysis, on its own (`-- --stages`): where the
/// time goes, for the one reading the profiler cannot give on this machine.
fn stages(name: &str, texts: &[String], rounds: usize, options: &AnalysisOptions) {
    let mut spent = [0f64; 6];
    let mut sink = 0usize;
    for _ in 0..rounds {
        for t in texts {
            let at = Instant::now();
            sink += pii::detect(t, &options.pii).len();
            let a = at.elapsed().as_secs_f64();
            let mut arena = String::new();
            let at = Instant::now();
            let ws = words::words(t, &mut arena);
            let b = at.elapsed().as_secs_f64();
            let at = Instant::now();
            let reading = moderation::read(t, &ws, &options.staff);
            let c = at.elapsed().as_secs_f64();
            let at = Instant::now();
            let (rule_tone, signals) = tone::read(t, &ws, &reading);
            let d = at.elapsed().as_secs_f64();
            let at = Instant::now();
            sink += lang::detect(t, &ws) as usize;
            let e = at.elapsed().as_secs_f64();
            let rules = model::RuleView {
                reading: &reading,
                tone: rule_tone,
                signals: &signals,
                marks: words::Marks::of(t),
            };
            let at = Instant::now();
            sink += model::Model::get().score(&ws, rules).evidence.len();
            let f = at.elapsed().as_secs_f64();
            for (s, x) in spent.iter_mut().zip([a, b, c, d, e, f]) {
                *s += x;
            }
        }
    }
    let count = (texts.len() * rounds) as f64;
    let us = spent.map(|s| s / count * 1e6);
    println!(
        "| {name} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2} |",
        us[0],
        us[1],
        us[2],
        us[3],
        us[4],
        us[5],
        us.iter().sum::<f64>()
    );
    std::hint::black_box(sink);
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let rounds = args
        .iter()
        .position(|a| a == "--rounds")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse::<usize>().ok());
    let only = args
        .iter()
        .position(|a| a == "--only")
        .and_then(|i| args.get(i + 1))
        .map(String::as_str);
    let posts = corpus();
    let short: Vec<String> = posts
        .iter()
        .filter(|p| (100..=300).contains(&p.len()))
        .cloned()
        .collect();
    let mut email = String::new();
    let mut i = 0;
    while email.len() < 20_000 {
        email.push_str(&posts[i % posts.len()]);
        email.push_str(
            "\n\nMed vänliga hälsningar\nEva Berg\n\n> Tidigare meddelande i tråden, citerat.\n",
        );
        i += 1;
    }
    let emails: Vec<String> = (0..20).map(|k| format!("{k} {email}")).collect();
    if args.iter().any(|a| a == "--stages") {
        let options = AnalysisOptions {
            staff: Staff::new(["Anna Lindqvist", "Lina", "Johan Berg", "Alex"]),
            ..Default::default()
        };
        analyze("Hej", Visibility::Public, &options);
        println!(
            "| input (µs per text) | personal data | words | conduct | tone | language | model | sum |"
        );
        println!("| --- | --- | --- | --- | --- | --- | --- | --- |");
        stages("short posts", &short, rounds.unwrap_or(100), &options);
        stages("long emails", &emails, rounds.unwrap_or(10), &options);
        return;
    }
    // The lexicon and the model are parsed on first use: not part of what is measured.
    analyze("Hej", Visibility::Public, &AnalysisOptions::default());
    println!(
        "| input | texts | bytes/text | MB/s, fastest of {PASSES} passes | texts/s, fastest | MB/s, all passes | texts/s, all | findings per pass |"
    );
    println!("| --- | --- | --- | --- | --- | --- | --- | --- |");
    if only != Some("long") {
        run("short posts (100-300 bytes)", &short, rounds.unwrap_or(400));
    }
    let emails = &emails[..rounds.map_or(emails.len(), |r| r.min(emails.len()))];
    if only != Some("short") {
        run("long emails (20 KB)", emails, rounds.unwrap_or(50));
    }
}
