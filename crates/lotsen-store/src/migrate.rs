//! Schema migrations: two ordered sets, one per backend, with the same versions and names
//! (checked by a test), applied in a transaction each and recorded in
//! `schema_migrations`.

use sqlx::{Executor, Row};

use crate::codec::micros;
use crate::error::StoreError;
use crate::pool::{Backend, Store};

/// One step of the schema.
#[derive(Debug, Clone, Copy)]
pub struct Migration {
    /// Order.
    pub version: i64,
    /// What it does.
    pub name: &'static str,
    /// The SQL, possibly several statements.
    pub sql: &'static str,
}

const SQLITE: &[Migration] = &[
    Migration {
        version: 1,
        name: "case_core",
        sql: include_str!("../migrations/sqlite/0001_case_core.sql"),
    },
    Migration {
        version: 2,
        name: "message_analysis",
        sql: include_str!("../migrations/sqlite/0002_message_analysis.sql"),
    },
    Migration {
        version: 3,
        name: "contact_history",
        sql: include_str!("../migrations/sqlite/0003_contact_history.sql"),
    },
    Migration {
        version: 4,
        name: "staffing",
        sql: include_str!("../migrations/sqlite/0004_staffing.sql"),
    },
    Migration {
        version: 5,
        name: "routing",
        sql: include_str!("../migrations/sqlite/0005_routing.sql"),
    },
    Migration {
        version: 6,
        name: "email",
        sql: include_str!("../migrations/sqlite/0006_email.sql"),
    },
    Migration {
        version: 7,
        name: "meta",
        sql: include_str!("../migrations/sqlite/0007_meta.sql"),
    },
    Migration {
        version: 8,
        name: "sealed_originals",
        sql: include_str!("../migrations/sqlite/0008_sealed_originals.sql"),
    },
    Migration {
        version: 9,
        name: "sign_in",
        sql: include_str!("../migrations/sqlite/0009_sign_in.sql"),
    },
    Migration {
        version: 10,
        name: "worklists",
        sql: include_str!("../migrations/sqlite/0010_worklists.sql"),
    },
    Migration {
        version: 11,
        name: "saved_replies",
        sql: include_str!("../migrations/sqlite/0011_saved_replies.sql"),
    },
    Migration {
        version: 12,
        name: "moderation_queue",
        sql: include_str!("../migrations/sqlite/0012_moderation_queue.sql"),
    },
    Migration {
        version: 13,
        name: "incidents",
        sql: include_str!("../migrations/sqlite/0013_incidents.sql"),
    },
    Migration {
        version: 14,
        name: "knowledge",
        sql: include_str!("../migrations/sqlite/0014_knowledge.sql"),
    },
];

const POSTGRES: &[Migration] = &[
    Migration {
        version: 1,
        name: "case_core",
        sql: include_str!("../migrations/postgres/0001_case_core.sql"),
    },
    Migration {
        version: 2,
        name: "message_analysis",
        sql: include_str!("../migrations/postgres/0002_message_analysis.sql"),
    },
    Migration {
        version: 3,
        name: "contact_history",
        sql: include_str!("../migrations/postgres/0003_contact_history.sql"),
    },
    Migration {
        version: 4,
        name: "staffing",
        sql: include_str!("../migrations/postgres/0004_staffing.sql"),
    },
    Migration {
        version: 5,
        name: "routing",
        sql: include_str!("../migrations/postgres/0005_routing.sql"),
    },
    Migration {
        version: 6,
        name: "email",
        sql: include_str!("../migrations/postgres/0006_email.sql"),
    },
    Migration {
        version: 7,
        name: "meta",
        sql: include_str!("../migrations/postgres/0007_meta.sql"),
    },
    Migration {
        version: 8,
        name: "sealed_originals",
        sql: include_str!("../migrations/postgres/0008_sealed_originals.sql"),
    },
    Migration {
        version: 9,
        name: "sign_in",
        sql: include_str!("../migrations/postgres/0009_sign_in.sql"),
    },
    Migration {
        version: 10,
        name: "worklists",
        sql: include_str!("../migrations/postgres/0010_worklists.sql"),
    },
    Migration {
        version: 11,
        name: "saved_replies",
        sql: include_str!("../migrations/postgres/0011_saved_replies.sql"),
    },
    Migration {
        version: 12,
        name: "moderation_queue",
        sql: include_str!("../migrations/postgres/0012_moderation_queue.sql"),
    },
    Migration {
        version: 13,
        name: "incidents",
        sql: include_str!("../migrations/postgres/0013_incidents.sql"),
    },
    Migration {
        version: 14,
        name: "knowledge",
        sql: include_str!("../migrations/postgres/0014_knowledge.sql"),
    },
];

/// The migrations of a backend, in order.
pub fn migrations(backend: Backend) -> &'static [Migration] {
    match backend {
        Backend::Sqlite => SQLITE,
        Backend::Postgres => POSTGRES,
    }
}

impl Store {
    /// Brings the schema up to date; safe to call on every start and from several nodes.
    pub async fn migrate(&self, now: jiff::Timestamp) -> Result<Vec<i64>, StoreError> {
        let mut tx = self.writer().begin().await?;
        if self.backend() == Backend::Postgres {
            // One migrating node at a time; the lock ends with the transaction.
            tx.execute("SELECT pg_advisory_xact_lock(7212435)").await?;
        }
        tx.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (
                version BIGINT PRIMARY KEY,
                name TEXT NOT NULL,
                applied_at BIGINT NOT NULL
            )",
        )
        .await?;
        let done: Vec<i64> = sqlx::query("SELECT version FROM schema_migrations")
            .fetch_all(&mut *tx)
            .await?
            .iter()
            .map(|row| row.try_get::<i64, _>("version"))
            .collect::<Result<_, _>>()?;
        let mut applied = Vec::new();
        for m in migrations(self.backend()) {
            if done.contains(&m.version) {
                continue;
            }
            sqlx::raw_sql(m.sql)
                .execute(&mut *tx)
                .await
                .map_err(|source| StoreError::Migration {
                    version: m.version,
                    source,
                })?;
            sqlx::query(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
            )
            .bind(m.version)
            .bind(m.name)
            .bind(micros(now))
            .execute(&mut *tx)
            .await?;
            applied.push(m.version);
        }
        tx.commit().await?;
        Ok(applied)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_backends_have_the_same_migrations_in_the_same_order() {
        let names = |b| {
            migrations(b)
                .iter()
                .map(|m| (m.version, m.name))
                .collect::<Vec<_>>()
        };
        assert_eq!(names(Backend::Sqlite), names(Backend::Postgres));
        let versions: Vec<_> = SQLITE.iter().map(|m| m.version).collect();
        let mut sorted = versions.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(versions, sorted, "versions ascend without repeats");
    }
}
