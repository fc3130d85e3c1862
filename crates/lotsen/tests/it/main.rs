//! The binary as a user runs it: command line, restarts, SIGKILL, the demo, and the email
//! channel with real mail peers.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test fails loudly at the first surprise"
)]

mod cli;
mod email;
mod paging;
mod peers;
mod process;
mod two_servers;
