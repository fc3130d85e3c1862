//! The keys that thread a message into a case: Message-IDs as intake stores them (no
//! angle brackets, no space, at most 250 bytes) and the case reference in a subject.

use lotsen_domain::CaseRef;
use mail_parser::HeaderValue;

use super::parse::header_texts;

/// Longest Message-ID kept as it is; a longer one is replaced by its hash.
const MAX_ID_BYTES: usize = 250;

/// A Message-ID as stored: trimmed of angle brackets and space; `None` when nothing is
/// left. An id longer than 250 bytes becomes `sha256-<hex>@long.lotsen.invalid`.
pub fn normalise_message_id(raw: &str) -> Option<String> {
    let id = raw
        .trim()
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim();
    if id.is_empty() || id.contains(char::is_whitespace) {
        return None;
    }
    if id.len() > MAX_ID_BYTES {
        return Some(format!(
            "sha256-{}@long.lotsen.invalid",
            super::sha256_hex(id.as_bytes())
        ));
    }
    Some(id.to_owned())
}

/// The ids in an In-Reply-To or References header, in order, without duplicates.
pub(super) fn message_ids(value: &HeaderValue<'_>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for text in header_texts(value) {
        // mail-parser splits proper lists; a sloppy one arrives as one text.
        for piece in text.split(|c: char| c.is_whitespace() || c == ',') {
            if let Some(id) = normalise_message_id(piece)
                && !out.contains(&id)
            {
                out.push(id);
            }
        }
    }
    out
}

/// The case reference in a subject, written `[L-000123]` (any case, the last one wins:
/// a forwarded subject can carry an older reference before the newest).
pub fn case_token(subject: &str) -> Option<CaseRef> {
    let mut found = None;
    let mut rest = subject;
    while let Some(start) = rest.find('[') {
        let after = &rest[start + 1..];
        if let Some(end) = after.find(']')
            && let Ok(reference) = after[..end].trim().parse::<CaseRef>()
        {
            found = Some(reference);
        }
        rest = after;
    }
    found
}

/// A subject without the reply and forward prefixes mail programs add in Swedish and
/// English (`Re:`, `SV:`, `Sv:`, `VB:`, `Fwd:`, `FW:`, `Vs:`, `AW:`), and without a case
/// token, so a reply's subject reads `Re: <the case's subject> [L-000123]` once.
pub fn strip_reply_prefixes(subject: &str) -> String {
    const PREFIXES: [&str; 9] = ["re", "sv", "vb", "fw", "fwd", "vs", "aw", "antw", "réf"];
    let mut s = subject.trim();
    while let Some((head, tail)) = s.split_once(':') {
        let head = head.trim().to_lowercase();
        // `Re[2]:` and `Re(2):` too.
        let word: String = head.chars().take_while(|c| c.is_alphabetic()).collect();
        let rest = &head[word.len()..];
        let counted = rest.is_empty()
            || (rest.starts_with(['[', '('])
                && rest.ends_with([']', ')'])
                && rest[1..rest.len() - 1].bytes().all(|b| b.is_ascii_digit()));
        if PREFIXES.contains(&word.as_str()) && counted {
            s = tail.trim_start();
        } else {
            break;
        }
    }
    let mut out = s.to_owned();
    if let Some(reference) = case_token(&out) {
        let token = format!("[{reference}]");
        out = out.replace(&token, "");
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_ids_lose_their_brackets_and_long_ones_are_hashed() {
        assert_eq!(
            normalise_message_id(" <a.b@c.se> ").as_deref(),
            Some("a.b@c.se")
        );
        assert_eq!(normalise_message_id("<>"), None);
        assert_eq!(normalise_message_id("a b@c"), None);
        let long = format!("<{}@x.se>", "a".repeat(300));
        let id = normalise_message_id(&long).unwrap();
        assert!(id.starts_with("sha256-") && id.len() < 120, "{id}");
    }

    #[test]
    fn the_last_case_token_in_a_subject_wins() {
        assert_eq!(case_token("Sv: Kortet [L-000042]"), Some(CaseRef(42)));
        assert_eq!(case_token("VB: [l-7] och [L-000123]"), Some(CaseRef(123)));
        assert_eq!(case_token("Fråga [Lån] [L-12a]"), None);
        assert_eq!(case_token("[L-000009"), None);
    }

    #[test]
    fn reply_prefixes_and_tokens_are_stripped_from_a_subject() {
        assert_eq!(
            strip_reply_prefixes("SV: Re: VB: Fråga om kortet [L-000042]"),
            "Fråga om kortet"
        );
        assert_eq!(strip_reply_prefixes("Re[2]: Lån"), "Lån");
        assert_eq!(strip_reply_prefixes("Viktigt: kortet"), "Viktigt: kortet");
    }
}
