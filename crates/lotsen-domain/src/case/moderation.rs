//! The code-of-conduct workflow on a public post or comment that broke a rule, in the
//! order the code demands: a public reply naming the rule first, then the post hidden or
//! deleted, then a private explanation to its author; a lead may show a hidden post
//! again. Each step is a `Moderated` event with the agent (the event's actor), the rule
//! and the evidence as it read when the step was taken.

use serde::{Deserialize, Serialize};

use super::events::EventKind;
use super::{Case, Channel, Visibility, string_enum};
use crate::agent::Actor;
use crate::error::{DomainError, Validator};
use crate::ids::MessageId;

string_enum!(
    /// One step of the workflow.
    ModerationStep {
        /// The public answer that names the rule (always first).
        PublicReply = "public_reply",
        /// The post hidden from everyone but its author.
        Hide = "hide",
        /// The post deleted.
        Delete = "delete",
        /// The private message telling the author why (after hiding or deleting).
        PrivateExplanation = "private_explanation",
        /// A hidden post shown again (leads and admins).
        Reinstate = "reinstate",
    }
);

/// The rules of the code of conduct, as the text guard names them.
pub const RULES: [&str; 6] = [
    "threat",
    "racism",
    "sexism",
    "severe_profanity",
    "staff_named",
    "harassment",
];

/// Where one public post stands in the workflow.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Moderation {
    /// The post or comment.
    pub message_id: MessageId,
    /// The rule it broke.
    pub rule: String,
    /// The public reply was sent.
    pub replied: bool,
    /// Hidden now.
    pub hidden: bool,
    /// Deleted.
    pub deleted: bool,
    /// The private explanation was sent.
    pub explained: bool,
}

/// What a step is taken on: the post, and whether it is a public one on a social channel
/// (checked by the caller, which has the message).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ModerationTarget {
    /// The post or comment.
    pub message_id: MessageId,
    /// Its channel.
    pub channel: Channel,
    /// Its visibility.
    pub visibility: Visibility,
}

fn order(code: &'static str, message: &str) -> DomainError {
    DomainError::conflict(code, message.to_owned())
}

impl Case {
    /// Where a post stands in the workflow, if a step was taken on it.
    pub fn moderation_of(&self, message_id: MessageId) -> Option<&Moderation> {
        self.moderation.iter().find(|m| m.message_id == message_id)
    }

    /// Takes one step on a public post. The public reply and the private explanation are
    /// messages (`reply`: their id and channel, and the text, checked for content); hide,
    /// delete and reinstate are not.
    pub fn moderate(
        &self,
        actor: &Actor,
        target: ModerationTarget,
        step: ModerationStep,
        rule: &str,
        evidence: &str,
        reply: Option<(MessageId, Channel, &str)>,
    ) -> Result<Vec<EventKind>, DomainError> {
        let mut v = Validator::new();
        if !RULES.contains(&rule) {
            v.add("rule", &format!("one of {}", RULES.join(", ")));
        }
        v.require_text("evidence", Some(evidence));
        let writes = matches!(
            step,
            ModerationStep::PublicReply | ModerationStep::PrivateExplanation
        );
        if writes {
            v.require_text("body", reply.map(|(_, _, body)| body));
        }
        v.finish()?;
        if !target.channel.is_social() || target.visibility != Visibility::Public {
            return Err(order(
                "not_public_post",
                "only a public post or comment on a social channel is moderated",
            ));
        }
        let state = self.moderation_of(target.message_id);
        if let Some(s) = state
            && s.rule != rule
        {
            return Err(order(
                "other_rule",
                &format!("this post is being moderated for {}", s.rule),
            ));
        }
        let replied = state.is_some_and(|s| s.replied);
        let hidden = state.is_some_and(|s| s.hidden);
        let deleted = state.is_some_and(|s| s.deleted);
        let explained = state.is_some_and(|s| s.explained);
        match step {
            ModerationStep::PublicReply if replied => {
                return Err(order("already_replied", "the post was answered already"));
            }
            ModerationStep::Hide | ModerationStep::Delete if !replied => {
                return Err(order(
                    "reply_first",
                    "answer the post publicly, naming the rule, before hiding or deleting it",
                ));
            }
            ModerationStep::Hide | ModerationStep::Delete if deleted => {
                return Err(order("already_deleted", "the post is deleted"));
            }
            ModerationStep::Hide if hidden => {
                return Err(order("already_hidden", "the post is hidden"));
            }
            ModerationStep::PrivateExplanation if !(hidden || deleted) => {
                return Err(order(
                    "hide_first",
                    "hide or delete the post before explaining why in private",
                ));
            }
            ModerationStep::PrivateExplanation if explained => {
                return Err(order("already_explained", "the author was told already"));
            }
            ModerationStep::Reinstate if !actor.is_lead_or_admin() => {
                return Err(DomainError::forbidden(
                    "leads_only",
                    "only a lead or an admin may show a hidden post again",
                ));
            }
            ModerationStep::Reinstate if !hidden => {
                return Err(order("not_hidden", "the post is not hidden"));
            }
            _ => {}
        }
        let mut events = if step == ModerationStep::Reinstate {
            if actor.agent_id().is_none() {
                return Err(DomainError::forbidden(
                    "agents_only",
                    "only agents moderate",
                ));
            }
            Vec::new()
        } else {
            self.ensure_active()?;
            self.owner_or_claim(actor)?
        };
        let reply_id = reply.filter(|_| writes).map(|(id, channel, _)| {
            let visibility = if step == ModerationStep::PublicReply {
                Visibility::Public
            } else {
                Visibility::Private
            };
            events.push(EventKind::ReplySent {
                message_id: id,
                channel,
                visibility,
            });
            id
        });
        events.push(EventKind::Moderated {
            message_id: target.message_id,
            step,
            rule: rule.to_owned(),
            evidence: evidence.chars().take(500).collect(),
            reply_id,
        });
        Ok(events)
    }

    /// Lotsen hides a public post that holds personal data, at once (no reply first:
    /// every minute it stays up, anyone can read the number).
    pub fn hide_personal_data(
        &self,
        actor: &Actor,
        target: ModerationTarget,
        kinds: Vec<String>,
    ) -> Result<Vec<EventKind>, DomainError> {
        if !matches!(actor, Actor::System) {
            return Err(DomainError::forbidden(
                "system_only",
                "personal data is hidden by Lotsen itself",
            ));
        }
        if !target.channel.is_social() || target.visibility != Visibility::Public {
            return Err(order(
                "not_public_post",
                "only a public post or comment on a social channel is hidden",
            ));
        }
        Ok(vec![EventKind::PersonalDataHidden {
            message_id: target.message_id,
            kinds,
        }])
    }

    /// An agent moves a public conversation to private: a public note (`public`: its
    /// id, channel and text) and a private message (`private`), one case throughout.
    pub fn move_to_private(
        &self,
        actor: &Actor,
        public: (MessageId, Channel, &str),
        private: (MessageId, Channel, &str),
    ) -> Result<Vec<EventKind>, DomainError> {
        let mut v = Validator::new();
        v.require_text("public_body", Some(public.2));
        v.require_text("body", Some(private.2));
        v.finish()?;
        if !public.1.is_social() || !private.1.is_social() {
            return Err(order(
                "not_social",
                "only a conversation on a social channel moves to private",
            ));
        }
        self.ensure_active()?;
        let mut events = self.owner_or_claim(actor)?;
        events.push(EventKind::ReplySent {
            message_id: public.0,
            channel: public.1,
            visibility: Visibility::Public,
        });
        events.push(EventKind::ReplySent {
            message_id: private.0,
            channel: private.1,
            visibility: Visibility::Private,
        });
        events.push(EventKind::MovedToPrivate {
            public_reply_id: public.0,
            private_reply_id: private.0,
        });
        Ok(events)
    }

    /// Folds a `Moderated` event into the workflow's state.
    pub(super) fn apply_moderation(
        &mut self,
        message_id: MessageId,
        step: ModerationStep,
        rule: &str,
    ) {
        let at = match self
            .moderation
            .iter()
            .position(|m| m.message_id == message_id)
        {
            Some(i) => i,
            None => {
                self.moderation.push(Moderation {
                    message_id,
                    rule: rule.to_owned(),
                    replied: false,
                    hidden: false,
                    deleted: false,
                    explained: false,
                });
                self.moderation.len() - 1
            }
        };
        let m = &mut self.moderation[at];
        match step {
            ModerationStep::PublicReply => m.replied = true,
            ModerationStep::Hide => m.hidden = true,
            ModerationStep::Delete => {
                m.deleted = true;
                m.hidden = false;
            }
            ModerationStep::PrivateExplanation => m.explained = true,
            ModerationStep::Reinstate => m.hidden = false,
        }
    }
}
