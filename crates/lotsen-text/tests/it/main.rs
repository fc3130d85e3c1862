//! The text guard against public conformance data and our own labelled corpus.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test fails loudly at the first surprise"
)]

mod conformance;
mod corpus;
mod props;
mod scoring;
