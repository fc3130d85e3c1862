//! `lotsen text analyze`: the text guard as a filter. Reads JSON lines on standard input,
//! each `{"id","text","visibility","staff_names"}`, and writes one JSON line per input with
//! the personal data, code-of-conduct findings, tone and language. A line that cannot be
//! read gets an error line of its own; the others are still analysed.

use std::io::{BufRead, Write};

use lotsen_text::{AnalysisOptions, PiiOptions, Visibility, analyze};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::CliError;
use crate::config::Config;

#[derive(Debug, Deserialize)]
struct Input {
    id: Option<Value>,
    text: Option<String>,
    visibility: Option<String>,
    #[serde(default)]
    staff_names: Vec<String>,
}

/// Analyses every line of standard input; fails at the end if any line was unreadable.
pub fn analyze_lines(config: &Config) -> Result<(), CliError> {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let reference_year = i32::from(
        jiff::Timestamp::now()
            .to_zoned(jiff::tz::TimeZone::UTC)
            .year(),
    );
    let mut bad_lines = 0usize;
    for (n, line) in stdin.lock().lines().enumerate() {
        let line = line.map_err(|e| CliError::Io(format!("cannot read standard input: {e}")))?;
        if line.trim().is_empty() {
            continue;
        }
        let answer = match serde_json::from_str::<Input>(&line) {
            Ok(input) => one(input, reference_year, config),
            Err(e) => Err(
                json!({ "id": Value::Null, "error": { "code": "invalid_json", "message": format!("line {}: {e}", n + 1) } }),
            ),
        };
        let value = answer.unwrap_or_else(|error| {
            bad_lines += 1;
            error
        });
        writeln!(out, "{value}").map_err(|e| CliError::Io(format!("cannot write: {e}")))?;
    }
    out.flush()
        .map_err(|e| CliError::Io(format!("cannot write: {e}")))?;
    if bad_lines > 0 {
        return Err(CliError::Io(format!(
            "{bad_lines} input line(s) could not be analysed; see their error lines"
        )));
    }
    Ok(())
}

fn one(input: Input, reference_year: i32, config: &Config) -> Result<Value, Value> {
    let id = input.id.unwrap_or(Value::Null);
    let mut problems = Vec::new();
    let visibility = match input.visibility.as_deref() {
        None | Some("private") => Visibility::Private,
        Some("public") => Visibility::Public,
        Some(_) => {
            problems.push(json!({ "field": "visibility", "problem": "must be public or private" }));
            Visibility::Private
        }
    };
    if input.text.is_none() {
        problems.push(json!({ "field": "text", "problem": "required" }));
    }
    if !problems.is_empty() {
        return Err(
            json!({ "id": id, "error": { "code": "invalid_input", "message": "invalid input", "fields": problems } }),
        );
    }
    let text = input.text.unwrap_or_default();
    let options = AnalysisOptions {
        pii: PiiOptions {
            reference_year,
            published_numbers: config.text.published_numbers.clone(),
        },
        staff: lotsen_text::Staff::new(input.staff_names),
    };
    let analysis = analyze(&text, visibility, &options);
    Ok(json!({
        "id": id,
        "pii": analysis.pii.iter().map(|p| json!({ "kind": p.kind.as_str(), "start": p.start, "end": p.end, "text": p.text })).collect::<Vec<_>>(),
        "moderation": analysis.moderation.iter().map(|v| json!({ "category": v.category.as_str(), "evidence": v.evidence })).collect::<Vec<_>>(),
        "tone": analysis.tone.as_str(),
        "language": analysis.language.as_str(),
    }))
}
