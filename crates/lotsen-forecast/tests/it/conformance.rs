//! Every row of `../shared/conformance/erlang-staffing/pyworkforce-cases.csv`.

use std::collections::HashMap;

use lotsen_conformance::{conformance, csv_rows};
use lotsen_forecast::{Erlang, ErlangA, StaffingTarget};

fn num(row: &HashMap<String, String>, col: &str) -> Option<f64> {
    row.get(col)
        .filter(|v| !v.is_empty())
        .map(|v| v.parse().unwrap_or_else(|_| panic!("{col}: {v}")))
}

/// The tolerance a row compares under: `3` decimals, or a stated tolerance.
fn tolerance(row: &HashMap<String, String>) -> f64 {
    let d = &row["decimals"];
    if let Ok(places) = d.split_whitespace().next().unwrap_or("").parse::<i32>() {
        return 0.5 * 10f64.powi(-places) + 1e-12;
    }
    if d.contains("1e-3") { 1e-3 } else { 1e-4 }
}

fn close(what: &str, got: f64, want: Option<f64>, tol: f64) {
    if let Some(want) = want {
        assert!(
            (got - want).abs() <= tol,
            "{what}: got {got}, want {want} (±{tol})"
        );
    }
}

#[test]
fn pyworkforce_reference_values() {
    let Some(dir) = conformance("erlang-staffing") else {
        return;
    };
    let rows = csv_rows(&dir.join("pyworkforce-cases.csv"));
    assert_eq!(rows.len(), 24);
    for row in rows {
        let id = row["case_id"].clone();
        let traffic = Erlang::new(
            num(&row, "transactions_per_interval").unwrap(),
            num(&row, "interval_min").unwrap(),
            num(&row, "aht_min").unwrap(),
        );
        let within = num(&row, "target_answer_time_min");
        let shrinkage = num(&row, "shrinkage").unwrap_or(0.0);
        let tol = tolerance(&row);
        let expect_error = !row["exp_error"].is_empty();
        let result: Result<(), lotsen_forecast::ForecastError> = (|| {
            let traffic = traffic?;
            match (row["model"].as_str(), row["method"].as_str()) {
                ("erlang_c", "required_positions") => {
                    let s = traffic.required(&StaffingTarget {
                        service_level: num(&row, "target_service_level").unwrap(),
                        answer_within_min: within.unwrap_or(0.0),
                        max_occupancy: num(&row, "max_occupancy").unwrap(),
                        shrinkage,
                    })?;
                    assert_eq!(
                        Some(f64::from(s.raw_agents)),
                        num(&row, "exp_raw_positions"),
                        "{id}"
                    );
                    assert_eq!(
                        Some(f64::from(s.agents)),
                        num(&row, "exp_positions"),
                        "{id}"
                    );
                    close(&id, s.service_level, num(&row, "exp_service_level"), tol);
                    close(&id, s.occupancy, num(&row, "exp_occupancy"), tol);
                    close(
                        &id,
                        s.waiting_probability,
                        num(&row, "exp_waiting_probability"),
                        tol,
                    );
                    close(&id, s.asa_min, num(&row, "derived_asa_min"), 1e-6);
                }
                ("erlang_c", "evaluate") => {
                    let scheduled = num(&row, "positions_input").unwrap() as u32;
                    let shrink = if row["scale_positions"] == "true" {
                        shrinkage
                    } else {
                        0.0
                    };
                    let s = traffic.evaluate(scheduled, shrink, within.unwrap_or(0.0))?;
                    close(&id, s.service_level, num(&row, "exp_service_level"), tol);
                    close(&id, s.occupancy, num(&row, "exp_occupancy"), tol);
                    close(
                        &id,
                        s.waiting_probability,
                        num(&row, "exp_waiting_probability"),
                        tol,
                    );
                }
                ("erlang_a", "evaluate") => {
                    let model = ErlangA::new(traffic, num(&row, "patience_min").unwrap())?;
                    let agents = num(&row, "positions_input").unwrap() as u32;
                    let m = model.evaluate(agents, within.unwrap_or(0.0));
                    // ea-1 compares waiting probability to 5 decimals, the rest to 6.
                    let wait_tol = if id == "ea-1" { 0.5e-5 + 1e-12 } else { tol };
                    let sl_tol = if row["decimals"].contains("service level 1e-3") {
                        1e-3
                    } else {
                        tol
                    };
                    close(
                        &id,
                        m.waiting_probability,
                        num(&row, "exp_waiting_probability"),
                        wait_tol,
                    );
                    close(
                        &id,
                        m.abandonment_probability,
                        num(&row, "exp_abandonment_probability"),
                        tol,
                    );
                    close(&id, m.asa_min, num(&row, "exp_asa_min"), tol);
                    close(&id, m.occupancy, num(&row, "exp_occupancy"), tol);
                    close(&id, m.service_level, num(&row, "exp_service_level"), sl_tol);
                }
                ("erlang_a", "required_positions") => {
                    let model = ErlangA::new(traffic, num(&row, "patience_min").unwrap())?;
                    let within = within.unwrap_or(0.0);
                    let agents = (1..1000)
                        .find(|c| {
                            let m = model.evaluate(*c, within);
                            m.service_level >= 0.8
                                && m.occupancy <= 0.85
                                && m.abandonment_probability <= 0.05
                        })
                        .unwrap();
                    let m = model.evaluate(agents, within);
                    assert!(
                        m.service_level >= 0.8
                            && m.occupancy <= 0.85
                            && m.abandonment_probability <= 0.05,
                        "{id}"
                    );
                }
                ("erlang_b", "evaluate") => {
                    let agents = num(&row, "positions_input").unwrap() as u32;
                    let b = traffic.blocking(agents);
                    if row["exp_blocking_probability"] == "<1e-6" {
                        assert!(b < 1e-6, "{id}: {b}");
                    } else {
                        close(&id, b, num(&row, "exp_blocking_probability"), tol);
                    }
                    close(
                        &id,
                        traffic.intensity() * (1.0 - b) / f64::from(agents),
                        num(&row, "exp_occupancy"),
                        1e-4,
                    );
                }
                ("erlang_b", "required_positions") => {
                    let (agents, raw, b) = traffic
                        .required_for_blocking(num(&row, "max_blocking").unwrap(), shrinkage)?;
                    assert_eq!(Some(f64::from(raw)), num(&row, "exp_raw_positions"), "{id}");
                    if let Some(want) = num(&row, "exp_positions") {
                        assert_eq!(f64::from(agents), want, "{id}");
                    }
                    close(&id, b, num(&row, "exp_blocking_probability"), tol);
                }
                other => panic!("{id}: unknown {other:?}"),
            }
            Ok(())
        })();
        match (result, expect_error) {
            (Ok(()), false) => {}
            (Err(e), true) => assert!(
                row["exp_error"].ends_with(e.problem),
                "{id}: {e} vs {}",
                row["exp_error"]
            ),
            (Ok(()), true) => panic!("{id}: expected an error ({})", row["exp_error"]),
            (Err(e), false) => panic!("{id}: unexpected error {e}"),
        }
    }
}
