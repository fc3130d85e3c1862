//! The store conformance suite: every test runs on SQLite and on PostgreSQL.

mod cases;
mod directory;
mod inbound;
mod schema;
mod support;
