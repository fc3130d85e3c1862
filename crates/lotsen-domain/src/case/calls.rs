//! Phone calls, logged by the agent who took or made them: the agent's notes become a
//! message on the phone channel, and the call's outcome moves the case as an answer
//! would (a customer reached has been answered; a call nobody took changes nothing).

use serde::{Deserialize, Serialize};

use super::events::EventKind;
use super::{Case, Status, string_enum};
use crate::agent::Actor;
use crate::error::{DomainError, Validator};
use crate::ids::MessageId;
use crate::message::Direction;

string_enum!(
    /// How a call went.
    CallOutcome {
        /// We spoke with the customer and answered them.
        Reached = "reached",
        /// We spoke, and promised to call back: the next move is ours.
        CallbackPromised = "callback_promised",
        /// We left a voicemail (outbound only).
        Voicemail = "voicemail",
        /// Nobody answered (outbound only).
        NoAnswer = "no_answer",
    }
);

impl CallOutcome {
    /// Whether the customer heard from us: a response for the deadlines.
    pub fn answers(self) -> bool {
        !matches!(self, Self::NoAnswer)
    }

    /// Whether the next move is the customer's afterwards: the deadlines pause.
    pub fn waits_on_customer(self) -> bool {
        matches!(self, Self::Reached | Self::Voicemail)
    }

    /// The status a call leaves an active case in, if it changes it.
    pub(super) fn status_after(self, now: Status) -> Option<Status> {
        if !now.is_active() {
            return None;
        }
        match self {
            Self::Reached | Self::Voicemail => Some(Status::WaitingOnCustomer),
            Self::CallbackPromised => Some(Status::Open),
            Self::NoAnswer => None,
        }
    }
}

impl Case {
    /// An agent logs a call on this case, with notes (required) and its outcome; any agent
    /// may (the one who took the call), and an unowned case becomes theirs. A customer
    /// who calls about a closed or resolved case opens it again; we only call about an
    /// open one.
    pub fn log_call(
        &self,
        actor: &Actor,
        message_id: MessageId,
        direction: Direction,
        outcome: CallOutcome,
        notes: &str,
        minutes: Option<u32>,
    ) -> Result<Vec<EventKind>, DomainError> {
        let mut v = Validator::new();
        v.require_text("notes", Some(notes));
        if direction == Direction::Inbound
            && matches!(outcome, CallOutcome::Voicemail | CallOutcome::NoAnswer)
        {
            v.add(
                "outcome",
                "a call the customer made was answered: reached or callback_promised",
            );
        }
        if minutes.is_some_and(|m| m > 600) {
            v.add("minutes", "must be at most 600");
        }
        v.finish()?;
        if let Some(into) = self.merged_into {
            return Err(DomainError::conflict(
                "case_merged",
                format!(
                    "case {} was merged into another case ({into}); log the call there",
                    self.reference
                ),
            ));
        }
        let mut events = Vec::new();
        if !self.status.is_active() {
            if direction == Direction::Outbound {
                self.ensure_active()?;
            }
            events.push(EventKind::Reopened {
                reason: "the customer called about this case".into(),
            });
        }
        // Whoever took the call logs it, on anyone's case (the customer never repeats
        // themselves); an unowned case becomes theirs.
        if actor.agent_id().is_none() {
            return Err(DomainError::forbidden(
                "agents_only",
                "only agents log calls",
            ));
        }
        if self.owner_id.is_none() {
            events.extend(self.owner_or_claim(actor)?);
        }
        events.push(EventKind::CallLogged {
            message_id,
            direction,
            outcome,
            minutes,
        });
        Ok(events)
    }
}
