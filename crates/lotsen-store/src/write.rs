//! The writes every case-changing transaction shares: the case row, its events, messages,
//! notes, the handoff and escalation indexes, and outbox jobs.

use lotsen_domain::{Case, CaseEvent, EventKind, Message, Note};
use sqlx::AnyConnection;

use crate::cases::OutboxJob;
use crate::codec::{json, micros};
use crate::error::StoreError;

fn opt_id<T: ToString>(id: Option<T>) -> Option<String> {
    id.map(|i| i.to_string())
}

/// Inserts a new case row.
pub(crate) async fn insert_case(conn: &mut AnyConnection, case: &Case) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO cases (id, ref_no, customer_id, status, priority, kind, team_id, owner_id,
            origin_channel, subject, created_at, updated_at, version, state)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
    )
    .bind(case.id.to_string())
    .bind(case.reference.0 as i64)
    .bind(case.customer_id.to_string())
    .bind(case.status.as_str())
    .bind(case.priority.as_str())
    .bind(case.kind.as_str())
    .bind(opt_id(case.team_id))
    .bind(opt_id(case.owner_id))
    .bind(case.origin_channel.as_str())
    .bind(&case.subject)
    .bind(micros(case.created_at))
    .bind(micros(case.updated_at))
    .bind(case.version as i64)
    .bind(json(case)?)
    .execute(conn)
    .await?;
    Ok(())
}

/// Updates a case row if nobody changed it since `expected_version`; false if somebody did.
pub(crate) async fn update_case(
    conn: &mut AnyConnection,
    case: &Case,
    expected_version: u64,
) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE cases SET status = $1, priority = $2, kind = $3, team_id = $4, owner_id = $5,
            subject = $6, updated_at = $7, version = $8, state = $9
         WHERE id = $10 AND version = $11",
    )
    .bind(case.status.as_str())
    .bind(case.priority.as_str())
    .bind(case.kind.as_str())
    .bind(opt_id(case.team_id))
    .bind(opt_id(case.owner_id))
    .bind(&case.subject)
    .bind(micros(case.updated_at))
    .bind(case.version as i64)
    .bind(json(case)?)
    .bind(case.id.to_string())
    .bind(expected_version as i64)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Appends events to the log.
pub(crate) async fn insert_events(
    conn: &mut AnyConnection,
    events: &[CaseEvent],
) -> Result<(), StoreError> {
    for event in events {
        sqlx::query(
            "INSERT INTO case_events (case_id, version, at, actor, kind, payload)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(event.case_id.to_string())
        .bind(event.version as i64)
        .bind(micros(event.at))
        .bind(json(&event.actor)?)
        .bind(event.kind.name())
        .bind(json(&event.kind)?)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Stores a message.
pub(crate) async fn insert_message(
    conn: &mut AnyConnection,
    m: &Message,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO messages (id, case_id, direction, channel, visibility, external_id, author,
            subject, body, created_at, analysis, hide_recommended)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
    )
    .bind(m.id.to_string())
    .bind(m.case_id.to_string())
    .bind(m.direction.as_str())
    .bind(m.channel.as_str())
    .bind(m.visibility.as_str())
    .bind(m.external_id.clone())
    .bind(json(&m.author)?)
    .bind(m.subject.clone())
    .bind(&m.body)
    .bind(micros(m.created_at))
    .bind(m.analysis.as_ref().map(json).transpose()?)
    .bind(i64::from(m.hide_recommended))
    .execute(conn)
    .await?;
    Ok(())
}

/// Stores a note.
pub(crate) async fn insert_note(conn: &mut AnyConnection, n: &Note) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO notes (id, case_id, author, body, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(n.id.to_string())
    .bind(n.case_id.to_string())
    .bind(json(&n.author)?)
    .bind(&n.body)
    .bind(micros(n.created_at))
    .execute(conn)
    .await?;
    Ok(())
}

/// Keeps the handoff and escalation indexes in step with the events just recorded.
pub(crate) async fn sync_tasks(
    conn: &mut AnyConnection,
    case: &Case,
    events: &[CaseEvent],
) -> Result<(), StoreError> {
    for event in events {
        match &event.kind {
            EventKind::HandoffRequested { handoff_id, .. }
            | EventKind::HandoffAccepted { handoff_id, .. }
            | EventKind::HandoffDeclined { handoff_id, .. } => {
                let Some(h) = case.handoffs.iter().find(|h| h.id == *handoff_id) else {
                    continue;
                };
                sqlx::query(
                    "INSERT INTO handoffs (id, case_id, status, to_agent_id, to_team_id, requested_at)
                     VALUES ($1, $2, $3, $4, $5, $6)
                     ON CONFLICT (id) DO UPDATE SET status = excluded.status",
                )
                .bind(h.id.to_string())
                .bind(case.id.to_string())
                .bind(h.status.as_str())
                .bind(opt_id(h.to_agent_id))
                .bind(opt_id(h.to_team_id))
                .bind(micros(h.requested_at))
                .execute(&mut *conn)
                .await?;
            }
            EventKind::Escalated { escalation_id, .. }
            | EventKind::EscalationAnswered { escalation_id, .. } => {
                let Some(e) = case.escalations.iter().find(|e| e.id == *escalation_id) else {
                    continue;
                };
                sqlx::query(
                    "INSERT INTO escalations (id, case_id, kind, status, to_agent_id, to_team_id, asked_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7)
                     ON CONFLICT (id) DO UPDATE SET status = excluded.status",
                )
                .bind(e.id.to_string())
                .bind(case.id.to_string())
                .bind(e.kind.as_str())
                .bind(if e.answer.is_some() { "answered" } else { "open" })
                .bind(opt_id(e.to_agent_id))
                .bind(opt_id(e.to_team_id))
                .bind(micros(e.asked_at))
                .execute(&mut *conn)
                .await?;
            }
            _ => {}
        }
    }
    Ok(())
}

/// Queues outbox jobs.
pub(crate) async fn insert_outbox(
    conn: &mut AnyConnection,
    jobs: &[OutboxJob],
) -> Result<(), StoreError> {
    for job in jobs {
        sqlx::query(
            "INSERT INTO outbox (id, kind, case_id, payload, status, attempts, next_attempt_at, created_at)
             VALUES ($1, $2, $3, $4, 'queued', 0, $5, $5)",
        )
        .bind(job.id.to_string())
        .bind(job.kind)
        .bind(opt_id(job.case_id))
        .bind(job.payload.to_string())
        .bind(micros(job.at))
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Keeps the queue index in step with the case: a row while it waits for an owner and
/// is not offered to anyone (an offer that lapses brings it back).
pub(crate) async fn sync_queue(conn: &mut AnyConnection, case: &Case) -> Result<(), StoreError> {
    match case.queued_in().filter(|_| case.offer.is_none()) {
        Some(team) => {
            sqlx::query(
                "INSERT INTO case_queue (case_id, team_id, created_at) VALUES ($1, $2, $3)
                 ON CONFLICT (case_id) DO UPDATE SET team_id = excluded.team_id",
            )
            .bind(case.id.to_string())
            .bind(team.to_string())
            .bind(micros(case.created_at))
            .execute(conn)
            .await?;
        }
        None => {
            sqlx::query("DELETE FROM case_queue WHERE case_id = $1")
                .bind(case.id.to_string())
                .execute(conn)
                .await?;
        }
    }
    Ok(())
}

/// Marks the case's deadlines for a look now, for the version just written: the worker
/// recomputes them within a tick, and an older computation can no longer overwrite this.
pub(crate) async fn mark_deadlines(
    conn: &mut AnyConnection,
    case: &Case,
    at: jiff::Timestamp,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO case_deadlines (case_id, next_at, version) VALUES ($1, $2, $3)
         ON CONFLICT (case_id) DO UPDATE SET next_at = excluded.next_at,
            version = excluded.version",
    )
    .bind(case.id.to_string())
    .bind(micros(at))
    .bind(i64::try_from(case.version).unwrap_or(i64::MAX))
    .execute(conn)
    .await?;
    Ok(())
}
