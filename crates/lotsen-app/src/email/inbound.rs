//! A received email's bytes, from any of the three ways in (SMTP/LMTP, IMAP, the
//! mailgate), become a case message or a dead letter; either is durable when this
//! returns, so a listener answers `250` only after it. Threading: the ids the message
//! answers (In-Reply-To, References, a bounce's returned message) that Lotsen has seen,
//! then the case token `[L-000123]` in the subject, then the customer's open case; else a
//! new case. Machines' mail and senders over the rate limit are notices.

use jiff::Timestamp;
use lotsen_channels::email::{self as mail, Automatic, InboundEmail, Verdict};
use lotsen_domain::customer::CustomerContact;
use lotsen_domain::{CaseId, CaseKind, Channel, NoticeReason, Priority, Visibility};
use lotsen_store::{
    AttachmentRecord, DeadLetter, EmailDetails, EmailRecord, InboundOutcome, NewDeadLetter,
};
use uuid::Uuid;

use crate::intake::{InboundInput, MAX_BODY_CHARS, Threading, receive_threaded};
use crate::{App, AppError};

/// What became of a received email.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EmailIntake {
    /// A message in a case (perhaps the one received before, for the same Message-ID).
    Message(InboundOutcome),
    /// Kept raw as a dead letter, with the reason.
    DeadLetter {
        /// The dead letter.
        id: Uuid,
        /// Why.
        reason: String,
    },
}

impl EmailIntake {
    /// An id to name in the listener's `250` answer.
    pub fn receipt(&self) -> String {
        match self {
            Self::Message(o) => o.message_id.to_string(),
            Self::DeadLetter { id, .. } => id.to_string(),
        }
    }
}

/// Takes in one received message from `source` (`smtp`, `lmtp`, `mailgate`,
/// `imap:<mailbox>`, `api`).
pub async fn receive_raw(app: &App, raw: &[u8], source: &str) -> Result<EmailIntake, AppError> {
    let email = match mail::parse(raw, &app.mail.limits) {
        Ok(email) => email,
        Err(e) => return hold(app, raw, source, e.code(), &e.to_string()).await,
    };
    match take_in(app, raw, &email, false).await? {
        Ok(outcome) => Ok(EmailIntake::Message(outcome)),
        Err((reason, detail)) => hold(app, raw, source, reason, &detail).await,
    }
}

/// A parsed message into its case; `Err` with the reason and detail when it cannot be a
/// case message (a notice matching no case, invalid fields). With `force`, a notice is
/// taken as the customer writing.
async fn take_in(
    app: &App,
    raw: &[u8],
    email: &InboundEmail,
    force: bool,
) -> Result<Result<InboundOutcome, (&'static str, String)>, AppError> {
    let notice = if force {
        None
    } else {
        notice_of(app, email).await?
    };
    let threading = Threading {
        thread: thread_of(app, email).await?,
        notice,
        email: Some(record_of(email, raw)),
        identities: Vec::new(),
    };
    match receive_threaded(app, input_of(email), threading).await {
        Ok(outcome) => {
            if notice == Some(NoticeReason::Bounce) {
                mark_bounced(app, email).await?;
            }
            Ok(Ok(outcome))
        }
        Err(AppError::Conflict {
            code: "notice_without_case",
            ..
        }) => {
            let why = format!(
                "a {} that matches no case",
                notice.map_or("notice", NoticeReason::as_str)
            );
            Ok(Err(("notice_without_case", why)))
        }
        Err(AppError::Invalid(fields)) => {
            let names: Vec<String> = fields
                .iter()
                .map(|f| format!("{} {}", f.field, f.problem))
                .collect();
            Ok(Err(("invalid", names.join("; "))))
        }
        Err(e) => Err(e),
    }
}

/// Keeps the bytes as a dead letter.
async fn hold(
    app: &App,
    raw: &[u8],
    source: &str,
    reason: &str,
    detail: &str,
) -> Result<EmailIntake, AppError> {
    let id = app.ids.next_uuid();
    app.store
        .hold_dead_letter(&NewDeadLetter {
            id,
            source: source.to_owned(),
            reason: reason.to_owned(),
            detail: detail.to_owned(),
            raw: raw.to_vec(),
            raw_sha256: mail::sha256_hex(raw),
            received_at: app.clock.now(),
        })
        .await?;
    tracing::warn!(dead_letter.id = %id, reason, source, "email kept as a dead letter");
    Ok(EmailIntake::DeadLetter {
        id,
        reason: reason.to_owned(),
    })
}

/// Whether the message is a notice: a machine's, from our own address, or over the
/// sender's rate limit (counted only for people's mail).
async fn notice_of(app: &App, email: &InboundEmail) -> Result<Option<NoticeReason>, AppError> {
    let from = email.from.address.to_lowercase();
    if app
        .mail
        .support_address
        .as_deref()
        .is_some_and(|s| s.eq_ignore_ascii_case(&from))
    {
        return Ok(Some(NoticeReason::Loop));
    }
    if let Some(kind) = email.automatic {
        return Ok(Some(match kind {
            Automatic::AutoReply => NoticeReason::AutoReply,
            Automatic::Bounce => NoticeReason::Bounce,
            Automatic::Bulk => NoticeReason::Bulk,
        }));
    }
    let count = app
        .store
        .count_sender(&from, window_start(app.clock.now(), app.mail.rate_window))
        .await?;
    Ok((count > app.mail.rate_limit).then_some(NoticeReason::RateLimited))
}

pub(super) fn window_start(now: Timestamp, window: jiff::SignedDuration) -> Timestamp {
    let width = window.as_micros().max(1);
    let us = now.as_microsecond();
    let start = us - us.rem_euclid(i64::try_from(width).unwrap_or(i64::MAX));
    Timestamp::from_microsecond(start).unwrap_or(now)
}

/// The case the message answers, if Lotsen knows one.
async fn thread_of(app: &App, email: &InboundEmail) -> Result<Option<CaseId>, AppError> {
    if let Some(case) = app.store.case_by_message_ids(&email.thread_ids()).await? {
        return Ok(Some(case));
    }
    match email.case_token {
        Some(reference) => Ok(app.store.case_by_ref(reference).await?.map(|c| c.id)),
        None => Ok(None),
    }
}

fn input_of(email: &InboundEmail) -> InboundInput {
    let name = email.from.name.clone().unwrap_or_else(|| {
        email
            .from
            .address
            .split('@')
            .next()
            .unwrap_or("okänd")
            .to_owned()
    });
    let body = [&email.display_text, &email.text]
        .into_iter()
        .find(|t| !t.trim().is_empty())
        .map(|t| truncate(t, MAX_BODY_CHARS))
        .unwrap_or_else(|| placeholder(email));
    InboundInput {
        channel: Channel::Email,
        external_id: Some(email.message_id.clone()),
        customer: CustomerContact {
            name,
            email: Some(email.from.address.clone()),
            phone: None,
        },
        subject: email.subject.as_ref().map(|s| truncate(s, 300)),
        body: Some(body),
        visibility: Visibility::Private,
        kind: CaseKind::Enquiry,
        priority: Priority::Normal,
        team_id: None,
        tags: Vec::new(),
    }
}

/// The body of a message with no text: what it carried instead.
fn placeholder(email: &InboundEmail) -> String {
    if email.attachments.is_empty() {
        "(meddelandet saknar text)".to_owned()
    } else {
        let names: Vec<&str> = email
            .attachments
            .iter()
            .map(|a| a.filename.as_deref().unwrap_or("namnlös fil"))
            .collect();
        format!("(bifogade filer: {})", names.join(", "))
    }
}

fn truncate(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_owned();
    }
    let mut out: String = text.chars().take(max_chars - 1).collect();
    out.push('…');
    out
}

fn record_of(email: &InboundEmail, raw: &[u8]) -> EmailRecord {
    let addresses = |list: &[mail::Mailbox]| list.iter().map(|m| m.address.clone()).collect();
    EmailRecord {
        details: EmailDetails {
            header_message_id: email.message_id.clone(),
            from_address: email.from.address.clone(),
            from_name: email.from.name.clone(),
            to: addresses(&email.to),
            cc: addresses(&email.cc),
            reply_to: email.reply_to.as_ref().map(|m| m.address.clone()),
            in_reply_to: email.in_reply_to.clone(),
            references: email.references.clone(),
            date: email.date,
            automatic: email.automatic.map(|a| a.as_str().to_owned()),
            encoding_problem: email.encoding_problem,
            full_text: email.text.clone(),
            html: email.html.clone(),
        },
        raw: raw.to_vec(),
        raw_sha256: email.raw_sha256.clone(),
        attachments: email
            .attachments
            .iter()
            .enumerate()
            .map(|(i, a)| AttachmentRecord {
                position: u32::try_from(i).unwrap_or(u32::MAX),
                filename: a.filename.clone(),
                content_type: a.content_type.clone(),
                size: u64::try_from(a.size).unwrap_or(u64::MAX),
                sha256: a.sha256.clone(),
                refused: match a.verdict {
                    Verdict::Accepted => None,
                    Verdict::Refused(why) => Some(why.to_owned()),
                },
                inline: a.inline,
                content_id: a.content_id.clone(),
                data: a.data.clone(),
            })
            .collect(),
    }
}

/// A bounce marks the replies it returned as bounced.
async fn mark_bounced(app: &App, email: &InboundEmail) -> Result<(), AppError> {
    for id in &email.bounced {
        if let Some(message_id) = app.store.message_by_external_id(Channel::Email, id).await? {
            app.store
                .set_delivery(
                    message_id,
                    "bounced",
                    0,
                    Some("the receiving server returned the message"),
                    app.clock.now(),
                )
                .await?;
        }
    }
    Ok(())
}

/// Dead letters for administrators, newest first.
pub async fn dead_letters(
    app: &App,
    actor: &lotsen_domain::Agent,
    status: Option<&str>,
    limit: u32,
) -> Result<Vec<DeadLetter>, AppError> {
    super::require_admin(actor)?;
    if let Some(s) = status
        && !matches!(s, "held" | "reprocessed")
    {
        return Err(AppError::invalid("status", "must be held or reprocessed"));
    }
    if !(1..=500).contains(&limit) {
        return Err(AppError::invalid("limit", "must be between 1 and 500"));
    }
    Ok(app.store.dead_letters(status, limit).await?)
}

/// One dead letter with its raw bytes, for administrators.
pub async fn dead_letter(
    app: &App,
    actor: &lotsen_domain::Agent,
    id: Uuid,
) -> Result<(DeadLetter, Vec<u8>), AppError> {
    super::require_admin(actor)?;
    app.store
        .dead_letter(id)
        .await?
        .ok_or(AppError::NotFound("dead letter"))
}

/// Runs a held dead letter through intake again (after a fix, say). With `force`, a
/// notice that matches no case opens one. The letter is marked re-processed when it
/// became a message; otherwise it stays held and the new reason is returned.
pub async fn reprocess(
    app: &App,
    actor: &lotsen_domain::Agent,
    id: Uuid,
    force: bool,
) -> Result<EmailIntake, AppError> {
    let (letter, raw) = dead_letter(app, actor, id).await?;
    if letter.status != "held" {
        return Err(AppError::Conflict {
            code: "already_reprocessed",
            message: "this dead letter became a message already".into(),
        });
    }
    let outcome = match mail::parse(&raw, &app.mail.limits) {
        Err(e) => EmailIntake::DeadLetter {
            id,
            reason: e.code().to_owned(),
        },
        Ok(email) => match take_in(app, &raw, &email, force).await? {
            Ok(message) => EmailIntake::Message(message),
            Err((reason, _)) => EmailIntake::DeadLetter {
                id,
                reason: reason.to_owned(),
            },
        },
    };
    if let EmailIntake::Message(m) = &outcome {
        app.store
            .dead_letter_reprocessed(id, m.message_id, app.clock.now())
            .await?;
    }
    Ok(outcome)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rate_windows_start_on_their_boundaries() {
        let now: Timestamp = "2026-12-01T10:42:17Z".parse().unwrap();
        let start = window_start(now, jiff::SignedDuration::from_hours(1));
        assert_eq!(start.to_string(), "2026-12-01T10:00:00Z");
    }

    #[test]
    fn long_text_is_cut_with_an_ellipsis() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 4), "abc");
    }
}
