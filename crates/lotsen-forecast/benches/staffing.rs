//! How long staffing takes: Erlang C for 10 to 1,000 agents, Erlang A for a chat queue.
//! Prints a Markdown table. Run with `cargo bench -p lotsen-forecast`.

use std::hint::black_box;
use std::time::Instant;

use lotsen_forecast::{Erlang, ErlangA, StaffingTarget};

fn time<T>(rounds: u32, mut f: impl FnMut() -> T) -> f64 {
    let started = Instant::now();
    for _ in 0..rounds {
        black_box(f());
    }
    started.elapsed().as_secs_f64() * 1e6 / f64::from(rounds)
}

fn main() {
    let target = StaffingTarget {
        service_level: 0.8,
        answer_within_min: 20.0 / 60.0,
        max_occupancy: 0.9,
        shrinkage: 0.3,
    };
    println!("| computation | load (Erlang) | agents | time |");
    println!("| --- | --- | --- | --- |");
    for arrivals in [100.0, 1_000.0, 10_000.0] {
        let Ok(traffic) = Erlang::new(arrivals, 30.0, 3.0) else {
            return;
        };
        let Ok(s) = traffic.required(&target) else {
            return;
        };
        let us = time(200, || traffic.required(&target));
        println!(
            "| Erlang C required agents (80/20) | {:.0} | {} | {us:.1} µs |",
            traffic.intensity(),
            s.raw_agents
        );
        let us = time(2000, || traffic.service_level(s.raw_agents, 1.0 / 3.0));
        println!(
            "| Erlang C service level of one staffing | {:.0} | {} | {us:.2} µs |",
            traffic.intensity(),
            s.raw_agents
        );
    }
    let Ok(traffic) = Erlang::new(100.0, 30.0, 3.0) else {
        return;
    };
    let Ok(chat) = ErlangA::new(traffic, 5.0) else {
        return;
    };
    let us = time(200, || chat.evaluate(14, 1.0 / 3.0));
    println!("| Erlang A metrics (patience 5 min) | 10 | 14 | {us:.1} µs |");
}
