//! Email's tables: content by SHA-256 (stored once), each email message's details and
//! attachments (written in intake's transaction), threading lookups, the delivery status
//! of outbound messages, and the per-sender counts behind the rate limit.

use jiff::Timestamp;
use lotsen_domain::{CaseId, MessageId};
use serde::{Deserialize, Serialize};
use sqlx::{AnyConnection, Row};

use crate::codec::{from_json, int, json, micros, opt_text, parsed, text};
use crate::error::StoreError;
use crate::pool::Store;

/// An email message's details, kept beside the message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmailDetails {
    /// The Message-ID header, without angle brackets.
    pub header_message_id: String,
    /// The sender's address.
    pub from_address: String,
    /// The sender's display name.
    #[serde(default)]
    pub from_name: Option<String>,
    /// Recipients.
    #[serde(default)]
    pub to: Vec<String>,
    /// Copied recipients.
    #[serde(default)]
    pub cc: Vec<String>,
    /// Reply-To, when set.
    #[serde(default)]
    pub reply_to: Option<String>,
    /// In-Reply-To ids.
    #[serde(default)]
    pub in_reply_to: Vec<String>,
    /// References ids.
    #[serde(default)]
    pub references: Vec<String>,
    /// The Date header, Unix seconds.
    #[serde(default)]
    pub date: Option<i64>,
    /// Why a machine sent it, when one did.
    #[serde(default)]
    pub automatic: Option<String>,
    /// Whether some part could not be decoded cleanly.
    #[serde(default)]
    pub encoding_problem: bool,
    /// The whole text body (the message's `body` is the trimmed one).
    #[serde(skip)]
    pub full_text: String,
    /// The sanitised HTML body.
    #[serde(skip)]
    pub html: Option<String>,
}

/// An attachment as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttachmentRecord {
    /// Order in the message.
    pub position: u32,
    /// File name.
    pub filename: Option<String>,
    /// `type/subtype`.
    pub content_type: String,
    /// Bytes.
    pub size: u64,
    /// SHA-256 of the content.
    pub sha256: String,
    /// Why it was refused (`too_large`, `too_many`, `executable`); `None` when stored.
    pub refused: Option<String>,
    /// Shown inline.
    pub inline: bool,
    /// Content-ID.
    pub content_id: Option<String>,
    /// The content when stored (empty when read back in a listing).
    pub data: Vec<u8>,
}

/// What intake writes for an email beside the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailRecord {
    /// Details.
    pub details: EmailDetails,
    /// The raw message.
    pub raw: Vec<u8>,
    /// Its SHA-256.
    pub raw_sha256: String,
    /// Attachments.
    pub attachments: Vec<AttachmentRecord>,
}

/// An outbound message's delivery.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Delivery {
    /// `queued`, `sent`, `retrying`, `failed` or `bounced`.
    pub status: String,
    /// Attempts so far.
    pub attempts: u32,
    /// The relay's answer or the error.
    pub detail: Option<String>,
    /// When it last changed.
    pub updated_at: Timestamp,
}

/// A message's email details with its attachments and delivery, for the case view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageMail {
    /// The message.
    pub message_id: MessageId,
    /// Details, when it is an email.
    pub details: Option<EmailDetails>,
    /// Attachments (without content).
    pub attachments: Vec<AttachmentRecord>,
    /// Delivery, when outbound.
    pub delivery: Option<Delivery>,
}

/// Writes content once under its hash.
pub(crate) async fn put_blob(
    conn: &mut AnyConnection,
    sha256: &str,
    data: &[u8],
    at: Timestamp,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO blobs (sha256, size, data, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (sha256) DO NOTHING",
    )
    .bind(sha256)
    .bind(i64::try_from(data.len()).unwrap_or(i64::MAX))
    .bind(data.to_vec())
    .bind(micros(at))
    .execute(conn)
    .await?;
    Ok(())
}

/// Writes an email's details and attachments for a message, in the caller's transaction.
pub(crate) async fn insert_email(
    conn: &mut AnyConnection,
    message_id: MessageId,
    email: &EmailRecord,
    at: Timestamp,
) -> Result<(), StoreError> {
    put_blob(conn, &email.raw_sha256, &email.raw, at).await?;
    sqlx::query(
        "INSERT INTO email_details (message_id, header_message_id, from_address, details, full_text, html, raw_sha256)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(message_id.to_string())
    .bind(&email.details.header_message_id)
    .bind(email.details.from_address.to_lowercase())
    .bind(json(&email.details)?)
    .bind(&email.details.full_text)
    .bind(email.details.html.clone())
    .bind(&email.raw_sha256)
    .execute(&mut *conn)
    .await?;
    insert_attachments(conn, message_id, &email.attachments, at).await
}

/// Writes attachments of a message (inbound or outbound), storing accepted content.
pub(crate) async fn insert_attachments(
    conn: &mut AnyConnection,
    message_id: MessageId,
    attachments: &[AttachmentRecord],
    at: Timestamp,
) -> Result<(), StoreError> {
    for a in attachments {
        let stored = a.refused.is_none();
        if stored {
            put_blob(conn, &a.sha256, &a.data, at).await?;
        }
        sqlx::query(
            "INSERT INTO message_attachments (message_id, position, filename, content_type, size, sha256, stored, refused, inline, content_id)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        )
        .bind(message_id.to_string())
        .bind(i64::from(a.position))
        .bind(a.filename.clone())
        .bind(&a.content_type)
        .bind(i64::try_from(a.size).unwrap_or(i64::MAX))
        .bind(&a.sha256)
        .bind(i64::from(stored))
        .bind(a.refused.clone())
        .bind(i64::from(a.inline))
        .bind(a.content_id.clone())
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

impl Store {
    /// The case of the first of these Message-IDs that Lotsen has seen (inbound or sent),
    /// in one query.
    pub async fn case_by_message_ids(&self, ids: &[String]) -> Result<Option<CaseId>, StoreError> {
        let ids = &ids[..ids.len().min(50)];
        if ids.is_empty() {
            return Ok(None);
        }
        let placeholders: Vec<String> = (1..=ids.len()).map(|i| format!("${i}")).collect();
        let sql = format!(
            "SELECT external_id, case_id FROM messages WHERE channel = 'email' AND external_id IN ({})",
            placeholders.join(", ")
        );
        let mut query = sqlx::query(&sql);
        for id in ids {
            query = query.bind(id);
        }
        let rows = query.fetch_all(self.reader()).await?;
        let mut found: Vec<(String, CaseId)> = Vec::with_capacity(rows.len());
        for row in &rows {
            found.push((text(row, "external_id")?, parsed(row, "case_id")?));
        }
        Ok(ids
            .iter()
            .find_map(|id| found.iter().find(|(e, _)| e == id).map(|(_, c)| *c)))
    }

    /// Counts one more message from `address` in the window starting at `window_start`
    /// and returns the count.
    pub async fn count_sender(
        &self,
        address: &str,
        window_start: Timestamp,
    ) -> Result<u32, StoreError> {
        let row = sqlx::query(
            "INSERT INTO sender_counts (address, window_start, count) VALUES ($1, $2, 1)
             ON CONFLICT (address, window_start) DO UPDATE SET count = sender_counts.count + 1
             RETURNING count",
        )
        .bind(address.to_lowercase())
        .bind(micros(window_start))
        .fetch_one(self.writer())
        .await?;
        Ok(u32::try_from(int(&row, "count")?).unwrap_or(u32::MAX))
    }

    /// Forgets sender counts of windows that started before `before`.
    pub async fn prune_sender_counts(&self, before: Timestamp) -> Result<u64, StoreError> {
        let done = sqlx::query("DELETE FROM sender_counts WHERE window_start < $1")
            .bind(micros(before))
            .execute(self.writer())
            .await?;
        Ok(done.rows_affected())
    }

    /// Content by hash.
    pub async fn blob(&self, sha256: &str) -> Result<Option<Vec<u8>>, StoreError> {
        let row = sqlx::query("SELECT data FROM blobs WHERE sha256 = $1")
            .bind(sha256)
            .fetch_optional(self.reader())
            .await?;
        row.map(|r| {
            r.try_get::<Vec<u8>, _>("data")
                .map_err(|e| StoreError::Corrupt(format!("data: {e}")))
        })
        .transpose()
    }

    /// Records an outbound message's delivery status.
    pub async fn set_delivery(
        &self,
        message_id: MessageId,
        status: &str,
        attempts: u32,
        detail: Option<&str>,
        at: Timestamp,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO deliveries (message_id, status, attempts, detail, updated_at) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (message_id) DO UPDATE SET status = excluded.status, attempts = excluded.attempts,
                 detail = excluded.detail, updated_at = excluded.updated_at",
        )
        .bind(message_id.to_string())
        .bind(status)
        .bind(i64::from(attempts))
        .bind(detail.map(str::to_owned))
        .bind(micros(at))
        .execute(self.writer())
        .await?;
        Ok(())
    }

    /// An outbound message's delivery status, if it has one yet.
    pub async fn delivery(&self, message_id: MessageId) -> Result<Option<Delivery>, StoreError> {
        let row = sqlx::query(
            "SELECT status, attempts, detail, updated_at FROM deliveries WHERE message_id = $1",
        )
        .bind(message_id.to_string())
        .fetch_optional(self.writer())
        .await?;
        let Some(row) = row else { return Ok(None) };
        Ok(Some(Delivery {
            status: text(&row, "status")?,
            attempts: u32::try_from(int(&row, "attempts")?).unwrap_or(0),
            detail: opt_text(&row, "detail")?,
            updated_at: crate::codec::instant(int(&row, "updated_at")?)?,
        }))
    }

    /// Gives an outbound message the Message-ID it is sent with (once; later calls keep
    /// the first).
    pub async fn set_sent_message_id(
        &self,
        message_id: MessageId,
        header_id: &str,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE messages SET external_id = $1 WHERE id = $2 AND external_id IS NULL")
            .bind(header_id)
            .bind(message_id.to_string())
            .execute(self.writer())
            .await?;
        Ok(())
    }

    /// The email details, attachments and deliveries of a case's messages.
    pub async fn case_mail(&self, case_id: CaseId) -> Result<Vec<MessageMail>, StoreError> {
        self.mail_where("m.case_id = $1", &[case_id.to_string()])
            .await
    }

    /// The email details, attachments and deliveries of some messages (at most 500).
    pub async fn messages_mail(&self, ids: &[MessageId]) -> Result<Vec<MessageMail>, StoreError> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let ids: Vec<String> = ids.iter().take(500).map(ToString::to_string).collect();
        let marks: Vec<String> = (1..=ids.len()).map(|i| format!("${i}")).collect();
        self.mail_where(&format!("m.id IN ({})", marks.join(", ")), &ids)
            .await
    }

    async fn mail_where(
        &self,
        clause: &str,
        binds: &[String],
    ) -> Result<Vec<MessageMail>, StoreError> {
        let sql = format!(
            "SELECT m.id, d.details, d.full_text, d.html, dl.status, dl.attempts, dl.detail, dl.updated_at
             FROM messages m
             LEFT JOIN email_details d ON d.message_id = m.id
             LEFT JOIN deliveries dl ON dl.message_id = m.id
             WHERE {clause} AND (d.message_id IS NOT NULL OR dl.message_id IS NOT NULL)
             ORDER BY m.created_at, m.id"
        );
        let mut q = sqlx::query(&sql);
        for b in binds {
            q = q.bind(b.as_str());
        }
        let rows = q.fetch_all(self.reader()).await?;
        let sql = format!(
            "SELECT a.message_id, a.position, a.filename, a.content_type, a.size, a.sha256, a.refused, a.inline, a.content_id
             FROM message_attachments a JOIN messages m ON m.id = a.message_id
             WHERE {clause} ORDER BY a.message_id, a.position"
        );
        let mut q = sqlx::query(&sql);
        for b in binds {
            q = q.bind(b.as_str());
        }
        let attachments = q.fetch_all(self.reader()).await?;
        let mut out = Vec::with_capacity(rows.len());
        for row in &rows {
            let message_id: MessageId = parsed(row, "id")?;
            let details = match opt_text(row, "details")? {
                Some(raw) => {
                    let mut d: EmailDetails = from_json(&raw)?;
                    d.full_text = opt_text(row, "full_text")?.unwrap_or_default();
                    d.html = opt_text(row, "html")?;
                    Some(d)
                }
                None => None,
            };
            let delivery = match opt_text(row, "status")? {
                Some(status) => Some(Delivery {
                    status,
                    attempts: u32::try_from(int(row, "attempts")?).unwrap_or(0),
                    detail: opt_text(row, "detail")?,
                    updated_at: crate::codec::instant(int(row, "updated_at")?)?,
                }),
                None => None,
            };
            out.push(MessageMail {
                message_id,
                details,
                attachments: Vec::new(),
                delivery,
            });
        }
        for row in &attachments {
            let message_id: MessageId = parsed(row, "message_id")?;
            let record = attachment_row(row)?;
            match out.iter_mut().find(|m| m.message_id == message_id) {
                Some(mail) => mail.attachments.push(record),
                None => out.push(MessageMail {
                    message_id,
                    details: None,
                    attachments: vec![record],
                    delivery: None,
                }),
            }
        }
        Ok(out)
    }

    /// One attachment of a message, with its content when it was stored.
    pub async fn attachment(
        &self,
        message_id: MessageId,
        position: u32,
    ) -> Result<Option<AttachmentRecord>, StoreError> {
        let row = sqlx::query(
            "SELECT a.position, a.filename, a.content_type, a.size, a.sha256, a.refused, a.inline, a.content_id
             FROM message_attachments a WHERE a.message_id = $1 AND a.position = $2",
        )
        .bind(message_id.to_string())
        .bind(i64::from(position))
        .fetch_optional(self.reader())
        .await?;
        let Some(row) = row else { return Ok(None) };
        let mut record = attachment_row(&row)?;
        if record.refused.is_none() {
            record.data = self.blob(&record.sha256).await?.unwrap_or_default();
        }
        Ok(Some(record))
    }

    /// The raw bytes an email message was received as.
    pub async fn raw_email(&self, message_id: MessageId) -> Result<Option<Vec<u8>>, StoreError> {
        let row = sqlx::query("SELECT raw_sha256 FROM email_details WHERE message_id = $1")
            .bind(message_id.to_string())
            .fetch_optional(self.reader())
            .await?;
        match row.and_then(|r| opt_text(&r, "raw_sha256").ok().flatten()) {
            Some(hash) => self.blob(&hash).await,
            None => Ok(None),
        }
    }

    /// The last email message of a case with a Message-ID (to answer), inbound first.
    pub async fn last_email_of_case(
        &self,
        case_id: CaseId,
    ) -> Result<Option<(String, EmailDetails, Option<String>)>, StoreError> {
        let row = sqlx::query(
            "SELECT d.header_message_id, d.details, m.subject FROM messages m
             JOIN email_details d ON d.message_id = m.id
             WHERE m.case_id = $1 AND m.direction = 'inbound'
             ORDER BY m.created_at DESC, m.id DESC LIMIT 1",
        )
        .bind(case_id.to_string())
        .fetch_optional(self.reader())
        .await?;
        row.map(|r| {
            Ok((
                text(&r, "header_message_id")?,
                from_json(&text(&r, "details")?)?,
                opt_text(&r, "subject")?,
            ))
        })
        .transpose()
    }
}

fn attachment_row(row: &sqlx::any::AnyRow) -> Result<AttachmentRecord, StoreError> {
    Ok(AttachmentRecord {
        position: u32::try_from(int(row, "position")?).unwrap_or(0),
        filename: opt_text(row, "filename")?,
        content_type: text(row, "content_type")?,
        size: u64::try_from(int(row, "size")?).unwrap_or(0),
        sha256: text(row, "sha256")?,
        refused: opt_text(row, "refused")?,
        inline: int(row, "inline")? != 0,
        content_id: opt_text(row, "content_id")?,
        data: Vec::new(),
    })
}

impl Store {
    /// The message with this provider id on a channel.
    pub async fn message_by_external_id(
        &self,
        channel: lotsen_domain::Channel,
        external_id: &str,
    ) -> Result<Option<MessageId>, StoreError> {
        let row = sqlx::query("SELECT id FROM messages WHERE channel = $1 AND external_id = $2")
            .bind(channel.as_str())
            .bind(external_id)
            .fetch_optional(self.reader())
            .await?;
        row.map(|r| parsed(&r, "id")).transpose()
    }
}

impl Store {
    /// A message's attachments with their stored content.
    pub async fn attachments_with_content(
        &self,
        message_id: MessageId,
    ) -> Result<Vec<AttachmentRecord>, StoreError> {
        let rows = sqlx::query(
            "SELECT a.position, a.filename, a.content_type, a.size, a.sha256, a.refused, a.inline, a.content_id
             FROM message_attachments a WHERE a.message_id = $1 ORDER BY a.position",
        )
        .bind(message_id.to_string())
        .fetch_all(self.reader())
        .await?;
        let mut out = Vec::with_capacity(rows.len());
        for row in &rows {
            let mut record = attachment_row(row)?;
            if record.refused.is_none() {
                record.data = self.blob(&record.sha256).await?.unwrap_or_default();
            }
            out.push(record);
        }
        Ok(out)
    }
}
