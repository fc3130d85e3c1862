//! Mail that a machine sent: auto-replies and out-of-office notices (RFC 3834
//! `Auto-Submitted`, `Precedence`, `X-Autoreply` and its kin, the subjects Outlook and
//! Gmail use in Swedish and English), bounces (a null sender, a delivery status report,
//! a mailer daemon) and bulk mail (mailing lists). Intake records these and never answers
//! them or lets them reopen a case: answering an auto-reply is how mail loops start.

use mail_parser::{Message, MimeHeaders, PartType};

use super::thread::normalise_message_id;

/// Why a message is a machine's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Automatic {
    /// An auto-reply or out-of-office notice.
    AutoReply,
    /// A delivery failure report.
    Bounce,
    /// A mailing list or other bulk sender.
    Bulk,
}

impl Automatic {
    /// Stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::AutoReply => "auto_reply",
            Self::Bounce => "bounce",
            Self::Bulk => "bulk",
        }
    }
}

/// Subject beginnings of automatic answers, lower-case.
const AUTO_SUBJECTS: [&str; 10] = [
    "automatiskt svar",
    "autosvar",
    "frånvaromeddelande",
    "frånvarande:",
    "out of office",
    "out of the office",
    "automatic reply",
    "auto-reply",
    "autoreply",
    "abwesenheitsnotiz",
];

/// Whether and why a machine sent the message.
pub fn classify(message: &Message<'_>) -> Option<Automatic> {
    if is_bounce(message) {
        return Some(Automatic::Bounce);
    }
    let header = |name: &str| message.header_raw(name).map(|v| v.trim().to_lowercase());
    if let Some(value) = header("Auto-Submitted")
        && !value.is_empty()
        && !value.starts_with("no")
    {
        return Some(Automatic::AutoReply);
    }
    let flagged = [
        "X-Autoreply",
        "X-Autorespond",
        "X-Autoresponder",
        "X-Auto-Reply",
    ];
    if flagged
        .iter()
        .any(|name| header(name).is_some_and(|v| !v.is_empty() && v != "no" && v != "false"))
    {
        return Some(Automatic::AutoReply);
    }
    if header("X-Ms-Exchange-Inbox-Rules-Loop").is_some() {
        return Some(Automatic::AutoReply);
    }
    match header("Precedence").as_deref() {
        Some("auto_reply" | "auto-reply") => return Some(Automatic::AutoReply),
        Some("bulk" | "junk" | "list") => return Some(Automatic::Bulk),
        _ => {}
    }
    if let Some(subject) = message.subject().map(str::to_lowercase) {
        let subject = subject.trim_start();
        if AUTO_SUBJECTS.iter().any(|p| subject.starts_with(p)) {
            return Some(Automatic::AutoReply);
        }
    }
    if header("List-Id").is_some() || header("List-Unsubscribe").is_some() {
        return Some(Automatic::Bulk);
    }
    None
}

fn is_bounce(message: &Message<'_>) -> bool {
    let null_sender = message
        .header_raw("Return-Path")
        .is_some_and(|v| v.trim() == "<>");
    let report = message.content_type().is_some_and(|ct| {
        ct.ctype().eq_ignore_ascii_case("multipart")
            && ct
                .subtype()
                .is_some_and(|s| s.eq_ignore_ascii_case("report"))
            && ct
                .attribute("report-type")
                .is_some_and(|t| t.eq_ignore_ascii_case("delivery-status"))
    });
    let daemon = message
        .from()
        .and_then(|a| a.first())
        .and_then(|a| a.address())
        .map(str::to_lowercase)
        .is_some_and(|a| a.starts_with("mailer-daemon@") || a.starts_with("postmaster@"));
    null_sender || report || daemon
}

/// For a bounce: the Message-IDs of the returned messages (in an attached
/// `message/rfc822` or `text/rfc822-headers` part), so the report threads to the case
/// whose reply did not arrive.
pub(super) fn bounced_message_ids(message: &Message<'_>) -> Vec<String> {
    if !is_bounce(message) {
        return Vec::new();
    }
    let mut ids = Vec::new();
    for part in &message.parts {
        match &part.body {
            PartType::Message(inner) => {
                if let Some(id) = inner.message_id().and_then(normalise_message_id) {
                    ids.push(id);
                }
            }
            PartType::Text(text)
                if part.content_type().is_some_and(|ct| {
                    ct.subtype()
                        .is_some_and(|s| s.eq_ignore_ascii_case("rfc822-headers"))
                }) =>
            {
                ids.extend(header_line_ids(text));
            }
            _ => {}
        }
    }
    ids.dedup();
    ids
}

/// `Message-ID:` lines in a block of returned headers.
fn header_line_ids(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|line| {
            let (name, value) = line.split_once(':')?;
            name.trim()
                .eq_ignore_ascii_case("message-id")
                .then(|| normalise_message_id(value))
                .flatten()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use mail_parser::MessageParser;

    fn kind(raw: &str) -> Option<Automatic> {
        let message = MessageParser::default().parse(raw.as_bytes()).unwrap();
        classify(&message)
    }

    #[test]
    fn a_person_writing_is_not_automatic() {
        assert_eq!(kind("From: a@b.se\r\nSubject: Hej\r\n\r\nFråga"), None);
        assert_eq!(
            kind("From: a@b.se\r\nAuto-Submitted: no\r\nSubject: Hej\r\n\r\nx"),
            None
        );
    }

    #[test]
    fn auto_replies_are_recognised_by_header_and_subject() {
        for raw in [
            "From: a@b.se\r\nAuto-Submitted: auto-replied\r\n\r\nx",
            "From: a@b.se\r\nX-Autoreply: yes\r\n\r\nx",
            "From: a@b.se\r\nPrecedence: auto_reply\r\n\r\nx",
            "From: a@b.se\r\nSubject: Automatiskt svar: Kortet\r\n\r\nx",
            "From: a@b.se\r\nSubject: Out of Office: Kortet\r\n\r\nx",
        ] {
            assert_eq!(kind(raw), Some(Automatic::AutoReply), "{raw}");
        }
    }

    #[test]
    fn bounces_and_lists_are_recognised() {
        let dsn = "From: MAILER-DAEMON@mx.example.se\r\nReturn-Path: <>\r\n\
Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n\
--b\r\nContent-Type: text/plain\r\n\r\nDelivery failed\r\n\
--b\r\nContent-Type: message/delivery-status\r\n\r\nStatus: 5.1.1\r\n\
--b\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: <ut-7@banken.se>\r\nSubject: Svar\r\n\
--b--\r\n";
        let message = MessageParser::default().parse(dsn.as_bytes()).unwrap();
        assert_eq!(classify(&message), Some(Automatic::Bounce));
        assert_eq!(bounced_message_ids(&message), ["ut-7@banken.se"]);
        assert_eq!(
            kind("From: nyhetsbrev@butik.se\r\nList-Id: <nyheter.butik.se>\r\n\r\nx"),
            Some(Automatic::Bulk)
        );
        assert_eq!(
            kind("From: a@b.se\r\nPrecedence: bulk\r\n\r\nx"),
            Some(Automatic::Bulk)
        );
    }
}
