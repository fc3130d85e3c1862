//! Intake: an inbound message joins its customer's open case or opens a new one, in one
//! transaction. The same external id twice yields the first message's ids.

use jiff::Timestamp;
use lotsen_domain::case::OpenCase;
use lotsen_domain::{
    Actor, Case, CaseEvent, CaseId, CaseKind, CaseRef, Channel, CustomerId, Direction, Identity,
    Message, MessageId, NoticeReason, Priority, TeamId, Visibility,
};
use sqlx::AnyConnection;

use crate::cases::load_case_for_update;
use crate::codec::{int, micros, parsed};
use crate::email::{EmailRecord, insert_email};
use crate::error::{StoreError, is_unique_violation};
use crate::pool::{Backend, Store};
use crate::write;

/// An inbound message with everything intake needs; ids and time come from the caller.
#[derive(Debug, Clone)]
pub struct InboundRecord {
    /// Id for the message if it is new.
    pub message_id: MessageId,
    /// Id for the case if one is opened.
    pub new_case_id: CaseId,
    /// Id for the customer if none matches.
    pub new_customer_id: CustomerId,
    /// The channel.
    pub channel: Channel,
    /// Public or private.
    pub visibility: Visibility,
    /// Provider id for idempotency.
    pub external_id: Option<String>,
    /// The customer's name as given.
    pub customer_name: String,
    /// How the channel knows the customer (normalised).
    pub identities: Vec<Identity>,
    /// Subject, if any.
    pub subject: Option<String>,
    /// The text.
    pub body: String,
    /// Kind for a new case.
    pub kind: CaseKind,
    /// Priority for a new case.
    pub priority: Priority,
    /// Team for a new case.
    pub team_id: Option<TeamId>,
    /// Skills a new case's owner needs.
    pub skills: Vec<String>,
    /// When received.
    pub at: Timestamp,
    /// The text guard's reading, stored with the message.
    pub analysis: Option<serde_json::Value>,
    /// Whether the message should be hidden from the public.
    pub hide_recommended: bool,
    /// The subject for a new case, if the caller made one (redacted of personal data);
    /// otherwise the subject or the body's first line.
    pub case_subject: Option<String>,
    /// The case the message answers, when the channel threaded it (an email's
    /// In-Reply-To, References or case token); a resolved or closed one opens again.
    pub thread: Option<CaseId>,
    /// When the message is a notice (an auto-reply, a bounce, a rate-limited sender): it
    /// joins its thread or the customer's open case and changes nothing; with neither,
    /// intake refuses it (`notice_without_case`) so the caller keeps it as a dead letter.
    pub notice: Option<NoticeReason>,
    /// An email's details, raw bytes and attachments, written in the same transaction.
    pub email: Option<EmailRecord>,
    /// The sealed original of a body stored redacted, written in the same transaction.
    pub sealed_original: Option<SealedOriginal>,
}

/// A message's original text, sealed by the caller (the store never sees it in clear).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SealedOriginal {
    /// The nonce it was sealed with.
    pub nonce: Vec<u8>,
    /// The sealed bytes.
    pub sealed: Vec<u8>,
}

/// What intake did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InboundOutcome {
    /// The message (the earlier one for a duplicate).
    pub message_id: MessageId,
    /// Its case.
    pub case_id: CaseId,
    /// The case's reference.
    pub case_ref: CaseRef,
    /// Whether this message opened the case.
    pub created_case: bool,
    /// Whether the message had been received before.
    pub duplicate: bool,
    /// The customer.
    pub customer_id: CustomerId,
}

impl Store {
    /// Records an inbound message: idempotent on (channel, external id), durable when it
    /// returns.
    pub async fn record_inbound(
        &self,
        record: &InboundRecord,
    ) -> Result<InboundOutcome, StoreError> {
        let mut last = None;
        for _ in 0..3 {
            match self.try_record_inbound(record).await {
                Err(StoreError::Database(e)) if is_unique_violation(&e) => last = Some(e),
                other => return other,
            }
        }
        Err(last.map_or(StoreError::VersionConflict, StoreError::Database))
    }

    async fn try_record_inbound(&self, r: &InboundRecord) -> Result<InboundOutcome, StoreError> {
        let mut tx = self.writer().begin().await?;
        if self.backend() == Backend::Postgres {
            // Serialise intake per customer identity so two messages cannot open two
            // cases or two customers; every identity is locked, in one order, so two
            // intakes sharing any identity queue and none can deadlock.
            let mut keys: Vec<String> = r
                .identities
                .iter()
                .map(|i| format!("{}:{}", i.kind.as_str(), i.value))
                .collect();
            if keys.is_empty() {
                keys.push(
                    r.external_id
                        .clone()
                        .unwrap_or_else(|| r.message_id.to_string()),
                );
            }
            keys.sort();
            keys.dedup();
            for key in keys {
                sqlx::query("SELECT pg_advisory_xact_lock(hashtext($1))")
                    .bind(key)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        if let Some(found) = find_duplicate(&mut tx, r).await? {
            tx.rollback().await?;
            return Ok(found);
        }
        let customer_id = find_or_create_customer(&mut tx, r).await?;
        let actor = Actor::Customer { id: customer_id };
        let threaded = match r.thread {
            Some(id) => follow_merges(&mut tx, id, self.backend()).await?,
            None => None,
        };
        let joined = match threaded {
            Some(case) => Some((case, true)),
            None => open_case_of(&mut tx, customer_id, self.backend())
                .await?
                .map(|case| (case, false)),
        };
        let mut before = None;
        let (case, events, created) = match joined {
            Some((mut case, answered)) => {
                let expected = case.version;
                before = Some(case.clone());
                let kinds = match r.notice {
                    Some(reason) => case.receive_notice(r.message_id, r.channel, reason),
                    None if answered => {
                        case.receive_answer(r.message_id, r.channel, r.visibility)?
                    }
                    None => case.receive(r.message_id, r.channel, r.visibility)?,
                };
                let events = case.record(r.at, &actor, kinds);
                if !write::update_case(&mut tx, &case, expected).await? {
                    return Err(StoreError::VersionConflict);
                }
                (case, events, false)
            }
            None if r.notice.is_some() => {
                tx.rollback().await?;
                return Err(StoreError::Conflict {
                    code: "notice_without_case",
                    message: "an automatic message matches no case".into(),
                });
            }
            None => {
                let reference = next_case_ref(&mut tx, self.backend()).await?;
                let subject = r
                    .case_subject
                    .clone()
                    .or_else(|| r.subject.clone())
                    .filter(|s| !s.trim().is_empty())
                    .unwrap_or_else(|| subject_from_body(&r.body));
                let opened = CaseEvent {
                    case_id: r.new_case_id,
                    version: 1,
                    at: r.at,
                    actor: actor.clone(),
                    kind: OpenCase {
                        reference,
                        subject,
                        customer_id,
                        channel: r.channel,
                        kind: r.kind,
                        priority: r.priority,
                        team_id: r.team_id,
                        skills: r.skills.clone(),
                    }
                    .event(),
                };
                let mut case = Case::from_opened(&opened)
                    .ok_or_else(|| StoreError::Corrupt("opening event did not open".into()))?;
                let kinds = case.receive(r.message_id, r.channel, r.visibility)?;
                let mut events = vec![opened];
                events.extend(case.record(r.at, &actor, kinds));
                write::insert_case(&mut tx, &case).await?;
                (case, events, true)
            }
        };
        write::insert_events(&mut tx, &events).await?;
        write::sync_queue(&mut tx, &case).await?;
        write::mark_deadlines(&mut tx, &case, r.at).await?;
        write::insert_message(
            &mut tx,
            &Message {
                id: r.message_id,
                case_id: case.id,
                direction: Direction::Inbound,
                channel: r.channel,
                visibility: r.visibility,
                external_id: r.external_id.clone(),
                author: actor,
                subject: r.subject.clone(),
                body: r.body.clone(),
                created_at: r.at,
                analysis: r.analysis.clone(),
                hide_recommended: r.hide_recommended,
            },
        )
        .await?;
        if let Some(email) = &r.email {
            insert_email(&mut tx, r.message_id, email, r.at).await?;
        }
        if let Some(original) = &r.sealed_original {
            sqlx::query(
                "INSERT INTO sealed_originals (message_id, nonce, sealed, created_at) VALUES ($1, $2, $3, $4)",
            )
            .bind(r.message_id.to_string())
            .bind(original.nonce.clone())
            .bind(original.sealed.clone())
            .bind(micros(r.at))
            .execute(&mut *tx)
            .await?;
        }
        let changed = crate::signals::CaseChanged::of(before.as_ref(), &case);
        crate::signals::notify_case_changed(&mut tx, self.backend(), &changed).await?;
        tx.commit().await?;
        self.case_committed(&changed);
        Ok(InboundOutcome {
            message_id: r.message_id,
            case_id: case.id,
            case_ref: case.reference,
            created_case: created,
            duplicate: false,
            customer_id,
        })
    }
}

impl Store {
    /// The case a customer known by `identity` worked on last, if any.
    pub async fn latest_case_of(
        &self,
        identity: &lotsen_domain::Identity,
    ) -> Result<Option<CaseId>, StoreError> {
        let row = sqlx::query(
            "SELECT c.id FROM cases c
             JOIN customer_identities i ON i.customer_id = c.customer_id
             WHERE i.kind = $1 AND i.value = $2
             ORDER BY c.updated_at DESC, c.id LIMIT 1",
        )
        .bind(identity.kind.as_str())
        .bind(&identity.value)
        .fetch_optional(self.reader())
        .await?;
        row.map(|r| parsed(&r, "id")).transpose()
    }

    /// A message's sealed original, if one was kept.
    pub async fn sealed_original(
        &self,
        message_id: MessageId,
    ) -> Result<Option<SealedOriginal>, StoreError> {
        let row = sqlx::query("SELECT nonce, sealed FROM sealed_originals WHERE message_id = $1")
            .bind(message_id.to_string())
            .fetch_optional(self.reader())
            .await?;
        row.map(|r| {
            let bytes = |col: &str| {
                sqlx::Row::try_get::<Vec<u8>, _>(&r, col)
                    .map_err(|e| StoreError::Corrupt(format!("{col}: {e}")))
            };
            Ok(SealedOriginal {
                nonce: bytes("nonce")?,
                sealed: bytes("sealed")?,
            })
        })
        .transpose()
    }
}

/// A short subject from the first line of a body.
fn subject_from_body(body: &str) -> String {
    let line = body
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    let mut subject: String = line.chars().take(80).collect();
    if line.chars().count() > 80 {
        subject.push('…');
    }
    subject
}

async fn find_duplicate(
    conn: &mut AnyConnection,
    r: &InboundRecord,
) -> Result<Option<InboundOutcome>, StoreError> {
    let Some(external_id) = &r.external_id else {
        return Ok(None);
    };
    let row = sqlx::query(
        "SELECT m.id, m.case_id, c.ref_no, c.customer_id FROM messages m JOIN cases c ON c.id = m.case_id
         WHERE m.channel = $1 AND m.external_id = $2",
    )
    .bind(r.channel.as_str())
    .bind(external_id)
    .fetch_optional(conn)
    .await?;
    row.map(|row| {
        Ok(InboundOutcome {
            message_id: parsed(&row, "id")?,
            case_id: parsed(&row, "case_id")?,
            case_ref: CaseRef(u64::try_from(int(&row, "ref_no")?).unwrap_or(0)),
            created_case: false,
            duplicate: true,
            customer_id: parsed(&row, "customer_id")?,
        })
    })
    .transpose()
}

async fn find_or_create_customer(
    conn: &mut AnyConnection,
    r: &InboundRecord,
) -> Result<CustomerId, StoreError> {
    let mut found = None;
    for identity in &r.identities {
        let row = sqlx::query(
            "SELECT customer_id FROM customer_identities WHERE kind = $1 AND value = $2",
        )
        .bind(identity.kind.as_str())
        .bind(&identity.value)
        .fetch_optional(&mut *conn)
        .await?;
        if let Some(row) = row {
            found = Some(parsed::<CustomerId>(&row, "customer_id")?);
            break;
        }
    }
    let customer_id = match found {
        Some(id) => id,
        None => {
            sqlx::query("INSERT INTO customers (id, name, created_at) VALUES ($1, $2, $3)")
                .bind(r.new_customer_id.to_string())
                .bind(r.customer_name.trim())
                .bind(micros(r.at))
                .execute(&mut *conn)
                .await?;
            r.new_customer_id
        }
    };
    for identity in &r.identities {
        sqlx::query(
            "INSERT INTO customer_identities (kind, value, customer_id) VALUES ($1, $2, $3)
             ON CONFLICT (kind, value) DO NOTHING",
        )
        .bind(identity.kind.as_str())
        .bind(&identity.value)
        .bind(customer_id.to_string())
        .execute(&mut *conn)
        .await?;
    }
    Ok(customer_id)
}

/// The case a thread goes on in: the case itself, or the case it was merged into
/// (through a few merges in a row), locked.
async fn follow_merges(
    conn: &mut AnyConnection,
    id: CaseId,
    backend: Backend,
) -> Result<Option<Case>, StoreError> {
    let mut case = load_case_for_update(conn, id, backend).await?;
    for _ in 0..8 {
        match case.as_ref().and_then(|c| c.merged_into) {
            Some(next) => case = load_case_for_update(conn, next, backend).await?,
            None => break,
        }
    }
    Ok(case)
}

async fn open_case_of(
    conn: &mut AnyConnection,
    customer: CustomerId,
    backend: Backend,
) -> Result<Option<Case>, StoreError> {
    let row = sqlx::query(
        "SELECT id FROM cases WHERE customer_id = $1 AND status IN ('open', 'waiting_on_customer')
         ORDER BY updated_at DESC, id LIMIT 1",
    )
    .bind(customer.to_string())
    .fetch_optional(&mut *conn)
    .await?;
    match row {
        // Locked now; a resolution committed in between makes it no longer the open case.
        Some(row) => Ok(load_case_for_update(conn, parsed(&row, "id")?, backend)
            .await?
            .filter(|case| case.status.is_active())),
        None => Ok(None),
    }
}

async fn next_case_ref(conn: &mut AnyConnection, backend: Backend) -> Result<CaseRef, StoreError> {
    let sql = match backend {
        Backend::Sqlite => {
            "UPDATE sequences SET value = value + 1 WHERE name = 'case_ref' RETURNING value AS n"
        }
        Backend::Postgres => "SELECT nextval('case_ref_seq') AS n",
    };
    let row = sqlx::query(sql).fetch_one(conn).await?;
    Ok(CaseRef(u64::try_from(int(&row, "n")?).unwrap_or(0)))
}
