//! Lotsen's use cases as plain functions: take in a message, reply, hand off, escalate,
//! resolve, and the directory of teams and agents. Each checks who may act, asks the
//! domain for the events and lets the store write them in one transaction. Time and ids
//! come from the `Clock` and `IdGen` the caller passes in.

pub mod auth;
pub mod auto_answer;
pub mod calls;
pub mod cases;
pub mod chat;
pub mod clock;
pub mod demo;
pub mod directory;
pub mod drafts;
pub mod email;
pub mod error;
pub mod forecast;
pub mod incidents;
pub mod intake;
pub mod knowledge;
pub mod lead;
pub mod manager;
pub mod meta;
pub mod meta_guard;
pub mod meta_out;
pub mod moderation;
pub mod paging;
pub mod review;
pub mod routing;
pub mod sealed;
pub mod search;
pub mod signin;
pub mod sla;
pub mod workers;

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
    /// The email channel's addresses and limits.
    pub mail: email::MailSettings,
    /// The Meta app's secrets.
    pub meta: meta::MetaSettings,
    /// The staff directory's names, read at most once a minute (and after every new agent).
    staff: Arc<StaffCache>,
    /// The full-text index (in memory unless the binary opens one on disk; none when it
    /// could not be made).
    pub search: Option<Arc<lotsen_search::SearchIndex>>,
}

/// The names staff are known by, prepared for the text guard and kept for a minute so
/// intake neither reads the directory nor folds its names for every message; another
/// node's new agent shows up within that minute.
#[derive(Debug, Default)]
struct StaffCache(std::sync::Mutex<Option<(jiff::Timestamp, lotsen_text::Staff)>>);

/// How long the staff names are kept.
const STAFF_TTL: jiff::SignedDuration = jiff::SignedDuration::from_secs(60);

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
            mail: email::MailSettings::default(),
            meta: meta::MetaSettings::default(),
            staff: Arc::default(),
            search: lotsen_search::SearchIndex::in_memory().ok().map(Arc::new),
        }
    }

    /// The names and aliases of the staff, prepared for the text guard.
    pub async fn staff(&self) -> Result<lotsen_text::Staff, AppError> {
        let now = self.clock.now();
        if let Ok(cached) = self.staff.0.lock()
            && let Some((at, names)) = cached.as_ref()
            && now.duration_since(*at) < STAFF_TTL
        {
            return Ok(names.clone());
        }
        let staff = lotsen_text::Staff::new(self.store.staff_names().await?);
        if let Ok(mut cached) = self.staff.0.lock() {
            *cached = Some((now, staff.clone()));
        }
        Ok(staff)
    }

    /// Forgets the cached staff names (a new agent joined).
    pub fn forget_staff_names(&self) {
        if let Ok(mut cached) = self.staff.0.lock() {
            *cached = None;
        }
    }

    /// A new id of any id type.
    pub fn id<T: From<uuid::Uuid>>(&self) -> T {
        T::from(self.ids.next_uuid())
    }
}
