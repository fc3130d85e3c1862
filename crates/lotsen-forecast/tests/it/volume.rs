//! Forecasts on generated contact histories: weekly and daily seasonality, a trend, days
//! off, salary day, noise, and an outage Monday that must not inflate the next Monday.

use jiff::civil::Date;
use lotsen_forecast::calendar::{is_day_off, is_salary_day};
use lotsen_forecast::volume::{Series, backtest, forecast, seasonal_naive, wape};

/// A deterministic pseudo-random stream in [0, 1).
struct Noise(u64);

impl Noise {
    fn next(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Expected contacts in a 30-minute slot: a daytime curve, busier early in the week, a
/// slow trend, fewer on days off and more on salary day.
fn expected(date: Date, slot: usize, day_index: usize) -> f64 {
    let hour = slot as f64 / 2.0;
    let daytime = if (7.0..21.0).contains(&hour) {
        1.0 + (std::f64::consts::PI * (hour - 7.0) / 14.0).sin() * 2.0
    } else {
        0.15
    };
    let weekday =
        [1.35, 1.15, 1.05, 1.0, 0.95, 0.45, 0.35][date.weekday().to_monday_zero_offset() as usize];
    let trend = 1.0 + 0.004 * day_index as f64;
    let special = if is_day_off(date) {
        0.4
    } else if is_salary_day(date) {
        1.5
    } else {
        1.0
    };
    20.0 * daytime * weekday * trend * special
}

fn history(start: &str, days: usize, outage_day: Option<usize>, seed: u64) -> (Series, Vec<f64>) {
    let start: Date = start.parse().unwrap();
    let mut noise = Noise(seed);
    let mut counts = Vec::new();
    let mut truth = Vec::new();
    for d in 0..days {
        let date = start.checked_add(jiff::Span::new().days(d as i64)).unwrap();
        for slot in 0..48 {
            let mean = expected(date, slot, d);
            let surge = if Some(d) == outage_day && (16..26).contains(&slot) {
                5.0
            } else {
                1.0
            };
            counts.push((mean * surge * (0.8 + 0.4 * noise.next())).round());
            truth.push(mean);
        }
    }
    (Series::new(start, 30, counts).unwrap(), truth)
}

#[test]
fn the_model_beats_seasonal_naive_on_a_noisy_history() {
    let (series, _) = history("2026-01-05", 12 * 7, None, 7);
    let result = backtest(&series, 7).unwrap();
    println!(
        "WAPE model {:.3}, seasonal-naive {:.3}",
        result.model, result.seasonal_naive
    );
    assert!(result.model < result.seasonal_naive, "{result:?}");
}

#[test]
fn an_outage_monday_does_not_inflate_the_next_monday() {
    // Eleven weeks from Monday 2026-08-03; the last Monday of the history has an outage.
    let days = 11 * 7;
    let outage = days - 7;
    let (series, truth) = history("2026-08-03", days + 7, Some(outage), 11);
    let train = series.take_days(days);
    let next_monday_truth = &truth[days * 48..(days + 1) * 48];
    let ours = &forecast(&train, 1)[..48];
    let naive = &seasonal_naive(&train, 1)[..48];
    let (w_ours, w_naive) = (
        wape(next_monday_truth, ours),
        wape(next_monday_truth, naive),
    );
    println!("next Monday WAPE: model {w_ours:.3}, seasonal-naive {w_naive:.3}");
    assert!(w_ours < 0.12, "{w_ours}");
    assert!(
        w_naive > 2.0 * w_ours,
        "seasonal-naive copies the outage: {w_naive}"
    );
}

#[test]
fn days_off_and_salary_day_are_forecast_from_what_history_taught() {
    // History through May 2026 (with Easter, Ascension, salary days); forecast the week of
    // midsummer, where Friday 19 June is midsummer eve, and Thursday 25 June salary day.
    let start = "2026-02-02";
    let days =
        (Date::new(2026, 6, 15).unwrap() - start.parse::<Date>().unwrap()).get_days() as usize;
    let (series, truth) = history(start, days + 7, None, 5);
    let train = series.take_days(days);
    let ours = forecast(&train, 7);
    let day_total = |v: &[f64], d: usize| v[d * 48..(d + 1) * 48].iter().sum::<f64>();
    let want = |d: usize| day_total(&truth[days * 48..], d);
    for (d, name) in [(3, "Thursday, salary day"), (4, "Friday, midsummer eve")] {
        let got = day_total(&ours, d);
        let err = (got - want(d)).abs() / want(d);
        println!("{name}: forecast {got:.0}, expected {:.0}", want(d));
        assert!(err < 0.2, "{name}: {got} vs {}", want(d));
    }
}

#[test]
fn a_history_of_broken_days_is_refused() {
    let start: Date = "2026-01-05".parse().unwrap();
    assert!(Series::new(start, 30, vec![1.0; 47]).is_err());
    assert!(Series::new(start, 20, vec![1.0; 72]).is_err());
    assert!(Series::new(start, 30, vec![-1.0; 48]).is_err());
}
