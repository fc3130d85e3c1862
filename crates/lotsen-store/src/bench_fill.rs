//! Filling a store for the benchmark: copies of the cases intake already wrote, under
//! new ids and references, with their deadline rows, so that a million cases take a
//! minute instead of an hour. Lotsen itself never calls this.

use crate::error::StoreError;
use crate::pool::{Backend, Store};

impl Store {
    /// Copies every case `copies` times (the state's id rewritten to the copy's);
    /// returns how many cases there are now. For benchmarks only: the copies have no
    /// events, messages or queue rows of their own.
    #[doc(hidden)]
    pub async fn replicate_cases_for_benchmark(&self, copies: u32) -> Result<u64, StoreError> {
        let new_id = match self.backend() {
            Backend::Sqlite => "substr(c.id, 1, 24) || printf('%012x', $1 * 1000000000 + c.ref_no)",
            Backend::Postgres => {
                "substr(c.id, 1, 24) || lpad(to_hex($1 * 1000000000 + c.ref_no), 12, '0')"
            }
        };
        let row = sqlx::query("SELECT COALESCE(MAX(ref_no), 0) + 1 AS m FROM cases")
            .fetch_one(self.reader())
            .await?;
        let base = crate::codec::int(&row, "m")?;
        for copy in 1..=i64::from(copies) {
            let mut tx = self.writer().begin().await?;
            sqlx::query(&format!(
                "INSERT INTO cases (id, ref_no, customer_id, status, priority, kind, team_id, owner_id,
                    origin_channel, subject, created_at, updated_at, version, state)
                 SELECT {new_id}, c.ref_no + $1 * $2, c.customer_id, c.status, c.priority, c.kind,
                    c.team_id, c.owner_id, c.origin_channel, c.subject, c.created_at, c.updated_at,
                    c.version, replace(c.state, c.id, {new_id})
                 FROM cases c WHERE c.ref_no < $2"
            ))
            .bind(copy)
            .bind(base)
            .execute(&mut *tx)
            .await?;
            sqlx::query(&format!(
                "INSERT INTO case_deadlines (case_id, next_at, version)
                 SELECT {new_id}, d.next_at, d.version
                 FROM case_deadlines d JOIN cases c ON c.id = d.case_id WHERE c.ref_no < $2"
            ))
            .bind(copy)
            .bind(base)
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
        }
        // A bulk load is followed by fresh planner statistics, as autovacuum would give
        // them a little later: without them PostgreSQL plans for the few rows it saw.
        if self.backend() == crate::pool::Backend::Postgres {
            sqlx::query("ANALYZE").execute(self.writer()).await?;
        }
        self.count_cases().await
    }
}
