//! Scores labelled sets against the guard and prints the tables:
//! `cargo run -p lotsen-text --release --example score -- FILE.jsonl...` (every miss
//! too with `LOTSEN_SHOW_MISSES=1`). Settings as in the corpus tests.

#[path = "../tests/it/scoring.rs"]
mod scoring;

fn main() -> Result<(), String> {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        return Err("name one or more labelled JSON-lines files".into());
    }
    for file in &files {
        println!("\n## {file}");
        let s = scoring::score(&scoring::posts(file)?);
        println!(
            "\nsummary: personal data {:.3} / {:.3}, code of conduct {:.3} / {:.3}, tone {:.3}",
            s.pii.precision(),
            s.pii.recall(),
            s.conduct.precision(),
            s.conduct.recall(),
            s.tone
        );
    }
    Ok(())
}
