//! The binary as a user runs it: command line, restarts, SIGKILL, the demo, the email
//! channel with real mail peers, and replies on Meta's channels to a Graph API stand-in.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test fails loudly at the first surprise"
)]

mod browser;
mod chat;
mod cli;
mod email;
mod outage;
mod paging;
mod peers;
mod process;
mod social;
mod two_servers;
