//! Dev-only test support: finds the public conformance data in `../shared/conformance`
//! beside the checkout (a missing folder fails under `CI=true` and is skipped elsewhere)
//! and reads its CSV files.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test support fails loudly, with the path it looked at"
)]

use std::path::PathBuf;

/// `../shared/conformance/<folder>` from the repository root. Missing data fails the test
/// under CI (`CI=true`) and is reported and skipped elsewhere.
pub fn conformance(folder: &str) -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/conformance")
        .join(folder);
    if dir.is_dir() {
        return Some(dir);
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!(
            "conformance data missing at {} (it must sit beside the checkout under CI)",
            dir.display()
        );
    }
    eprintln!("skipping: conformance data not found at {}", dir.display());
    None
}

/// Rows of a CSV file with a header, as maps from column name to value. Handles quoted
/// fields with commas.
pub fn csv_rows(path: &std::path::Path) -> Vec<std::collections::HashMap<String, String>> {
    let text = std::fs::read_to_string(path).unwrap();
    let mut lines = text.lines().filter(|l| !l.is_empty());
    let header: Vec<String> = split_csv(lines.next().unwrap())
        .into_iter()
        .map(|h| h.trim().to_owned())
        .collect();
    lines
        .map(|line| header.iter().cloned().zip(split_csv(line)).collect())
        .collect()
}

fn split_csv(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(std::mem::take(&mut field)),
            c => field.push(c),
        }
    }
    out.push(field);
    out
}
