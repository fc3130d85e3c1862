//! Lotsen's use cases as plain functions: take in a message, reply, hand off, escalate,
//! resolve, and the directory of teams and agents. Each checks who may act, asks the
//! domain for the events and lets the store write them in one transaction. Time and ids
//! come from the `Clock` and `IdGen` the caller passes in.

pub mod auth;
pub mod cases;
pub mod clock;
pub mod demo;
pub mod directory;
pub mod error;
pub mod forecast;
pub mod intake;

use std::sync::Arc;

use lotsen_domain::{Clock, IdGen};
use lotsen_store::Store;

pub use error::AppError;

/// What every use case needs: the store, the clock and the id source.
#[derive(Clone)]
pub struct App {
    /// Persistent state.
    pub store: Store,
    /// Where "now" comes from.
    pub clock: Arc<dyn Clock>,
    /// Where ids come from.
    pub ids: Arc<dyn IdGen>,
    /// The company's own published phone numbers, never a customer's personal data.
    pub published_numbers: Vec<String>,
}

impl std::fmt::Debug for App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("App")
            .field("backend", &self.store.backend())
            .finish_non_exhaustive()
    }
}

impl App {
    /// An app over a store with the given clock and ids.
    pub fn new(store: Store, clock: Arc<dyn Clock>, ids: Arc<dyn IdGen>) -> Self {
        Self {
            store,
            clock,
            ids,
            published_numbers: Vec::new(),
        }
    }

    /// A new id of any id type.
    pub fn id<T: From<uuid::Uuid>>(&self) -> T {
        T::from(self.ids.next_uuid())
    }
}
