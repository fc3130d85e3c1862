//! Reading and changing cases. A change is computed by a pure function of the current
//! case (a domain command), then written with the case's version as a guard; when another
//! writer got there first, the function runs again on the fresh case.

use jiff::Timestamp;
use lotsen_domain::{
    Actor, AgentId, Case, CaseEvent, CaseId, CaseRef, DomainError, EscalationId, EventKind,
    HandoffId, Message, Note, Status, TeamId,
};
use uuid::Uuid;

use crate::codec::{from_json, int, text};
use crate::error::StoreError;
use crate::pool::{Backend, Store};
use crate::write;

/// A durable piece of work to do after the transaction (send a reply, call a webhook).
#[derive(Debug, Clone, PartialEq)]
pub struct OutboxJob {
    /// Id.
    pub id: Uuid,
    /// What to do (`deliver_message`).
    pub kind: &'static str,
    /// The case it concerns.
    pub case_id: Option<CaseId>,
    /// What the worker needs.
    pub payload: serde_json::Value,
    /// When queued.
    pub at: Timestamp,
}

/// What a command does to a case: events by one actor at one instant, and the rows that
/// go with them.
#[derive(Debug, Clone)]
pub struct CaseChange {
    /// When.
    pub at: Timestamp,
    /// Who.
    pub actor: Actor,
    /// What happened.
    pub events: Vec<EventKind>,
    /// Messages written with it.
    pub messages: Vec<Message>,
    /// Notes written with it.
    pub notes: Vec<Note>,
    /// Attachments of its messages (a reply's files).
    pub attachments: Vec<(lotsen_domain::MessageId, crate::email::AttachmentRecord)>,
    /// Work for after the commit.
    pub outbox: Vec<OutboxJob>,
    /// For an assignment by the router: the new owner's capacity, checked in the
    /// transaction.
    pub guard: Option<crate::routing::CapacityGuard>,
    /// A link to an incident to write with the case's `incident_linked` event
    /// (automatic: by the match threshold).
    pub incident_link: Option<(lotsen_domain::IncidentId, bool)>,
}

impl CaseChange {
    /// A change of events only.
    pub fn events(at: Timestamp, actor: Actor, events: Vec<EventKind>) -> Self {
        Self {
            at,
            actor,
            events,
            messages: Vec::new(),
            notes: Vec::new(),
            attachments: Vec::new(),
            outbox: Vec::new(),
            guard: None,
            incident_link: None,
        }
    }
}

/// Which cases to list.
#[derive(Debug, Clone, Default)]
pub struct CaseFilter {
    /// Only this status.
    pub status: Option<Status>,
    /// Only this team's.
    pub team_id: Option<TeamId>,
    /// Only this owner's.
    pub owner_id: Option<AgentId>,
    /// Only this priority.
    pub priority: Option<lotsen_domain::Priority>,
    /// Only cases that started on this channel.
    pub channel: Option<lotsen_domain::Channel>,
    /// Oldest change first (the default is newest first).
    pub oldest_first: bool,
}

impl CaseFilter {
    /// The priority and channel conditions on `cases c`, appended to `binds`.
    pub(crate) fn extra_clauses(&self, binds: &mut Vec<String>) -> Vec<String> {
        let mut clauses = Vec::new();
        if let Some(p) = self.priority {
            binds.push(p.as_str().to_owned());
            clauses.push(format!("c.priority = ${}", binds.len()));
        }
        if let Some(ch) = self.channel {
            binds.push(ch.as_str().to_owned());
            clauses.push(format!("c.origin_channel = ${}", binds.len()));
        }
        clauses
    }

    /// `DESC` or `ASC` for the change time.
    pub(crate) fn direction(&self) -> &'static str {
        if self.oldest_first { "ASC" } else { "DESC" }
    }
}

/// A page of cases, most recently changed first.
#[derive(Debug, Clone)]
pub struct CasePage {
    /// The cases.
    pub cases: Vec<Case>,
    /// How many match in all.
    pub total: u64,
}

pub(crate) const ATTEMPTS: usize = 5;

/// The most a work list counts; a list with this many shows "1000+".
pub const COUNT_CAP: u64 = 1000;

/// Rows with a `state` column and the count of all that matched, as a page.
pub(crate) fn page_of(rows: &[sqlx::any::AnyRow], total: i64) -> Result<CasePage, StoreError> {
    let cases = rows
        .iter()
        .map(|row| from_json(&text(row, "state")?))
        .collect::<Result<Vec<Case>, _>>()?;
    Ok(CasePage {
        cases,
        total: u64::try_from(total).unwrap_or(0),
    })
}

impl Store {
    /// Changes a case in one transaction: state, events, messages, notes and outbox jobs
    /// together, guarded by the case version. Returns the case and the new events.
    pub async fn update_case<F>(
        &self,
        id: CaseId,
        mut change: F,
    ) -> Result<(Case, Vec<CaseEvent>), StoreError>
    where
        F: FnMut(&Case) -> Result<CaseChange, DomainError>,
    {
        for _ in 0..ATTEMPTS {
            let mut tx = self.writer().begin().await?;
            let mut case = load_case_for_update(&mut tx, id, self.backend())
                .await?
                .ok_or(StoreError::NotFound("case"))?;
            let before = case.clone();
            let mut plan = change(&case)?;
            if plan.events.is_empty() {
                // Nothing to record (an offer not yet due, an alert already recorded).
                tx.rollback().await?;
                return Ok((case, Vec::new()));
            }
            if let Some(guard) = &plan.guard {
                crate::routing::check_capacity(&mut tx, self.backend(), id, guard).await?;
            }
            let kinds = std::mem::take(&mut plan.events);
            let events = case.record(plan.at, &plan.actor, kinds);
            let Some(changed) =
                write_change(&mut tx, self.backend(), &before, &case, &events, &plan).await?
            else {
                tx.rollback().await?;
                continue;
            };
            tx.commit().await?;
            self.case_committed(&changed);
            return Ok((case, events));
        }
        Err(StoreError::VersionConflict)
    }

    /// A case by id.
    pub async fn case(&self, id: CaseId) -> Result<Option<Case>, StoreError> {
        let mut conn = self.reader().acquire().await?;
        load_case(&mut conn, id).await
    }

    /// A case by its human reference.
    pub async fn case_by_ref(&self, reference: CaseRef) -> Result<Option<Case>, StoreError> {
        sqlx::query("SELECT state FROM cases WHERE ref_no = $1")
            .bind(reference.0 as i64)
            .fetch_optional(self.reader())
            .await?
            .map(|row| from_json(&text(&row, "state")?))
            .transpose()
    }

    /// The case a handoff belongs to.
    pub async fn case_of_handoff(&self, id: HandoffId) -> Result<Option<CaseId>, StoreError> {
        self.case_of("handoffs", &id.to_string()).await
    }

    /// The case an escalation belongs to.
    pub async fn case_of_escalation(&self, id: EscalationId) -> Result<Option<CaseId>, StoreError> {
        self.case_of("escalations", &id.to_string()).await
    }

    async fn case_of(&self, table: &str, id: &str) -> Result<Option<CaseId>, StoreError> {
        let sql = format!("SELECT case_id FROM {table} WHERE id = $1");
        sqlx::query(&sql)
            .bind(id)
            .fetch_optional(self.reader())
            .await?
            .map(|row| crate::codec::parsed(&row, "case_id"))
            .transpose()
    }

    /// Cases matching a filter, most recently changed first.
    pub async fn list_cases(
        &self,
        filter: &CaseFilter,
        limit: u32,
        offset: u64,
    ) -> Result<CasePage, StoreError> {
        self.list_cases_counted(filter, limit, offset, None).await
    }

    /// The first cases matching a filter, counted up to [`COUNT_CAP`] (a list that
    /// shows "1000+" costs the same with a million cases as with a thousand).
    pub async fn list_cases_upto(
        &self,
        filter: &CaseFilter,
        limit: u32,
    ) -> Result<CasePage, StoreError> {
        self.list_cases_counted(filter, limit, 0, Some(COUNT_CAP))
            .await
    }

    async fn list_cases_counted(
        &self,
        filter: &CaseFilter,
        limit: u32,
        offset: u64,
        cap: Option<u64>,
    ) -> Result<CasePage, StoreError> {
        let mut clauses = Vec::new();
        let mut binds = Vec::new();
        if let Some(status) = filter.status {
            binds.push(status.as_str().to_owned());
            clauses.push(format!("status = ${}", binds.len()));
        }
        if let Some(team) = filter.team_id {
            binds.push(team.to_string());
            clauses.push(format!("team_id = ${}", binds.len()));
        }
        if let Some(owner) = filter.owner_id {
            binds.push(owner.to_string());
            clauses.push(format!("owner_id = ${}", binds.len()));
        }
        clauses.extend(filter.extra_clauses(&mut binds));
        let filter_sql = if clauses.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", clauses.join(" AND "))
        };
        let count_sql = match cap {
            Some(cap) => format!(
                "SELECT COUNT(*) AS n FROM (SELECT 1 FROM cases c {filter_sql} LIMIT {cap}) capped"
            ),
            None => format!("SELECT COUNT(*) AS n FROM cases c {filter_sql}"),
        };
        let mut count = sqlx::query(&count_sql);
        for b in &binds {
            count = count.bind(b.clone());
        }
        let total = int(&count.fetch_one(self.reader()).await?, "n")?;
        let dir = filter.direction();
        let page_sql = format!(
            "SELECT state FROM cases c {filter_sql} ORDER BY updated_at {dir}, id {dir} LIMIT ${} OFFSET ${}",
            binds.len() + 1,
            binds.len() + 2
        );
        let mut page = sqlx::query(&page_sql);
        for b in &binds {
            page = page.bind(b.clone());
        }
        let rows = page
            .bind(i64::from(limit))
            .bind(i64::try_from(offset).unwrap_or(i64::MAX))
            .fetch_all(self.reader())
            .await?;
        page_of(&rows, total)
    }

    /// How many cases there are.
    pub async fn count_cases(&self) -> Result<u64, StoreError> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM cases")
            .fetch_one(self.reader())
            .await?;
        Ok(u64::try_from(int(&row, "n")?).unwrap_or(0))
    }
}

/// Writes what a change did to one case inside a transaction: the state (guarded by the
/// version the case had when read), its events, queue place, deadlines, messages, notes,
/// attachments, tasks, offer and outbox jobs, and the signal for live views. `None` when
/// another writer changed the case first (the caller rolls back and runs again).
pub(crate) async fn write_change(
    tx: &mut sqlx::AnyConnection,
    backend: Backend,
    before: &Case,
    case: &Case,
    events: &[CaseEvent],
    plan: &CaseChange,
) -> Result<Option<crate::signals::CaseChanged>, StoreError> {
    if !write::update_case(tx, case, before.version).await? {
        return Ok(None);
    }
    write::insert_events(tx, events).await?;
    write::sync_queue(tx, case).await?;
    // An alert only records what the deadline check found; anything else may move the
    // deadlines.
    if events
        .iter()
        .any(|e| !matches!(e.kind, EventKind::SlaAlerted { .. }))
    {
        write::mark_deadlines(tx, case, plan.at).await?;
    }
    for m in &plan.messages {
        write::insert_message(tx, m).await?;
    }
    for n in &plan.notes {
        write::insert_note(tx, n).await?;
    }
    for (message_id, attachment) in &plan.attachments {
        crate::email::insert_attachments(
            tx,
            *message_id,
            std::slice::from_ref(attachment),
            plan.at,
        )
        .await?;
    }
    write::sync_tasks(tx, case, events).await?;
    if events.iter().any(|e| e.kind.touches_offer()) {
        let assigned = events.iter().rev().find_map(|e| match e.kind {
            EventKind::Assigned { owner_id, .. } | EventKind::HandoffAccepted { owner_id, .. } => {
                Some(owner_id)
            }
            _ => None,
        });
        crate::routing::sync_offer(tx, case, plan.at, assigned).await?;
    }
    write::insert_outbox(tx, &plan.outbox).await?;
    if let Some((incident, automatic)) = plan.incident_link {
        sqlx::query(
            "INSERT INTO incident_links (incident_id, case_id, linked_at, automatic)
             VALUES ($1, $2, $3, $4)",
        )
        .bind(incident.to_string())
        .bind(case.id.to_string())
        .bind(crate::codec::micros(plan.at))
        .bind(i64::from(automatic))
        .execute(&mut *tx)
        .await?;
    }
    let changed = crate::signals::CaseChanged::of(Some(before), case);
    crate::signals::notify_case_changed(tx, backend, &changed).await?;
    Ok(Some(changed))
}

/// Loads a case inside a write transaction; on PostgreSQL the row stays locked until the
/// transaction ends, so concurrent writers queue instead of retrying.
pub(crate) async fn load_case_for_update(
    conn: &mut sqlx::AnyConnection,
    id: CaseId,
    backend: Backend,
) -> Result<Option<Case>, StoreError> {
    let sql = match backend {
        Backend::Sqlite => "SELECT state FROM cases WHERE id = $1",
        Backend::Postgres => "SELECT state FROM cases WHERE id = $1 FOR UPDATE",
    };
    sqlx::query(sql)
        .bind(id.to_string())
        .fetch_optional(conn)
        .await?
        .map(|row| from_json(&text(&row, "state")?))
        .transpose()
}

/// Loads a case's stored state on a connection (inside or outside a transaction).
pub(crate) async fn load_case(
    conn: &mut sqlx::AnyConnection,
    id: CaseId,
) -> Result<Option<Case>, StoreError> {
    sqlx::query("SELECT state FROM cases WHERE id = $1")
        .bind(id.to_string())
        .fetch_optional(conn)
        .await?
        .map(|row| from_json(&text(&row, "state")?))
        .transpose()
}
