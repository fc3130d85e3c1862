//! The demo: a living Swedish bank customer service (filled in below).
pub fn placeholder() {}
