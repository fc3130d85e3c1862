//! Surge detection: actual inbound counts against the forecast, interval by interval. An
//! interval is unusual when its count lies above the forecast by more than `z` standard
//! deviations of a Poisson count (and by a minimum number of contacts, so a quiet night
//! does not alarm); enough unusual intervals in a row make a possible incident.

use serde::Serialize;

/// When a surge is called.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SurgeSettings {
    /// Standard deviations above the forecast.
    pub z: f64,
    /// Fewest excess contacts in an interval.
    pub min_excess: f64,
    /// Unusual intervals in a row.
    pub consecutive: usize,
}

impl Default for SurgeSettings {
    fn default() -> Self {
        Self {
            z: 3.0,
            min_excess: 10.0,
            consecutive: 2,
        }
    }
}

/// A run of unusual intervals.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Surge {
    /// First interval of the run.
    pub from: usize,
    /// One past the last interval of the run.
    pub to: usize,
    /// Contacts that came.
    pub actual: f64,
    /// Contacts forecast.
    pub expected: f64,
    /// Contacts beyond the forecast.
    pub excess: f64,
}

/// The upper control limit of an interval forecast to bring `expected` contacts.
pub fn upper_limit(expected: f64, settings: &SurgeSettings) -> f64 {
    let sd = expected.max(1.0).sqrt();
    (expected + settings.z * sd).max(expected + settings.min_excess)
}

/// The surges in `actual` against `forecast` (the same intervals).
pub fn detect(actual: &[f64], forecast: &[f64], settings: &SurgeSettings) -> Vec<Surge> {
    let unusual: Vec<bool> = actual
        .iter()
        .zip(forecast)
        .map(|(a, f)| *a > upper_limit(*f, settings))
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < unusual.len() {
        if !unusual[i] {
            i += 1;
            continue;
        }
        let start = i;
        while i < unusual.len() && unusual[i] {
            i += 1;
        }
        if i - start >= settings.consecutive.max(1) {
            let actual_sum: f64 = actual[start..i].iter().sum();
            let expected_sum: f64 = forecast[start..i].iter().sum();
            out.push(Surge {
                from: start,
                to: i,
                actual: actual_sum,
                expected: expected_sum,
                excess: actual_sum - expected_sum,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_outage_morning_is_one_surge_and_ordinary_noise_is_none() {
        let forecast = vec![40.0; 24];
        let mut actual: Vec<f64> = (0..24)
            .map(|i| 40.0 + [-9.0, 6.0, 11.0, -4.0][i % 4])
            .collect();
        assert!(detect(&actual, &forecast, &SurgeSettings::default()).is_empty());
        for a in &mut actual[8..13] {
            *a = 160.0;
        }
        let surges = detect(&actual, &forecast, &SurgeSettings::default());
        assert_eq!(surges.len(), 1);
        assert_eq!((surges[0].from, surges[0].to), (8, 13));
        assert_eq!(surges[0].excess, 600.0);
    }

    #[test]
    fn a_single_odd_interval_is_not_an_incident() {
        let forecast = vec![40.0; 6];
        let actual = [40.0, 40.0, 120.0, 40.0, 40.0, 40.0];
        assert!(detect(&actual, &forecast, &SurgeSettings::default()).is_empty());
    }

    #[test]
    fn a_quiet_night_needs_a_real_excess() {
        assert_eq!(upper_limit(0.5, &SurgeSettings::default()), 10.5);
    }
}
