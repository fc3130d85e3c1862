//! Both backends get the same tables and columns, and migrating twice changes nothing.

use std::collections::BTreeSet;

use lotsen_testkit::{Backend, on_both_backends, test_store};
use sqlx::{Connection, Row};

async fn columns(backend: Backend) -> BTreeSet<(String, String)> {
    let store = test_store(backend).await;
    let sql = match backend {
        Backend::Sqlite => {
            "SELECT m.name AS t, p.name AS c FROM sqlite_master m JOIN pragma_table_info(m.name) p
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'"
        }
        Backend::Postgres => {
            "SELECT table_name::text AS t, column_name::text AS c FROM information_schema.columns
             WHERE table_schema = 'public'"
        }
    };
    let mut conn = sqlx::AnyConnection::connect(store.url()).await.unwrap();
    sqlx::query(sql)
        .fetch_all(&mut conn)
        .await
        .unwrap()
        .iter()
        .map(|r| (r.get::<String, _>("t"), r.get::<String, _>("c")))
        // Case references: SQLite counts in a table, PostgreSQL uses a native sequence.
        .filter(|(t, _)| t != "sequences")
        .collect()
}

#[tokio::test]
async fn both_backends_have_the_same_tables_and_columns() {
    let sqlite = columns(Backend::Sqlite).await;
    let postgres = columns(Backend::Postgres).await;
    assert!(sqlite.len() > 50, "{sqlite:?}");
    assert_eq!(sqlite, postgres);
}

async fn migrating_again_applies_nothing(backend: Backend) {
    let store = test_store(backend).await;
    let now = jiff::Timestamp::from_second(1_772_438_400).unwrap();
    assert_eq!(store.migrate(now).await.unwrap(), Vec::<i64>::new());
    store.ping().await.unwrap();
}

on_both_backends!(migrating_again_applies_nothing);
