//! Bytes to domain and back, with no sockets: an email's bytes become an [`email::InboundEmail`]
//! (decoded headers, sanitised bodies with the quoted history trimmed, attachments by
//! content hash, threading keys, whether it was sent by a machine); a reply becomes the
//! bytes of a MIME message; and [`smtp::Session`] holds the SMTP/LMTP server dialogue
//! that the binary's listener drives; and [`meta`] reads Meta's webhooks (the
//! verification handshake, `X-Hub-Signature-256`, page feed changes, Messenger and
//! Instagram events).

pub mod email;
pub mod meta;
pub mod smtp;
