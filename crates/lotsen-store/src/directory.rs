//! Teams, agents and their API tokens: who works here and how they sign in.

use lotsen_domain::{
    Agent, AgentId, Customer, CustomerId, Identity, IdentityKind, Role, Team, TeamId,
};
use sqlx::any::AnyRow;

use crate::codec::{instant, int, micros, parsed, text};
use crate::error::{StoreError, is_unique_violation};
use crate::pool::Store;

/// An API token as stored: its public id and the SHA-256 digest (hex) of its secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiTokenRecord {
    /// Public id, the middle part of the token.
    pub id: String,
    /// Hex SHA-256 of the secret.
    pub digest: String,
}

fn team_from(row: &AnyRow) -> Result<Team, StoreError> {
    Ok(Team {
        id: parsed(row, "id")?,
        name: text(row, "name")?,
        created_at: instant(int(row, "created_at")?)?,
    })
}

impl Store {
    /// Adds a team; its name must be unique.
    pub async fn create_team(&self, team: &Team) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO teams (id, name, created_at) VALUES ($1, $2, $3)")
            .bind(team.id.to_string())
            .bind(&team.name)
            .bind(micros(team.created_at))
            .execute(self.writer())
            .await
            .map_err(|e| {
                if is_unique_violation(&e) {
                    StoreError::Conflict {
                        code: "team_name_taken",
                        message: format!("a team named {:?} exists", team.name),
                    }
                } else {
                    e.into()
                }
            })?;
        Ok(())
    }

    /// A team by id.
    pub async fn team(&self, id: TeamId) -> Result<Option<Team>, StoreError> {
        sqlx::query("SELECT id, name, created_at FROM teams WHERE id = $1")
            .bind(id.to_string())
            .fetch_optional(self.reader())
            .await?
            .as_ref()
            .map(team_from)
            .transpose()
    }

    /// A team by name.
    pub async fn team_by_name(&self, name: &str) -> Result<Option<Team>, StoreError> {
        sqlx::query("SELECT id, name, created_at FROM teams WHERE name = $1")
            .bind(name)
            .fetch_optional(self.reader())
            .await?
            .as_ref()
            .map(team_from)
            .transpose()
    }

    /// Every team, by name.
    pub async fn teams(&self) -> Result<Vec<Team>, StoreError> {
        sqlx::query("SELECT id, name, created_at FROM teams ORDER BY name")
            .fetch_all(self.reader())
            .await?
            .iter()
            .map(team_from)
            .collect()
    }

    /// Adds an agent with their first API token (its id and the digest of its secret);
    /// the email must be unique.
    pub async fn create_agent(
        &self,
        agent: &Agent,
        token: &ApiTokenRecord,
    ) -> Result<(), StoreError> {
        let mut tx = self.writer().begin().await?;
        sqlx::query(
            "INSERT INTO agents (id, name, email, signature_name, role, created_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(agent.id.to_string())
        .bind(&agent.name)
        .bind(&agent.email)
        .bind(&agent.signature_name)
        .bind(agent.role.as_str())
        .bind(micros(agent.created_at))
        .execute(&mut *tx)
        .await
        .map_err(|e| {
            if is_unique_violation(&e) {
                StoreError::Conflict {
                    code: "agent_email_taken",
                    message: "an agent with this email exists".into(),
                }
            } else {
                e.into()
            }
        })?;
        for (position, team) in agent.team_ids.iter().enumerate() {
            sqlx::query(
                "INSERT INTO agent_teams (agent_id, team_id, position) VALUES ($1, $2, $3)",
            )
            .bind(agent.id.to_string())
            .bind(team.to_string())
            .bind(position as i64)
            .execute(&mut *tx)
            .await?;
        }
        sqlx::query(
            "INSERT INTO api_tokens (id, agent_id, digest, created_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(&token.id)
        .bind(agent.id.to_string())
        .bind(&token.digest)
        .bind(micros(agent.created_at))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub(crate) async fn agent_where(
        &self,
        clause: &str,
        value: String,
    ) -> Result<Option<Agent>, StoreError> {
        let sql = format!(
            "SELECT a.id, a.name, a.email, a.signature_name, a.role, a.created_at FROM agents a {clause}"
        );
        let Some(row) = sqlx::query(&sql)
            .bind(value)
            .fetch_optional(self.reader())
            .await?
        else {
            return Ok(None);
        };
        let id: AgentId = parsed(&row, "id")?;
        let team_ids =
            sqlx::query("SELECT team_id FROM agent_teams WHERE agent_id = $1 ORDER BY position")
                .bind(id.to_string())
                .fetch_all(self.reader())
                .await?
                .iter()
                .map(|r| parsed(r, "team_id"))
                .collect::<Result<Vec<TeamId>, _>>()?;
        let role = text(&row, "role")?;
        Ok(Some(Agent {
            id,
            name: text(&row, "name")?,
            email: text(&row, "email")?,
            signature_name: text(&row, "signature_name")?,
            role: Role::parse(&role)
                .ok_or_else(|| StoreError::Corrupt(format!("role {role:?}")))?,
            team_ids,
            created_at: instant(int(&row, "created_at")?)?,
        }))
    }

    /// An agent by id.
    pub async fn agent(&self, id: AgentId) -> Result<Option<Agent>, StoreError> {
        self.agent_where("WHERE a.id = $1", id.to_string()).await
    }

    /// The stored digest of an API token and the agent holding it; the caller compares
    /// the digest in constant time.
    pub async fn api_token(&self, id: &str) -> Result<Option<(String, Agent)>, StoreError> {
        let Some(row) = sqlx::query("SELECT agent_id, digest FROM api_tokens WHERE id = $1")
            .bind(id)
            .fetch_optional(self.reader())
            .await?
        else {
            return Ok(None);
        };
        let agent = self
            .agent(parsed(&row, "agent_id")?)
            .await?
            .ok_or_else(|| StoreError::Corrupt("token of a missing agent".into()))?;
        Ok(Some((text(&row, "digest")?, agent)))
    }

    /// A customer with their identities.
    pub async fn customer(&self, id: CustomerId) -> Result<Option<Customer>, StoreError> {
        let Some(row) = sqlx::query("SELECT id, name, created_at FROM customers WHERE id = $1")
            .bind(id.to_string())
            .fetch_optional(self.reader())
            .await?
        else {
            return Ok(None);
        };
        let identities = sqlx::query("SELECT kind, value FROM customer_identities WHERE customer_id = $1 ORDER BY kind, value")
            .bind(id.to_string())
            .fetch_all(self.reader())
            .await?
            .iter()
            .map(|r| {
                let kind = text(r, "kind")?;
                Ok(Identity {
                    kind: IdentityKind::parse(&kind).ok_or_else(|| StoreError::Corrupt(format!("identity kind {kind:?}")))?,
                    value: text(r, "value")?,
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        Ok(Some(Customer {
            id,
            name: text(&row, "name")?,
            identities,
            created_at: instant(int(&row, "created_at")?)?,
        }))
    }

    /// Every agent with their teams, by name (for the workspace's pickers and names).
    pub async fn agents(&self) -> Result<Vec<Agent>, StoreError> {
        let memberships =
            sqlx::query("SELECT agent_id, team_id FROM agent_teams ORDER BY position")
                .fetch_all(self.reader())
                .await?;
        let mut teams: std::collections::HashMap<AgentId, Vec<TeamId>> =
            std::collections::HashMap::new();
        for row in &memberships {
            teams
                .entry(parsed(row, "agent_id")?)
                .or_default()
                .push(parsed(row, "team_id")?);
        }
        let rows = sqlx::query(
            "SELECT id, name, email, signature_name, role, created_at FROM agents ORDER BY name, id",
        )
        .fetch_all(self.reader())
        .await?;
        rows.iter()
            .map(|row| {
                let id: AgentId = parsed(row, "id")?;
                let role = text(row, "role")?;
                Ok(Agent {
                    id,
                    name: text(row, "name")?,
                    email: text(row, "email")?,
                    signature_name: text(row, "signature_name")?,
                    role: Role::parse(&role)
                        .ok_or_else(|| StoreError::Corrupt(format!("role {role:?}")))?,
                    team_ids: teams.remove(&id).unwrap_or_default(),
                    created_at: instant(int(row, "created_at")?)?,
                })
            })
            .collect()
    }

    /// Ids of every agent, in creation order.
    pub async fn agent_ids(&self) -> Result<Vec<AgentId>, StoreError> {
        sqlx::query("SELECT id FROM agents ORDER BY created_at, id")
            .fetch_all(self.reader())
            .await?
            .iter()
            .map(|r| parsed(r, "id"))
            .collect()
    }

    /// The names staff are known by: every agent's full name and signature name (alias).
    pub async fn staff_names(&self) -> Result<Vec<String>, StoreError> {
        let rows = sqlx::query("SELECT name, signature_name FROM agents ORDER BY created_at, id")
            .fetch_all(self.reader())
            .await?;
        let mut names = Vec::with_capacity(rows.len() * 2);
        for row in &rows {
            for column in ["name", "signature_name"] {
                let name = text(row, column)?;
                if !name.trim().is_empty() && !names.contains(&name) {
                    names.push(name);
                }
            }
        }
        Ok(names)
    }

    /// The leads of a team.
    pub async fn team_leads(&self, team: TeamId) -> Result<Vec<AgentId>, StoreError> {
        sqlx::query(
            "SELECT a.id FROM agents a JOIN agent_teams t ON t.agent_id = a.id
             WHERE t.team_id = $1 AND a.role = 'lead' ORDER BY a.created_at, a.id",
        )
        .bind(team.to_string())
        .fetch_all(self.reader())
        .await?
        .iter()
        .map(|r| parsed(r, "id"))
        .collect()
    }
}
