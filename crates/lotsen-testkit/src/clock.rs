//! A clock that moves only when a test says so, and ids counted from a seed.

use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use jiff::{SignedDuration, Timestamp};
use lotsen_domain::{Clock, IdGen};
use uuid::Uuid;

/// A clock standing still at a chosen instant until advanced.
#[derive(Debug)]
pub struct FakeClock(Mutex<Timestamp>);

impl FakeClock {
    /// A clock at `at`.
    pub fn at(at: Timestamp) -> Self {
        Self(Mutex::new(at))
    }

    /// A clock at 2026-03-02 08:00 UTC (a Monday morning).
    pub fn monday_morning() -> Self {
        Self::at("2026-03-02T08:00:00Z".parse().unwrap())
    }

    /// Moves the clock forward.
    pub fn advance(&self, by: SignedDuration) {
        let mut now = self.0.lock().unwrap();
        *now = now.checked_add(by).unwrap();
    }
}

impl Clock for FakeClock {
    fn now(&self) -> Timestamp {
        *self.0.lock().unwrap()
    }
}

/// Ids `seed-0000-…-000001`, `…-000002`, … in order.
#[derive(Debug)]
pub struct SeqIds {
    seed: u64,
    next: AtomicU64,
}

impl SeqIds {
    /// Ids whose high half is `seed`.
    pub fn new(seed: u64) -> Self {
        Self {
            seed,
            next: AtomicU64::new(1),
        }
    }
}

impl IdGen for SeqIds {
    fn next_uuid(&self) -> Uuid {
        let n = self.next.fetch_add(1, Ordering::Relaxed);
        Uuid::from_u128((u128::from(self.seed) << 64) | u128::from(n))
    }
}
