//! The two things the domain never does for itself: read the clock and invent ids. The
//! application passes an implementation in; tests pass a fake one.

use jiff::Timestamp;
use uuid::Uuid;

/// Where "now" comes from.
pub trait Clock: Send + Sync {
    /// The current instant.
    fn now(&self) -> Timestamp;
}

/// Where new ids come from.
pub trait IdGen: Send + Sync {
    /// A new, unique id.
    fn next_uuid(&self) -> Uuid;
}
