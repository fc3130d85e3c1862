//! Full-text search over cases, their messages and the knowledge base's articles, with
//! tantivy: every text indexed twice, with Swedish and with English stemming, so either
//! language's word forms find it; personal data only in redacted form. The index is
//! derived: it is fed from the case log by sequence number (the point it reached is
//! committed with it, so it catches up after a restart) and can be rebuilt whole.

mod definite;
mod docs;
mod error;
mod feed;
mod index;
mod query;
mod schema;

pub use docs::{ArticleDoc, CaseDoc, MessageDoc, redacted};
pub use error::SearchError;
pub use feed::{CatchUp, case_doc, catch_up, lag, rebuild};
pub use index::{SearchIndex, Watermark};
pub use query::{Hit, HitKind, SearchQuery};
