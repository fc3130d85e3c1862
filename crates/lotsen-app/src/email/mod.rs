//! The email channel's use cases: a received message's bytes become a case message
//! (threaded by Message-ID, References, the case token or the customer's open case) or a
//! dead letter with its reason, never nothing; dead letters are listed and re-processed;
//! a reply is composed for the binary's sender, which records its delivery.

mod inbound;
mod outbound;

pub use inbound::{EmailIntake, dead_letter, dead_letters, receive_raw, reprocess};
pub use outbound::{Outgoing, PERMANENT, delivered, outgoing};

use jiff::SignedDuration;
use lotsen_channels::email::Limits;
use lotsen_domain::Channel;

/// The outbox job kind that sends a message on a channel: its own sender for email, for
/// Meta's channels and for the web chat, `deliver_message` for the rest.
pub fn delivery_kind(channel: Channel) -> &'static str {
    match channel {
        Channel::Email => "deliver_email",
        Channel::Chat => crate::chat::DELIVER_CHAT,
        c if c.is_social() => crate::meta_out::DELIVER_META,
        _ => "deliver_message",
    }
}

/// The email channel's addresses and limits.
#[derive(Debug, Clone)]
pub struct MailSettings {
    /// The support address replies are sent from (`LOTSEN_SMTP__FROM`); mail from it is
    /// a loop, never a customer.
    pub support_address: Option<String>,
    /// Sizes accepted.
    pub limits: Limits,
    /// Messages one sender may write per window before the rest are notices.
    pub rate_limit: u32,
    /// The rate limit's window.
    pub rate_window: SignedDuration,
}

impl Default for MailSettings {
    fn default() -> Self {
        Self {
            support_address: None,
            limits: Limits::default(),
            rate_limit: 30,
            rate_window: SignedDuration::from_hours(1),
        }
    }
}

impl MailSettings {
    /// The domain of the support address, for our Message-IDs.
    pub fn domain(&self) -> &str {
        self.support_address
            .as_deref()
            .and_then(|a| a.rsplit_once('@'))
            .map_or("lotsen.invalid", |(_, d)| d)
    }
}

/// Only admins see and re-process dead letters: they hold raw mail.
fn require_admin(actor: &lotsen_domain::Agent) -> Result<(), crate::AppError> {
    if actor.role != lotsen_domain::Role::Admin {
        return Err(crate::AppError::Forbidden {
            code: "admin_only",
            message: "only an admin may read dead letters".into(),
        });
    }
    Ok(())
}

/// One attachment of a message with its content; a refused one is a conflict.
pub async fn attachment(
    app: &crate::App,
    _viewer: &lotsen_domain::Agent,
    message_id: lotsen_domain::MessageId,
    position: u32,
) -> Result<lotsen_store::AttachmentRecord, crate::AppError> {
    let record = app
        .store
        .attachment(message_id, position)
        .await?
        .ok_or(crate::AppError::NotFound("attachment"))?;
    if let Some(why) = &record.refused {
        return Err(crate::AppError::Conflict {
            code: "attachment_refused",
            message: format!("the attachment was refused at intake ({why})"),
        });
    }
    Ok(record)
}

/// The raw original of an email Lotsen received.
pub async fn raw_message(
    app: &crate::App,
    _viewer: &lotsen_domain::Agent,
    message_id: lotsen_domain::MessageId,
) -> Result<Vec<u8>, crate::AppError> {
    app.store
        .raw_email(message_id)
        .await?
        .ok_or(crate::AppError::NotFound("raw message"))
}

/// When a rate-limit window has closed since the last tick, forgets the counts of the
/// windows before the last one.
pub async fn forget_old_sender_counts(
    app: &crate::App,
    since: jiff::Timestamp,
    now: jiff::Timestamp,
) -> Result<(), crate::AppError> {
    let window = app.mail.rate_window;
    let current = inbound::window_start(now, window);
    if inbound::window_start(since, window) == current {
        return Ok(());
    }
    let before = current.checked_sub(window).unwrap_or(current);
    app.store.prune_sender_counts(before).await?;
    Ok(())
}
