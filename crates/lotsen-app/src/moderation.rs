//! The code-of-conduct workflow as a use case: an agent takes one step on a customer's
//! public post (the domain enforces the order: public reply naming the rule, hide or
//! delete, private explanation; a lead reinstates). The replies are written from
//! templates that name the rule unless the agent writes their own, and go out through
//! the outbox like any reply; hiding, deleting and showing again are Graph API calls
//! queued in the same transaction. The evidence kept with each step is what the text
//! guard found for the rule, or the post itself, as it read then. Moving a public
//! conversation to private is one step too: a public note under the customer's post and
//! a private message to them, on the same case.

use lotsen_domain::case::{ModerationStep, ModerationTarget};
use lotsen_domain::{Agent, CaseId, Channel, Direction, Message, MessageId, Outbound, Visibility};
use lotsen_store::OutboxJob;

use crate::meta_out::DELIVER_META;
use crate::{App, AppError};

/// What the agent asks for.
#[derive(Debug, Clone)]
pub struct ModerationRequest {
    /// The customer's public post or comment.
    pub message_id: MessageId,
    /// Which step.
    pub step: ModerationStep,
    /// The rule it broke (`racism`, `threat` ...).
    pub rule: String,
    /// The reply's text, for the reply steps; the rule's template when not given.
    pub body: Option<String>,
}

/// The rule the text guard found a customer's post breaking first, if any.
pub fn detected_rule(post: &Message) -> Option<String> {
    post.analysis
        .as_ref()
        .and_then(|a| a["moderation"].as_array())
        .and_then(|v| v.first())
        .and_then(|v| v["category"].as_str())
        .map(str::to_owned)
}

/// The rule in words, for the templates.
fn rule_in_swedish(rule: &str) -> &'static str {
    match rule {
        "threat" => "hot",
        "racism" => "rasism",
        "sexism" => "sexism",
        "severe_profanity" => "grovt språk",
        "staff_named" => "uthängning av våra medarbetare",
        _ => "trakasserier",
    }
}

/// The template of a reply step, naming the rule.
pub fn template(step: ModerationStep, rule: &str, deleted: bool) -> String {
    let rule = rule_in_swedish(rule);
    match step {
        ModerationStep::PublicReply => format!(
            "Hej! Här får alla ställa frågor och säga vad de tycker, men inlägg med {rule} bryter mot våra regler för kommentarer och tas bort. Vi skriver till dig i ett privat meddelande."
        ),
        _ => {
            let done = if deleted { "tagit bort" } else { "dolt" };
            format!(
                "Hej! Vi har {done} din kommentar eftersom den bröt mot våra regler för kommentarer ({rule}). Har du en fråga till oss hjälper vi gärna till här."
            )
        }
    }
}

/// The evidence for a rule in a post: what the guard found, or the post's text.
fn evidence(post: &Message, rule: &str) -> String {
    // The stored analysis is the guard's JSON: `moderation: [{category, evidence}]`.
    let found = post
        .analysis
        .as_ref()
        .and_then(|a| a.get("moderation"))
        .and_then(|m| m.as_array())
        .and_then(|list| {
            list.iter()
                .find(|v| v.get("category").and_then(|c| c.as_str()) == Some(rule))
        })
        .and_then(|v| v.get("evidence").and_then(|e| e.as_str()))
        .map(str::to_owned);
    found.unwrap_or_else(|| post.body.chars().take(500).collect())
}

/// Takes one step; returns the case and the reply's id, for the reply steps.
pub async fn moderate(
    app: &App,
    actor: &Agent,
    case_id: CaseId,
    req: ModerationRequest,
) -> Result<(lotsen_domain::Case, Option<MessageId>), AppError> {
    let post = app
        .store
        .message(req.message_id)
        .await?
        .filter(|m| m.case_id == case_id && m.direction == Direction::Inbound)
        .ok_or(AppError::NotFound("message"))?;
    let evidence = evidence(&post, &req.rule);
    let writes = matches!(
        req.step,
        ModerationStep::PublicReply | ModerationStep::PrivateExplanation
    );
    let reply_id: Option<MessageId> = writes.then(|| app.id());
    let job_id = app.ids.next_uuid();
    let target = ModerationTarget {
        message_id: post.id,
        channel: post.channel,
        visibility: post.visibility,
    };
    let case = crate::cases::change(app, actor, case_id, |case, ch| {
        let deleted = case.moderation_of(post.id).is_some_and(|m| m.deleted);
        let body = req
            .body
            .clone()
            .filter(|b| !b.trim().is_empty())
            .unwrap_or_else(|| template(req.step, &req.rule, deleted));
        let reply = reply_id.map(|id| (id, post.channel, body.as_str()));
        ch.events = case.moderate(&ch.actor, target, req.step, &req.rule, &evidence, reply)?;
        let payload = match reply_id {
            Some(id) => {
                let visibility = if req.step == ModerationStep::PublicReply {
                    Visibility::Public
                } else {
                    Visibility::Private
                };
                ch.messages = vec![Message::outbound(Outbound {
                    id,
                    case_id: case.id,
                    channel: post.channel,
                    visibility,
                    author: ch.actor.clone(),
                    body: &body,
                    at: ch.at,
                })];
                serde_json::json!({ "message_id": id, "answers": post.id, "channel": post.channel.as_str() })
            }
            None => {
                let action = match req.step {
                    ModerationStep::Delete => "delete",
                    ModerationStep::Reinstate => "unhide",
                    _ => "hide",
                };
                serde_json::json!({ "moderate": action, "target": post.id })
            }
        };
        ch.outbox = vec![OutboxJob {
            id: job_id,
            kind: DELIVER_META,
            case_id: Some(case.id),
            payload,
            at: ch.at,
        }];
        Ok(())
    })
    .await?;
    tracing::info!(case.id = %case_id, message.id = %post.id, step = req.step.as_str(), rule = %req.rule, "moderation step");
    Ok((case, reply_id))
}

/// The public note of a conversation moved to private, unless the agent writes one.
pub const MOVED_TO_PRIVATE: &str =
    "Hej! Vi skriver till dig i ett privat meddelande, så kan vi hjälpa dig vidare där.";

/// Moves a public conversation to private in one step: a public note under the
/// customer's latest public post and a private message with the agent's text, both on
/// the case; returns the case and the private message's id.
pub async fn move_to_private(
    app: &App,
    actor: &Agent,
    case_id: CaseId,
    body: &str,
    public_body: Option<&str>,
) -> Result<(lotsen_domain::Case, MessageId), AppError> {
    let case = app
        .store
        .case(case_id)
        .await?
        .ok_or(AppError::NotFound("case"))?;
    // The customer's latest public post, on Facebook or Instagram.
    let mut post = None;
    for channel in [Channel::Facebook, Channel::Instagram] {
        if let Some(m) = app
            .store
            .latest_inbound(case.id, channel, Visibility::Public)
            .await?
            .filter(|m| {
                post.as_ref()
                    .is_none_or(|p: &Message| m.created_at > p.created_at)
            })
        {
            post = Some(m);
        }
    }
    let post = post.ok_or(AppError::Conflict {
        code: "no_public_post",
        message: "the customer has written nothing in public on this case".into(),
    })?;
    let private_channel = if post.channel == Channel::Instagram {
        Channel::Instagram
    } else {
        Channel::Messenger
    };
    let public_id: MessageId = app.id();
    let private_id: MessageId = app.id();
    let jobs = [app.ids.next_uuid(), app.ids.next_uuid()];
    let public_body = public_body
        .map(str::trim)
        .filter(|b| !b.is_empty())
        .unwrap_or(MOVED_TO_PRIVATE);
    let case = crate::cases::change(app, actor, case_id, |case, ch| {
        ch.events = case.move_to_private(
            &ch.actor,
            (public_id, post.channel, public_body),
            (private_id, private_channel, body),
        )?;
        let message = |id, channel, visibility, body: &str| {
            Message::outbound(Outbound {
                id,
                case_id: case.id,
                channel,
                visibility,
                author: ch.actor.clone(),
                body,
                at: ch.at,
            })
        };
        ch.messages = vec![
            message(public_id, post.channel, Visibility::Public, public_body),
            message(private_id, private_channel, Visibility::Private, body),
        ];
        ch.outbox = [(jobs[0], public_id), (jobs[1], private_id)]
            .into_iter()
            .map(|(job, id)| OutboxJob {
                id: job,
                kind: DELIVER_META,
                case_id: Some(case.id),
                payload: serde_json::json!({ "message_id": id, "answers": post.id }),
                at: ch.at,
            })
            .collect();
        Ok(())
    })
    .await?;
    Ok((case, private_id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_templates_name_the_rule() {
        let public = template(ModerationStep::PublicReply, "racism", false);
        assert!(public.contains("rasism"), "{public}");
        let private = template(ModerationStep::PrivateExplanation, "threat", true);
        assert!(
            private.contains("tagit bort") && private.contains("hot"),
            "{private}"
        );
        let hidden = template(ModerationStep::PrivateExplanation, "sexism", false);
        assert!(hidden.contains("dolt"), "{hidden}");
    }
}
