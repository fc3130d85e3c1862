//! The text guard: finds Swedish personal data, applies a code of conduct, reads the tone
//! of customer posts and lints agents' drafts. Pure: no I/O, no clock, no global state.

pub mod pii;

pub use pii::{PiiKind, PiiOptions, PiiSpan, detect};
