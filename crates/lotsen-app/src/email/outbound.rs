//! A reply on the email channel, made ready for the binary's sender: the customer's
//! address, the agent's signature name over the support address, the thread's ids so it
//! threads both ways, the case token, attachments. The sender records each attempt's
//! outcome as the message's delivery.

use lotsen_channels::email::compose::{self, OutboundAttachment, OutboundEmail};
use lotsen_domain::{Actor, Channel, Direction, IdentityKind, MessageId};

use crate::{App, AppError};

/// A composed reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing {
    /// The message.
    pub message_id: MessageId,
    /// The envelope sender (the support address).
    pub envelope_from: String,
    /// The envelope recipient.
    pub to: String,
    /// The MIME bytes.
    pub bytes: Vec<u8>,
}

/// Why a reply cannot be sent at all (retrying will not help).
pub const PERMANENT: [&str; 3] = ["no_address", "not_email", "unbuildable"];

/// Composes the reply `message_id`, giving it its Message-ID.
pub async fn outgoing(app: &App, message_id: MessageId) -> Result<Outgoing, AppError> {
    let support = app.mail.support_address.clone().ok_or(AppError::Conflict {
        code: "no_support_address",
        message: "no support address is configured (LOTSEN_SMTP__FROM)".into(),
    })?;
    let message = app
        .store
        .message(message_id)
        .await?
        .ok_or(AppError::NotFound("message"))?;
    if message.direction != Direction::Outbound || message.channel != Channel::Email {
        return Err(permanent(
            "not_email",
            "the message is not an outbound email",
        ));
    }
    let (case, customer) = crate::cases::with_customer(app, message.case_id).await?;
    let last = app.store.last_email_of_case(case.id).await?;
    // Answer where the customer asked to be answered, else where they wrote from.
    let to = last
        .as_ref()
        .and_then(|(_, d, _)| d.reply_to.clone().or_else(|| Some(d.from_address.clone())))
        .or_else(|| {
            customer
                .identities
                .iter()
                .find(|i| i.kind == IdentityKind::Email)
                .map(|i| i.value.clone())
        })
        .ok_or_else(|| permanent("no_address", "the customer has no email address"))?;
    let sender_name = match &message.author {
        Actor::Agent { id, .. } => app.store.agent(*id).await?.map(|a| a.signature_name),
        _ => None,
    };
    let header_id = message
        .external_id
        .clone()
        .unwrap_or_else(|| format!("{}@{}", message.id, app.mail.domain()));
    let (in_reply_to, references, subject) = match &last {
        Some((id, details, subject)) => {
            let mut refs = details.references.clone();
            if !refs.contains(id) {
                refs.push(id.clone());
            }
            (
                Some(id.clone()),
                refs,
                subject.clone().unwrap_or_else(|| case.subject.clone()),
            )
        }
        None => (None, Vec::new(), case.subject.clone()),
    };
    let attachments = app
        .store
        .attachments_with_content(message.id)
        .await?
        .into_iter()
        .filter(|a| a.refused.is_none())
        .map(|a| OutboundAttachment {
            filename: a
                .filename
                .unwrap_or_else(|| format!("bilaga-{}", a.position + 1)),
            content_type: a.content_type,
            data: a.data,
        })
        .collect();
    let email = OutboundEmail {
        message_id: header_id.clone(),
        support_address: support.clone(),
        sender_name,
        to_address: to.clone(),
        to_name: Some(customer.name.clone()).filter(|n| !n.trim().is_empty()),
        case_ref: case.reference,
        subject,
        in_reply_to,
        references,
        text: message.body.clone(),
        attachments,
        date: message.created_at.as_second(),
        automatic: matches!(message.author, Actor::System),
    };
    let bytes = compose::compose(&email).map_err(|e| permanent("unbuildable", &e.to_string()))?;
    app.store
        .set_sent_message_id(message.id, &header_id)
        .await?;
    Ok(Outgoing {
        message_id: message.id,
        envelope_from: support,
        to,
        bytes,
    })
}

fn permanent(code: &'static str, message: &str) -> AppError {
    AppError::Conflict {
        code,
        message: message.to_owned(),
    }
}

/// Records an attempt's outcome: `sent` with the relay's answer, `retrying` with the
/// error, or `failed` when no more attempts will be made.
pub async fn delivered(
    app: &App,
    message_id: MessageId,
    outcome: Result<&str, &str>,
    attempts: u32,
    last_attempt: bool,
) -> Result<(), AppError> {
    let (status, detail) = match outcome {
        Ok(answer) => ("sent", answer),
        Err(error) if last_attempt => ("failed", error),
        Err(error) => ("retrying", error),
    };
    let detail: String = detail.chars().take(500).collect();
    app.store
        .set_delivery(message_id, status, attempts, Some(&detail), app.clock.now())
        .await?;
    tracing::info!(message.id = %message_id, status, attempts, "email delivery recorded");
    Ok(())
}
