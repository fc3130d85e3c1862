//! Signals between the servers that share a database: short, fire-and-forget notes
//! ("push this chat reply if the visitor is connected to you", "an agent is typing")
//! that carry ids only, never personal data. On PostgreSQL they are `NOTIFY`s on the
//! topic's channel, heard by every server that `LISTEN`s (itself included); on SQLite,
//! which one process serves, they stay in that process. A signal is not durable: what
//! must not be lost goes through the outbox, and a signal only makes it faster.

use lotsen_domain::{AgentId, Case, CaseId, TeamId};
use serde::{Deserialize, Serialize};
use sqlx::AnyConnection;
use sqlx::postgres::PgListener;
use tokio::sync::broadcast;

use crate::error::StoreError;
use crate::pool::{Backend, Store};

/// The longest payload a signal may carry (PostgreSQL's `NOTIFY` limit is 8000 bytes).
pub const MAX_PAYLOAD: usize = 7900;

/// The topic every committed case change is signalled on.
pub const CASE_TOPIC: &str = "case_changed";

/// A case changed (a message, an owner, a status): which case, and whose lists it was
/// or is now on, so that a workspace can tell whether to redraw.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseChanged {
    /// The case.
    pub case_id: CaseId,
    /// Its owner before and after, and the agents a handoff or escalation waits for.
    pub owners: Vec<AgentId>,
    /// Its team before and after, and the teams a handoff or escalation waits for.
    pub teams: Vec<TeamId>,
}

impl CaseChanged {
    /// The change from `before` (none: a new case) to `after`: the owners and teams,
    /// and whoever a handoff or an escalation waits for, before and after.
    pub fn of(before: Option<&Case>, after: &Case) -> Self {
        let mut owners: Vec<AgentId> = Vec::new();
        let mut teams: Vec<TeamId> = Vec::new();
        for case in before.into_iter().chain(std::iter::once(after)) {
            let waiting = case
                .pending_handoff()
                .map(|h| (h.to_agent_id, h.to_team_id))
                .into_iter()
                .chain(
                    case.open_escalations()
                        .map(|e| (e.to_agent_id, e.to_team_id)),
                );
            let people = std::iter::once((case.owner_id, case.team_id)).chain(waiting);
            for (agent, team) in people {
                if let Some(a) = agent.filter(|a| !owners.contains(a)) {
                    owners.push(a);
                }
                if let Some(t) = team.filter(|t| !teams.contains(t)) {
                    teams.push(t);
                }
            }
        }
        Self {
            case_id: after.id,
            owners,
            teams,
        }
    }

    /// Whether an agent in `teams` (or the agent `agent`) sees this change in a list.
    pub fn concerns(&self, agent: AgentId, teams: &[TeamId]) -> bool {
        self.owners.contains(&agent) || self.teams.iter().any(|t| teams.contains(t))
    }
}

/// Inside a case's transaction: on PostgreSQL the `NOTIFY`, delivered when (and only if)
/// the transaction commits.
pub(crate) async fn notify_case_changed(
    conn: &mut AnyConnection,
    backend: Backend,
    change: &CaseChanged,
) -> Result<(), StoreError> {
    if backend == Backend::Postgres {
        sqlx::query("SELECT pg_notify($1, $2)")
            .bind(CASE_TOPIC)
            .bind(serde_json::to_string(change)?)
            .execute(conn)
            .await?;
    }
    Ok(())
}

/// One signal heard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signal {
    /// The topic it was sent on.
    pub topic: String,
    /// What it says (JSON by convention).
    pub payload: String,
}

/// The in-process signals of a SQLite store.
#[derive(Debug, Clone)]
pub(crate) struct LocalSignals(broadcast::Sender<Signal>);

impl Default for LocalSignals {
    fn default() -> Self {
        Self(broadcast::channel(1024).0)
    }
}

/// A subscription to one topic.
pub struct Signals {
    topic: String,
    inner: Inner,
}

enum Inner {
    Local(broadcast::Receiver<Signal>),
    Postgres(Box<PgListener>),
}

impl std::fmt::Debug for Signals {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Signals")
            .field("topic", &self.topic)
            .finish()
    }
}

impl Signals {
    /// The next signal on the topic. Signals missed while a PostgreSQL connection was
    /// lost (it is opened again here) or while this subscriber lagged are skipped; an
    /// error means the database cannot be reached now.
    pub async fn next(&mut self) -> Result<Signal, StoreError> {
        match &mut self.inner {
            Inner::Local(rx) => loop {
                match rx.recv().await {
                    Ok(signal) if signal.topic == self.topic => return Ok(signal),
                    Ok(_) | Err(broadcast::error::RecvError::Lagged(_)) => continue,
                    Err(broadcast::error::RecvError::Closed) => {
                        return Err(StoreError::Unavailable("the store was closed".into()));
                    }
                }
            },
            Inner::Postgres(listener) => {
                let n = listener
                    .recv()
                    .await
                    .map_err(|e| StoreError::Unavailable(e.to_string()))?;
                Ok(Signal {
                    topic: n.channel().to_owned(),
                    payload: n.payload().to_owned(),
                })
            }
        }
    }
}

/// A topic is a channel name: lowercase letters, digits and `_`, at most 60.
fn check_topic(topic: &str) -> Result<(), StoreError> {
    let ok = !topic.is_empty()
        && topic.len() <= 60
        && topic
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    if ok {
        Ok(())
    } else {
        Err(StoreError::Conflict {
            code: "bad_topic",
            message: "a signal topic is lowercase letters, digits and _".into(),
        })
    }
}

impl Store {
    /// After a case's transaction committed: on SQLite the in-process signal (PostgreSQL
    /// sent it with the commit).
    pub(crate) fn case_committed(&self, change: &CaseChanged) {
        if self.backend() == Backend::Sqlite
            && let Ok(payload) = serde_json::to_string(change)
        {
            let _ = self.local_signals().0.send(Signal {
                topic: CASE_TOPIC.to_owned(),
                payload,
            });
        }
    }

    /// Sends a signal to every server listening on `topic`, this one included.
    pub async fn signal(&self, topic: &str, payload: &str) -> Result<(), StoreError> {
        check_topic(topic)?;
        if payload.len() > MAX_PAYLOAD {
            return Err(StoreError::Conflict {
                code: "signal_too_long",
                message: format!("a signal carries at most {MAX_PAYLOAD} bytes"),
            });
        }
        match self.backend() {
            Backend::Sqlite => {
                // Nobody listening is not an error: the signal is simply not heard.
                let _ = self.local_signals().0.send(Signal {
                    topic: topic.to_owned(),
                    payload: payload.to_owned(),
                });
            }
            Backend::Postgres => {
                sqlx::query("SELECT pg_notify($1, $2)")
                    .bind(topic)
                    .bind(payload)
                    .execute(self.writer())
                    .await?;
            }
        }
        Ok(())
    }

    /// Starts listening on `topic`; signals sent from now on are heard.
    pub async fn listen(&self, topic: &str) -> Result<Signals, StoreError> {
        check_topic(topic)?;
        let inner = match self.backend() {
            Backend::Sqlite => Inner::Local(self.local_signals().0.subscribe()),
            Backend::Postgres => {
                let unreachable = |e: sqlx::Error| StoreError::Unavailable(e.to_string());
                let mut listener = PgListener::connect(self.url()).await.map_err(unreachable)?;
                listener.listen(topic).await.map_err(unreachable)?;
                Inner::Postgres(Box::new(listener))
            }
        };
        Ok(Signals {
            topic: topic.to_owned(),
            inner,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn topics_are_channel_names() {
        assert!(check_topic("chat_push").is_ok());
        assert!(check_topic("").is_err());
        assert!(check_topic("Chat").is_err());
        assert!(check_topic("a; drop").is_err());
        assert!(check_topic(&"a".repeat(61)).is_err());
    }
}
