//! The Store: Lotsen's state in domain terms, on embedded SQLite by default and on
//! PostgreSQL when several nodes share the work. Only this crate knows SQL. Every
//! operation that changes a case is one transaction that writes the new state, its events
//! and any outbox job together.

mod articles;
mod bench_fill;
mod cases;
mod codec;
mod dead_letters;
mod directory;
mod email;
mod error;
mod feed;
mod inbound;
mod incidents;
mod logins;
mod merge;
mod migrate;
mod outbox;
mod pool;
mod routing;
mod saved_replies;
mod signals;
mod staffing;
mod stats;
mod timeline;
mod webhooks;
mod worklists;
mod write;

pub use articles::{ArticleFilter, ArticleRow, ArticleUse};
pub use cases::{COUNT_CAP, CaseChange, CaseFilter, CasePage, OutboxJob};
pub use dead_letters::{DeadLetter, NewDeadLetter};
pub use directory::ApiTokenRecord;
pub use email::{AttachmentRecord, Delivery, EmailDetails, EmailRecord, MessageMail};
pub use error::StoreError;
pub use feed::IndexMessage;
pub use inbound::{InboundOutcome, InboundRecord, SealedOriginal};
pub use incidents::{IncidentFigures, IncidentRow};
pub use logins::SessionRecord;
pub use migrate::{Migration, migrations};
pub use outbox::{ClaimedJob, MAX_ATTEMPTS};
pub use pool::{Backend, Store};
pub use routing::{CapacityGuard, RoutingRecord};
pub use signals::{CASE_TOPIC, CaseChanged, Signal, Signals};
pub use staffing::{PossibleIncidentRecord, ShiftRecord};
pub use timeline::{MAX_PAGE as MAX_TIMELINE_PAGE, TimelineEntry};
pub use webhooks::WebhookDelivery;
pub use worklists::Worklist;

/// Result of a store operation.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;
