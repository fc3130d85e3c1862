//! Test support for Lotsen's own tests: a clock that moves only when told, ids counted from
//! a seed, a fresh store on each backend (a temporary SQLite directory, or a PostgreSQL
//! database cloned from a migrated template and dropped afterwards), the real server on a
//! free loopback port, and a stand-in for Meta's Graph API.
#![allow(
    clippy::panic,
    clippy::expect_used,
    clippy::unwrap_used,
    reason = "test support fails loudly, with instructions, instead of returning errors"
)]

mod backends;
mod clock;
mod graph;
mod server;

pub use backends::{TestStore, pg_admin_url, test_store};
pub use clock::{FakeClock, SeqIds};
pub use graph::{GraphCall, GraphStandIn};
pub use lotsen_store::Backend;
pub use server::{TestAgent, TestApp};

/// Runs each listed async test function once on SQLite and once on PostgreSQL. Each
/// function takes the `Backend` to use.
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name($crate::Backend::Sqlite).await
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name($crate::Backend::Postgres).await
                }
            )*
        }
    };
}
