//! Saved replies: written by leads, read by every agent of the team they are for.

use lotsen_domain::TeamId;
use lotsen_domain::saved_reply::SavedReply;

use crate::codec::{instant, int, micros, opt_text, parsed, text};
use crate::error::{StoreError, is_unique_violation};
use crate::pool::Store;

fn from_row(row: &sqlx::any::AnyRow) -> Result<SavedReply, StoreError> {
    Ok(SavedReply {
        id: parsed(row, "id")?,
        title: text(row, "title")?,
        body: text(row, "body")?,
        language: text(row, "language")?,
        team_id: opt_text(row, "team_id")?
            .map(|t| t.parse().map_err(|_| StoreError::Corrupt("team_id".into())))
            .transpose()?,
        created_at: instant(int(row, "created_at")?)?,
    })
}

impl Store {
    /// Adds a saved reply; a title is unique per language.
    pub async fn create_saved_reply(&self, reply: &SavedReply) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO saved_replies (id, title, body, language, team_id, created_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(reply.id.to_string())
        .bind(&reply.title)
        .bind(&reply.body)
        .bind(&reply.language)
        .bind(reply.team_id.map(|t| t.to_string()))
        .bind(micros(reply.created_at))
        .execute(self.writer())
        .await
        .map_err(|e| {
            if is_unique_violation(&e) {
                StoreError::Conflict {
                    code: "saved_reply_title_taken",
                    message: format!("a saved reply titled {:?} exists", reply.title),
                }
            } else {
                e.into()
            }
        })?;
        Ok(())
    }

    /// The saved replies agents of `teams` see (theirs and everyone's), by title.
    pub async fn saved_replies(&self, teams: &[TeamId]) -> Result<Vec<SavedReply>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, title, body, language, team_id, created_at FROM saved_replies
             ORDER BY language, title, id",
        )
        .fetch_all(self.reader())
        .await?;
        let mut out = Vec::new();
        for row in &rows {
            let reply = from_row(row)?;
            if reply.team_id.is_none_or(|t| teams.contains(&t)) {
                out.push(reply);
            }
        }
        Ok(out)
    }
}
