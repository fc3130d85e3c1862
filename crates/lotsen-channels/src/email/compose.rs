//! A reply as MIME bytes, built with `lettre`'s message builder: the support address as
//! sender under the agent's signature name, Reply-To the support address, our own
//! Message-ID, In-Reply-To and References so the customer's mail program threads it and
//! their answer threads back, the case token in the subject, a text and an HTML part,
//! and attachments. Lotsen's automatic answers say so (`Auto-Submitted: auto-replied`)
//! so other machines do not answer them.

use std::time::{Duration, SystemTime};

use lettre::message::header::{ContentType, Header, HeaderName, HeaderValue};
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lotsen_domain::CaseRef;

use super::thread::strip_reply_prefixes;

/// Most References ids carried (the first and the newest are kept, as RFC 5322 advises).
const MAX_REFERENCES: usize = 20;

/// A file sent with a reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboundAttachment {
    /// File name.
    pub filename: String,
    /// `type/subtype`.
    pub content_type: String,
    /// Content.
    pub data: Vec<u8>,
}

/// Everything a reply needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboundEmail {
    /// Our Message-ID, without angle brackets.
    pub message_id: String,
    /// The support address (the sender and Reply-To).
    pub support_address: String,
    /// The name shown as sender (the agent's signature name, or the team's).
    pub sender_name: Option<String>,
    /// The customer's address.
    pub to_address: String,
    /// The customer's name, if known.
    pub to_name: Option<String>,
    /// The case's reference, carried in the subject.
    pub case_ref: CaseRef,
    /// The subject being answered (the case's subject when nothing was received).
    pub subject: String,
    /// The Message-ID answered, if any.
    pub in_reply_to: Option<String>,
    /// The thread so far, oldest first (the answered id last).
    pub references: Vec<String>,
    /// The text.
    pub text: String,
    /// Files.
    pub attachments: Vec<OutboundAttachment>,
    /// When written, Unix seconds.
    pub date: i64,
    /// Whether Lotsen wrote it by itself (an out-of-hours answer, say).
    pub automatic: bool,
}

/// Why a reply cannot be composed; sending it again will not help.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ComposeError {
    /// An address that is not one.
    #[error("{field} is not an email address")]
    Address {
        /// Which one.
        field: &'static str,
    },
    /// A content type that is not one, or a message lettre refuses.
    #[error("the message cannot be built: {0}")]
    Build(String),
}

/// The subject of a reply: `Re: <subject> [L-000123]`, prefixes and tokens not repeated.
pub fn reply_subject(subject: &str, case_ref: CaseRef) -> String {
    let base = strip_reply_prefixes(subject);
    if base.is_empty() {
        format!("[{case_ref}]")
    } else {
        format!("Re: {base} [{case_ref}]")
    }
}

/// The bytes of the reply.
pub fn compose(email: &OutboundEmail) -> Result<Vec<u8>, ComposeError> {
    let support: lettre::Address = email
        .support_address
        .parse()
        .map_err(|_| ComposeError::Address { field: "from" })?;
    let to: lettre::Address = email
        .to_address
        .parse()
        .map_err(|_| ComposeError::Address { field: "to" })?;
    let mut builder = lettre::Message::builder()
        .message_id(Some(format!("<{}>", email.message_id)))
        .from(Mailbox::new(email.sender_name.clone(), support.clone()))
        .reply_to(Mailbox::new(None, support))
        .to(Mailbox::new(email.to_name.clone(), to))
        .subject(reply_subject(&email.subject, email.case_ref))
        .date(SystemTime::UNIX_EPOCH + Duration::from_secs(email.date.max(0).unsigned_abs()))
        .header(CaseHeader(email.case_ref.to_string()));
    if let Some(id) = &email.in_reply_to {
        builder = builder.in_reply_to(format!("<{id}>"));
    }
    let references = capped(&email.references);
    if !references.is_empty() {
        let joined: Vec<String> = references.iter().map(|r| format!("<{r}>")).collect();
        builder = builder.references(joined.join(" "));
    }
    if email.automatic {
        builder = builder
            .header(AutoSubmitted("auto-replied".into()))
            .header(AutoResponseSuppress("All".into()));
    }
    let body = MultiPart::alternative_plain_html(email.text.clone(), text_to_html(&email.text));
    let message = if email.attachments.is_empty() {
        builder.multipart(body)
    } else {
        let mut mixed = MultiPart::mixed().multipart(body);
        for file in &email.attachments {
            let content_type = ContentType::parse(&file.content_type)
                .map_err(|e| ComposeError::Build(e.to_string()))?;
            let part: SinglePart =
                Attachment::new(file.filename.clone()).body(file.data.clone(), content_type);
            mixed = mixed.singlepart(part);
        }
        builder.multipart(mixed)
    }
    .map_err(|e| ComposeError::Build(e.to_string()))?;
    Ok(message.formatted())
}

/// The first id and the newest ones, at most `MAX_REFERENCES`.
fn capped(references: &[String]) -> Vec<&String> {
    if references.len() <= MAX_REFERENCES {
        return references.iter().collect();
    }
    let mut out = vec![&references[0]];
    out.extend(references[references.len() - (MAX_REFERENCES - 1)..].iter());
    out
}

/// Paragraphs and line breaks of a plain text, escaped, as HTML.
fn text_to_html(text: &str) -> String {
    let escaped = text
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;");
    let paragraphs: Vec<String> = escaped
        .replace("\r\n", "\n")
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(|p| format!("<p>{}</p>", p.trim().replace('\n', "<br>\n")))
        .collect();
    format!(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n{}\n</body></html>\n",
        paragraphs.join("\n")
    )
}

macro_rules! text_header {
    ($name:ident, $header:literal) => {
        #[derive(Debug, Clone)]
        struct $name(String);

        impl Header for $name {
            fn name() -> HeaderName {
                HeaderName::new_from_ascii_str($header)
            }

            fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
                Ok(Self(s.to_owned()))
            }

            fn display(&self) -> HeaderValue {
                HeaderValue::new(Self::name(), self.0.clone())
            }
        }
    };
}

text_header!(CaseHeader, "X-Lotsen-Case");
text_header!(AutoSubmitted, "Auto-Submitted");
text_header!(AutoResponseSuppress, "X-Auto-Response-Suppress");

#[cfg(test)]
mod tests {
    use super::*;
    use crate::email::{Limits, parse};

    fn reply() -> OutboundEmail {
        OutboundEmail {
            message_id: "0190-abc@banken.se".into(),
            support_address: "kundservice@banken.se".into(),
            sender_name: Some("Anna på Banken".into()),
            to_address: "bjorn@example.se".into(),
            to_name: Some("Björn Lång".into()),
            case_ref: CaseRef(42),
            subject: "SV: Fråga om kortet [L-000042]".into(),
            in_reply_to: Some("svar-1@example.se".into()),
            references: vec!["forsta@example.se".into(), "svar-1@example.se".into()],
            text: "Hej Björn!\n\nKortet är skickat.\nMvh Anna".into(),
            attachments: vec![OutboundAttachment {
                filename: "villkor.pdf".into(),
                content_type: "application/pdf".into(),
                data: b"%PDF-1.4 test".to_vec(),
            }],
            date: 1_796_116_500,
            automatic: false,
        }
    }

    #[test]
    fn a_reply_carries_threading_headers_and_parses_back() {
        let bytes = compose(&reply()).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        assert!(text.contains("Message-ID: <0190-abc@banken.se>"), "{text}");
        assert!(text.contains("In-Reply-To: <svar-1@example.se>"), "{text}");
        assert!(text.contains("X-Lotsen-Case: L-000042"), "{text}");
        assert!(!text.contains("Auto-Submitted"), "{text}");
        let back = parse(&bytes, &Limits::default()).unwrap();
        assert_eq!(back.message_id, "0190-abc@banken.se");
        assert_eq!(
            back.subject.as_deref(),
            Some("Re: Fråga om kortet [L-000042]")
        );
        assert_eq!(back.case_token, Some(CaseRef(42)));
        assert_eq!(back.from.address, "kundservice@banken.se");
        assert_eq!(back.from.name.as_deref(), Some("Anna på Banken"));
        assert_eq!(back.reply_to.unwrap().address, "kundservice@banken.se");
        assert_eq!(back.to[0].name.as_deref(), Some("Björn Lång"));
        assert_eq!(back.in_reply_to, ["svar-1@example.se"]);
        assert_eq!(back.references, ["forsta@example.se", "svar-1@example.se"]);
        assert!(back.text.contains("Kortet är skickat."), "{}", back.text);
        assert!(back.html.unwrap().contains("<br>"));
        assert_eq!(back.attachments.len(), 1);
        assert_eq!(back.attachments[0].data, b"%PDF-1.4 test");
        assert_eq!(back.automatic, None);
    }

    #[test]
    fn an_automatic_answer_says_so() {
        let mut email = reply();
        email.automatic = true;
        email.attachments.clear();
        let bytes = compose(&email).unwrap();
        let back = parse(&bytes, &Limits::default()).unwrap();
        assert_eq!(back.automatic, Some(crate::email::Automatic::AutoReply));
    }

    #[test]
    fn long_reference_chains_keep_the_first_and_the_newest() {
        let refs: Vec<String> = (0..30).map(|i| format!("{i}@x.se")).collect();
        let kept = capped(&refs);
        assert_eq!(kept.len(), MAX_REFERENCES);
        assert_eq!(kept[0], "0@x.se");
        assert_eq!(kept[kept.len() - 1], "29@x.se");
    }

    #[test]
    fn bad_addresses_are_named() {
        let mut email = reply();
        email.to_address = "inte en adress".into();
        assert_eq!(compose(&email), Err(ComposeError::Address { field: "to" }));
    }
}
