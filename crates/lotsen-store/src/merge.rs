//! Merging a duplicate case into another: both cases change in one transaction, each
//! guarded by its version, so the duplicate never closes without the other case showing
//! its story.

use lotsen_domain::{Case, CaseEvent, CaseId, DomainError};

use crate::cases::{ATTEMPTS, CaseChange, load_case_for_update, write_change};
use crate::error::StoreError;
use crate::pool::Store;

impl Store {
    /// Merges `duplicate` into `target` in one transaction. `plan` gets both cases and the
    /// duplicate's events and returns the changes for the duplicate and for the target.
    /// Returns both cases as written.
    pub async fn merge_cases<F>(
        &self,
        duplicate: CaseId,
        target: CaseId,
        mut plan: F,
    ) -> Result<(Case, Case), StoreError>
    where
        F: FnMut(&Case, &Case, &[CaseEvent]) -> Result<(CaseChange, CaseChange), DomainError>,
    {
        for _ in 0..ATTEMPTS {
            let mut tx = self.writer().begin().await?;
            // Both rows locked in one order, so two merges of the same pair queue.
            let (first, second) = if duplicate.to_string() <= target.to_string() {
                (duplicate, target)
            } else {
                (target, duplicate)
            };
            let a = load_case_for_update(&mut tx, first, self.backend()).await?;
            let b = load_case_for_update(&mut tx, second, self.backend()).await?;
            let (Some(a), Some(b)) = (a, b) else {
                tx.rollback().await?;
                return Err(StoreError::NotFound("case"));
            };
            let (mut dup, mut into) = if first == duplicate { (a, b) } else { (b, a) };
            let history = crate::timeline::events_on(&mut tx, duplicate).await?;
            let (mut dup_change, mut into_change) = plan(&dup, &into, &history)?;
            let (dup_before, into_before) = (dup.clone(), into.clone());
            let kinds = std::mem::take(&mut dup_change.events);
            let dup_events = dup.record(dup_change.at, &dup_change.actor, kinds);
            let kinds = std::mem::take(&mut into_change.events);
            let into_events = into.record(into_change.at, &into_change.actor, kinds);
            let backend = self.backend();
            let Some(dup_signal) = write_change(
                &mut tx,
                backend,
                &dup_before,
                &dup,
                &dup_events,
                &dup_change,
            )
            .await?
            else {
                tx.rollback().await?;
                continue;
            };
            let Some(into_signal) = write_change(
                &mut tx,
                backend,
                &into_before,
                &into,
                &into_events,
                &into_change,
            )
            .await?
            else {
                tx.rollback().await?;
                continue;
            };
            if dup.customer_id != into.customer_id {
                // Confirmed as one person: their contact details are the target's now,
                // so what they write next, on any of them, finds this case.
                sqlx::query(
                    "UPDATE customer_identities SET customer_id = $1 WHERE customer_id = $2",
                )
                .bind(into.customer_id.to_string())
                .bind(dup.customer_id.to_string())
                .execute(&mut *tx)
                .await?;
            }
            tx.commit().await?;
            self.case_committed(&dup_signal);
            self.case_committed(&into_signal);
            return Ok((dup, into));
        }
        Err(StoreError::VersionConflict)
    }
}
