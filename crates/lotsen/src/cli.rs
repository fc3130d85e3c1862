//! The command line.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Lotsen: customer-service case management with one accountable owner per case.
#[derive(Debug, Parser)]
#[command(name = "lotsen", version)]
pub struct Cli {
    /// Configuration file (TOML); LOTSEN_CONFIG also names one.
    #[arg(long, global = true, env = "LOTSEN_CONFIG")]
    pub config: Option<PathBuf>,
    /// Data directory for the embedded SQLite database.
    #[arg(long, global = true)]
    pub data_dir: Option<PathBuf>,
    /// PostgreSQL URL (postgres://...); SQLite in the data directory when absent.
    #[arg(long, global = true)]
    pub database_url: Option<String>,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the API (and later the agent UI and webhooks).
    Serve(ServeArgs),
    /// Bring the database schema up to date.
    Migrate,
    /// Rebuild the search index from the database (a progress bar on standard error;
    /// what was indexed as JSON on standard output).
    Reindex,
    /// Administration.
    #[command(subcommand)]
    Admin(AdminCommand),
    /// Measure intake throughput and case-read latency; prints a table.
    Bench(BenchArgs),
    /// The text guard.
    #[command(subcommand)]
    Text(TextCommand),
    /// Staffing and forecasting.
    #[command(subcommand)]
    Forecast(ForecastCommand),
    /// Read one email on standard input and post it to a Lotsen server (for a Postfix or
    /// Exim pipe). Exits 0 when stored, 75 (try again) when the server cannot be reached
    /// or did not store it, 65 when the message is refused, 77 when the token is refused.
    Mailgate(MailgateArgs),
}

/// `lotsen mailgate`.
#[derive(Debug, Args)]
pub struct MailgateArgs {
    /// The server's base URL, such as http://127.0.0.1:8080.
    #[arg(long)]
    pub url: String,
    /// An API token (LOTSEN_TOKEN also gives one).
    #[arg(long, env = "LOTSEN_TOKEN", hide_env_values = true)]
    pub token: String,
    /// Seconds to wait for the server.
    #[arg(long, default_value_t = 60)]
    pub timeout_secs: u64,
}

/// `lotsen forecast ...`.
#[derive(Debug, Subcommand)]
pub enum ForecastCommand {
    /// Agents needed for a service-level target (Erlang C); prints
    /// {"agents","raw_agents","service_level","asa_seconds","occupancy"}.
    ErlangC(ErlangCArgs),
    /// Forecast contact volume per channel and interval from a CSV history
    /// (timestamp,channel,count); prints CSV timestamp,channel,forecast for the days after.
    Volume(VolumeArgs),
    /// Backtest the volume forecast on the last days of a CSV history: WAPE per channel
    /// against seasonal-naive, as a table.
    Backtest(BacktestArgs),
    /// Import a CSV history (timestamp,channel,count) into the database, where plans and
    /// surge detection read it with Lotsen's own messages; prints {"imported"}.
    Import(VolumeImportArgs),
}

/// `lotsen forecast import`.
#[derive(Debug, Args)]
pub struct VolumeImportArgs {
    /// CSV with a header `timestamp,channel,count`; channels are Lotsen's channel names;
    /// times without an offset are Stockholm time.
    #[arg(long)]
    pub history: PathBuf,
    /// Interval length of the file: 15, 30 or 60 minutes.
    #[arg(long)]
    pub interval_minutes: u32,
}

/// `lotsen forecast volume`.
#[derive(Debug, Args)]
pub struct VolumeArgs {
    /// CSV with a header `timestamp,channel,count`; local times (an offset is converted to
    /// Europe/Stockholm).
    #[arg(long)]
    pub history: PathBuf,
    /// Interval length: 15, 30 or 60 minutes.
    #[arg(long)]
    pub interval_minutes: u32,
    /// Days to forecast after the history ends.
    #[arg(long)]
    pub horizon_days: u32,
}

/// `lotsen forecast backtest`.
#[derive(Debug, Args)]
pub struct BacktestArgs {
    /// CSV with a header `timestamp,channel,count`.
    #[arg(long)]
    pub history: PathBuf,
    /// Interval length: 15, 30 or 60 minutes.
    #[arg(long)]
    pub interval_minutes: u32,
    /// Days at the end held out and forecast.
    #[arg(long, default_value_t = 7)]
    pub test_days: u32,
}

/// `lotsen forecast erlang-c`.
#[derive(Debug, Args)]
pub struct ErlangCArgs {
    /// Contacts arriving in the interval.
    #[arg(long)]
    pub arrivals: f64,
    /// The interval's length in minutes.
    #[arg(long)]
    pub interval_minutes: f64,
    /// Average handle time in seconds.
    #[arg(long)]
    pub aht_seconds: f64,
    /// Fraction to answer within the target time (0.8).
    #[arg(long)]
    pub target_sl: f64,
    /// The answer-time target in seconds (20).
    #[arg(long)]
    pub target_seconds: f64,
    /// Share of paid time off the phones, in [0, 1).
    #[arg(long, default_value_t = 0.0)]
    pub shrinkage: f64,
    /// Highest acceptable occupancy, in (0, 1].
    #[arg(long, default_value_t = 1.0)]
    pub max_occupancy: f64,
}

/// `lotsen text ...`.
#[derive(Debug, Subcommand)]
pub enum TextCommand {
    /// Read JSON lines {"id","text","visibility","staff_names"} on stdin; write one JSON line
    /// per input with pii, moderation, tone and language.
    Analyze,
}

/// `lotsen serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on (default 127.0.0.1:8080).
    #[arg(long)]
    pub listen: Option<SocketAddr>,
    /// Fill an empty database with a demo bank's customer service.
    #[arg(long)]
    pub demo: bool,
    /// Take in email over SMTP on this address (for an MTA to deliver to), such as
    /// 127.0.0.1:2525.
    #[arg(long)]
    pub smtp_listen: Option<SocketAddr>,
    /// Take in email over LMTP on this address.
    #[arg(long)]
    pub lmtp_listen: Option<SocketAddr>,
    /// Everyday cases in the demo (the outage Monday adds a seventh of this on top).
    #[arg(long, default_value_t = 2600, hide = true)]
    pub demo_cases: usize,
}

/// `lotsen admin ...`.
#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Create an agent and print {"agent_id","token"} as JSON.
    CreateAgent(CreateAgentArgs),
    /// Set an agent's sign-in password, read from stdin (its first line), and print
    /// {"agent_id"} as JSON; the agent's open sessions end.
    SetPassword {
        /// The agent's sign-in address.
        #[arg(long)]
        email: String,
    },
    /// Create a team and print {"team_id"} as JSON.
    CreateTeam {
        /// Team name.
        #[arg(long)]
        name: String,
    },
}

/// `lotsen admin create-agent`.
#[derive(Debug, Args)]
pub struct CreateAgentArgs {
    /// Full name.
    #[arg(long)]
    pub name: String,
    /// Sign-in address.
    #[arg(long)]
    pub email: String,
    /// agent, lead or admin.
    #[arg(long, default_value = "agent")]
    pub role: String,
    /// Team by name or id (repeatable; a name not yet known creates the team).
    #[arg(long = "team")]
    pub teams: Vec<String>,
    /// Name shown to customers (first name or alias).
    #[arg(long)]
    pub signature_name: Option<String>,
}

/// `lotsen bench`.
#[derive(Debug, Args)]
pub struct BenchArgs {
    /// Messages per intake run.
    #[arg(long, default_value_t = 5000)]
    pub messages: usize,
    /// Cases in the store for the read-latency measurement.
    #[arg(long, default_value_t = 100_000)]
    pub cases: usize,
    /// Reads for the latency measurement.
    #[arg(long, default_value_t = 2000)]
    pub reads: usize,
    /// Online agents for the routing measurement.
    #[arg(long, default_value_t = 1000)]
    pub agents: usize,
    /// PostgreSQL admin URL for the PostgreSQL rows (a database is created and dropped).
    #[arg(long, default_value = "postgres://postgres@127.0.0.1:5432/test")]
    pub postgres: String,
    /// Skip PostgreSQL.
    #[arg(long)]
    pub sqlite_only: bool,
    /// Only the email rows (parse and intake), without the 100,000-case fill.
    #[arg(long)]
    pub email_only: bool,
    /// WebSocket visitors connected at once for the chat rows.
    #[arg(long, default_value_t = 1000)]
    pub chat_connections: usize,
    /// Only the chat rows.
    #[arg(long)]
    pub chat_only: bool,
    /// Only the workspace rows: its pages over HTTP with `--cases` open cases of one
    /// team and a case of 5,000 messages.
    #[arg(long)]
    pub workspace_only: bool,
    /// Only the search rows: `--search-messages` messages indexed, then queried.
    #[arg(long)]
    pub search_only: bool,
    /// Messages in the search index for the search rows.
    #[arg(long, default_value_t = 1_000_000)]
    pub search_messages: usize,
}
