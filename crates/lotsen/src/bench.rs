//! `lotsen bench`: intake throughput and case-read latency, printed as a table.
pub async fn run(
    _c: &crate::config::Config,
    _a: &crate::cli::BenchArgs,
) -> Result<(), crate::CliError> {
    Ok(())
}
