//! Replies on Facebook, Instagram and Messenger, made ready for the binary's Graph API
//! sender: what a reply is on Meta's side (a public answer under the customer's latest
//! comment or post, a private message to their page-scoped id, or a private reply to
//! their comment when they only ever wrote in public), its text signed with the agent's
//! signature name, and each attempt's outcome recorded as the message's delivery.

use lotsen_channels::meta::graph::Action;
use lotsen_domain::{Actor, Channel, Direction, MessageId, Visibility};

use crate::{App, AppError};

/// The outbox job kind of replies on Meta's channels.
pub const DELIVER_META: &str = "deliver_meta";

/// A reply ready for the Graph API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GraphSend {
    /// The message.
    pub message_id: MessageId,
    /// What to do on Meta's side.
    pub action: Action,
    /// The text sent, signed.
    pub text: String,
}

/// Why a reply cannot be sent at all (retrying will not help).
pub const PERMANENT: [&str; 3] = ["not_social", "no_meta_thread", "no_text"];

fn permanent(code: &'static str, message: &str) -> AppError {
    AppError::Conflict {
        code,
        message: message.to_owned(),
    }
}

/// Composes the reply `message_id`; `answers` names the post it answers when that is
/// not simply the customer's latest (a moderation step answers the post it is about).
pub async fn outgoing(
    app: &App,
    message_id: MessageId,
    answers: Option<MessageId>,
) -> Result<GraphSend, AppError> {
    let message = app
        .store
        .message(message_id)
        .await?
        .ok_or(AppError::NotFound("message"))?;
    if message.direction != Direction::Outbound || !message.channel.is_social() {
        return Err(permanent(
            "not_social",
            "the message is not an outbound social-media reply",
        ));
    }
    let instagram = message.channel == Channel::Instagram;
    // Public answers go under the customer's latest public comment or post.
    let public_channel = if instagram {
        Channel::Instagram
    } else {
        Channel::Facebook
    };
    let answered = match answers {
        Some(id) => app
            .store
            .message(id)
            .await?
            .filter(|m| m.case_id == message.case_id && m.visibility == Visibility::Public),
        None => {
            app.store
                .latest_inbound(message.case_id, public_channel, Visibility::Public)
                .await?
        }
    };
    let latest_public = answered
        .and_then(|m| m.external_id)
        .and_then(|id| lotsen_channels::meta::object_id(&id).map(str::to_owned));
    let action = match message.visibility {
        Visibility::Public => Action::Comment {
            target: latest_public.ok_or_else(|| {
                permanent(
                    "no_meta_thread",
                    "the customer has no public comment or post to answer",
                )
            })?,
            instagram,
        },
        Visibility::Private => {
            let private_channel = if instagram {
                Channel::Instagram
            } else {
                Channel::Messenger
            };
            let wrote_privately = app
                .store
                .latest_inbound(message.case_id, private_channel, Visibility::Private)
                .await?
                .is_some();
            let recipient = if wrote_privately {
                recipient(app, message.case_id, instagram).await?
            } else {
                None
            };
            match (recipient, latest_public) {
                (Some(recipient), _) => Action::Message { recipient },
                (None, Some(comment_id)) => Action::PrivateReply { comment_id },
                (None, None) => {
                    return Err(permanent(
                        "no_meta_thread",
                        "the customer has neither written privately nor commented",
                    ));
                }
            }
        }
    };
    let signature = match &message.author {
        Actor::Agent { id, .. } => app.store.agent(*id).await?.map(|a| a.signature_name),
        _ => None,
    };
    let text = signed(&message.body, signature.as_deref());
    if text.trim().is_empty() {
        return Err(permanent("no_text", "the reply has no text"));
    }
    Ok(GraphSend {
        message_id,
        action,
        text,
    })
}

/// The Graph API action of a moderation job (`hide`, `unhide`, `delete`) on a post.
pub async fn moderation_action(
    app: &App,
    kind: &str,
    target: MessageId,
) -> Result<Action, AppError> {
    let post = app
        .store
        .message(target)
        .await?
        .ok_or(AppError::NotFound("message"))?;
    let comment_id = post
        .external_id
        .as_deref()
        .and_then(lotsen_channels::meta::object_id)
        .map(str::to_owned)
        .filter(|_| post.visibility == Visibility::Public && post.channel.is_social())
        .ok_or_else(|| permanent("no_meta_thread", "the post has no Meta object to act on"))?;
    let instagram = post.channel == Channel::Instagram;
    Ok(match kind {
        "delete" => Action::Delete { comment_id },
        "unhide" => Action::Hide {
            comment_id,
            hidden: false,
            instagram,
        },
        _ => Action::Hide {
            comment_id,
            hidden: true,
            instagram,
        },
    })
}

/// The customer's page- or Instagram-scoped id (`facebook:<id>`, `instagram:<id>`).
async fn recipient(
    app: &App,
    case_id: lotsen_domain::CaseId,
    instagram: bool,
) -> Result<Option<String>, AppError> {
    let (_, customer) = crate::cases::with_customer(app, case_id).await?;
    let prefix = if instagram { "instagram:" } else { "facebook:" };
    Ok(crate::cases::provider_id(&customer, prefix))
}

/// A reply signed with the agent's signature name on a line of its own ("/Anna"),
/// unless the agent already signed it.
pub fn signed(body: &str, signature: Option<&str>) -> String {
    let body = body.trim();
    match signature.map(str::trim).filter(|s| !s.is_empty()) {
        Some(name) if !body.ends_with(name) => format!("{body}\n/{name}"),
        _ => body.to_owned(),
    }
}

/// Records an attempt: `sent` (with Meta's id for the new comment or message, kept as
/// the message's external id), `retrying`, or `failed` after the last attempt.
pub async fn delivered(
    app: &App,
    message_id: MessageId,
    outcome: Result<Option<&str>, &str>,
    attempts: u32,
    last_attempt: bool,
) -> Result<(), AppError> {
    let (status, detail) = match outcome {
        Ok(id) => {
            if let Some(id) = id {
                app.store.set_sent_message_id(message_id, id).await?;
            }
            ("sent", id.map(|i| format!("Meta id {i}")))
        }
        Err(why) if last_attempt => ("failed", Some(why.to_owned())),
        Err(why) => ("retrying", Some(why.to_owned())),
    };
    let detail: Option<String> = detail.map(|d| d.chars().take(500).collect());
    app.store
        .set_delivery(
            message_id,
            status,
            attempts,
            detail.as_deref(),
            app.clock.now(),
        )
        .await?;
    tracing::info!(message.id = %message_id, status, attempts, "social delivery recorded");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reply_is_signed_once() {
        assert_eq!(signed("Hej Eva!", Some("Anna")), "Hej Eva!\n/Anna");
        assert_eq!(signed("Hej Eva!\n/Anna", Some("Anna")), "Hej Eva!\n/Anna");
        assert_eq!(signed(" Hej! ", None), "Hej!");
        assert_eq!(signed("Hej!", Some("  ")), "Hej!");
    }
}
