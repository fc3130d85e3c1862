//! The `lotsen` binary: command line, configuration, logging, wiring of the real clock,
//! ids and database, the HTTP server with graceful shutdown, the demo and the benchmark.

mod admin;
mod bench;
mod bench_chat;
mod bench_email;
mod bench_routing;
mod bench_search;
mod bench_workspace;
mod cli;
mod config;
mod config_mail;
mod forecast;
mod graph_sender;
mod imap_poller;
mod logging;
mod mail_sender;
mod mailgate;
mod search;
mod senders;
mod serve;
mod smtp_listener;
mod text;
mod tls;
mod workers;

use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use lotsen_app::App;
use lotsen_app::clock::{RandomIds, SystemClock};
use lotsen_store::Store;

use crate::cli::{Cli, Command};
use crate::config::Config;

/// A failure of the binary, printed once on standard error.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The configuration is invalid.
    #[error("invalid configuration:\n{}", .0.iter().map(|p| format!("  - {p}")).collect::<Vec<_>>().join("\n"))]
    Config(Vec<String>),
    /// The database failed.
    #[error(transparent)]
    Store(#[from] lotsen_store::StoreError),
    /// A use case failed.
    #[error(transparent)]
    App(#[from] lotsen_app::AppError),
    /// Input or output failed.
    #[error("{0}")]
    Io(String),
    /// A staffing input was out of range.
    #[error("invalid input: {0}")]
    Forecast(#[from] lotsen_forecast::ForecastError),
    /// A command that exits with its own status (the mailgate's sysexits codes).
    #[error("{message}")]
    Exit {
        /// The exit status.
        status: u8,
        /// What went wrong.
        message: String,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let config = match Config::load(&cli) {
        Ok(config) => config,
        Err(err) => {
            eprintln!("lotsen: {err}");
            return ExitCode::from(2);
        }
    };
    logging::init(&config.log);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(err) => {
            eprintln!("lotsen: cannot start the async runtime: {err}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli, config)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(CliError::Exit { status, message }) => {
            eprintln!("lotsen: {message}");
            ExitCode::from(status)
        }
        Err(err) => {
            eprintln!("lotsen: {err}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli, config: Config) -> Result<(), CliError> {
    match cli.command {
        Command::Serve(args) => serve::run(&config, &args).await,
        Command::Migrate => {
            let store = open_store(&config).await?;
            let applied = store.migrate(jiff::Timestamp::now()).await?;
            println!(
                "{}",
                serde_json::json!({ "applied": applied, "backend": store.backend().as_str() })
            );
            Ok(())
        }
        Command::Reindex => search::reindex(&config).await,
        Command::Admin(admin) => admin::run(&config, admin).await,
        Command::Bench(args) => bench::run(&config, &args).await,
        Command::Text(cli::TextCommand::Analyze) => text::analyze_lines(&config),
        Command::Forecast(cli::ForecastCommand::ErlangC(args)) => forecast::erlang_c(&args),
        Command::Forecast(cli::ForecastCommand::Volume(args)) => forecast::volume(&args),
        Command::Forecast(cli::ForecastCommand::Backtest(args)) => forecast::backtest(&args),
        Command::Forecast(cli::ForecastCommand::Import(args)) => {
            forecast::import(&config, &args).await
        }
        Command::Mailgate(args) => mailgate::run(&args).await,
    }
}

/// Opens the configured database.
pub async fn open_store(config: &Config) -> Result<Store, CliError> {
    let store = match &config.storage.database_url {
        Some(url) => Store::open(url).await?,
        None => Store::open_data_dir(&config.storage.data_dir).await?,
    };
    Ok(store)
}

/// The app with the real clock and random ids, on a migrated store.
pub async fn production_app(config: &Config) -> Result<App, CliError> {
    let store = open_store(config).await?;
    store.migrate(jiff::Timestamp::now()).await?;
    let mut app = App::new(store, Arc::new(SystemClock), Arc::new(RandomIds::from_os()));
    app.published_numbers = config.text.published_numbers.clone();
    app.mail.support_address = config.mail.from.clone();
    app.mail.limits.max_message_bytes = config.mail.max_message_bytes;
    app.mail.rate_limit = config.mail.rate_limit_per_hour;
    app.meta.app_secret = config.meta.app_secret.clone();
    app.meta.verify_token = config.meta.verify_token.clone();
    app.meta.hide_personal_data = config.meta.hide_personal_data;
    app.meta.original_key = config.meta.original_key.clone();
    if let Some(text) = &config.meta.referral_text {
        app.meta.referral_public = text.clone();
    }
    if let Some(text) = &config.meta.referral_private_text {
        app.meta.referral_private = text.clone();
    }
    Ok(app)
}
