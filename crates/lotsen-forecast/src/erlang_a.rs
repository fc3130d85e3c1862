//! Erlang A (M/M/c+M): a queue whose customers give up after an exponential patience, as
//! in chat. Metrics come from the exact stationary distribution of the birth-death chain,
//! computed in logarithms so that hundreds of agents neither overflow nor underflow.

use serde::Serialize;

use crate::erlang::Erlang;
use crate::error::ForecastError;

/// Traffic whose customers abandon after `patience_min` on average.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ErlangA {
    /// The traffic.
    pub traffic: Erlang,
    /// Mean patience, minutes.
    pub patience_min: f64,
}

/// What `agents` achieve under Erlang A.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ErlangAMetrics {
    /// Probability that an arriving customer waits.
    pub waiting_probability: f64,
    /// Probability that a customer abandons.
    pub abandonment_probability: f64,
    /// Average wait, minutes, abandoning customers' waits included.
    pub asa_min: f64,
    /// Occupancy of the agents (carried load per agent).
    pub occupancy: f64,
    /// Fraction of all arrivals answered within the target time.
    pub service_level: f64,
}

impl ErlangA {
    /// Checked traffic with patience.
    pub fn new(traffic: Erlang, patience_min: f64) -> Result<Self, ForecastError> {
        if !(patience_min.is_finite() && patience_min > 0.0) {
            return Err(ForecastError::new("patience", "must be a positive number"));
        }
        Ok(Self {
            traffic,
            patience_min,
        })
    }

    /// The stationary distribution over customers in the system, truncated where the tail
    /// no longer matters.
    fn distribution(&self, agents: u32) -> Vec<f64> {
        let lambda = self.traffic.arrivals / self.traffic.interval_min;
        let mu = 1.0 / self.traffic.aht_min;
        let theta = 1.0 / self.patience_min;
        let c = f64::from(agents);
        let mut logs = vec![0.0f64];
        let mut peak = 0.0f64;
        let mut n = 0u64;
        loop {
            n += 1;
            let nf = n as f64;
            let rate = mu * nf.min(c) + theta * (nf - c).max(0.0);
            let next = logs[logs.len() - 1] + lambda.ln() - rate.ln();
            peak = peak.max(next);
            logs.push(next);
            let falling = nf > c && next < peak - 45.0;
            if falling || logs.len() > 2_000_000 {
                break;
            }
        }
        let weights: Vec<f64> = logs.iter().map(|l| (l - peak).exp()).collect();
        let total: f64 = weights.iter().sum();
        weights.into_iter().map(|w| w / total).collect()
    }

    /// The metrics of `agents`, with the service level counted within `within_min`.
    pub fn evaluate(&self, agents: u32, within_min: f64) -> ErlangAMetrics {
        let pi = self.distribution(agents.max(1));
        let c = agents.max(1) as usize;
        let lambda = self.traffic.arrivals / self.traffic.interval_min;
        let mu = 1.0 / self.traffic.aht_min;
        let theta = 1.0 / self.patience_min;
        let waiting: f64 = pi.iter().skip(c).sum();
        let queue: f64 = pi
            .iter()
            .enumerate()
            .skip(c + 1)
            .map(|(n, p)| (n - c) as f64 * p)
            .sum();
        let abandonment = theta * queue / lambda;
        let immediate: f64 = pi.iter().take(c).sum();
        let served_in_time: f64 = pi
            .iter()
            .enumerate()
            .skip(c)
            .map(|(n, p)| p * answered_within(n - c, f64::from(agents) * mu, theta, within_min))
            .sum();
        ErlangAMetrics {
            waiting_probability: waiting,
            abandonment_probability: abandonment,
            asa_min: queue / lambda,
            occupancy: self.traffic.intensity() * (1.0 - abandonment) / f64::from(agents.max(1)),
            service_level: immediate + served_in_time,
        }
    }
}

/// The probability that a customer who finds `ahead` customers waiting is answered
/// within `t`: the queue ahead shrinks at `service + j * theta` while `j` wait ahead, the
/// head is answered at `service`, and the customer gives up at `theta` all along.
/// Computed by uniformisation of that small chain.
fn answered_within(ahead: usize, service: f64, theta: f64, t: f64) -> f64 {
    let rate_at = |j: usize| service + j as f64 * theta;
    let uniform = rate_at(ahead) + theta;
    let lt = uniform * t;
    // Probabilities of being j ahead (index j), and of having been answered.
    let mut state = vec![0.0f64; ahead + 1];
    state[ahead] = 1.0;
    let mut answered = 0.0f64;
    let mut poisson = (-lt).exp();
    let mut total = 0.0f64;
    let steps = (lt + 12.0 * lt.sqrt() + 30.0) as usize;
    for m in 0..=steps {
        total += poisson * answered;
        // One step of the uniformised chain.
        let mut next = vec![0.0f64; ahead + 1];
        for (j, p) in state.iter().enumerate() {
            if *p == 0.0 {
                continue;
            }
            let progress = rate_at(j) / uniform;
            let stay = 1.0 - progress - theta / uniform;
            next[j] += p * stay;
            if j == 0 {
                answered += p * progress;
            } else {
                next[j - 1] += p * progress;
            }
        }
        state = next;
        poisson *= lt / (m + 1) as f64;
    }
    total.min(1.0)
}
