//! Inbound email: the bytes of one message become an [`InboundEmail`] with decoded
//! headers, a sanitised HTML body, a text body (derived from the HTML when there is no
//! text part) trimmed of quoted history and signature for display, attachments with
//! their content hash and verdict, the keys that thread it into a case, and whether a
//! machine sent it. Outbound replies are composed in [`compose`].

mod attachments;
mod automatic;
pub mod compose;
mod html;
mod parse;
mod thread;
mod trim;

pub use attachments::{Attachment, AttachmentLimits, Verdict};
pub use automatic::{Automatic, classify};
pub use html::sanitise_html;
pub use parse::{EmailError, InboundEmail, Limits, Mailbox, parse};
pub use thread::{case_token, normalise_message_id, strip_reply_prefixes};
pub use trim::trim_for_display;

/// Lower-case hex SHA-256 of bytes: the key a body or attachment is stored under.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(bytes))
}
