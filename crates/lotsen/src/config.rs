//! Configuration: defaults, then a TOML file, then `LOTSEN_SECTION__KEY` environment
//! variables, then command-line flags. Every problem is reported at once.

use std::net::SocketAddr;
use std::path::PathBuf;

use serde::Deserialize;

use crate::cli::{Cli, Command};

/// Log output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    /// Human-readable lines.
    Pretty,
    /// One JSON object a line, for production.
    Json,
}

/// Logging settings.
#[derive(Debug, Clone)]
pub struct LogConfig {
    /// Format.
    pub format: LogFormat,
    /// Filter directives (`info`, `lotsen=debug,sqlx=warn`).
    pub level: String,
}

/// Server settings.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// Listen address.
    pub listen: SocketAddr,
}

/// Storage settings.
#[derive(Debug, Clone)]
pub struct StorageConfig {
    /// Data directory for SQLite.
    pub data_dir: PathBuf,
    /// PostgreSQL URL, when used.
    pub database_url: Option<String>,
}

/// Text-guard settings.
#[derive(Debug, Clone, Default)]
pub struct TextConfig {
    /// The company's own published phone numbers, never personal data.
    pub published_numbers: Vec<String>,
}

/// Background work.
#[derive(Debug, Clone)]
pub struct WorkersConfig {
    /// How often the workers run.
    pub interval: std::time::Duration,
}

/// The validated configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// Server.
    pub server: ServerConfig,
    /// Storage.
    pub storage: StorageConfig,
    /// Logging.
    pub log: LogConfig,
    /// The text guard.
    pub text: TextConfig,
    /// Background work.
    pub workers: WorkersConfig,
    /// The email channel.
    pub mail: crate::config_mail::MailConfig,
    /// Meta's webhooks.
    pub meta: MetaConfig,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    #[serde(default)]
    server: FileServer,
    #[serde(default)]
    storage: FileStorage,
    #[serde(default)]
    log: FileLog,
    #[serde(default)]
    smtp: crate::config_mail::FileSmtp,
    #[serde(default)]
    imap: Vec<crate::config_mail::ImapConfig>,
    #[serde(default)]
    meta: FileMeta,
    #[serde(default)]
    text: FileText,
    #[serde(default)]
    workers: FileWorkers,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileMeta {
    app_secret: Option<String>,
    verify_token: Option<String>,
    page_access_token: Option<String>,
    graph_base_url: Option<String>,
    hide_personal_data: Option<bool>,
    referral_text: Option<String>,
    referral_private_text: Option<String>,
    keep_original: Option<String>,
    original_key: Option<String>,
}

/// Meta's app: the secret deliveries are signed with, the handshake's token, and (for
/// replies, next) the page token and the Graph API's base URL.
#[derive(Clone, Default)]
pub struct MetaConfig {
    /// `LOTSEN_META__APP_SECRET`.
    pub app_secret: Option<String>,
    /// `LOTSEN_META__VERIFY_TOKEN`.
    pub verify_token: Option<String>,
    /// `LOTSEN_META__PAGE_ACCESS_TOKEN`.
    pub page_access_token: Option<String>,
    /// `LOTSEN_META__GRAPH_BASE_URL` (Meta's by default).
    pub graph_base_url: String,
    /// `LOTSEN_META__HIDE_PERSONAL_DATA` (`true` by default).
    pub hide_personal_data: bool,
    /// `LOTSEN_META__REFERRAL_TEXT`: the public answer under a hidden post.
    pub referral_text: Option<String>,
    /// `LOTSEN_META__REFERRAL_PRIVATE_TEXT`: the private reply to its author.
    pub referral_private_text: Option<String>,
    /// With `LOTSEN_META__KEEP_ORIGINAL = encrypted`, the key
    /// (`LOTSEN_META__ORIGINAL_KEY`, 64 hex digits) such a post's original is sealed
    /// with; without, the original is not kept (`none`, the default).
    pub original_key: Option<lotsen_app::sealed::OriginalKey>,
}

impl std::fmt::Debug for MetaConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let set = |v: &Option<String>| v.as_ref().map(|_| "(set)");
        f.debug_struct("MetaConfig")
            .field("app_secret", &set(&self.app_secret))
            .field("verify_token", &set(&self.verify_token))
            .field("page_access_token", &set(&self.page_access_token))
            .field("graph_base_url", &self.graph_base_url)
            .field("hide_personal_data", &self.hide_personal_data)
            .finish_non_exhaustive()
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileWorkers {
    interval_ms: Option<u64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileText {
    published_numbers: Option<Vec<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileServer {
    listen: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileStorage {
    data_dir: Option<PathBuf>,
    database_url: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileLog {
    format: Option<String>,
    level: Option<String>,
}

impl Config {
    /// Loads and validates the configuration for a command line.
    pub fn load(cli: &Cli) -> Result<Self, crate::CliError> {
        let env: Vec<(String, String)> = std::env::vars().collect();
        Self::from_sources(cli, &env)
    }

    fn from_sources(cli: &Cli, env: &[(String, String)]) -> Result<Self, crate::CliError> {
        let mut problems = Vec::new();
        let var = |key: &str| env.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
        let file = match &cli.config {
            None => FileConfig::default(),
            Some(path) => match std::fs::read_to_string(path) {
                Ok(text) => toml::from_str(&text).unwrap_or_else(|e| {
                    problems.push(format!("{}: {}", path.display(), e.message()));
                    FileConfig::default()
                }),
                Err(e) => {
                    problems.push(format!("cannot read {}: {e}", path.display()));
                    FileConfig::default()
                }
            },
        };
        let mail_flags = match &cli.command {
            Command::Serve(args) => (args.smtp_listen, args.lmtp_listen),
            _ => (None, None),
        };
        let mail = crate::config_mail::load(file.smtp, file.imap, &var, mail_flags, &mut problems);

        let nonblank = |v: Option<String>| v.filter(|s| !s.trim().is_empty());
        let meta = MetaConfig {
            app_secret: nonblank(var("LOTSEN_META__APP_SECRET").or(file.meta.app_secret)),
            verify_token: nonblank(var("LOTSEN_META__VERIFY_TOKEN").or(file.meta.verify_token)),
            page_access_token: nonblank(
                var("LOTSEN_META__PAGE_ACCESS_TOKEN").or(file.meta.page_access_token),
            ),
            graph_base_url: nonblank(
                var("LOTSEN_META__GRAPH_BASE_URL").or(file.meta.graph_base_url),
            )
            .unwrap_or_else(|| "https://graph.facebook.com/v21.0".to_owned()),
            hide_personal_data: match var("LOTSEN_META__HIDE_PERSONAL_DATA").as_deref() {
                None => file.meta.hide_personal_data.unwrap_or(true),
                Some("true" | "1" | "yes") => true,
                Some("false" | "0" | "no") => false,
                Some(other) => {
                    problems.push(format!(
                        "LOTSEN_META__HIDE_PERSONAL_DATA: {other:?} is not true or false"
                    ));
                    true
                }
            },
            referral_text: nonblank(var("LOTSEN_META__REFERRAL_TEXT").or(file.meta.referral_text)),
            referral_private_text: nonblank(
                var("LOTSEN_META__REFERRAL_PRIVATE_TEXT").or(file.meta.referral_private_text),
            ),
            original_key: None,
        };
        let keep = nonblank(var("LOTSEN_META__KEEP_ORIGINAL").or(file.meta.keep_original));
        let key = nonblank(var("LOTSEN_META__ORIGINAL_KEY").or(file.meta.original_key));
        let mut meta = meta;
        match keep.as_deref().map(str::trim) {
            None | Some("none") => {}
            Some("encrypted") => match key.as_deref().and_then(lotsen_app::sealed::OriginalKey::from_hex) {
                Some(k) => meta.original_key = Some(k),
                None => problems.push(
                    "meta.original_key: keeping originals encrypted needs a key of 64 hex digits (LOTSEN_META__ORIGINAL_KEY)"
                        .to_owned(),
                ),
            },
            Some(other) => problems.push(format!(
                "meta.keep_original: {other:?} is not none or encrypted"
            )),
        }
        if !meta.graph_base_url.starts_with("http://")
            && !meta.graph_base_url.starts_with("https://")
        {
            problems.push(
                "meta.graph_base_url: must start with https:// (or http:// on loopback)".to_owned(),
            );
        }

        let serve_listen = match &cli.command {
            Command::Serve(args) => args.listen.map(|a| a.to_string()),
            _ => None,
        };
        let listen_text = serve_listen
            .or_else(|| var("LOTSEN_SERVER__LISTEN"))
            .or(file.server.listen)
            .unwrap_or_else(|| "127.0.0.1:8080".to_owned());
        let listen = listen_text.parse().unwrap_or_else(|_| {
            problems.push(format!(
                "server.listen: {listen_text:?} is not an address such as 127.0.0.1:8080"
            ));
            SocketAddr::from(([127, 0, 0, 1], 8080))
        });

        let data_dir = cli
            .data_dir
            .clone()
            .or_else(|| var("LOTSEN_STORAGE__DATA_DIR").map(PathBuf::from))
            .or(file.storage.data_dir)
            .unwrap_or_else(|| PathBuf::from("data"));
        let database_url = cli
            .database_url
            .clone()
            .or_else(|| var("LOTSEN_STORAGE__DATABASE_URL"))
            .or(file.storage.database_url)
            .filter(|u| !u.trim().is_empty());
        if database_url
            .as_deref()
            .is_some_and(|url| lotsen_store::Backend::of_url(url).is_none())
        {
            problems
                .push("storage.database_url: must start with postgres:// or sqlite:".to_owned());
        }

        let format_text = var("LOTSEN_LOG__FORMAT")
            .or(file.log.format)
            .unwrap_or_else(|| "pretty".to_owned());
        let format = match format_text.as_str() {
            "pretty" => LogFormat::Pretty,
            "json" => LogFormat::Json,
            other => {
                problems.push(format!("log.format: {other:?} must be pretty or json"));
                LogFormat::Pretty
            }
        };
        let level = var("RUST_LOG")
            .or_else(|| var("LOTSEN_LOG__LEVEL"))
            .or(file.log.level)
            .unwrap_or_else(|| {
                // The benchmark prints a table; per-message log lines would only slow it.
                if matches!(cli.command, Command::Bench(_)) {
                    "warn"
                } else {
                    "info,sqlx=warn"
                }
                .to_owned()
            });
        if tracing_subscriber::EnvFilter::try_new(&level).is_err() {
            problems.push(format!(
                "log.level: {level:?} is not a filter such as info or lotsen=debug"
            ));
        }

        let interval_ms = match var("LOTSEN_WORKERS__INTERVAL_MS") {
            Some(text) => text.trim().parse::<u64>().unwrap_or_else(|_| {
                problems.push(format!(
                    "workers.interval_ms: {text:?} is not a number of milliseconds"
                ));
                1000
            }),
            None => file.workers.interval_ms.unwrap_or(1000),
        };
        if !(50..=600_000).contains(&interval_ms) {
            problems.push("workers.interval_ms: must be 50 to 600000".to_owned());
        }

        if !problems.is_empty() {
            return Err(crate::CliError::Config(problems));
        }
        Ok(Self {
            server: ServerConfig { listen },
            storage: StorageConfig {
                data_dir,
                database_url,
            },
            log: LogConfig { format, level },
            text: TextConfig {
                published_numbers: var("LOTSEN_TEXT__PUBLISHED_NUMBERS")
                    .map(|v| {
                        v.split(',')
                            .map(|n| n.trim().to_owned())
                            .filter(|n| !n.is_empty())
                            .collect()
                    })
                    .or(file.text.published_numbers)
                    .unwrap_or_default(),
            },
            workers: WorkersConfig {
                interval: std::time::Duration::from_millis(interval_ms),
            },
            mail,
            meta,
        })
    }
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn defaults_serve_on_loopback_with_sqlite_in_data() {
        let cli = Cli::parse_from(["lotsen", "serve"]);
        let config = Config::from_sources(&cli, &[]).unwrap();
        assert_eq!(config.server.listen.to_string(), "127.0.0.1:8080");
        assert_eq!(config.storage.data_dir, PathBuf::from("data"));
        assert_eq!(config.storage.database_url, None);
    }

    #[test]
    fn flags_beat_environment_and_environment_beats_defaults() {
        let cli = Cli::parse_from(["lotsen", "serve", "--listen", "127.0.0.1:9000"]);
        let config = Config::from_sources(
            &cli,
            &env(&[
                ("LOTSEN_SERVER__LISTEN", "127.0.0.1:7000"),
                ("LOTSEN_STORAGE__DATA_DIR", "/tmp/x"),
            ]),
        )
        .unwrap();
        assert_eq!(config.server.listen.to_string(), "127.0.0.1:9000");
        assert_eq!(config.storage.data_dir, PathBuf::from("/tmp/x"));
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let cli = Cli::parse_from(["lotsen", "migrate"]);
        let err = Config::from_sources(
            &cli,
            &env(&[
                ("LOTSEN_SERVER__LISTEN", "nowhere"),
                ("LOTSEN_STORAGE__DATABASE_URL", "mysql://x"),
                ("LOTSEN_LOG__FORMAT", "xml"),
            ]),
        )
        .unwrap_err();
        let crate::CliError::Config(problems) = err else {
            panic!("expected config error")
        };
        assert_eq!(problems.len(), 3, "{problems:?}");
    }

    #[test]
    fn originals_are_kept_sealed_only_with_a_valid_key() {
        let cli = Cli::parse_from(["lotsen", "serve"]);
        let config = Config::from_sources(&cli, &[]).unwrap();
        assert!(config.meta.original_key.is_none() && config.meta.hide_personal_data);
        let key = "0f".repeat(32);
        let sealed = Config::from_sources(
            &cli,
            &env(&[
                ("LOTSEN_META__KEEP_ORIGINAL", "encrypted"),
                ("LOTSEN_META__ORIGINAL_KEY", &key),
            ]),
        )
        .unwrap();
        assert!(sealed.meta.original_key.is_some());
        let err = Config::from_sources(
            &cli,
            &env(&[
                ("LOTSEN_META__KEEP_ORIGINAL", "encrypted"),
                ("LOTSEN_META__ORIGINAL_KEY", "kort"),
                ("LOTSEN_META__HIDE_PERSONAL_DATA", "kanske"),
            ]),
        )
        .unwrap_err();
        let crate::CliError::Config(problems) = err else {
            panic!("expected config error")
        };
        assert_eq!(problems.len(), 2, "{problems:?}");
    }

    #[test]
    fn the_example_file_is_valid_and_complete() {
        let text = include_str!("../../../lotsen.example.toml");
        let file: FileConfig = toml::from_str(text).unwrap();
        assert!(
            file.server.listen.is_some()
                && file.storage.data_dir.is_some()
                && file.log.level.is_some()
        );
    }
}
