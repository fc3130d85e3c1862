//! The background work `lotsen serve` runs every second: offers that ran out go back to
//! the queue, shifts that ended take their agents offline (handing their cases over, and
//! any case an offline agent still holds goes back too),
//! the router gives queued cases to agents, and deadlines are checked. Every step is
//! safe with several servers on one PostgreSQL: each effect is an event written under
//! the case version by a command that does nothing the second time, so each timer
//! fires once; and nothing is lost on restart, since the work is found from the
//! database, not from memory.

use jiff::Timestamp;

use crate::{App, AppError};

/// What one tick did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TickReport {
    /// The router's pass (with the offers that expired).
    pub routing: crate::routing::router::PassReport,
    /// Agents taken offline at the end of their shift.
    pub shifts_ended: u32,
    /// Cases of offline agents handed back to their queues.
    pub handed_back: u32,
    /// Deadline warnings and breaches recorded.
    pub alerts: u32,
}

/// One tick; `since` is when the previous one ran (shift ends after it count).
pub async fn tick(app: &App, since: Timestamp) -> Result<TickReport, AppError> {
    let now = app.clock.now();
    let shifts_ended = if since < now {
        crate::routing::presence::end_shifts(app, since, now).await?
    } else {
        0
    };
    let handed_back = crate::routing::presence::hand_over_offline(app).await?;
    let routing = crate::routing::router::run_pass(app).await?;
    let alerts = crate::sla::check_due(app).await?;
    crate::email::forget_old_sender_counts(app, since, now).await?;
    crate::meta::process_waiting(app).await?;
    Ok(TickReport {
        routing,
        shifts_ended,
        handed_back,
        alerts,
    })
}
