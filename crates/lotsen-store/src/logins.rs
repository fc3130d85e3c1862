//! Signing in: agents' password hashes and UI language, and browser sessions (the
//! secret's digest, the CSRF token, the expiry). The store never sees a password or a
//! session secret, only what the app derived from them.

use jiff::Timestamp;
use lotsen_domain::{Agent, AgentId};

use crate::codec::{instant, int, micros, opt_text, parsed, text};
use crate::error::StoreError;
use crate::pool::Store;

/// A browser session as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRecord {
    /// The public half of the cookie.
    pub id: String,
    /// SHA-256 of the secret half, hex.
    pub digest: String,
    /// Who signed in.
    pub agent_id: AgentId,
    /// The token every form sends back.
    pub csrf: String,
    /// When it began.
    pub created_at: Timestamp,
    /// When it ends.
    pub expires_at: Timestamp,
}

impl Store {
    /// An agent by sign-in address (case-insensitive).
    pub async fn agent_by_email(&self, email: &str) -> Result<Option<Agent>, StoreError> {
        self.agent_where("WHERE lower(a.email) = $1", email.trim().to_lowercase())
            .await
    }

    /// An agent's password hash, if they have one.
    pub async fn password_hash(&self, agent_id: AgentId) -> Result<Option<String>, StoreError> {
        let row = sqlx::query("SELECT password_hash FROM agent_logins WHERE agent_id = $1")
            .bind(agent_id.to_string())
            .fetch_optional(self.reader())
            .await?;
        match row {
            Some(row) => opt_text(&row, "password_hash"),
            None => Ok(None),
        }
    }

    /// Sets an agent's password hash and ends every session they had.
    pub async fn set_password_hash(
        &self,
        agent_id: AgentId,
        hash: &str,
        at: Timestamp,
    ) -> Result<(), StoreError> {
        let mut tx = self.writer().begin().await?;
        sqlx::query(
            "INSERT INTO agent_logins (agent_id, password_hash, updated_at) VALUES ($1, $2, $3)
             ON CONFLICT (agent_id) DO UPDATE SET password_hash = excluded.password_hash,
                 updated_at = excluded.updated_at",
        )
        .bind(agent_id.to_string())
        .bind(hash)
        .bind(micros(at))
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM sessions WHERE agent_id = $1")
            .bind(agent_id.to_string())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// An agent's UI language (`sv` unless they chose another).
    pub async fn ui_language(&self, agent_id: AgentId) -> Result<String, StoreError> {
        let row = sqlx::query("SELECT language FROM agent_logins WHERE agent_id = $1")
            .bind(agent_id.to_string())
            .fetch_optional(self.reader())
            .await?;
        match row {
            Some(row) => text(&row, "language"),
            None => Ok("sv".to_owned()),
        }
    }

    /// Sets an agent's UI language.
    pub async fn set_ui_language(
        &self,
        agent_id: AgentId,
        language: &str,
        at: Timestamp,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO agent_logins (agent_id, language, updated_at) VALUES ($1, $2, $3)
             ON CONFLICT (agent_id) DO UPDATE SET language = excluded.language,
                 updated_at = excluded.updated_at",
        )
        .bind(agent_id.to_string())
        .bind(language)
        .bind(micros(at))
        .execute(self.writer())
        .await?;
        Ok(())
    }

    /// Keeps a new session.
    pub async fn create_session(&self, session: &SessionRecord) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO sessions (id, digest, agent_id, csrf, created_at, expires_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(&session.id)
        .bind(&session.digest)
        .bind(session.agent_id.to_string())
        .bind(&session.csrf)
        .bind(micros(session.created_at))
        .bind(micros(session.expires_at))
        .execute(self.writer())
        .await?;
        Ok(())
    }

    /// A session by its public id (expired or not: the caller decides).
    pub async fn session(&self, id: &str) -> Result<Option<SessionRecord>, StoreError> {
        let row = sqlx::query(
            "SELECT id, digest, agent_id, csrf, created_at, expires_at FROM sessions WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(self.reader())
        .await?;
        let Some(row) = row else { return Ok(None) };
        Ok(Some(SessionRecord {
            id: text(&row, "id")?,
            digest: text(&row, "digest")?,
            agent_id: parsed(&row, "agent_id")?,
            csrf: text(&row, "csrf")?,
            created_at: instant(int(&row, "created_at")?)?,
            expires_at: instant(int(&row, "expires_at")?)?,
        }))
    }

    /// Ends a session.
    pub async fn delete_session(&self, id: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM sessions WHERE id = $1")
            .bind(id)
            .execute(self.writer())
            .await?;
        Ok(())
    }

    /// Forgets sessions that ended before `now`; how many.
    pub async fn prune_sessions(&self, now: Timestamp) -> Result<u64, StoreError> {
        let done = sqlx::query("DELETE FROM sessions WHERE expires_at < $1")
            .bind(micros(now))
            .execute(self.writer())
            .await?;
        Ok(done.rows_affected())
    }
}
