//! Erlang B, C and A. Every quantity is computed through the Erlang B recursion or the
//! birth-death chain's ratios, never through factorials, so hundreds of agents are as
//! stable as three. Times are in minutes, as in the workforce-management literature.

use serde::Serialize;

use crate::error::ForecastError;

/// The traffic of one interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Erlang {
    /// Contacts arriving in the interval.
    pub arrivals: f64,
    /// The interval's length, minutes.
    pub interval_min: f64,
    /// Average handle time, minutes.
    pub aht_min: f64,
}

/// What a staffing answer must reach.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StaffingTarget {
    /// Fraction to answer within the target time (0.8 for 80/20).
    pub service_level: f64,
    /// The answer-time target, minutes (20 s = 1/3).
    pub answer_within_min: f64,
    /// Highest acceptable occupancy (0.85).
    pub max_occupancy: f64,
    /// Share of paid time not on the phones (breaks, training), in [0, 1).
    pub shrinkage: f64,
}

/// A staffing answer for one interval.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Staffing {
    /// Agents to schedule, shrinkage included.
    pub agents: u32,
    /// Agents needed on the phones (before shrinkage).
    pub raw_agents: u32,
    /// Fraction answered within the target time with `raw_agents`.
    pub service_level: f64,
    /// Average speed of answer, minutes.
    pub asa_min: f64,
    /// Occupancy of the agents on the phones.
    pub occupancy: f64,
    /// Probability that a contact waits at all.
    pub waiting_probability: f64,
}

fn positive(field: &'static str, value: f64) -> Result<f64, ForecastError> {
    if value.is_finite() && value > 0.0 {
        Ok(value)
    } else {
        Err(ForecastError::new(field, "must be a positive number"))
    }
}

impl Erlang {
    /// Checked traffic.
    pub fn new(arrivals: f64, interval_min: f64, aht_min: f64) -> Result<Self, ForecastError> {
        Ok(Self {
            arrivals: positive("arrivals", arrivals)?,
            interval_min: positive("interval", interval_min)?,
            aht_min: positive("aht", aht_min)?,
        })
    }

    /// Offered load in Erlang: arrivals per minute times handle time.
    pub fn intensity(&self) -> f64 {
        self.arrivals / self.interval_min * self.aht_min
    }

    /// Erlang B: the probability that a contact finds all `agents` busy and is lost.
    pub fn blocking(&self, agents: u32) -> f64 {
        erlang_b(agents, self.intensity())
    }

    /// Erlang C: the probability that a contact has to wait. 1 when the agents cannot keep up.
    pub fn waiting_probability(&self, agents: u32) -> f64 {
        let a = self.intensity();
        let c = f64::from(agents);
        if c <= a {
            return 1.0;
        }
        let b = erlang_b(agents, a);
        b / (1.0 - (a / c) * (1.0 - b))
    }

    /// The fraction of contacts answered within `within_min` minutes.
    pub fn service_level(&self, agents: u32, within_min: f64) -> f64 {
        let a = self.intensity();
        let c = f64::from(agents);
        if c <= a {
            return 0.0;
        }
        (1.0 - self.waiting_probability(agents) * (-(c - a) * within_min / self.aht_min).exp())
            .max(0.0)
    }

    /// Average speed of answer, minutes.
    pub fn asa(&self, agents: u32) -> f64 {
        let a = self.intensity();
        let c = f64::from(agents);
        if c <= a {
            return f64::INFINITY;
        }
        self.waiting_probability(agents) * self.aht_min / (c - a)
    }

    /// Occupancy of `agents`.
    pub fn occupancy(&self, agents: u32) -> f64 {
        (self.intensity() / f64::from(agents.max(1))).min(1.0)
    }

    /// Metrics of a staffing level, with `raw_agents` on the phones.
    fn staffing(&self, raw_agents: u32, agents: u32, within_min: f64) -> Staffing {
        Staffing {
            agents,
            raw_agents,
            service_level: self.service_level(raw_agents, within_min),
            asa_min: self.asa(raw_agents),
            occupancy: self.occupancy(raw_agents),
            waiting_probability: self.waiting_probability(raw_agents),
        }
    }

    /// Erlang C staffing: the fewest agents that answer `service_level` within the target
    /// time and stay under the occupancy cap, then scaled up for shrinkage.
    pub fn required(&self, target: &StaffingTarget) -> Result<Staffing, ForecastError> {
        check_target(target)?;
        let a = self.intensity();
        let mut raw = (a + 1.0).round().max(1.0) as u32;
        while self.service_level(raw, target.answer_within_min) < target.service_level {
            raw += 1;
        }
        if self.occupancy(raw) > target.max_occupancy {
            raw = (a / target.max_occupancy).ceil() as u32;
        }
        let agents = (f64::from(raw) / (1.0 - target.shrinkage) - 1e-9).ceil() as u32;
        Ok(self.staffing(raw, agents, target.answer_within_min))
    }

    /// The metrics of `scheduled` agents of whom `shrinkage` is off the phones.
    pub fn evaluate(
        &self,
        scheduled: u32,
        shrinkage: f64,
        within_min: f64,
    ) -> Result<Staffing, ForecastError> {
        if !(0.0..1.0).contains(&shrinkage) {
            return Err(ForecastError::new(
                "shrinkage",
                "must be in the interval [0, 1)",
            ));
        }
        positive("target answer time", within_min)?;
        let productive = ((1.0 - shrinkage) * f64::from(scheduled) + 1e-9).floor() as u32;
        if productive == 0 {
            return Err(ForecastError::new(
                "positions",
                "productive positions must be greater than 0",
            ));
        }
        if f64::from(productive) <= self.intensity() {
            return Err(ForecastError::new(
                "positions",
                "positions must be greater than traffic intensity",
            ));
        }
        Ok(self.staffing(productive, scheduled, within_min))
    }

    /// Erlang B staffing: the fewest agents that lose at most `max_blocking` of contacts,
    /// scaled up for shrinkage. Returns (agents, raw agents, blocking).
    pub fn required_for_blocking(
        &self,
        max_blocking: f64,
        shrinkage: f64,
    ) -> Result<(u32, u32, f64), ForecastError> {
        if !(0.0..1.0).contains(&max_blocking) || max_blocking <= 0.0 {
            return Err(ForecastError::new(
                "max_blocking",
                "must be in the interval (0, 1)",
            ));
        }
        if !(0.0..1.0).contains(&shrinkage) {
            return Err(ForecastError::new(
                "shrinkage",
                "must be in the interval [0, 1)",
            ));
        }
        let mut raw = 1;
        while self.blocking(raw) > max_blocking {
            raw += 1;
        }
        let agents = (f64::from(raw) / (1.0 - shrinkage) - 1e-9).ceil() as u32;
        Ok((agents, raw, self.blocking(raw)))
    }
}

fn check_target(t: &StaffingTarget) -> Result<(), ForecastError> {
    if !(0.0..=1.0).contains(&t.service_level) {
        return Err(ForecastError::new(
            "service_level",
            "must be in the interval [0, 1]",
        ));
    }
    if !(t.max_occupancy > 0.0 && t.max_occupancy <= 1.0) {
        return Err(ForecastError::new(
            "max_occupancy",
            "must be in the interval (0, 1]",
        ));
    }
    if !(0.0..1.0).contains(&t.shrinkage) {
        return Err(ForecastError::new(
            "shrinkage",
            "must be in the interval [0, 1)",
        ));
    }
    positive("target answer time", t.answer_within_min).map(|_| ())
}

/// Erlang B by its recursion: B(0) = 1, B(n) = A B(n-1) / (n + A B(n-1)).
pub fn erlang_b(agents: u32, intensity: f64) -> f64 {
    let mut b = 1.0;
    for n in 1..=agents {
        let ab = intensity * b;
        b = ab / (f64::from(n) + ab);
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    fn classic() -> Erlang {
        Erlang::new(100.0, 30.0, 3.0).unwrap()
    }

    #[test]
    fn the_classic_example_needs_14_on_the_phones_and_20_scheduled() {
        let s = classic()
            .required(&StaffingTarget {
                service_level: 0.8,
                answer_within_min: 0.33,
                max_occupancy: 0.85,
                shrinkage: 0.3,
            })
            .unwrap();
        assert_eq!((s.raw_agents, s.agents), (14, 20));
        assert!((s.service_level - 0.888).abs() < 5e-4);
    }

    #[test]
    fn hundreds_of_agents_stay_finite() {
        let big = Erlang::new(30_000.0, 60.0, 4.0).unwrap();
        let p = big.waiting_probability(2100);
        assert!(p.is_finite() && (0.0..=1.0).contains(&p), "{p}");
    }
}
