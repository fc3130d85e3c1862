//! Connecting: which backend a URL names, and the pools. SQLite gets one writer
//! connection (WAL, synchronous=NORMAL, foreign keys, busy timeout) and a few readers;
//! PostgreSQL one shared pool.

use std::path::Path;
use std::time::Duration;

use sqlx::AnyPool;
use sqlx::Executor;
use sqlx::any::AnyPoolOptions;

use crate::error::StoreError;

/// The database behind a store.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Backend {
    /// Embedded SQLite in a data directory.
    Sqlite,
    /// PostgreSQL.
    Postgres,
}

impl Backend {
    /// The backend a database URL names, if any.
    pub fn of_url(url: &str) -> Option<Self> {
        if url.starts_with("sqlite:") {
            Some(Self::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Some(Self::Postgres)
        } else {
            None
        }
    }

    /// Stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Sqlite => "sqlite",
            Self::Postgres => "postgres",
        }
    }
}

/// Lotsen's persistent state.
#[derive(Debug, Clone)]
pub struct Store {
    backend: Backend,
    writer: AnyPool,
    reader: AnyPool,
    /// The URL it was opened with, for the connection that listens for signals.
    url: std::sync::Arc<str>,
    /// Signals within this process (SQLite serves one process).
    local: crate::signals::LocalSignals,
}

const SQLITE_PRAGMAS: [&str; 4] = [
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = NORMAL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 5000",
];

impl Store {
    /// Opens the SQLite database `lotsen.db` in a data directory, creating both if needed.
    pub async fn open_data_dir(dir: &Path) -> Result<Self, StoreError> {
        std::fs::create_dir_all(dir)
            .map_err(|e| StoreError::Unavailable(format!("cannot create data directory: {e}")))?;
        let file = dir.join("lotsen.db");
        Self::open(&format!("sqlite://{}?mode=rwc", file.display())).await
    }

    /// Opens a database by URL (`sqlite://path?mode=rwc` or `postgres://...`).
    pub async fn open(url: &str) -> Result<Self, StoreError> {
        sqlx::any::install_default_drivers();
        let backend = Backend::of_url(url).ok_or_else(|| {
            StoreError::Unavailable("database URL must start with sqlite: or postgres://".into())
        })?;
        let connect = |max: u32| {
            AnyPoolOptions::new()
                .max_connections(max)
                .min_connections(if backend == Backend::Sqlite { 1 } else { 0 })
                .acquire_timeout(Duration::from_secs(10))
                .after_connect(move |conn, _meta| {
                    Box::pin(async move {
                        if backend == Backend::Sqlite {
                            // One statement each: a multi-statement string stops early.
                            for pragma in SQLITE_PRAGMAS {
                                conn.execute(pragma).await?;
                            }
                        }
                        Ok(())
                    })
                })
                .connect(url)
        };
        let unreachable = |e: sqlx::Error| StoreError::Unavailable(e.to_string());
        match backend {
            Backend::Sqlite => {
                let writer = connect(1).await.map_err(unreachable)?;
                let reader = connect(4).await.map_err(unreachable)?;
                Ok(Self {
                    backend,
                    writer,
                    reader,
                    url: url.into(),
                    local: crate::signals::LocalSignals::default(),
                })
            }
            Backend::Postgres => {
                let pool = connect(16).await.map_err(unreachable)?;
                Ok(Self {
                    backend,
                    writer: pool.clone(),
                    reader: pool,
                    url: url.into(),
                    local: crate::signals::LocalSignals::default(),
                })
            }
        }
    }

    /// Which database this is.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub(crate) fn writer(&self) -> &AnyPool {
        &self.writer
    }

    pub(crate) fn reader(&self) -> &AnyPool {
        &self.reader
    }

    pub(crate) fn url(&self) -> &str {
        &self.url
    }

    pub(crate) fn local_signals(&self) -> &crate::signals::LocalSignals {
        &self.local
    }

    /// Whether the database answers.
    pub async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1").execute(&self.reader).await?;
        Ok(())
    }

    /// Closes every connection, waiting for them to be returned.
    pub async fn close(&self) {
        self.writer.close().await;
        self.reader.close().await;
    }
}
