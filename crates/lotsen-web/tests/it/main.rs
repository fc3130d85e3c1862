//! HTTP integration tests: the real server on a loopback port, on SQLite and PostgreSQL.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test fails loudly at the first surprise"
)]

mod auth;
mod calls;
mod case_flow;
mod composer;
mod drafts;
mod email;
mod forecast;
mod incidents;
mod knowledge;
mod knowledge_ui;
mod lead;
mod merge;
mod messages;
mod meta;
mod moderation_ui;
mod routing;
mod search;
mod service;
mod sla;
mod staffing;
mod workspace;
mod workspace_actions;
