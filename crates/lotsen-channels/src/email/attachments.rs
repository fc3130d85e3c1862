//! Attachments: each with its name, type, size and SHA-256 (the store keeps one copy per
//! hash), and a verdict. Too large, too many, or executable (by name or by content,
//! whatever the declared type says) are refused: recorded by name and size, never
//! stored for download; the raw message still holds them for an administrator.

use mail_parser::{Message, MimeHeaders, PartType};

use super::sha256_hex;

/// What intake stores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AttachmentLimits {
    /// One attachment.
    pub max_bytes: usize,
    /// Attachments kept per message.
    pub max_count: usize,
}

impl Default for AttachmentLimits {
    fn default() -> Self {
        Self {
            max_bytes: 25 * 1024 * 1024,
            max_count: 50,
        }
    }
}

/// Whether an attachment is stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Stored and downloadable.
    Accepted,
    /// Refused, with a stable reason: `too_large`, `too_many`, `executable`.
    Refused(&'static str),
}

/// One attachment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    /// The file name, decoded, if given.
    pub filename: Option<String>,
    /// `type/subtype`, lower-case.
    pub content_type: String,
    /// Decoded size in bytes.
    pub size: usize,
    /// SHA-256 of the decoded content.
    pub sha256: String,
    /// Shown inline (a `Content-ID` image, say) rather than as a file.
    pub inline: bool,
    /// The `Content-ID`, without angle brackets.
    pub content_id: Option<String>,
    /// Stored or refused.
    pub verdict: Verdict,
    /// The content when accepted; empty when refused.
    pub data: Vec<u8>,
}

/// File endings refused whatever the declared type.
const EXECUTABLE_ENDINGS: [&str; 22] = [
    "exe", "com", "bat", "cmd", "scr", "pif", "msi", "msp", "vbs", "vbe", "js", "jse", "wsf",
    "wsh", "ps1", "psm1", "jar", "hta", "cpl", "lnk", "reg", "iso",
];

/// The attachments of a message with their verdicts.
pub(super) fn collect(message: &Message<'_>, limits: &AttachmentLimits) -> Vec<Attachment> {
    let mut out = Vec::new();
    for part in message.attachments() {
        let content = part.contents();
        let content_type = part
            .content_type()
            .map(|ct| match ct.subtype() {
                Some(sub) => format!("{}/{}", ct.ctype(), sub).to_lowercase(),
                None => ct.ctype().to_lowercase(),
            })
            .unwrap_or_else(|| match part.body {
                PartType::Message(_) => "message/rfc822".to_owned(),
                _ => "application/octet-stream".to_owned(),
            });
        let filename = part
            .attachment_name()
            .map(|n| n.trim().to_owned())
            .filter(|n| !n.is_empty());
        let verdict = if out.len() >= limits.max_count {
            Verdict::Refused("too_many")
        } else if content.len() > limits.max_bytes {
            Verdict::Refused("too_large")
        } else if is_executable(filename.as_deref(), content) {
            Verdict::Refused("executable")
        } else {
            Verdict::Accepted
        };
        let inline = part
            .content_disposition()
            .is_some_and(|d| d.ctype().eq_ignore_ascii_case("inline"));
        out.push(Attachment {
            sha256: sha256_hex(content),
            size: content.len(),
            content_id: part
                .content_id()
                .map(|id| id.trim_matches(['<', '>', ' ']).to_owned()),
            data: if verdict == Verdict::Accepted {
                content.to_vec()
            } else {
                Vec::new()
            },
            filename,
            content_type,
            inline,
            verdict,
        });
    }
    out
}

/// An executable by its name's ending or by its first bytes (Windows PE, ELF, Mach-O,
/// a script's `#!`).
fn is_executable(filename: Option<&str>, content: &[u8]) -> bool {
    let by_name = filename
        .and_then(|n| n.rsplit_once('.'))
        .map(|(_, ending)| ending.trim().to_lowercase())
        .is_some_and(|e| EXECUTABLE_ENDINGS.contains(&e.as_str()));
    let magic: [&[u8]; 5] = [
        b"MZ",
        b"\x7fELF",
        b"\xcf\xfa\xed\xfe",
        b"\xfe\xed\xfa\xcf",
        b"#!",
    ];
    by_name || magic.iter().any(|m| content.starts_with(m))
}

#[cfg(test)]
mod tests {
    use super::*;
    use mail_parser::MessageParser;

    fn message_with(parts: &[(&str, &str, &str)]) -> String {
        let mut raw = String::from(
            "From: a@b.se\r\nContent-Type: multipart/mixed; boundary=\"g\"\r\n\r\n\
--g\r\nContent-Type: text/plain\r\n\r\nSe bifogat.\r\n",
        );
        for (name, ctype, base64) in parts {
            raw.push_str(&format!(
                "--g\r\nContent-Type: {ctype}; name=\"{name}\"\r\n\
Content-Disposition: attachment; filename=\"{name}\"\r\n\
Content-Transfer-Encoding: base64\r\n\r\n{base64}\r\n"
            ));
        }
        raw.push_str("--g--\r\n");
        raw
    }

    #[test]
    fn attachments_are_hashed_and_executables_refused_by_name_or_content() {
        // "hej\n" and "MZ.." in base64.
        let raw = message_with(&[
            ("kvitto.pdf", "application/pdf", "aGVqCg=="),
            ("faktura.pdf", "application/pdf", "TVqQAAMAAAAEAAAA"),
            ("setup.EXE", "application/octet-stream", "aGVqCg=="),
        ]);
        let message = MessageParser::default().parse(raw.as_bytes()).unwrap();
        let found = collect(&message, &AttachmentLimits::default());
        assert_eq!(found.len(), 3);
        assert_eq!(found[0].filename.as_deref(), Some("kvitto.pdf"));
        assert_eq!(found[0].content_type, "application/pdf");
        assert_eq!(found[0].data, b"hej\n");
        assert_eq!(found[0].sha256, sha256_hex(b"hej\n"));
        assert_eq!(found[0].verdict, Verdict::Accepted);
        assert_eq!(found[1].verdict, Verdict::Refused("executable"));
        assert!(found[1].data.is_empty());
        assert_eq!(found[2].verdict, Verdict::Refused("executable"));
    }

    #[test]
    fn large_and_surplus_attachments_are_refused() {
        let raw = message_with(&[
            ("a.txt", "text/plain", "aGVqCg=="),
            ("b.txt", "text/plain", "aGVqaGVqaGVqCg=="),
        ]);
        let message = MessageParser::default().parse(raw.as_bytes()).unwrap();
        let limits = AttachmentLimits {
            max_bytes: 5,
            max_count: 1,
        };
        let found = collect(&message, &limits);
        assert_eq!(found[0].verdict, Verdict::Accepted);
        assert_eq!(found[1].verdict, Verdict::Refused("too_many"));
        let limits = AttachmentLimits {
            max_bytes: 5,
            max_count: 5,
        };
        assert_eq!(
            collect(&message, &limits)[1].verdict,
            Verdict::Refused("too_large")
        );
    }
}
