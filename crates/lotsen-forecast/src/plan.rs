//! Staffing per interval for every kind of channel, and the gap against a schedule.
//! Calls use Erlang C; chat uses Erlang C over agent slots (agents times concurrency);
//! email and social-media queues are staffed so the work arriving in any window of the
//! answer-time target is done within it (backlog staffing).

use serde::Serialize;

use crate::erlang::{Erlang, StaffingTarget};
use crate::error::ForecastError;

/// How a channel is staffed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Workload {
    /// Calls: Erlang C against a service level.
    Queue(StaffingTarget),
    /// Chat: Erlang C over agent slots; `concurrency` chats per agent.
    Chat {
        /// The service-level target.
        target: StaffingTarget,
        /// Chats an agent handles at once.
        concurrency: u32,
    },
    /// Email, social media: every item answered within `within_hours`.
    Backlog {
        /// The answer-time target, hours.
        within_hours: f64,
        /// Highest acceptable occupancy.
        max_occupancy: f64,
        /// Share of paid time off the queue.
        shrinkage: f64,
    },
}

/// The need and the schedule of one interval.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Interval {
    /// Contacts forecast.
    pub contacts: f64,
    /// Agents needed (shrinkage included).
    pub required: u32,
    /// Agents scheduled.
    pub scheduled: u32,
    /// Scheduled minus required: negative is a shortfall.
    pub gap: i64,
}

/// Agents needed per interval for a channel's forecast. `open` says which intervals are
/// inside opening hours (closed ones need nobody; backlog work arriving while closed is
/// carried into the next open interval).
pub fn required_agents(
    contacts: &[f64],
    open: &[bool],
    interval_min: f64,
    aht_min: f64,
    workload: Workload,
) -> Result<Vec<u32>, ForecastError> {
    let aht = vec![aht_min; contacts.len()];
    required_agents_per_interval(contacts, open, interval_min, &aht, workload)
}

/// [`required_agents`] with a handle time per interval (a what-if adds handle time to
/// some intervals only).
pub fn required_agents_per_interval(
    contacts: &[f64],
    open: &[bool],
    interval_min: f64,
    aht_min: &[f64],
    workload: Workload,
) -> Result<Vec<u32>, ForecastError> {
    if contacts.len() != open.len() {
        return Err(ForecastError::new(
            "opening hours",
            "must give one flag per interval",
        ));
    }
    if contacts.len() != aht_min.len() {
        return Err(ForecastError::new(
            "handle time",
            "must give one handle time per interval",
        ));
    }
    match workload {
        Workload::Queue(target) => queue(contacts, open, interval_min, aht_min, &target, 1),
        Workload::Chat {
            target,
            concurrency,
        } => {
            if concurrency == 0 {
                return Err(ForecastError::new("concurrency", "must be at least 1"));
            }
            queue(contacts, open, interval_min, aht_min, &target, concurrency)
        }
        Workload::Backlog {
            within_hours,
            max_occupancy,
            shrinkage,
        } => backlog(
            contacts,
            open,
            interval_min,
            aht_min,
            within_hours,
            max_occupancy,
            shrinkage,
        ),
    }
}

fn queue(
    contacts: &[f64],
    open: &[bool],
    interval_min: f64,
    aht_min: &[f64],
    target: &StaffingTarget,
    concurrency: u32,
) -> Result<Vec<u32>, ForecastError> {
    contacts
        .iter()
        .zip(open)
        .zip(aht_min)
        .map(|((c, is_open), aht)| {
            if !is_open || *c <= 0.0 {
                return Ok(0);
            }
            let staffing = Erlang::new(*c, interval_min, *aht)?.required(target)?;
            Ok(staffing.agents.div_ceil(concurrency))
        })
        .collect()
}

/// Agents that finish, in every open interval, the work that arrived in the answer window
/// ending there; work that arrived while closed is added to the first open interval.
fn backlog(
    contacts: &[f64],
    open: &[bool],
    interval_min: f64,
    aht_min: &[f64],
    within_hours: f64,
    max_occupancy: f64,
    shrinkage: f64,
) -> Result<Vec<u32>, ForecastError> {
    if !(within_hours.is_finite() && within_hours > 0.0) {
        return Err(ForecastError::new(
            "answer time",
            "must be a positive number of hours",
        ));
    }
    if !(max_occupancy > 0.0 && max_occupancy <= 1.0) {
        return Err(ForecastError::new(
            "max_occupancy",
            "must be in the interval (0, 1]",
        ));
    }
    if !(0.0..1.0).contains(&shrinkage) {
        return Err(ForecastError::new(
            "shrinkage",
            "must be in the interval [0, 1)",
        ));
    }
    let window = ((within_hours * 60.0 / interval_min).round() as usize).max(1);
    let mut out = vec![0; contacts.len()];
    let mut carried = 0.0;
    for i in 0..contacts.len() {
        if !open[i] {
            carried += contacts[i] * aht_min[i];
            continue;
        }
        // Work (minutes) in the answer window ending here, with what waited while closed.
        let start = i.saturating_sub(window - 1);
        let work: f64 = (start..=i)
            .filter(|k| open[*k])
            .map(|k| contacts[k] * aht_min[k])
            .sum::<f64>()
            + carried;
        let open_minutes = open[start..=i].iter().filter(|o| **o).count() as f64 * interval_min;
        let productive = work / open_minutes / max_occupancy;
        out[i] = (productive / (1.0 - shrinkage) - 1e-9).ceil().max(0.0) as u32;
        if i + 1 >= window || carried > 0.0 {
            carried = 0.0;
        }
    }
    Ok(out)
}

/// Required against scheduled, per interval.
pub fn gaps(contacts: &[f64], required: &[u32], scheduled: &[u32]) -> Vec<Interval> {
    contacts
        .iter()
        .zip(required)
        .zip(scheduled)
        .map(|((c, r), s)| Interval {
            contacts: *c,
            required: *r,
            scheduled: *s,
            gap: i64::from(*s) - i64::from(*r),
        })
        .collect()
}

/// What-if: the contacts of intervals `from..to` multiplied by `volume` (the outage
/// case). Extra handle time is asked by passing a longer handle time to
/// [`required_agents`] for the same intervals.
pub fn what_if(contacts: &[f64], from: usize, to: usize, volume: f64) -> Vec<f64> {
    contacts
        .iter()
        .enumerate()
        .map(|(i, c)| {
            if (from..to).contains(&i) {
                c * volume
            } else {
                *c
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target() -> StaffingTarget {
        StaffingTarget {
            service_level: 0.8,
            answer_within_min: 20.0 / 60.0,
            max_occupancy: 0.85,
            shrinkage: 0.3,
        }
    }

    #[test]
    fn calls_follow_erlang_c_and_closed_intervals_need_nobody() {
        let need = required_agents(
            &[100.0, 100.0],
            &[true, false],
            30.0,
            3.0,
            Workload::Queue(target()),
        )
        .unwrap();
        assert_eq!(need, [20, 0]);
    }

    #[test]
    fn chat_concurrency_divides_the_slots_among_agents() {
        let one = required_agents(
            &[100.0],
            &[true],
            30.0,
            3.0,
            Workload::Chat {
                target: target(),
                concurrency: 1,
            },
        )
        .unwrap();
        let three = required_agents(
            &[100.0],
            &[true],
            30.0,
            3.0,
            Workload::Chat {
                target: target(),
                concurrency: 3,
            },
        )
        .unwrap();
        assert_eq!(three[0], one[0].div_ceil(3));
    }

    #[test]
    fn backlog_staffing_finishes_the_window_and_carries_the_night_into_the_morning() {
        // 60-minute intervals; 120 emails of 6 minutes each hour; answer within 2 hours.
        let contacts = [30.0, 30.0, 120.0, 120.0, 120.0];
        let open = [false, false, true, true, true];
        let need = required_agents(
            &contacts,
            &open,
            60.0,
            6.0,
            Workload::Backlog {
                within_hours: 2.0,
                max_occupancy: 1.0,
                shrinkage: 0.0,
            },
        )
        .unwrap();
        assert_eq!(need[0], 0);
        assert_eq!(
            need[2], 18,
            "the first open hour also clears the 60 that came overnight"
        );
        assert_eq!(need[4], 12, "steady state: 120 x 6 min per hour");
    }

    #[test]
    fn an_outage_what_if_shows_the_shortfall() {
        let base = [100.0; 4];
        let surge = what_if(&base, 1, 3, 3.0);
        let need =
            required_agents(&surge, &[true; 4], 30.0, 3.0, Workload::Queue(target())).unwrap();
        let plan = gaps(&surge, &need, &[20, 20, 20, 20]);
        assert_eq!(plan[0].gap, 0);
        assert!(plan[1].gap < -20, "{:?}", plan[1]);
    }
}
