//! `lotsen forecast`: staffing from the command line.

use lotsen_forecast::{Erlang, StaffingTarget};

use crate::CliError;
use crate::cli::ErlangCArgs;

/// Prints the Erlang C staffing for one interval as JSON.
pub fn erlang_c(args: &ErlangCArgs) -> Result<(), CliError> {
    let traffic = Erlang::new(
        args.arrivals,
        args.interval_minutes,
        args.aht_seconds / 60.0,
    )?;
    let staffing = traffic.required(&StaffingTarget {
        service_level: args.target_sl,
        answer_within_min: args.target_seconds / 60.0,
        max_occupancy: args.max_occupancy,
        shrinkage: args.shrinkage,
    })?;
    println!(
        "{}",
        serde_json::json!({
            "agents": staffing.agents,
            "raw_agents": staffing.raw_agents,
            "service_level": staffing.service_level,
            "asa_seconds": staffing.asa_min * 60.0,
            "occupancy": staffing.occupancy,
        })
    );
    Ok(())
}
