//! Meta's webhooks, with no sockets: the verification handshake, the signature over the
//! raw body, and the events of a delivery (page feed changes, Messenger and Instagram
//! messages, postbacks and statuses, Instagram comments), each with the provider id that
//! makes a retried delivery one message.

mod events;
mod signature;

pub use events::{
    FeedChange, InstagramComment, MessagingEvent, MessagingKind, MetaError, MetaEvent, Platform,
    parse,
};
pub use signature::{Signature, handshake, sign, verify};
