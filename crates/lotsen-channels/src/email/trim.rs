//! The part of a text body a handler needs to read: what the customer wrote this time,
//! without the quoted history below it (Gmail's and Apple Mail's "On … wrote:" and
//! "Den … skrev …:", Outlook's header block in Swedish and English, trailing `>` lines)
//! or the signature (`-- `, "Skickat från min iPhone"). The full text is always kept
//! beside it; when trimming would leave nothing, the full text is shown.

/// The text to show for a message.
pub fn trim_for_display(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut end = lines.len();
    for (i, line) in lines.iter().enumerate() {
        if starts_history(&lines, i) || is_signature_start(line) {
            end = i;
            break;
        }
    }
    let mut kept = &lines[..end];
    // A quoted block at the end (with or without an attribution we did not know).
    while let Some((last, rest)) = kept.split_last() {
        let t = last.trim();
        if t.is_empty() || t.starts_with('>') {
            kept = rest;
        } else {
            break;
        }
    }
    let shown = kept.join("\n").trim().to_owned();
    if shown.is_empty() {
        text.trim().to_owned()
    } else {
        shown
    }
}

fn is_signature_start(line: &str) -> bool {
    let t = line.trim_end_matches('\r');
    if t == "-- " || t == "--" {
        return true;
    }
    let lower = t.trim().to_lowercase();
    [
        "skickat från min ",
        "sent from my ",
        "skickat från outlook",
        "hämta outlook för",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
}

/// Whether quoted history starts at line `i`.
fn starts_history(lines: &[&str], i: usize) -> bool {
    let line = lines[i].trim();
    let lower = line.to_lowercase();
    if lower.starts_with("-----") && lower.ends_with("-----") && lower.len() > 12 {
        // -----Original Message----- / -----Ursprungligt meddelande----- and kin.
        return true;
    }
    if is_attribution(&lower)
        || (i + 1 < lines.len()
            && lower.starts_with(['o', 'd'])
            && is_attribution(&format!("{lower} {}", lines[i + 1].trim().to_lowercase())))
    {
        return true;
    }
    // Outlook: a block of From:/Sent:/To:/Subject: (or Från:/Skickat:/Till:/Ämne:).
    let header_start = ["från:", "from:", "van:", "von:"]
        .iter()
        .any(|p| lower.starts_with(p));
    if header_start || lower.chars().all(|c| c == '_') && lower.len() >= 20 {
        let next: Vec<String> = lines[i + 1..]
            .iter()
            .take(5)
            .map(|l| l.trim().to_lowercase())
            .collect();
        let sent = ["skickat:", "sent:", "datum:", "date:", "gesendet:"];
        let from = ["från:", "from:"];
        return next.iter().any(|l| sent.iter().any(|p| l.starts_with(p)))
            && (header_start || next.iter().any(|l| from.iter().any(|p| l.starts_with(p))));
    }
    false
}

/// "On Mon, 30 Nov 2026 at 09:00, Anna <a@b.se> wrote:" and "Den 30 nov. 2026 kl. 09:00
/// skrev Anna <a@b.se>:" (also "mån 30 nov. 2026 … skrev …:").
fn is_attribution(lower: &str) -> bool {
    let ends = lower.ends_with(':');
    (lower.starts_with("on ") && lower.ends_with("wrote:"))
        || (ends
            && lower.contains(" skrev ")
            && has_digit(lower)
            && (lower.contains('@') || lower.contains(" kl")))
        || (ends && lower.contains(" schrieb ") && lower.starts_with("am "))
}

fn has_digit(s: &str) -> bool {
    s.bytes().any(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gmail_and_apple_quotes_are_trimmed_in_both_languages() {
        let sv = "Tack, det gick bra.\n\nDen 30 nov. 2026 kl. 09:00 skrev Kundservice <k@b.se>:\n> Hej!\n";
        assert_eq!(trim_for_display(sv), "Tack, det gick bra.");
        let en = "Thanks.\n\nOn Mon, 30 Nov 2026 at 09:00, Support <k@b.se>\nwrote:\n> Hi\n";
        assert_eq!(trim_for_display(en), "Thanks.");
    }

    #[test]
    fn outlook_header_blocks_and_separators_are_trimmed() {
        let text = "Hej, kortet är spärrat.\n\nMed vänlig hälsning\nEva\n\n\
Från: Kundservice <k@b.se>\nSkickat: den 30 november 2026 09:00\nTill: Eva <e@x.se>\nÄmne: Kortet\n\nHej Eva!";
        assert_eq!(
            trim_for_display(text),
            "Hej, kortet är spärrat.\n\nMed vänlig hälsning\nEva"
        );
        let line =
            "Svar nedan.\n________________________________\nFrom: K <k@b.se>\nSent: Monday\n";
        assert_eq!(trim_for_display(line), "Svar nedan.");
        let orig = "Ok.\n-----Ursprungligt meddelande-----\nFrån: K";
        assert_eq!(trim_for_display(orig), "Ok.");
    }

    #[test]
    fn signatures_go_and_inline_answers_stay() {
        assert_eq!(trim_for_display("Hej\n-- \nEva Ek\n070-123"), "Hej");
        assert_eq!(
            trim_for_display("Ja tack\n\nSkickat från min iPhone"),
            "Ja tack"
        );
        let inline = "> Vilket kort?\nVisa-kortet.\n> När?\nI går.\n> Tack\n";
        assert_eq!(
            trim_for_display(inline),
            "> Vilket kort?\nVisa-kortet.\n> När?\nI går."
        );
    }

    #[test]
    fn a_message_that_is_all_quote_is_shown_whole() {
        assert_eq!(trim_for_display("> bara citat\n"), "> bara citat");
        assert_eq!(trim_for_display("Från: x\nDatum: y"), "Från: x\nDatum: y");
    }
}
