//! Staffing against pyworkforce's reference values.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test fails loudly at the first surprise"
)]

mod conformance;
mod props;
mod volume;
