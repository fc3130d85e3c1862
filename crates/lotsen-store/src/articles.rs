//! The knowledge base: articles at their latest version with every version kept (a new
//! version and the article in one transaction), which cases each solved or was attached
//! to, and the resolutions per category that the monthly top problems count.

use lotsen_domain::article::{Article, ArticleStatus, ArticleVersion, Audience};
use lotsen_domain::{AgentId, ArticleId, CaseId};
use sqlx::any::AnyRow;

use crate::codec::{from_json, instant, int, micros, opt_text, parsed, text};
use crate::error::StoreError;
use crate::pool::Store;

/// An article with how many cases it solved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleRow {
    /// The article.
    pub article: Article,
    /// Cases it solved ("this solved it").
    pub solved: u64,
}

/// Which articles a list holds; none of a field: any.
#[derive(Debug, Clone, Default)]
pub struct ArticleFilter {
    /// Internal or public.
    pub audience: Option<Audience>,
    /// Draft or published.
    pub status: Option<ArticleStatus>,
    /// `sv` or `en`.
    pub language: Option<String>,
    /// A category.
    pub category: Option<String>,
}

/// How an article served a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArticleUse {
    /// The agent said it solved the case.
    Solved,
    /// The case's resolution was attached to it as a known solution.
    Attached,
}

impl ArticleUse {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Solved => "solved",
            Self::Attached => "attached",
        }
    }
}

const COLUMNS: &str = "a.id, a.language, a.audience, a.status, a.category, a.title, a.body,
    a.owner_id, a.review_by, a.version, a.source_case_id, a.created_at, a.updated_at,
    (SELECT COUNT(*) FROM article_uses u WHERE u.article_id = a.id AND u.kind = 'solved') AS solved";

fn corrupt(col: &str) -> StoreError {
    StoreError::Corrupt(col.into())
}

fn from_row(row: &AnyRow) -> Result<ArticleRow, StoreError> {
    let article = Article {
        id: parsed(row, "id")?,
        language: text(row, "language")?,
        audience: Audience::parse(&text(row, "audience")?).ok_or_else(|| corrupt("audience"))?,
        status: ArticleStatus::parse(&text(row, "status")?).ok_or_else(|| corrupt("status"))?,
        category: opt_text(row, "category")?,
        title: text(row, "title")?,
        body: text(row, "body")?,
        owner_id: parsed(row, "owner_id")?,
        review_by: parsed(row, "review_by")?,
        version: u32::try_from(int(row, "version")?).map_err(|_| corrupt("version"))?,
        source_case_id: opt_text(row, "source_case_id")?
            .map(|c| c.parse().map_err(|_| corrupt("source_case_id")))
            .transpose()?,
        created_at: instant(int(row, "created_at")?)?,
        updated_at: instant(int(row, "updated_at")?)?,
    };
    Ok(ArticleRow {
        article,
        solved: u64::try_from(int(row, "solved")?).unwrap_or(0),
    })
}

async fn insert_version(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    id: ArticleId,
    v: &ArticleVersion,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO article_versions (article_id, version, title, body, author_id, at)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(id.to_string())
    .bind(i64::from(v.version))
    .bind(&v.title)
    .bind(&v.body)
    .bind(v.author_id.map(|a| a.to_string()))
    .bind(micros(v.at))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

impl Store {
    /// Stores a new article with its first version.
    pub async fn create_article(
        &self,
        a: &Article,
        first: &ArticleVersion,
    ) -> Result<(), StoreError> {
        let mut tx = self.writer().begin().await?;
        sqlx::query(
            "INSERT INTO articles (id, language, audience, status, category, title, body,
                 owner_id, review_by, version, source_case_id, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
        )
        .bind(a.id.to_string())
        .bind(&a.language)
        .bind(a.audience.as_str())
        .bind(a.status.as_str())
        .bind(a.category.clone())
        .bind(&a.title)
        .bind(&a.body)
        .bind(a.owner_id.to_string())
        .bind(a.review_by.to_string())
        .bind(i64::from(a.version))
        .bind(a.source_case_id.map(|c| c.to_string()))
        .bind(micros(a.created_at))
        .bind(micros(a.updated_at))
        .execute(&mut *tx)
        .await?;
        insert_version(&mut tx, a.id, first).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Stores an article's change, with its new version when the text changed; refused
    /// when someone else saved a version in between (`article_changed`).
    pub async fn save_article(
        &self,
        a: &Article,
        new_version: Option<&ArticleVersion>,
    ) -> Result<(), StoreError> {
        let mut tx = self.writer().begin().await?;
        let before = i64::from(a.version) - i64::from(u8::from(new_version.is_some()));
        let done = sqlx::query(
            "UPDATE articles SET language = $2, audience = $3, status = $4, category = $5,
                 title = $6, body = $7, owner_id = $8, review_by = $9, version = $10,
                 updated_at = $11
             WHERE id = $1 AND version = $12",
        )
        .bind(a.id.to_string())
        .bind(&a.language)
        .bind(a.audience.as_str())
        .bind(a.status.as_str())
        .bind(a.category.clone())
        .bind(&a.title)
        .bind(&a.body)
        .bind(a.owner_id.to_string())
        .bind(a.review_by.to_string())
        .bind(i64::from(a.version))
        .bind(micros(a.updated_at))
        .bind(before)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::Conflict {
                code: "article_changed",
                message: "the article was changed meanwhile; read it again".into(),
            });
        }
        if let Some(v) = new_version {
            insert_version(&mut tx, a.id, v).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// An article.
    pub async fn article(&self, id: ArticleId) -> Result<Option<ArticleRow>, StoreError> {
        sqlx::query(&format!("SELECT {COLUMNS} FROM articles a WHERE a.id = $1"))
            .bind(id.to_string())
            .fetch_optional(self.reader())
            .await?
            .as_ref()
            .map(from_row)
            .transpose()
    }

    /// The articles a filter admits, most used first, then by title.
    pub async fn articles(&self, f: &ArticleFilter) -> Result<Vec<ArticleRow>, StoreError> {
        let mut sql = format!("SELECT {COLUMNS} FROM articles a WHERE 1 = 1");
        let mut binds: Vec<String> = Vec::new();
        let mut add = |col: &str, value: Option<String>| {
            if let Some(v) = value {
                binds.push(v);
                sql.push_str(&format!(" AND a.{col} = ${}", binds.len()));
            }
        };
        add("audience", f.audience.map(|a| a.as_str().to_owned()));
        add("status", f.status.map(|s| s.as_str().to_owned()));
        add("language", f.language.clone());
        add("category", f.category.clone());
        sql.push_str(" ORDER BY solved DESC, a.title, a.id");
        let mut query = sqlx::query(&sql);
        for b in &binds {
            query = query.bind(b);
        }
        query
            .fetch_all(self.reader())
            .await?
            .iter()
            .map(from_row)
            .collect()
    }

    /// The articles changed after `since` (microseconds), oldest change first (what the
    /// search index takes each second).
    pub async fn articles_changed_after(&self, since: i64) -> Result<Vec<ArticleRow>, StoreError> {
        sqlx::query(&format!(
            "SELECT {COLUMNS} FROM articles a WHERE a.updated_at > $1 ORDER BY a.updated_at, a.id"
        ))
        .bind(since)
        .fetch_all(self.reader())
        .await?
        .iter()
        .map(from_row)
        .collect()
    }

    /// An article's versions, newest first.
    pub async fn article_versions(&self, id: ArticleId) -> Result<Vec<ArticleVersion>, StoreError> {
        let rows = sqlx::query(
            "SELECT version, title, body, author_id, at FROM article_versions
             WHERE article_id = $1 ORDER BY version DESC",
        )
        .bind(id.to_string())
        .fetch_all(self.reader())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(ArticleVersion {
                    version: u32::try_from(int(row, "version")?).map_err(|_| corrupt("version"))?,
                    title: text(row, "title")?,
                    body: text(row, "body")?,
                    author_id: opt_text(row, "author_id")?
                        .map(|a| a.parse().map_err(|_| corrupt("author_id")))
                        .transpose()?,
                    at: instant(int(row, "at")?)?,
                })
            })
            .collect()
    }

    /// Records that an article served a case; false when it was recorded already.
    pub async fn record_article_use(
        &self,
        article: ArticleId,
        case: CaseId,
        kind: ArticleUse,
        agent: Option<AgentId>,
        at: jiff::Timestamp,
    ) -> Result<bool, StoreError> {
        let sql = match self.backend() {
            crate::Backend::Sqlite => {
                "INSERT OR IGNORE INTO article_uses (article_id, case_id, kind, agent_id, at)
                 VALUES ($1, $2, $3, $4, $5)"
            }
            crate::Backend::Postgres => {
                "INSERT INTO article_uses (article_id, case_id, kind, agent_id, at)
                 VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING"
            }
        };
        let done = sqlx::query(sql)
            .bind(article.to_string())
            .bind(case.to_string())
            .bind(kind.as_str())
            .bind(agent.map(|a| a.to_string()))
            .bind(micros(at))
            .execute(self.writer())
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// The articles that served a case, and how.
    pub async fn article_uses(
        &self,
        case: CaseId,
    ) -> Result<Vec<(ArticleId, ArticleUse)>, StoreError> {
        let rows = sqlx::query(
            "SELECT article_id, kind FROM article_uses WHERE case_id = $1 ORDER BY at, article_id",
        )
        .bind(case.to_string())
        .fetch_all(self.reader())
        .await?;
        rows.iter()
            .map(|row| {
                let kind = match text(row, "kind")?.as_str() {
                    "solved" => ArticleUse::Solved,
                    "attached" => ArticleUse::Attached,
                    _ => return Err(corrupt("kind")),
                };
                Ok((parsed(row, "article_id")?, kind))
            })
            .collect()
    }

    /// Every resolution recorded in `[from, to)`: the case and its category (a case
    /// resolved twice counts once, by its latest category).
    pub async fn resolutions_between(
        &self,
        from: jiff::Timestamp,
        to: jiff::Timestamp,
    ) -> Result<Vec<(CaseId, Option<String>)>, StoreError> {
        let rows = sqlx::query(
            "SELECT case_id, payload FROM case_events
             WHERE kind = 'resolved' AND at >= $1 AND at < $2 ORDER BY seq",
        )
        .bind(micros(from))
        .bind(micros(to))
        .fetch_all(self.reader())
        .await?;
        let mut out: std::collections::HashMap<CaseId, Option<String>> =
            std::collections::HashMap::new();
        for row in &rows {
            let event: lotsen_domain::EventKind = from_json(&text(row, "payload")?)?;
            if let lotsen_domain::EventKind::Resolved { category, .. } = event {
                out.insert(parsed(row, "case_id")?, category);
            }
        }
        let mut list: Vec<(CaseId, Option<String>)> = out.into_iter().collect();
        list.sort_by_key(|(c, _)| *c);
        Ok(list)
    }
}
