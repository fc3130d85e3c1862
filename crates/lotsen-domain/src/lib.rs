//! The pure heart of Lotsen: customers, agents, teams, cases and the events that change
//! them. Nothing here does I/O, spawns tasks or reads the clock; time and ids arrive as
//! parameters so every rule can be tested by calling a function.

pub mod agent;
pub mod article;
pub mod calendar;
pub mod carousel;
pub mod case;
pub mod customer;
pub mod error;
pub mod hours;
pub mod ids;
pub mod incident;
pub mod message;
pub mod ports;
pub mod routing;
pub mod saved_reply;
pub mod sla;
pub mod text;

pub use agent::{Actor, Agent, Role, Team};
pub use case::{
    Case, CaseEvent, CaseKind, Channel, EventKind, NoticeReason, OutcomeCounters, Priority, Status,
    Visibility,
};
pub use customer::{Customer, Identity, IdentityKind};
pub use error::{DomainError, FieldError};
pub use ids::{
    AgentId, ArticleId, CaseId, CaseRef, CustomerId, EscalationId, HandoffId, IncidentId,
    MessageId, NoteId, SavedReplyId, TeamId,
};
pub use message::{Direction, Message, Note, Outbound};
pub use ports::{Clock, IdGen};
