//! One message's bytes to an [`InboundEmail`], with `mail-parser` doing the MIME work
//! (RFC 2047 words and RFC 2231 parameters decoded, charsets converted). What cannot
//! become a case message is an [`EmailError`] whose code names the reason the raw bytes
//! are kept in the dead-letter list.

use mail_parser::{Address, HeaderValue, MessageParser};

use super::attachments::{Attachment, AttachmentLimits, collect};
use super::automatic::{Automatic, bounced_message_ids, classify};
use super::html::sanitise_html;
use super::sha256_hex;
use super::thread::{case_token, message_ids, normalise_message_id};
use super::trim::trim_for_display;
use lotsen_domain::CaseRef;

/// Sizes intake accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The whole message, as received.
    pub max_message_bytes: usize,
    /// Attachments.
    pub attachments: AttachmentLimits,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_message_bytes: 40 * 1024 * 1024,
            attachments: AttachmentLimits::default(),
        }
    }
}

/// A name and an address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mailbox {
    /// The display name, decoded, if any.
    pub name: Option<String>,
    /// The address as written (intake lower-cases it into an identity).
    pub address: String,
}

/// A parsed inbound message.
#[derive(Debug, Clone, PartialEq)]
pub struct InboundEmail {
    /// The Message-ID without angle brackets; when the message has none, one made from
    /// the hash of its bytes, so the same bytes twice are still one message.
    pub message_id: String,
    /// Whether the message carried its own Message-ID.
    pub has_message_id: bool,
    /// In-Reply-To ids, without angle brackets.
    pub in_reply_to: Vec<String>,
    /// References ids, oldest first, without angle brackets.
    pub references: Vec<String>,
    /// For a bounce: the Message-IDs of the returned messages.
    pub bounced: Vec<String>,
    /// Decoded subject.
    pub subject: Option<String>,
    /// The sender.
    pub from: Mailbox,
    /// Where the sender wants answers, if elsewhere.
    pub reply_to: Option<Mailbox>,
    /// Recipients.
    pub to: Vec<Mailbox>,
    /// Copied recipients.
    pub cc: Vec<Mailbox>,
    /// The Date header as Unix seconds, if readable.
    pub date: Option<i64>,
    /// The whole text body (from the HTML part when there is no text part).
    pub text: String,
    /// The text with quoted history and signature trimmed, for display.
    pub display_text: String,
    /// The HTML body, sanitised (no scripts, no remote content loaded on view).
    pub html: Option<String>,
    /// Attachments in order, each with its verdict.
    pub attachments: Vec<Attachment>,
    /// Why a machine sent it, if one did.
    pub automatic: Option<Automatic>,
    /// The case reference in the subject (`[L-000123]`), if any.
    pub case_token: Option<CaseRef>,
    /// Whether some part could not be decoded cleanly (the raw bytes say more).
    pub encoding_problem: bool,
    /// SHA-256 of the raw bytes.
    pub raw_sha256: String,
}

impl InboundEmail {
    /// Every id this message answers, newest first: In-Reply-To, then References from
    /// the newest, then (for a bounce) the returned messages.
    pub fn thread_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = Vec::new();
        let all = self
            .in_reply_to
            .iter()
            .chain(self.references.iter().rev())
            .chain(self.bounced.iter());
        for id in all {
            if !ids.contains(id) && *id != self.message_id {
                ids.push(id.clone());
            }
        }
        ids
    }
}

/// Why a message cannot become a case message; the raw bytes are kept with the code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EmailError {
    /// Nothing in the bytes reads as a message.
    #[error("the bytes are not an email message")]
    Unparseable,
    /// No From address that can be answered.
    #[error("the message has no sender address")]
    NoSender,
    /// Larger than intake accepts.
    #[error("the message is {size} bytes, more than the {limit} accepted")]
    TooLarge {
        /// Bytes received.
        size: usize,
        /// Bytes accepted.
        limit: usize,
    },
}

impl EmailError {
    /// Stable code, kept with a dead letter.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Unparseable => "unparseable",
            Self::NoSender => "no_sender",
            Self::TooLarge { .. } => "too_large",
        }
    }
}

/// Parses one message.
pub fn parse(raw: &[u8], limits: &Limits) -> Result<InboundEmail, EmailError> {
    if raw.len() > limits.max_message_bytes {
        return Err(EmailError::TooLarge {
            size: raw.len(),
            limit: limits.max_message_bytes,
        });
    }
    let message = MessageParser::default()
        .parse(raw)
        .ok_or(EmailError::Unparseable)?;
    if message.headers().is_empty() {
        return Err(EmailError::Unparseable);
    }
    let from = message
        .from()
        .and_then(first_mailbox)
        .or_else(|| message.sender().and_then(first_mailbox))
        .ok_or(EmailError::NoSender)?;
    let raw_sha256 = sha256_hex(raw);
    let given = message.message_id().and_then(normalise_message_id);
    let has_message_id = given.is_some();
    let message_id = given.unwrap_or_else(|| format!("{raw_sha256}@sha256.lotsen.invalid"));
    let text = message
        .body_text(0)
        .map(|t| t.replace("\r\n", "\n"))
        .unwrap_or_default();
    let html = (message.html_body_count() > 0)
        .then(|| message.html_part(0))
        .flatten()
        .filter(|p| p.is_text_html())
        .and_then(|p| p.text_contents())
        .map(sanitise_html);
    let subject = message
        .subject()
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty());
    let attachments = collect(&message, &limits.attachments);
    let encoding_problem = message.parts.iter().any(|p| p.is_encoding_problem);
    Ok(InboundEmail {
        in_reply_to: message_ids(message.in_reply_to()),
        references: message_ids(message.references()),
        bounced: bounced_message_ids(&message),
        case_token: subject.as_deref().and_then(case_token),
        automatic: classify(&message),
        display_text: trim_for_display(&text),
        reply_to: message.reply_to().and_then(first_mailbox),
        to: mailboxes(message.to()),
        cc: mailboxes(message.cc()),
        date: message.date().map(mail_parser::DateTime::to_timestamp),
        subject,
        from,
        message_id,
        has_message_id,
        text,
        html,
        attachments,
        encoding_problem,
        raw_sha256,
    })
}

fn first_mailbox(address: &Address<'_>) -> Option<Mailbox> {
    address.iter().find_map(to_mailbox)
}

fn mailboxes(address: Option<&Address<'_>>) -> Vec<Mailbox> {
    address
        .map(|a| a.iter().filter_map(to_mailbox).collect())
        .unwrap_or_default()
}

fn to_mailbox(addr: &mail_parser::Addr<'_>) -> Option<Mailbox> {
    let address = addr.address()?.trim();
    let (local, domain) = address.rsplit_once('@')?;
    if local.is_empty() || domain.is_empty() || address.contains(char::is_whitespace) {
        return None;
    }
    Some(Mailbox {
        name: addr
            .name()
            .map(|n| n.trim().to_owned())
            .filter(|n| !n.is_empty()),
        address: address.to_owned(),
    })
}

/// The text of a header that may be a single text or a list.
pub(super) fn header_texts<'a>(value: &'a HeaderValue<'_>) -> Vec<&'a str> {
    match value {
        HeaderValue::Text(t) => vec![t.as_ref()],
        HeaderValue::TextList(list) => list.iter().map(AsRef::as_ref).collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const REPLY: &str = "From: =?UTF-8?Q?Bj=C3=B6rn_L=C3=A5ng?= <Bjorn.Lang@Example.SE>\r\n\
To: Kundservice <kundservice@banken.se>\r\n\
Subject: =?UTF-8?Q?Sv=3A_Fr=C3=A5ga_om_kortet_=5BL-000042=5D?=\r\n\
Message-ID: <svar-1@example.se>\r\n\
In-Reply-To: <ut-1@banken.se>\r\n\
References: <forsta@example.se> <ut-1@banken.se>\r\n\
Date: Tue, 01 Dec 2026 10:15:00 +0100\r\n\
Content-Type: text/plain; charset=utf-8\r\n\
\r\n\
Tack, nu fungerar kortet igen.\r\n\
\r\n\
Den 30 nov. 2026 kl. 09:00 skrev Kundservice <kundservice@banken.se>:\r\n\
> Hej! Vi har skickat ett nytt kort.\r\n";

    #[test]
    fn a_reply_is_decoded_with_its_threading_keys() {
        let email = parse(REPLY.as_bytes(), &Limits::default()).unwrap();
        assert_eq!(email.from.name.as_deref(), Some("Björn Lång"));
        assert_eq!(email.from.address, "Bjorn.Lang@Example.SE");
        assert_eq!(
            email.subject.as_deref(),
            Some("Sv: Fråga om kortet [L-000042]")
        );
        assert_eq!(email.case_token, Some(CaseRef(42)));
        assert_eq!(email.message_id, "svar-1@example.se");
        assert_eq!(email.thread_ids(), ["ut-1@banken.se", "forsta@example.se"]);
        assert_eq!(email.display_text, "Tack, nu fungerar kortet igen.");
        assert!(email.text.contains("> Hej!"));
        assert_eq!(email.date, Some(1_796_116_500));
        assert_eq!(email.automatic, None);
    }

    #[test]
    fn a_message_without_a_message_id_gets_one_from_its_bytes() {
        let raw = b"From: a@b.se\r\nSubject: x\r\n\r\nhej\r\n";
        let one = parse(raw, &Limits::default()).unwrap();
        let two = parse(raw, &Limits::default()).unwrap();
        assert!(!one.has_message_id);
        assert_eq!(one.message_id, two.message_id);
        assert!(one.message_id.ends_with("@sha256.lotsen.invalid"));
    }

    #[test]
    fn html_only_mail_gets_a_text_body_and_a_sanitised_html_body() {
        let raw = "From: a@b.se\r\nContent-Type: text/html; charset=utf-8\r\n\r\n\
<html><body><p>Hej <b>d&auml;r</b></p><script>alert(1)</script><img src=\"https://spår.example/x.png\"></body></html>\r\n";
        let email = parse(raw.as_bytes(), &Limits::default()).unwrap();
        assert!(email.text.contains("Hej där"), "{}", email.text);
        let html = email.html.unwrap();
        assert!(html.contains("<b>där</b>"), "{html}");
        assert!(!html.contains("script"), "{html}");
        assert!(!html.contains("spår.example"), "{html}");
    }

    #[test]
    fn unreadable_bytes_and_missing_senders_are_named() {
        assert_eq!(parse(b"", &Limits::default()), Err(EmailError::Unparseable));
        assert_eq!(
            parse(b"Subject: hej\r\n\r\ntext", &Limits::default()),
            Err(EmailError::NoSender)
        );
        assert_eq!(
            parse(b"From: Anna\r\n\r\ntext", &Limits::default()),
            Err(EmailError::NoSender)
        );
        let small = Limits {
            max_message_bytes: 10,
            ..Limits::default()
        };
        assert_eq!(
            parse(REPLY.as_bytes(), &small).map_err(|e| e.code()),
            Err("too_large")
        );
    }
}
