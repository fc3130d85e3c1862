//! The personal-data guard on Meta's public channels: a customer's public post or
//! comment with a personal identity, card or account number is hidden at once (unless
//! `hide_personal_data` is off), answered publicly with a referral to an authenticated
//! channel, and answered privately where Meta allows (a private reply to the comment).
//! Lotsen's own copy was already stored redacted at intake; the original is not kept.
//! Everything happens in one case change: the `PersonalDataHidden` event, the two
//! automatic answers and their Graph API jobs.

use lotsen_domain::case::{AutoAnswerReason, ModerationTarget};
use lotsen_domain::{Actor, CaseId, Direction, Message, MessageId, Outbound, Visibility};
use lotsen_store::{CaseChange, OutboxJob};

use crate::meta_out::DELIVER_META;
use crate::{App, AppError};

/// The kinds of personal data in a stored message's analysis.
fn kinds(message: &Message) -> Vec<String> {
    let mut kinds: Vec<String> = message
        .analysis
        .as_ref()
        .and_then(|a| a.get("pii"))
        .and_then(|p| p.as_array())
        .into_iter()
        .flatten()
        .filter_map(|span| span.get("kind").and_then(|k| k.as_str()))
        .map(str::to_owned)
        .collect();
    kinds.sort();
    kinds.dedup();
    kinds
}

/// Runs the guard on a message just taken in; whether it acted.
pub async fn after_intake(
    app: &App,
    case_id: CaseId,
    message_id: MessageId,
) -> Result<bool, AppError> {
    if !app.meta.hide_personal_data {
        return Ok(false);
    }
    let Some(post) = app.store.message(message_id).await? else {
        return Ok(false);
    };
    let found = kinds(&post);
    let public_social = post.visibility == Visibility::Public && post.channel.is_social();
    if !public_social || found.is_empty() || post.direction != Direction::Inbound {
        return Ok(false);
    }
    let at = app.clock.now();
    let public_id: MessageId = app.id();
    let private_id: MessageId = app.id();
    let jobs = [
        app.ids.next_uuid(),
        app.ids.next_uuid(),
        app.ids.next_uuid(),
    ];
    let target = ModerationTarget {
        message_id: post.id,
        channel: post.channel,
        visibility: post.visibility,
    };
    let referral = |id: MessageId, visibility: Visibility, body: &str| {
        Message::outbound(Outbound {
            id,
            case_id,
            channel: post.channel,
            visibility,
            author: Actor::System,
            body,
            at,
        })
    };
    // The answers are due a second after the hiding, so the sender takes that first.
    let later = at
        .checked_add(jiff::SignedDuration::from_secs(1))
        .unwrap_or(at);
    let job = |id, payload, at| OutboxJob {
        id,
        kind: DELIVER_META,
        case_id: Some(case_id),
        payload,
        at,
    };
    app.store
        .update_case(case_id, |case| {
            let mut events = case.hide_personal_data(&Actor::System, target, found.clone())?;
            events.extend(case.auto_answer(
                &Actor::System,
                public_id,
                post.channel,
                AutoAnswerReason::PersonalData,
            )?);
            events.extend(case.auto_answer(
                &Actor::System,
                private_id,
                post.channel,
                AutoAnswerReason::PersonalData,
            )?);
            let mut change = CaseChange::events(at, Actor::System, events);
            change.messages = vec![
                referral(public_id, Visibility::Public, &app.meta.referral_public),
                referral(private_id, Visibility::Private, &app.meta.referral_private),
            ];
            // Hidden first: every minute it stays up, anyone can read the number.
            change.outbox = vec![
                job(
                    jobs[0],
                    serde_json::json!({ "moderate": "hide", "target": post.id }),
                    at,
                ),
                job(
                    jobs[1],
                    serde_json::json!({ "message_id": public_id, "answers": post.id }),
                    later,
                ),
                job(
                    jobs[2],
                    serde_json::json!({ "message_id": private_id, "answers": post.id }),
                    later,
                ),
            ];
            Ok(change)
        })
        .await?;
    tracing::info!(case.id = %case_id, message.id = %post.id, kinds = found.len(), "public personal data hidden");
    Ok(true)
}
