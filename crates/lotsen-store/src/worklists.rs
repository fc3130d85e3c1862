//! The workspace's work lists beyond the plain filters: handoffs and escalations waiting
//! for an agent or their team, the agent's cases waiting on a specialist, cases about to
//! breach a deadline, and a customer's other recent cases. Each is one indexed query
//! with a limit, so no list grows with the database.

use jiff::Timestamp;
use lotsen_domain::{AgentId, CaseId, CustomerId, TeamId};

use crate::cases::{COUNT_CAP, CaseFilter, CasePage};
use crate::codec::{int, micros};
use crate::error::StoreError;
use crate::pool::Store;

/// A work list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Worklist {
    /// Handoffs waiting for the agent, or for one of their teams without a named agent.
    HandoffsWaiting,
    /// Escalations waiting for the agent's answer, or their team's.
    QuestionsWaiting,
    /// The agent's own cases with an open escalation.
    WaitingOnSpecialist,
    /// Open cases of the agent or their teams with a deadline check before `until`,
    /// soonest first.
    BreachingSoon {
        /// The horizon.
        until: Timestamp,
    },
    /// The customer's other cases changed since `since`.
    CustomerRecent {
        /// The customer.
        customer: CustomerId,
        /// The case being read (left out).
        except: CaseId,
        /// The window's start.
        since: Timestamp,
    },
}

enum Bind {
    Text(String),
    Int(i64),
}

/// `IN (...)` over the teams, or a clause that matches nothing for an agent without one.
fn teams_in(column: &str, teams: &[TeamId], binds: &mut Vec<Bind>) -> String {
    if teams.is_empty() {
        return "1 = 0".to_owned();
    }
    let mut marks = Vec::with_capacity(teams.len());
    for t in teams {
        binds.push(Bind::Text(t.to_string()));
        marks.push(format!("${}", binds.len()));
    }
    format!("{column} IN ({})", marks.join(", "))
}

fn arg(binds: &mut Vec<Bind>, value: Bind) -> String {
    binds.push(value);
    format!("${}", binds.len())
}

fn bound<'q>(
    sql: &'q str,
    binds: &'q [Bind],
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    let mut q = sqlx::query(sql);
    for b in binds {
        q = match b {
            Bind::Text(s) => q.bind(s.as_str()),
            Bind::Int(i) => q.bind(*i),
        };
    }
    q
}

impl Store {
    /// The cases a handoff or escalation (`table`) in `status` waits on the agent or,
    /// with no agent named, one of their teams for; at most [`COUNT_CAP`].
    async fn waiting_for(
        &self,
        table: &str,
        status: &str,
        agent: &str,
        teams: &[TeamId],
    ) -> Result<Vec<String>, StoreError> {
        let mut binds = vec![Bind::Text(status.to_owned()), Bind::Text(agent.to_owned())];
        let t = teams_in("to_team_id", teams, &mut binds);
        let sql = format!(
            "SELECT DISTINCT case_id FROM {table} WHERE status = $1 AND (to_agent_id = $2 OR (to_agent_id IS NULL AND {t})) LIMIT {COUNT_CAP}"
        );
        bound(&sql, &binds)
            .fetch_all(self.reader())
            .await?
            .iter()
            .map(|row| crate::codec::text(row, "case_id"))
            .collect()
    }

    /// A work list for `agent` (a member of `teams`), narrowed by `narrow`'s priority,
    /// channel and order, at most `limit` cases, with the list's total counted up to
    /// [`COUNT_CAP`].
    pub async fn worklist(
        &self,
        list: &Worklist,
        agent: AgentId,
        teams: &[TeamId],
        narrow: &CaseFilter,
        limit: u32,
    ) -> Result<CasePage, StoreError> {
        let mut binds = Vec::new();
        let me = agent.to_string();
        let (from, filter, order) = match list {
            Worklist::HandoffsWaiting | Worklist::QuestionsWaiting => {
                let (table, status) = if *list == Worklist::HandoffsWaiting {
                    ("handoffs", "pending")
                } else {
                    ("escalations", "open")
                };
                // The few waiting rows first, then their cases by id: no plan can turn
                // this into a scan of every case.
                let ids = self.waiting_for(table, status, &me, teams).await?;
                let marks: Vec<String> = ids
                    .into_iter()
                    .map(|id| arg(&mut binds, Bind::Text(id)))
                    .collect();
                let filter = if marks.is_empty() {
                    "1 = 0".to_owned()
                } else {
                    format!("c.id IN ({})", marks.join(", "))
                };
                (
                    "cases c".to_owned(),
                    filter,
                    "c.updated_at {dir}, c.id {dir}",
                )
            }
            Worklist::WaitingOnSpecialist => {
                let a = arg(&mut binds, Bind::Text(me));
                (
                    "cases c".to_owned(),
                    format!(
                        "c.owner_id = {a} AND EXISTS (SELECT 1 FROM escalations e WHERE e.case_id = c.id AND e.status = 'open')"
                    ),
                    "c.updated_at {dir}, c.id {dir}",
                )
            }
            Worklist::BreachingSoon { until } => {
                let a = arg(&mut binds, Bind::Text(me));
                let t = teams_in("c.team_id", teams, &mut binds);
                let u = arg(&mut binds, Bind::Int(micros(*until)));
                // Driven by the deadline index, soonest first (SQLite keeps a CROSS
                // JOIN's order), so the list stops at its limit.
                (
                    "case_deadlines d CROSS JOIN cases c".to_owned(),
                    format!(
                        "c.id = d.case_id AND d.next_at > 0 AND d.next_at <= {u} AND c.status = 'open' AND (c.owner_id = {a} OR {t})"
                    ),
                    "d.next_at, c.id",
                )
            }
            Worklist::CustomerRecent {
                customer,
                except,
                since,
            } => {
                let cu = arg(&mut binds, Bind::Text(customer.to_string()));
                let ex = arg(&mut binds, Bind::Text(except.to_string()));
                let si = arg(&mut binds, Bind::Int(micros(*since)));
                (
                    "cases c".to_owned(),
                    format!("c.customer_id = {cu} AND c.id <> {ex} AND c.updated_at >= {si}"),
                    "c.updated_at {dir}, c.id {dir}",
                )
            }
        };
        let mut filter = filter;
        if let Some(p) = narrow.priority {
            let m = arg(&mut binds, Bind::Text(p.as_str().to_owned()));
            filter.push_str(&format!(" AND c.priority = {m}"));
        }
        if let Some(ch) = narrow.channel {
            let m = arg(&mut binds, Bind::Text(ch.as_str().to_owned()));
            filter.push_str(&format!(" AND c.origin_channel = {m}"));
        }
        let order = order.replace("{dir}", narrow.direction());
        let count_sql = format!(
            "SELECT COUNT(*) AS n FROM (SELECT 1 FROM {from} WHERE {filter} LIMIT {COUNT_CAP}) capped"
        );
        let page_sql = format!(
            "SELECT c.state AS state FROM {from} WHERE {filter} ORDER BY {order} LIMIT {}",
            limit.min(500)
        );
        let total = int(
            &bound(&count_sql, &binds).fetch_one(self.reader()).await?,
            "n",
        )?;
        let rows = bound(&page_sql, &binds).fetch_all(self.reader()).await?;
        crate::cases::page_of(&rows, total)
    }
}

impl Store {
    /// The public posts on the team's active cases that the text guard recommends
    /// hiding, newest first, at most `limit`: the case and the post.
    pub async fn posts_to_moderate(
        &self,
        team: TeamId,
        limit: u32,
    ) -> Result<Vec<(CaseId, lotsen_domain::MessageId)>, StoreError> {
        let rows = sqlx::query(
            "SELECT m.case_id, m.id FROM messages m JOIN cases c ON c.id = m.case_id
             WHERE m.hide_recommended = 1 AND m.visibility = 'public' AND m.direction = 'inbound'
               AND c.team_id = $1 AND c.status IN ('open', 'waiting_on_customer')
             ORDER BY m.created_at DESC, m.id LIMIT $2",
        )
        .bind(team.to_string())
        .bind(i64::from(limit))
        .fetch_all(self.reader())
        .await?;
        rows.iter()
            .map(|r| {
                Ok((
                    crate::codec::parsed(r, "case_id")?,
                    crate::codec::parsed(r, "id")?,
                ))
            })
            .collect()
    }
}
