//! The real clock and ids for production, and a settable clock for replaying history
//! (the demo writes months of cases through the same use cases).

use std::sync::Mutex;

use jiff::Timestamp;
use lotsen_domain::{Clock, IdGen};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use uuid::Uuid;

/// The system clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        Timestamp::now()
    }
}

/// Random version-4 UUIDs from the operating system's generator, or from a seed.
#[derive(Debug)]
pub struct RandomIds(Mutex<StdRng>);

impl RandomIds {
    /// Ids from the operating system's entropy.
    pub fn from_os() -> Self {
        Self(Mutex::new(StdRng::from_os_rng()))
    }

    /// Reproducible ids from a seed.
    pub fn seeded(seed: u64) -> Self {
        Self(Mutex::new(StdRng::seed_from_u64(seed)))
    }
}

impl IdGen for RandomIds {
    fn next_uuid(&self) -> Uuid {
        let bytes: [u8; 16] = match self.0.lock() {
            Ok(mut rng) => rng.random(),
            Err(poisoned) => poisoned.into_inner().random(),
        };
        uuid::Builder::from_random_bytes(bytes).into_uuid()
    }
}

/// A clock that shows whatever instant it was last set to.
#[derive(Debug)]
pub struct SetClock(Mutex<Timestamp>);

impl SetClock {
    /// A clock at `at`.
    pub fn new(at: Timestamp) -> Self {
        Self(Mutex::new(at))
    }

    /// Sets the instant.
    pub fn set(&self, at: Timestamp) {
        match self.0.lock() {
            Ok(mut now) => *now = at,
            Err(poisoned) => *poisoned.into_inner() = at,
        }
    }
}

impl Clock for SetClock {
    fn now(&self) -> Timestamp {
        match self.0.lock() {
            Ok(now) => *now,
            Err(poisoned) => *poisoned.into_inner(),
        }
    }
}
