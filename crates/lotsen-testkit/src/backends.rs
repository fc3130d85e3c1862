//! A fresh, migrated store per test on either backend. PostgreSQL databases are cloned
//! from a template migrated once per schema (named by a hash of the migrations) and
//! dropped when the test ends. An unreachable PostgreSQL fails the test with instructions;
//! it is never skipped.

use std::ops::Deref;

use lotsen_store::{Backend, Store, migrations};
use sqlx::{Connection, Executor, PgConnection};

/// The PostgreSQL server tests use, as an admin URL (database `test`).
pub fn pg_admin_url() -> String {
    std::env::var("LOTSEN_TEST_PG_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_owned())
}

fn with_database(admin: &str, db: &str) -> String {
    match admin.rsplit_once('/') {
        Some((base, _)) => format!("{base}/{db}"),
        None => format!("{admin}/{db}"),
    }
}

fn schema_hash() -> String {
    // FNV-1a over every migration: a changed schema gets a new template.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for m in migrations(Backend::Postgres) {
        for b in m.sql.bytes().chain(m.name.bytes()) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

enum Guard {
    Dir(#[allow(dead_code, reason = "held to delete the directory on drop")] tempfile::TempDir),
    Pg { admin: String, db: String },
}

/// A store for one test; cleaned up on drop.
pub struct TestStore {
    store: Store,
    guard: Guard,
    url: String,
}

impl TestStore {
    /// The database URL (for a server started on the same database).
    pub fn url(&self) -> &str {
        &self.url
    }
}

impl Deref for TestStore {
    type Target = Store;
    fn deref(&self) -> &Store {
        &self.store
    }
}

impl Drop for TestStore {
    fn drop(&mut self) {
        if let Guard::Pg { admin, db } = &self.guard {
            let (admin, db) = (admin.clone(), db.clone());
            // Dropping needs async I/O; do it on a thread of its own so it works from
            // inside or outside a runtime.
            let done = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .ok()?;
                rt.block_on(async {
                    let mut conn = PgConnection::connect(&admin).await.ok()?;
                    conn.execute(format!("DROP DATABASE IF EXISTS \"{db}\" WITH (FORCE)").as_str())
                        .await
                        .ok()
                })
            });
            let _ = done.join();
        }
    }
}

/// A fresh, migrated, empty store on the backend.
pub async fn test_store(backend: Backend) -> TestStore {
    let now = jiff::Timestamp::from_second(1_772_438_400).unwrap();
    match backend {
        Backend::Sqlite => {
            let dir = tempfile::tempdir().expect("temporary directory");
            let store = Store::open_data_dir(dir.path())
                .await
                .expect("open SQLite store");
            store.migrate(now).await.expect("migrate SQLite");
            let url = format!(
                "sqlite://{}?mode=rwc",
                dir.path().join("lotsen.db").display()
            );
            TestStore {
                store,
                guard: Guard::Dir(dir),
                url,
            }
        }
        Backend::Postgres => {
            let admin = pg_admin_url();
            let db = clone_template(&admin, now).await;
            let url = with_database(&admin, &db);
            let store = Store::open(&url)
                .await
                .expect("open PostgreSQL test database");
            TestStore {
                store,
                guard: Guard::Pg { admin, db },
                url,
            }
        }
    }
}

async fn clone_template(admin: &str, now: jiff::Timestamp) -> String {
    let mut conn = PgConnection::connect(admin).await.unwrap_or_else(|e| {
        panic!(
            "PostgreSQL is not reachable at {admin} ({e}). The store conformance suite runs on \
             both backends and is never skipped: start PostgreSQL (scripts/test does it with \
             `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`) or set \
             LOTSEN_TEST_PG_URL."
        )
    });
    let template = format!("lotsen_tpl_{}", schema_hash());
    conn.execute("SELECT pg_advisory_lock(7212436)")
        .await
        .expect("template lock");
    let exists = sqlx::query("SELECT 1 FROM pg_database WHERE datname = $1")
        .bind(&template)
        .fetch_optional(&mut conn)
        .await
        .expect("look up template")
        .is_some();
    if !exists {
        conn.execute(format!("CREATE DATABASE \"{template}\"").as_str())
            .await
            .expect("create template database");
        let store = Store::open(&with_database(admin, &template))
            .await
            .expect("open template database");
        store.migrate(now).await.expect("migrate template database");
        store.close().await;
    }
    let db = format!("lotsen_t_{}", uuid::Uuid::new_v4().simple());
    let created = conn
        .execute(format!("CREATE DATABASE \"{db}\" TEMPLATE \"{template}\"").as_str())
        .await;
    conn.execute("SELECT pg_advisory_unlock(7212436)")
        .await
        .expect("template unlock");
    created.expect("clone template database");
    db
}
