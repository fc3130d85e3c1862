//! Routing data: agents' presence, skills and capacity; named settings and team settings
//! (JSON the use cases read); the routing board (who is online with what load); the
//! queue; pending offers and each active case's next deadline check for the workers; the
//! capacity check that runs inside an assignment's transaction.

use std::collections::{BTreeMap, HashMap};

use jiff::Timestamp;
use lotsen_domain::routing::{Candidate, Presence, RoutingProfile};
use lotsen_domain::{AgentId, Case, CaseId, Channel, TeamId};
use sqlx::AnyConnection;

use crate::codec::{from_json, instant, int, json, micros, opt_text, parsed, text};
use crate::error::StoreError;
use crate::pool::{Backend, Store};

/// Active statuses, for SQL.
const ACTIVE: &str = "('open', 'waiting_on_customer')";

/// Checked inside an assignment's transaction: the agent is online and holds fewer than
/// `capacity` active cases and offers on the channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CapacityGuard {
    /// The agent getting the case.
    pub agent_id: AgentId,
    /// The case's channel.
    pub channel: Channel,
    /// Their capacity on it.
    pub capacity: u32,
}

/// An agent's routing row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoutingRecord {
    /// The agent.
    pub agent_id: AgentId,
    /// Presence, skills, capacity.
    pub profile: RoutingProfile,
    /// When presence last changed.
    pub presence_at: Timestamp,
}

fn presence(raw: &str) -> Result<Presence, StoreError> {
    Presence::parse(raw).ok_or_else(|| StoreError::Corrupt(format!("presence {raw:?}")))
}

fn record_from(row: &sqlx::any::AnyRow) -> Result<RoutingRecord, StoreError> {
    Ok(RoutingRecord {
        agent_id: parsed(row, "agent_id")?,
        profile: RoutingProfile {
            presence: presence(&text(row, "presence")?)?,
            skills: from_json(&text(row, "skills")?)?,
            capacity: from_json(&text(row, "capacity")?)?,
        },
        presence_at: instant(int(row, "presence_at")?)?,
    })
}

fn count(n: i64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl Store {
    /// An agent's routing profile, if one was ever set.
    pub async fn routing_profile(
        &self,
        agent: AgentId,
    ) -> Result<Option<RoutingRecord>, StoreError> {
        sqlx::query(
            "SELECT agent_id, presence, skills, capacity, presence_at FROM agent_routing
             WHERE agent_id = $1",
        )
        .bind(agent.to_string())
        .fetch_optional(self.reader())
        .await?
        .map(|row| record_from(&row))
        .transpose()
    }

    /// Every agent's routing profile.
    pub async fn routing_profiles(&self) -> Result<Vec<RoutingRecord>, StoreError> {
        sqlx::query(
            "SELECT agent_id, presence, skills, capacity, presence_at FROM agent_routing
             ORDER BY agent_id",
        )
        .fetch_all(self.reader())
        .await?
        .iter()
        .map(record_from)
        .collect()
    }

    /// Stores an agent's routing profile; `presence_at` changes only with the presence.
    /// Returns the presence before.
    pub async fn put_routing_profile(
        &self,
        agent: AgentId,
        profile: &RoutingProfile,
        at: Timestamp,
    ) -> Result<Option<Presence>, StoreError> {
        let mut tx = self.writer().begin().await?;
        let lock = match self.backend() {
            Backend::Sqlite => "SELECT presence FROM agent_routing WHERE agent_id = $1",
            Backend::Postgres => {
                "SELECT presence FROM agent_routing WHERE agent_id = $1 FOR UPDATE"
            }
        };
        let before = sqlx::query(lock)
            .bind(agent.to_string())
            .fetch_optional(&mut *tx)
            .await?
            .map(|row| presence(&text(&row, "presence")?))
            .transpose()?;
        let presence_changed = before != Some(profile.presence);
        sqlx::query(
            "INSERT INTO agent_routing (agent_id, presence, skills, capacity, presence_at)
             VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (agent_id) DO UPDATE SET presence = excluded.presence,
                skills = excluded.skills, capacity = excluded.capacity,
                presence_at = CASE WHEN $6 = 1 THEN excluded.presence_at
                                   ELSE agent_routing.presence_at END",
        )
        .bind(agent.to_string())
        .bind(profile.presence.as_str())
        .bind(json(&profile.skills)?)
        .bind(json(&profile.capacity)?)
        .bind(micros(at))
        .bind(i64::from(presence_changed))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(before)
    }

    /// The routing board: every online agent with their teams, profile, load per
    /// channel (active cases owned plus pending offers) and last assignment.
    pub async fn routing_board(&self) -> Result<Vec<Candidate>, StoreError> {
        let mut conn = self.reader().acquire().await?;
        let rows = sqlx::query(
            "SELECT agent_id, presence, skills, capacity, presence_at, last_assigned_at
             FROM agent_routing WHERE presence = 'online' ORDER BY agent_id",
        )
        .fetch_all(&mut *conn)
        .await?;
        let mut board = Vec::with_capacity(rows.len());
        let mut index: HashMap<String, usize> = HashMap::with_capacity(rows.len());
        for row in &rows {
            let r = record_from(row)?;
            let last = row
                .try_get_unchecked_i64("last_assigned_at")?
                .map(instant)
                .transpose()?;
            index.insert(r.agent_id.to_string(), board.len());
            board.push(Candidate {
                agent_id: r.agent_id,
                team_ids: Vec::new(),
                profile: r.profile,
                load: BTreeMap::new(),
                last_assigned_at: last,
            });
        }
        for row in sqlx::query(
            "SELECT t.agent_id, t.team_id FROM agent_teams t
             JOIN agent_routing r ON r.agent_id = t.agent_id
             WHERE r.presence = 'online' ORDER BY t.agent_id, t.position",
        )
        .fetch_all(&mut *conn)
        .await?
        {
            if let Some(c) = index
                .get(&text(&row, "agent_id")?)
                .and_then(|&i| board.get_mut(i))
            {
                c.team_ids.push(parsed(&row, "team_id")?);
            }
        }
        let loads = format!(
            "SELECT owner_id AS agent_id, origin_channel AS channel, COUNT(*) AS n
             FROM cases
             WHERE owner_id IN (SELECT agent_id FROM agent_routing WHERE presence = 'online')
               AND status IN {ACTIVE}
             GROUP BY owner_id, origin_channel
             UNION ALL
             SELECT agent_id, channel, COUNT(*) AS n FROM case_offers GROUP BY agent_id, channel"
        );
        for row in sqlx::query(&loads).fetch_all(&mut *conn).await? {
            let Some(c) = index
                .get(&text(&row, "agent_id")?)
                .and_then(|&i| board.get_mut(i))
            else {
                continue;
            };
            let name = text(&row, "channel")?;
            let channel = Channel::parse(&name)
                .ok_or_else(|| StoreError::Corrupt(format!("channel {name:?}")))?;
            *c.load.entry(channel).or_insert(0) += count(int(&row, "n")?);
        }
        Ok(board)
    }

    /// Cases of the given teams waiting in their queue for an owner (unowned, or handed
    /// to a team nobody took yet) and not offered to anyone, oldest first, at most
    /// `limit`.
    pub async fn queued_cases(
        &self,
        teams: &[TeamId],
        limit: u32,
    ) -> Result<Vec<Case>, StoreError> {
        // One ordered index walk per team, merged: never a sort over a whole queue.
        let mut out: Vec<(i64, Case)> = Vec::new();
        for team in teams {
            let rows = sqlx::query(
                // The oldest ids first, then their cases: even without table statistics
                // (a freshly filled PostgreSQL) no join runs over the whole queue.
                "SELECT c.state, q.created_at FROM
                    (SELECT case_id, created_at FROM case_queue WHERE team_id = $1
                     ORDER BY created_at, case_id LIMIT $2) q
                 JOIN cases c ON c.id = q.case_id",
            )
            .bind(team.to_string())
            .bind(i64::from(limit))
            .fetch_all(self.reader())
            .await?;
            for row in rows {
                let case: Case = from_json(&text(&row, "state")?)?;
                if case.queued_in().is_some() && case.offer.is_none() {
                    out.push((int(&row, "created_at")?, case));
                }
            }
        }
        out.sort_by(|(a, x), (b, y)| {
            a.cmp(b)
                .then_with(|| x.id.to_string().cmp(&y.id.to_string()))
        });
        out.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
        Ok(out.into_iter().map(|(_, c)| c).collect())
    }

    /// How many cases wait in the queues.
    pub async fn queued_count(&self) -> Result<u64, StoreError> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM case_queue")
            .fetch_one(self.reader())
            .await?;
        Ok(u64::try_from(int(&row, "n")?).unwrap_or(0))
    }

    /// How many cases wait in one team's queue, counted up to [`crate::COUNT_CAP`].
    pub async fn team_queue_count(&self, team: TeamId) -> Result<u64, StoreError> {
        let sql = format!(
            "SELECT COUNT(*) AS n FROM (SELECT 1 FROM case_queue WHERE team_id = $1 LIMIT {}) capped",
            crate::COUNT_CAP
        );
        let row = sqlx::query(&sql)
            .bind(team.to_string())
            .fetch_one(self.reader())
            .await?;
        Ok(u64::try_from(int(&row, "n")?).unwrap_or(0))
    }

    /// Offline agents who still own an active case that waits for no handoff (a hand-over
    /// that failed, a case reopened or declined back to them), at most `limit`.
    pub async fn offline_owners(&self, limit: u32) -> Result<Vec<AgentId>, StoreError> {
        let sql = format!(
            "SELECT DISTINCT c.owner_id FROM cases c
             JOIN agent_routing r ON r.agent_id = c.owner_id
             WHERE r.presence = 'offline' AND c.status IN {ACTIVE}
               AND NOT EXISTS (SELECT 1 FROM handoffs h
                               WHERE h.case_id = c.id AND h.status = 'pending')
             LIMIT $1"
        );
        sqlx::query(&sql)
            .bind(i64::from(limit))
            .fetch_all(self.reader())
            .await?
            .iter()
            .map(|r| parsed(r, "owner_id"))
            .collect()
    }

    /// The active cases an agent owns.
    pub async fn owned_active_cases(&self, agent: AgentId) -> Result<Vec<CaseId>, StoreError> {
        let sql = format!(
            "SELECT id FROM cases WHERE owner_id = $1 AND status IN {ACTIVE} ORDER BY created_at, id"
        );
        sqlx::query(&sql)
            .bind(agent.to_string())
            .fetch_all(self.reader())
            .await?
            .iter()
            .map(|r| parsed(r, "id"))
            .collect()
    }

    /// A team's active cases that changed hands at least once (the review list's
    /// candidates).
    pub async fn handed_cases_of_team(&self, team: TeamId) -> Result<Vec<CaseId>, StoreError> {
        let sql = format!(
            "SELECT DISTINCT c.id, c.created_at FROM cases c JOIN handoffs h ON h.case_id = c.id
             WHERE c.team_id = $1 AND c.status IN {ACTIVE} AND h.status = 'accepted'
             ORDER BY c.created_at, c.id"
        );
        sqlx::query(&sql)
            .bind(team.to_string())
            .fetch_all(self.reader())
            .await?
            .iter()
            .map(|r| parsed(r, "id"))
            .collect()
    }

    /// Cases whose offer ran out by `now`.
    pub async fn due_offers(&self, now: Timestamp, limit: u32) -> Result<Vec<CaseId>, StoreError> {
        sqlx::query(
            "SELECT case_id FROM case_offers WHERE expires_at <= $1
             ORDER BY expires_at, case_id LIMIT $2",
        )
        .bind(micros(now))
        .bind(i64::from(limit))
        .fetch_all(self.reader())
        .await?
        .iter()
        .map(|r| parsed(r, "case_id"))
        .collect()
    }

    /// A named setting's JSON, if set.
    pub async fn setting(&self, name: &str) -> Result<Option<String>, StoreError> {
        sqlx::query("SELECT value FROM settings WHERE name = $1")
            .bind(name)
            .fetch_optional(self.reader())
            .await?
            .map(|row| text(&row, "value"))
            .transpose()
    }

    /// Stores a named setting's JSON.
    pub async fn put_setting(
        &self,
        name: &str,
        value: &str,
        at: Timestamp,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO settings (name, value, updated_at) VALUES ($1, $2, $3)
             ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        )
        .bind(name)
        .bind(value)
        .bind(micros(at))
        .execute(self.writer())
        .await?;
        Ok(())
    }

    /// Every team's settings JSON.
    pub async fn team_settings(&self) -> Result<Vec<(TeamId, String)>, StoreError> {
        sqlx::query("SELECT team_id, settings FROM team_settings ORDER BY team_id")
            .fetch_all(self.reader())
            .await?
            .iter()
            .map(|r| Ok((parsed(r, "team_id")?, text(r, "settings")?)))
            .collect()
    }

    /// Stores a team's settings JSON.
    pub async fn put_team_settings(
        &self,
        team: TeamId,
        settings: &str,
        at: Timestamp,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO team_settings (team_id, settings, updated_at) VALUES ($1, $2, $3)
             ON CONFLICT (team_id) DO UPDATE SET settings = excluded.settings,
                updated_at = excluded.updated_at",
        )
        .bind(team.to_string())
        .bind(settings)
        .bind(micros(at))
        .execute(self.writer())
        .await?;
        Ok(())
    }

    /// Records when a case's deadlines next need a look, as computed for `version`; an
    /// older computation never overwrites a newer one.
    pub async fn set_next_deadline(
        &self,
        case: CaseId,
        version: u64,
        next_at: Option<Timestamp>,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO case_deadlines (case_id, next_at, version) VALUES ($1, $2, $3)
             ON CONFLICT (case_id) DO UPDATE SET next_at = excluded.next_at,
                version = excluded.version
             WHERE case_deadlines.version <= excluded.version",
        )
        .bind(case.to_string())
        .bind(next_at.map(micros))
        .bind(i64::try_from(version).unwrap_or(i64::MAX))
        .execute(self.writer())
        .await?;
        Ok(())
    }

    /// Marks every active case's deadlines for a look now (the policies, response times
    /// or opening hours changed).
    pub async fn mark_all_deadlines(&self, now: Timestamp) -> Result<(), StoreError> {
        let sql = format!(
            "UPDATE case_deadlines SET next_at = $1
             WHERE case_id IN (SELECT id FROM cases WHERE status IN {ACTIVE})"
        );
        sqlx::query(&sql)
            .bind(micros(now))
            .execute(self.writer())
            .await?;
        Ok(())
    }

    /// Cases whose deadlines need a look by `now`: a warning or due time came, or the
    /// case changed (every change marks it for a look in its own transaction).
    pub async fn deadlines_to_check(
        &self,
        now: Timestamp,
        limit: u32,
    ) -> Result<Vec<CaseId>, StoreError> {
        sqlx::query(
            "SELECT case_id FROM case_deadlines WHERE next_at <= $1 ORDER BY next_at LIMIT $2",
        )
        .bind(micros(now))
        .bind(i64::from(limit))
        .fetch_all(self.reader())
        .await?
        .iter()
        .map(|r| parsed(r, "case_id"))
        .collect()
    }

    /// The agents whose shift ended in `(from, to]` and who have no shift at `to`.
    pub async fn shifts_ended(
        &self,
        from: Timestamp,
        to: Timestamp,
    ) -> Result<Vec<AgentId>, StoreError> {
        let rows = sqlx::query(
            "SELECT DISTINCT s.agent_id FROM shifts s
             WHERE s.agent_id IS NOT NULL AND s.ends_at > $1 AND s.ends_at <= $2
               AND NOT EXISTS (SELECT 1 FROM shifts n WHERE n.agent_id = s.agent_id
                               AND n.starts_at <= $2 AND n.ends_at > $2)",
        )
        .bind(micros(from))
        .bind(micros(to))
        .fetch_all(self.reader())
        .await?;
        rows.iter()
            .filter_map(|r| opt_text(r, "agent_id").transpose())
            .map(|a| {
                a.and_then(|a| {
                    a.parse()
                        .map_err(|_| StoreError::Corrupt(format!("agent id {a:?}")))
                })
            })
            .collect()
    }
}

trait OptI64 {
    fn try_get_unchecked_i64(&self, col: &str) -> Result<Option<i64>, StoreError>;
}

impl OptI64 for sqlx::any::AnyRow {
    fn try_get_unchecked_i64(&self, col: &str) -> Result<Option<i64>, StoreError> {
        use sqlx::Row;
        self.try_get::<Option<i64>, _>(col)
            .map_err(|e| StoreError::Corrupt(format!("{col}: {e}")))
    }
}

/// Inside an assignment's transaction: the agent is online (their row locked on
/// PostgreSQL, so concurrent assignments to them queue) and below capacity.
pub(crate) async fn check_capacity(
    conn: &mut AnyConnection,
    backend: Backend,
    case: CaseId,
    guard: &CapacityGuard,
) -> Result<(), StoreError> {
    let lock = match backend {
        Backend::Sqlite => "SELECT presence, capacity FROM agent_routing WHERE agent_id = $1",
        Backend::Postgres => {
            "SELECT presence, capacity FROM agent_routing WHERE agent_id = $1 FOR UPDATE"
        }
    };
    let agent = guard.agent_id.to_string();
    let row = sqlx::query(lock)
        .bind(&agent)
        .fetch_optional(&mut *conn)
        .await?;
    let online = match &row {
        Some(r) => text(r, "presence")? == Presence::Online.as_str(),
        None => false,
    };
    // The capacity as it stands now, under the lock (a lead may have just lowered it).
    let capacity = match &row {
        Some(r) => from_json::<BTreeMap<Channel, u32>>(&text(r, "capacity")?)?
            .get(&guard.channel)
            .copied()
            .unwrap_or(0)
            .min(guard.capacity),
        None => 0,
    };
    if !online {
        return Err(StoreError::Conflict {
            code: "agent_unavailable",
            message: "the agent is not online".into(),
        });
    }
    let sql = format!(
        "SELECT (SELECT COUNT(*) FROM cases WHERE owner_id = $1 AND origin_channel = $2
                  AND status IN {ACTIVE})
              + (SELECT COUNT(*) FROM case_offers WHERE agent_id = $1 AND channel = $2
                  AND case_id <> $3) AS n"
    );
    let load = int(
        &sqlx::query(&sql)
            .bind(&agent)
            .bind(guard.channel.as_str())
            .bind(case.to_string())
            .fetch_one(&mut *conn)
            .await?,
        "n",
    )?;
    if count(load) >= capacity {
        return Err(StoreError::Conflict {
            code: "capacity_full",
            message: "the agent has no room for another case on this channel".into(),
        });
    }
    Ok(())
}

/// Keeps the offer index and the agents' last assignment in step with the case.
pub(crate) async fn sync_offer(
    conn: &mut AnyConnection,
    case: &Case,
    at: Timestamp,
    assigned_to: Option<AgentId>,
) -> Result<(), StoreError> {
    match case.offer {
        Some(o) => {
            sqlx::query(
                "INSERT INTO case_offers (case_id, agent_id, channel, expires_at)
                 VALUES ($1, $2, $3, $4)
                 ON CONFLICT (case_id) DO UPDATE SET agent_id = excluded.agent_id,
                    channel = excluded.channel, expires_at = excluded.expires_at",
            )
            .bind(case.id.to_string())
            .bind(o.agent_id.to_string())
            .bind(case.origin_channel.as_str())
            .bind(micros(o.expires_at))
            .execute(&mut *conn)
            .await?;
        }
        None => {
            sqlx::query("DELETE FROM case_offers WHERE case_id = $1")
                .bind(case.id.to_string())
                .execute(&mut *conn)
                .await?;
        }
    }
    if let Some(agent) = assigned_to {
        sqlx::query("UPDATE agent_routing SET last_assigned_at = $1 WHERE agent_id = $2")
            .bind(micros(at))
            .bind(agent.to_string())
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}
