//! The rules. Each command checks its input (all bad fields at once), then who may act,
//! then the case's state, and returns the events to record. Nothing here mutates.

use super::events::{EventKind, NoticeReason};
use super::tasks::{EscalationKind, HandoffStatus};
use super::{Case, CaseKind, Channel, Priority, Visibility};
use crate::agent::Actor;
use crate::error::{DomainError, Validator};
use crate::ids::{
    AgentId, CaseRef, CustomerId, EscalationId, HandoffId, MessageId, NoteId, TeamId,
};

/// What opens a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenCase {
    /// Human reference, allocated by the store.
    pub reference: CaseRef,
    /// Subject.
    pub subject: String,
    /// The customer.
    pub customer_id: CustomerId,
    /// Channel of first contact.
    pub channel: Channel,
    /// Enquiry or complaint.
    pub kind: CaseKind,
    /// Priority.
    pub priority: Priority,
    /// Initial team, if routed.
    pub team_id: Option<TeamId>,
    /// Skills the owner needs.
    pub skills: Vec<String>,
}

impl OpenCase {
    /// The opening event.
    pub fn event(self) -> EventKind {
        EventKind::Opened {
            reference: self.reference,
            subject: self.subject,
            customer_id: self.customer_id,
            channel: self.channel,
            case_kind: self.kind,
            priority: self.priority,
            team_id: self.team_id,
            skills: self.skills,
        }
    }
}

/// Where a handoff goes: a person (with the team the case moves to) or a team's queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HandoffTarget {
    /// A named agent; `team_id` is the team the case will belong to.
    Agent {
        /// The agent.
        agent_id: AgentId,
        /// Their team for this case.
        team_id: Option<TeamId>,
    },
    /// A team: a member takes it, or the lead names the owner.
    Team {
        /// The team.
        team_id: TeamId,
    },
}

fn not_active(case: &Case) -> DomainError {
    DomainError::conflict(
        "case_not_active",
        format!(
            "case {} is {} and must be reopened first",
            case.reference, case.status
        ),
    )
}

impl Case {
    pub(crate) fn ensure_active(&self) -> Result<(), DomainError> {
        if self.status.is_active() {
            Ok(())
        } else {
            Err(not_active(self))
        }
    }

    /// Owner, a lead or an admin may act for the case; on an unowned case any agent may,
    /// and becomes its owner (the events returned start with `Assigned`).
    pub(super) fn owner_or_claim(&self, actor: &Actor) -> Result<Vec<EventKind>, DomainError> {
        let Some(agent) = actor.agent_id() else {
            return Err(DomainError::forbidden(
                "agents_only",
                "only agents can do this",
            ));
        };
        match self.owner_id {
            None => Ok(vec![EventKind::Assigned {
                owner_id: agent,
                team_id: home_team(actor, self.team_id),
            }]),
            Some(_) if self.is_owned_by(actor) || actor.is_lead_or_admin() => Ok(Vec::new()),
            Some(_) => Err(DomainError::forbidden(
                "not_owner",
                "only the case's owner or a lead may do this; ask for a handoff",
            )),
        }
    }

    /// The customer wrote again on this case.
    pub fn receive(
        &self,
        message_id: MessageId,
        channel: Channel,
        visibility: Visibility,
    ) -> Result<Vec<EventKind>, DomainError> {
        self.ensure_active()?;
        Ok(vec![EventKind::MessageReceived {
            message_id,
            channel,
            visibility,
        }])
    }

    /// The customer answered a message of this case (by its Message-ID, say, or its
    /// reference): recorded like [`Case::receive`], and a resolved or closed case opens
    /// again, since its problem is evidently not over.
    pub fn receive_answer(
        &self,
        message_id: MessageId,
        channel: Channel,
        visibility: Visibility,
    ) -> Result<Vec<EventKind>, DomainError> {
        let mut events = Vec::new();
        if !self.status.is_active() {
            events.push(EventKind::Reopened {
                reason: "the customer wrote again on this case".into(),
            });
        }
        events.push(EventKind::MessageReceived {
            message_id,
            channel,
            visibility,
        });
        Ok(events)
    }

    /// A notice arrived for the case (an auto-reply, a bounce, a rate-limited sender):
    /// recorded on any case, changing nothing else.
    pub fn receive_notice(
        &self,
        message_id: MessageId,
        channel: Channel,
        reason: NoticeReason,
    ) -> Vec<EventKind> {
        vec![EventKind::NoticeReceived {
            message_id,
            channel,
            reason,
        }]
    }

    /// An agent answers the customer.
    pub fn reply(
        &self,
        actor: &Actor,
        message_id: MessageId,
        channel: Channel,
        visibility: Visibility,
        body: &str,
    ) -> Result<Vec<EventKind>, DomainError> {
        let mut v = Validator::new();
        v.require_text("body", Some(body));
        v.finish()?;
        self.ensure_active()?;
        let mut events = self.owner_or_claim(actor)?;
        events.push(EventKind::ReplySent {
            message_id,
            channel,
            visibility,
        });
        Ok(events)
    }

    /// An agent writes an internal note; allowed on any case, by any agent.
    pub fn add_note(
        &self,
        actor: &Actor,
        note_id: NoteId,
        body: &str,
    ) -> Result<Vec<EventKind>, DomainError> {
        let mut v = Validator::new();
        v.require_text("body", Some(body));
        v.finish()?;
        if actor.agent_id().is_none() {
            return Err(DomainError::forbidden(
                "agents_only",
                "only agents write notes",
            ));
        }
        Ok(vec![EventKind::NoteAdded { note_id }])
    }

    /// Gives an unowned case its owner. Agents may take a case themselves; leads and
    /// admins may assign anyone. An owned case moves only by handoff.
    pub fn assign(
        &self,
        actor: &Actor,
        owner: AgentId,
        team_id: Option<TeamId>,
    ) -> Result<Vec<EventKind>, DomainError> {
        let Some(me) = actor.agent_id() else {
            return Err(DomainError::forbidden(
                "agents_only",
                "only agents assign cases",
            ));
        };
        if owner != me && !actor.is_lead_or_admin() {
            return Err(DomainError::forbidden(
                "assign_requires_lead",
                "an agent may take a case; only a lead assigns it to someone else",
            ));
        }
        self.ensure_active()?;
        if let Some(current) = self.owner_id {
            let code = if current == owner {
                "already_owner"
            } else {
                "already_owned"
            };
            return Err(DomainError::conflict(
                code,
                format!(
                    "case {} has an owner; ownership moves only by a handoff with a note",
                    self.reference
                ),
            ));
        }
        Ok(vec![EventKind::Assigned {
            owner_id: owner,
            team_id: team_id.or(self.team_id),
        }])
    }

    /// Asks to hand the case over; ownership moves only when the receiver accepts.
    pub fn request_handoff(
        &self,
        actor: &Actor,
        handoff_id: HandoffId,
        target: Option<HandoffTarget>,
        note: &str,
    ) -> Result<Vec<EventKind>, DomainError> {
        let mut v = Validator::new();
        v.require_text("note", Some(note));
        match target {
            None => v.add(
                "to_agent_id",
                "either to_agent_id or to_team_id is required",
            ),
            Some(HandoffTarget::Agent { agent_id, .. }) if Some(agent_id) == self.owner_id => {
                v.add("to_agent_id", "is already the owner")
            }
            Some(_) => {}
        }
        v.finish()?;
        let Some(target) = target else {
            return Err(DomainError::invalid("to_agent_id", "required"));
        };
        if self.owner_id.is_some() && !self.is_owned_by(actor) && !actor.is_lead_or_admin() {
            return Err(DomainError::forbidden(
                "not_owner",
                "only the owner or a lead hands a case over",
            ));
        }
        self.ensure_active()?;
        if let Some(pending) = self.pending_handoff() {
            return Err(DomainError::conflict(
                "handoff_pending",
                format!("handoff {} is still waiting for its receiver", pending.id),
            ));
        }
        let (to_agent_id, to_team_id) = match target {
            HandoffTarget::Agent { agent_id, team_id } => (Some(agent_id), team_id),
            HandoffTarget::Team { team_id } => (None, Some(team_id)),
        };
        Ok(vec![EventKind::HandoffRequested {
            handoff_id,
            to_agent_id,
            to_team_id,
            note: note.trim().to_owned(),
        }])
    }

    fn pending(&self, handoff_id: HandoffId) -> Result<&super::Handoff, DomainError> {
        let handoff = self
            .handoffs
            .iter()
            .find(|h| h.id == handoff_id)
            .ok_or(DomainError::NotFound { what: "handoff" })?;
        if handoff.status != HandoffStatus::Pending {
            return Err(DomainError::conflict(
                "handoff_not_pending",
                format!("handoff is already {}", handoff.status.as_str()),
            ));
        }
        if handoff.from_owner_id != self.owner_id {
            return Err(DomainError::conflict(
                "handoff_stale",
                "the case changed owner after this handoff was asked for; ask the owner for a new one",
            ));
        }
        Ok(handoff)
    }

    /// Whether `actor` may accept or decline the handoff: the named agent, a member of
    /// the receiving team (when no agent is named), the team's lead, an admin.
    pub fn may_receive(handoff: &super::Handoff, actor: &Actor) -> bool {
        match (handoff.to_agent_id, handoff.to_team_id) {
            (Some(agent), team) => {
                actor.agent_id() == Some(agent)
                    || actor.is_admin()
                    || team.is_some_and(|t| actor.leads(t))
            }
            (None, Some(team)) => actor.in_team(team) || actor.is_admin(),
            (None, None) => actor.is_admin(),
        }
    }

    /// The receiver accepts. For a team handoff, a member takes the case themselves and a
    /// lead may name the new owner (`owner`, with the owner's team).
    pub fn accept_handoff(
        &self,
        actor: &Actor,
        handoff_id: HandoffId,
        owner: Option<AgentId>,
    ) -> Result<Vec<EventKind>, DomainError> {
        let handoff = self.pending(handoff_id)?;
        if !Self::may_receive(handoff, actor) {
            return Err(DomainError::forbidden(
                "not_receiver",
                "only the receiving agent, a member of the receiving team or its lead may accept",
            ));
        }
        if handoff.to_agent_id.is_some() && owner.is_some() {
            return Err(DomainError::invalid(
                "owner_id",
                "a handoff to an agent makes that agent the owner; name no other",
            ));
        }
        let new_owner = match (handoff.to_agent_id, owner) {
            (Some(agent), _) => agent,
            (None, Some(named)) if Some(named) == actor.agent_id() => named,
            (None, Some(named)) => {
                if !handoff.to_team_id.is_some_and(|t| actor.leads(t)) {
                    return Err(DomainError::forbidden(
                        "assign_requires_lead",
                        "only the receiving team's lead names another owner",
                    ));
                }
                named
            }
            (None, None) => actor.agent_id().ok_or_else(|| {
                DomainError::forbidden("agents_only", "only agents accept handoffs")
            })?,
        };
        if Some(new_owner) == self.owner_id {
            return Err(DomainError::conflict(
                "already_owner",
                "the owner cannot receive their own handoff; decline it instead",
            ));
        }
        self.ensure_active()?;
        Ok(vec![EventKind::HandoffAccepted {
            handoff_id,
            owner_id: new_owner,
            team_id: handoff.to_team_id.or(self.team_id),
        }])
    }

    /// The receiver declines with a reason; the case stays with its owner.
    pub fn decline_handoff(
        &self,
        actor: &Actor,
        handoff_id: HandoffId,
        reason: &str,
    ) -> Result<Vec<EventKind>, DomainError> {
        let mut v = Validator::new();
        v.require_text("reason", Some(reason));
        v.finish()?;
        let handoff = self.pending(handoff_id)?;
        if !Self::may_receive(handoff, actor) {
            return Err(DomainError::forbidden(
                "not_receiver",
                "only the receiving agent, a member of the receiving team or its lead may decline",
            ));
        }
        Ok(vec![EventKind::HandoffDeclined {
            handoff_id,
            reason: reason.trim().to_owned(),
        }])
    }

    /// Asks a specialist team, technical on-call or a manager; the owner stays the owner.
    pub fn escalate(
        &self,
        actor: &Actor,
        escalation_id: EscalationId,
        kind: EscalationKind,
        to_team_id: Option<TeamId>,
        to_agent_id: Option<AgentId>,
        question: &str,
    ) -> Result<Vec<EventKind>, DomainError> {
        let mut v = Validator::new();
        v.require_text("question", Some(question));
        match kind {
            EscalationKind::Manager if to_agent_id.is_none() => {
                v.add("to_agent_id", "a manager escalation names the manager")
            }
            EscalationKind::Specialist | EscalationKind::OnCall
                if to_team_id.is_none() && to_agent_id.is_none() =>
            {
                v.add("to_team_id", "either to_team_id or to_agent_id is required")
            }
            _ => {}
        }
        v.finish()?;
        self.ensure_active()?;
        let mut events = self.owner_or_claim(actor)?;
        events.push(EventKind::Escalated {
            escalation_id,
            escalation_kind: kind,
            to_team_id,
            to_agent_id,
            question: question.trim().to_owned(),
        });
        Ok(events)
    }

    /// Whether `actor` may answer the escalation: the named person or a member of the
    /// team it went to (for a manager, the team's lead), never the one who asked; an admin.
    pub fn may_answer(escalation: &super::Escalation, actor: &Actor) -> bool {
        let named = escalation.to_agent_id.is_some() && escalation.to_agent_id == actor.agent_id();
        let team = match escalation.kind {
            // A manager's answer comes from the named manager or a lead of the team.
            EscalationKind::Manager => escalation.to_team_id.is_some_and(|t| actor.leads(t)),
            _ => escalation.to_team_id.is_some_and(|t| actor.in_team(t)),
        };
        let own_question = escalation.asked_by.is_some() && escalation.asked_by == actor.agent_id();
        actor.is_admin() || (!own_question && (named || team))
    }

    /// The specialist, on-call or manager answers; the case returns to its owner.
    pub fn answer_escalation(
        &self,
        actor: &Actor,
        escalation_id: EscalationId,
        answer: &str,
    ) -> Result<Vec<EventKind>, DomainError> {
        let mut v = Validator::new();
        v.require_text("answer", Some(answer));
        v.finish()?;
        let escalation = self
            .escalations
            .iter()
            .find(|e| e.id == escalation_id)
            .ok_or(DomainError::NotFound { what: "escalation" })?;
        if !Self::may_answer(escalation, actor) {
            return Err(DomainError::forbidden(
                "not_receiver",
                "only the person or team the escalation went to may answer it",
            ));
        }
        if escalation.answer.is_some() {
            return Err(DomainError::conflict(
                "escalation_answered",
                "the escalation is already answered",
            ));
        }
        Ok(vec![EventKind::EscalationAnswered {
            escalation_id,
            answer: answer.trim().to_owned(),
        }])
    }

    pub(super) fn ensure_nothing_pending(&self) -> Result<(), DomainError> {
        let open = self.open_escalations().count();
        if open > 0 {
            return Err(DomainError::conflict(
                "open_escalations",
                format!("{open} escalation(s) still wait for an answer"),
            ));
        }
        if self.pending_handoff().is_some() {
            return Err(DomainError::conflict(
                "handoff_pending",
                "a handoff waits for its receiver; it must be accepted or declined first",
            ));
        }
        Ok(())
    }

    /// Resolves the case with a summary of what solved it.
    pub fn resolve(
        &self,
        actor: &Actor,
        summary: &str,
        category: Option<&str>,
    ) -> Result<Vec<EventKind>, DomainError> {
        let mut v = Validator::new();
        v.require_text("summary", Some(summary));
        if category.is_some_and(|c| c.trim().is_empty()) {
            v.add("category", "must not be blank");
        }
        v.finish()?;
        self.ensure_active()?;
        let mut events = self.owner_or_claim(actor)?;
        self.ensure_nothing_pending()?;
        events.push(EventKind::Resolved {
            summary: summary.trim().to_owned(),
            category: category.map(|c| c.trim().to_owned()),
        });
        Ok(events)
    }

    /// Closes the case without a solution, for a recorded reason.
    pub fn close_unresolved(
        &self,
        actor: &Actor,
        reason: &str,
    ) -> Result<Vec<EventKind>, DomainError> {
        let mut v = Validator::new();
        v.require_text("reason", Some(reason));
        v.finish()?;
        self.ensure_active()?;
        let mut events = self.owner_or_claim(actor)?;
        self.ensure_nothing_pending()?;
        events.push(EventKind::ClosedUnresolved {
            reason: reason.trim().to_owned(),
        });
        Ok(events)
    }

    /// Opens a resolved or closed case again; the owner stays the owner.
    pub fn reopen(&self, actor: &Actor, reason: &str) -> Result<Vec<EventKind>, DomainError> {
        let mut v = Validator::new();
        v.require_text("reason", Some(reason));
        v.finish()?;
        if actor.agent_id().is_none() {
            return Err(DomainError::forbidden(
                "agents_only",
                "only agents reopen cases",
            ));
        }
        if let Some(into) = self.merged_into {
            return Err(DomainError::conflict(
                "case_merged",
                format!(
                    "case {} was merged into another case ({into}); it goes on there",
                    self.reference
                ),
            ));
        }
        if self.status.is_active() {
            return Err(DomainError::conflict(
                "case_active",
                format!("case {} is already open", self.reference),
            ));
        }
        Ok(vec![EventKind::Reopened {
            reason: reason.trim().to_owned(),
        }])
    }
}

/// The team an agent's action puts the case in: the case's team when the agent is in it,
/// otherwise the agent's home team.
fn home_team(actor: &Actor, current: Option<TeamId>) -> Option<TeamId> {
    match actor {
        Actor::Agent { team_ids, .. } => match current {
            Some(team) if team_ids.contains(&team) => Some(team),
            _ => team_ids.first().copied().or(current),
        },
        _ => current,
    }
}
