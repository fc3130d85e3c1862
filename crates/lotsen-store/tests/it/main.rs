//! The store conformance suite: every test runs on SQLite and on PostgreSQL.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test fails loudly at the first surprise"
)]

mod cases;
mod directory;
mod inbound;
mod schema;
mod signals;
mod support;
