//! What the outbox's senders share: the loop that sends due jobs every interval (a full
//! batch is followed at once by the next), and the backoff between attempts.

use std::future::Future;
use std::time::Duration;

use lotsen_app::AppError;

/// Runs `send_due` every `interval` until aborted; while it claims a full `batch`, again
/// at once. `what` names the sender in the log.
pub async fn every<F, Fut>(interval: Duration, batch: u32, what: &'static str, mut send_due: F)
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<u32, AppError>>,
{
    let mut tick = tokio::time::interval(interval);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        loop {
            match send_due().await {
                Ok(n) if n == batch => continue,
                Ok(_) => break,
                Err(e) => {
                    tracing::warn!(code = e.code(), sender = what, "sending failed");
                    break;
                }
            }
        }
    }
}

/// Seconds before the next attempt after `attempts`: 30 s, 1 min, 2 min ... at most an
/// hour.
pub fn backoff_secs(attempts: u32) -> i64 {
    let secs = 30u64.saturating_mul(1 << attempts.saturating_sub(1).min(7));
    i64::try_from(secs.min(3600)).unwrap_or(3600)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_backoff_doubles_up_to_an_hour() {
        let waits: Vec<i64> = (1..=9).map(super::backoff_secs).collect();
        assert_eq!(waits, [30, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
    }
}
