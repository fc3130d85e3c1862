//! Meta's webhooks, with no sockets: the verification handshake, the signature over the
//! raw body, and the events of a delivery (page feed changes, Messenger and Instagram
//! messages, postbacks and statuses, Instagram comments), each with the provider id that
//! makes a retried delivery one message; and the Graph API calls of replies and
//! moderation, with Meta's answers read ([`graph`]).

mod events;
pub mod graph;
mod signature;

pub use events::{
    FeedChange, InstagramComment, MessagingEvent, MessagingKind, MetaError, MetaEvent, Platform,
    object_id, parse,
};
pub use signature::{Signature, handshake, sign, verify};
