//! Redaction: every detected span is replaced by its kind in brackets, so no digit or
//! letter of it stays readable in logs, the search index or public previews.

use crate::pii::PiiSpan;

/// The text with each span replaced by `[kind]`. Spans must not overlap (the detector's
/// never do).
pub fn redact(text: &str, spans: &[PiiSpan]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    let mut sorted: Vec<&PiiSpan> = spans.iter().collect();
    sorted.sort_by_key(|s| s.start);
    for span in sorted {
        if span.start < at || span.end > text.len() {
            continue;
        }
        out.push_str(&text[at..span.start]);
        out.push('[');
        out.push_str(span.kind.as_str());
        out.push(']');
        at = span.end;
    }
    out.push_str(&text[at..]);
    out
}
