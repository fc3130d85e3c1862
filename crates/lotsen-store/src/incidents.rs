//! Incidents and their links to cases. An incident's state is stored whole (the
//! domain's `Incident` as JSON) beside the columns lists filter on; links are written
//! with the case's event (see `CaseChange::incident_link`).

use lotsen_domain::incident::Incident;
use lotsen_domain::{CaseId, IncidentId};

use crate::codec::{from_json, int, micros, parsed, text};
use crate::error::StoreError;
use crate::pool::Store;

/// An incident with how many cases are linked to it.
#[derive(Debug, Clone)]
pub struct IncidentRow {
    /// The incident.
    pub incident: Incident,
    /// Cases linked.
    pub linked: u64,
}

/// What an incident cost: the customers it touched and the contacts it caused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IncidentFigures {
    /// Different customers among the linked cases.
    pub customers: u64,
    /// Messages the customers wrote on the linked cases.
    pub contacts: u64,
}

fn status(i: &Incident) -> &'static str {
    match i.status {
        lotsen_domain::incident::IncidentStatus::Open => "open",
        lotsen_domain::incident::IncidentStatus::Resolved => "resolved",
    }
}

impl Store {
    /// Stores a new incident.
    pub async fn create_incident(&self, i: &Incident) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO incidents (id, status, declared_at, updated_at, state)
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(i.id.to_string())
        .bind(status(i))
        .bind(micros(i.declared_at))
        .bind(micros(i.declared_at))
        .bind(serde_json::to_string(i)?)
        .execute(self.writer())
        .await?;
        Ok(())
    }

    /// Stores an incident's new state (an update, the resolution).
    pub async fn save_incident(&self, i: &Incident, at: jiff::Timestamp) -> Result<(), StoreError> {
        let done = sqlx::query(
            "UPDATE incidents SET status = $2, updated_at = $3, state = $4 WHERE id = $1",
        )
        .bind(i.id.to_string())
        .bind(status(i))
        .bind(micros(at))
        .bind(serde_json::to_string(i)?)
        .execute(self.writer())
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound("incident"));
        }
        Ok(())
    }

    /// One incident.
    pub async fn incident(&self, id: IncidentId) -> Result<Option<IncidentRow>, StoreError> {
        let row = sqlx::query(
            "SELECT i.state, (SELECT COUNT(*) FROM incident_links l WHERE l.incident_id = i.id) AS linked
             FROM incidents i WHERE i.id = $1",
        )
        .bind(id.to_string())
        .fetch_optional(self.reader())
        .await?;
        row.map(|r| incident_row(&r)).transpose()
    }

    /// The incidents, open ones first, newest first, at most 200.
    pub async fn incidents(&self) -> Result<Vec<IncidentRow>, StoreError> {
        sqlx::query(
            "SELECT i.state, (SELECT COUNT(*) FROM incident_links l WHERE l.incident_id = i.id) AS linked
             FROM incidents i ORDER BY CASE WHEN i.status = 'open' THEN 0 ELSE 1 END, i.declared_at DESC, i.id DESC
             LIMIT 200",
        )
        .fetch_all(self.reader())
        .await?
        .iter()
        .map(incident_row)
        .collect()
    }

    /// The customers an incident touched and the messages they wrote on its cases.
    pub async fn incident_figures(&self, id: IncidentId) -> Result<IncidentFigures, StoreError> {
        let row = sqlx::query(
            "SELECT
                (SELECT COUNT(DISTINCT c.customer_id) FROM incident_links l JOIN cases c ON c.id = l.case_id
                 WHERE l.incident_id = $1) AS customers,
                (SELECT COUNT(*) FROM incident_links l JOIN messages m ON m.case_id = l.case_id
                 WHERE l.incident_id = $1 AND m.direction = 'inbound') AS contacts",
        )
        .bind(id.to_string())
        .fetch_one(self.reader())
        .await?;
        Ok(IncidentFigures {
            customers: u64::try_from(int(&row, "customers")?).unwrap_or(0),
            contacts: u64::try_from(int(&row, "contacts")?).unwrap_or(0),
        })
    }

    /// The open incidents, newest first (without their counts: for every page's banner
    /// and every new case's check, so read from the status index alone).
    pub async fn open_incidents(&self) -> Result<Vec<Incident>, StoreError> {
        sqlx::query(
            "SELECT state FROM incidents WHERE status = 'open' ORDER BY declared_at DESC, id DESC LIMIT 50",
        )
        .fetch_all(self.reader())
        .await?
        .iter()
        .map(|r| from_json(&text(r, "state")?))
        .collect()
    }

    /// The cases linked to an incident, first linked first.
    pub async fn linked_cases(&self, id: IncidentId) -> Result<Vec<CaseId>, StoreError> {
        sqlx::query(
            "SELECT case_id FROM incident_links WHERE incident_id = $1 ORDER BY linked_at, case_id",
        )
        .bind(id.to_string())
        .fetch_all(self.reader())
        .await?
        .iter()
        .map(|r| parsed(r, "case_id"))
        .collect()
    }
}

fn incident_row(row: &sqlx::any::AnyRow) -> Result<IncidentRow, StoreError> {
    Ok(IncidentRow {
        incident: from_json(&text(row, "state")?)?,
        linked: u64::try_from(int(row, "linked")?).unwrap_or(0),
    })
}
