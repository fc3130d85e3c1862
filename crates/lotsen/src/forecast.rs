//! `lotsen forecast`: staffing from the command line.

use jiff::civil::DateTime;
use lotsen_forecast::volume::Series;
use lotsen_forecast::{Erlang, StaffingTarget};

use crate::CliError;
use crate::cli::{BacktestArgs, ErlangCArgs, VolumeArgs, VolumeImportArgs};
use crate::config::Config;

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

/// Reads a history CSV into one series per channel: counts summed per interval, whole
/// days from the first to the last day seen, missing intervals counted as zero.
fn read_history(
    path: &std::path::Path,
    interval_min: u32,
) -> Result<Vec<(String, Series)>, CliError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| CliError::Io(format!("cannot read {}: {e}", path.display())))?;
    // Times without an offset are Stockholm time.
    let stockholm = Some(lotsen_app::forecast::stockholm());
    let mut rows: Vec<(String, DateTime, f64)> = Vec::new();
    let mut problems = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || (n == 0 && line.starts_with("timestamp")) {
            continue;
        }
        let parts: Vec<&str> = line.split(',').map(str::trim).collect();
        let parsed = match parts.as_slice() {
            [ts, channel, count] => parse_time(ts, stockholm.as_ref())
                .zip(
                    count
                        .parse::<f64>()
                        .ok()
                        .filter(|c| c.is_finite() && *c >= 0.0),
                )
                .map(|(t, c)| ((*channel).to_owned(), t, c)),
            _ => None,
        };
        match parsed {
            Some(row) => rows.push(row),
            None if problems.len() < 5 => problems.push(format!(
                "line {}: expected timestamp,channel,count, got {line:?}",
                n + 1
            )),
            None => {}
        }
    }
    if !problems.is_empty() {
        return Err(CliError::Io(format!(
            "{}: {}",
            path.display(),
            problems.join("; ")
        )));
    }
    let mut channels: Vec<String> = rows.iter().map(|(c, _, _)| c.clone()).collect();
    channels.sort();
    channels.dedup();
    let (Some(first), Some(last)) = (
        rows.iter().map(|r| r.1.date()).min(),
        rows.iter().map(|r| r.1.date()).max(),
    ) else {
        return Err(CliError::Io(format!("{}: no rows", path.display())));
    };
    let days = (last - first).get_days() as usize + 1;
    let per_day = (1440 / interval_min.max(1)) as usize;
    let mut out = Vec::new();
    for channel in channels {
        let mut counts = vec![0.0; days * per_day];
        for (_, at, count) in rows.iter().filter(|r| r.0 == channel) {
            let day = (at.date() - first).get_days() as usize;
            let minute = i32::from(at.hour()) * 60 + i32::from(at.minute());
            let slot = (minute as u32 / interval_min.max(1)) as usize;
            if let Some(c) = counts.get_mut(day * per_day + slot) {
                *c += count;
            }
        }
        out.push((channel, Series::new(first, interval_min, counts)?));
    }
    Ok(out)
}

fn parse_time(text: &str, zone: Option<&jiff::tz::TimeZone>) -> Option<DateTime> {
    if let Ok(ts) = text.parse::<jiff::Timestamp>() {
        let zone = zone.cloned().unwrap_or(jiff::tz::TimeZone::UTC);
        return Some(ts.to_zoned(zone).datetime());
    }
    text.parse::<DateTime>()
        .ok()
        .or_else(|| text.replace(' ', "T").parse::<DateTime>().ok())
}

/// Prints the volume forecast as CSV.
pub fn volume(args: &VolumeArgs) -> Result<(), CliError> {
    let channels = read_history(&args.history, args.interval_minutes)?;
    let mut out = String::from("timestamp,channel,forecast\n");
    for (channel, series) in &channels {
        let values = lotsen_forecast::volume::forecast(series, args.horizon_days as usize);
        let per_day = series.slots_per_day();
        for (i, value) in values.iter().enumerate() {
            let date = series
                .end()
                .checked_add(jiff::Span::new().days((i / per_day) as i64))
                .unwrap_or(series.end());
            if let Some(at) = series.slot_times(date).get(i % per_day) {
                out.push_str(&format!(
                    "{},{channel},{value:.2}\n",
                    at.strftime("%Y-%m-%dT%H:%M:%S")
                ));
            }
        }
    }
    print!("{out}");
    Ok(())
}

/// Prints backtest WAPE per channel against seasonal-naive.
pub fn backtest(args: &BacktestArgs) -> Result<(), CliError> {
    let channels = read_history(&args.history, args.interval_minutes)?;
    println!("| channel | test days | WAPE model | WAPE seasonal-naive |");
    println!("| --- | --- | --- | --- |");
    for (channel, series) in &channels {
        let result = lotsen_forecast::volume::backtest(series, args.test_days as usize)?;
        println!(
            "| {channel} | {} | {:.3} | {:.3} |",
            args.test_days, result.model, result.seasonal_naive
        );
    }
    Ok(())
}

/// Imports a CSV history into the database.
pub async fn import(config: &Config, args: &VolumeImportArgs) -> Result<(), CliError> {
    // Times without an offset are Stockholm time, as in `forecast volume` and shifts.
    let channels = read_history(&args.history, args.interval_minutes)?;
    let mut rows = Vec::new();
    let mut unknown = Vec::new();
    for (name, series) in &channels {
        let Some(channel) = lotsen_domain::Channel::parse(name) else {
            unknown.push(name.clone());
            continue;
        };
        let per_day = series.slots_per_day();
        for (i, count) in series.counts.iter().enumerate() {
            if *count <= 0.0 {
                continue;
            }
            let date = series
                .start
                .checked_add(jiff::Span::new().days((i / per_day) as i64))
                .unwrap_or(series.start);
            let Some(at) = series.slot_times(date).get(i % per_day).copied() else {
                continue;
            };
            let at = at
                .to_zoned(lotsen_app::forecast::stockholm())
                .map_err(|e| CliError::Io(e.to_string()))?
                .timestamp();
            rows.push((channel, at, args.interval_minutes, count.round() as u32));
        }
    }
    if !unknown.is_empty() {
        return Err(CliError::Io(format!(
            "unknown channel(s) {}; use {}",
            unknown.join(", "),
            lotsen_domain::Channel::ALL
                .iter()
                .map(|c| c.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        )));
    }
    let app = crate::production_app(config).await?;
    let imported = app.store.import_contact_history(&rows).await?;
    println!("{}", serde_json::json!({ "imported": imported }));
    app.store.close().await;
    Ok(())
}
