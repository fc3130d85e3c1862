//! The binary as a user runs it: command line, restarts, SIGKILL, the demo.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test fails loudly at the first surprise"
)]

mod cli;
mod paging;
mod process;
mod two_servers;
