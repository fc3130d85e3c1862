//! A case in a team's queue: offered to an agent by the router, accepted, declined or let
//! pass; handed back to the queue when its owner goes offline; answered automatically;
//! its deadline warnings recorded once; taken over by a lead from the review list.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::events::{AutoAnswerReason, EventKind, SlaAlert};
use super::tasks::{EscalationKind, Handoff, HandoffStatus};
use super::{Case, Channel};
use crate::agent::Actor;
use crate::error::{DomainError, Validator};
use crate::ids::{AgentId, EscalationId, HandoffId, MessageId, TeamId};

/// The router's offer of a queued case to one agent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Offer {
    /// The agent.
    pub agent_id: AgentId,
    /// When offered.
    pub offered_at: Timestamp,
    /// When it goes back to the queue.
    pub expires_at: Timestamp,
}

fn system_only(actor: &Actor) -> Result<(), DomainError> {
    match actor {
        Actor::System => Ok(()),
        _ => Err(DomainError::forbidden(
            "system_only",
            "only Lotsen's router does this",
        )),
    }
}

impl Case {
    /// The pending handoff to a team's queue (no named receiver), if any.
    pub fn queue_handoff(&self) -> Option<&Handoff> {
        self.pending_handoff()
            .filter(|h| h.to_agent_id.is_none() && h.to_team_id.is_some())
    }

    /// The team whose queue the case waits in, if it waits for an owner: an active case
    /// without an owner, or one handed to a team that nobody took yet.
    pub fn queued_in(&self) -> Option<TeamId> {
        if !self.status.is_active() {
            return None;
        }
        if let Some(h) = self.queue_handoff() {
            return h.to_team_id;
        }
        if self.owner_id.is_none() {
            return self.team_id;
        }
        None
    }

    /// The events that give a queued case to `agent` in `team`.
    fn give_to(&self, agent: AgentId, team: Option<TeamId>) -> Result<EventKind, DomainError> {
        if let Some(h) = self.queue_handoff() {
            return Ok(EventKind::HandoffAccepted {
                handoff_id: h.id,
                owner_id: agent,
                team_id: h.to_team_id.or(team),
            });
        }
        if self.owner_id.is_some() || !self.status.is_active() {
            return Err(DomainError::conflict(
                "not_queued",
                format!("case {} is not waiting in a queue", self.reference),
            ));
        }
        Ok(EventKind::Assigned {
            owner_id: agent,
            team_id: team.or(self.team_id),
        })
    }

    fn ensure_queued_without_offer(&self) -> Result<(), DomainError> {
        if self.queued_in().is_none() {
            return Err(DomainError::conflict(
                "not_queued",
                format!("case {} is not waiting in a queue", self.reference),
            ));
        }
        if self.offer.is_some() {
            return Err(DomainError::conflict(
                "offer_pending",
                "the case is offered to an agent already",
            ));
        }
        Ok(())
    }

    /// The router gives a queued case straight to an agent.
    pub fn route_to(
        &self,
        actor: &Actor,
        agent: AgentId,
        team: Option<TeamId>,
    ) -> Result<Vec<EventKind>, DomainError> {
        system_only(actor)?;
        self.ensure_queued_without_offer()?;
        Ok(vec![self.give_to(agent, team)?])
    }

    /// The router offers a queued case to an agent until `expires_at`.
    pub fn offer(
        &self,
        actor: &Actor,
        agent: AgentId,
        expires_at: Timestamp,
    ) -> Result<Vec<EventKind>, DomainError> {
        system_only(actor)?;
        self.ensure_queued_without_offer()?;
        Ok(vec![EventKind::Offered {
            agent_id: agent,
            expires_at,
        }])
    }

    fn my_offer(&self, actor: &Actor) -> Result<Offer, DomainError> {
        match self.offer {
            Some(o) if Some(o.agent_id) == actor.agent_id() => Ok(o),
            Some(_) => Err(DomainError::forbidden(
                "not_offered",
                "the case is offered to someone else",
            )),
            None => Err(DomainError::conflict(
                "no_offer",
                "the case has no pending offer; it went back to the queue",
            )),
        }
    }

    /// The offered agent accepts before the offer runs out and becomes the owner.
    pub fn accept_offer(
        &self,
        actor: &Actor,
        team: Option<TeamId>,
        now: Timestamp,
    ) -> Result<Vec<EventKind>, DomainError> {
        let offer = self.my_offer(actor)?;
        if now > offer.expires_at {
            return Err(DomainError::conflict(
                "offer_expired",
                "the offer ran out and the case went back to the queue",
            ));
        }
        Ok(vec![self.give_to(offer.agent_id, team)?])
    }

    /// The offered agent declines; the case goes back to the queue.
    pub fn decline_offer(&self, actor: &Actor) -> Result<Vec<EventKind>, DomainError> {
        let offer = self.my_offer(actor)?;
        Ok(vec![EventKind::OfferLapsed {
            agent_id: offer.agent_id,
            expired: false,
        }])
    }

    /// An offer past its time goes back to the queue; nothing happens before that.
    pub fn expire_offer(&self, now: Timestamp) -> Vec<EventKind> {
        match self.offer {
            Some(o) if now >= o.expires_at => vec![EventKind::OfferLapsed {
                agent_id: o.agent_id,
                expired: true,
            }],
            _ => Vec::new(),
        }
    }

    /// Lotsen hands an owned case back to its team's queue with a note of what is
    /// pending (its owner went offline or ended their shift). Nothing when the case has
    /// no owner, is not active, or already waits for a receiver.
    pub fn hand_back(
        &self,
        actor: &Actor,
        handoff_id: HandoffId,
        team: Option<TeamId>,
        note: &str,
    ) -> Result<Vec<EventKind>, DomainError> {
        system_only(actor)?;
        let mut v = Validator::new();
        v.require_text("note", Some(note));
        v.finish()?;
        if self.owner_id.is_none() || !self.status.is_active() || self.pending_handoff().is_some() {
            return Ok(Vec::new());
        }
        let Some(team) = self.team_id.or(team) else {
            return Err(DomainError::invalid(
                "team_id",
                "the case has no team to go back to",
            ));
        };
        Ok(vec![EventKind::HandoffRequested {
            handoff_id,
            to_agent_id: None,
            to_team_id: Some(team),
            note: note.trim().to_owned(),
        }])
    }

    /// What an automatic handoff note lists: the customer's unanswered messages, open
    /// escalations, handoffs declined, and the deadlines.
    pub fn pending_summary(&self, unanswered: u32) -> Vec<String> {
        let mut out = Vec::new();
        if unanswered > 0 {
            out.push(format!(
                "{unanswered} obesvarat meddelande från kunden / unanswered customer message(s)"
            ));
        }
        for e in self.open_escalations() {
            out.push(format!(
                "Öppen eskalering ({}): {}",
                e.kind.as_str(),
                e.question
            ));
        }
        let declined = self
            .handoffs
            .iter()
            .filter(|h| matches!(h.status, HandoffStatus::Declined { .. }))
            .count();
        if declined > 0 {
            out.push(format!("{declined} överlämning(ar) avböjd(a)"));
        }
        out
    }

    /// Lotsen answers automatically on an active case.
    pub fn auto_answer(
        &self,
        actor: &Actor,
        message_id: MessageId,
        channel: Channel,
        reason: AutoAnswerReason,
    ) -> Result<Vec<EventKind>, DomainError> {
        system_only(actor)?;
        if !self.status.is_active() {
            return Ok(Vec::new());
        }
        Ok(vec![EventKind::AutoAnswered {
            message_id,
            channel,
            reason,
        }])
    }

    /// The customer asked for a manager: Lotsen escalates to the named lead (nothing when
    /// a manager escalation is already open).
    pub fn customer_asked_for_manager(
        &self,
        actor: &Actor,
        escalation_id: EscalationId,
        lead: AgentId,
        team: Option<TeamId>,
        question: &str,
    ) -> Result<Vec<EventKind>, DomainError> {
        system_only(actor)?;
        let open = self
            .open_escalations()
            .any(|e| e.kind == EscalationKind::Manager);
        if open || !self.status.is_active() {
            return Ok(Vec::new());
        }
        Ok(vec![EventKind::Escalated {
            escalation_id,
            escalation_kind: EscalationKind::Manager,
            to_team_id: team,
            to_agent_id: Some(lead),
            question: question.trim().to_owned(),
        }])
    }

    /// Records the warnings and breaches not recorded before (each once).
    pub fn alert_sla(&self, alerts: &[SlaAlert]) -> Vec<EventKind> {
        let mut out: Vec<EventKind> = Vec::new();
        for a in alerts {
            let seen = self.sla_alerts.contains(a)
                || out
                    .iter()
                    .any(|e| matches!(e, EventKind::SlaAlerted { alert } if alert == a));
            if !seen {
                out.push(EventKind::SlaAlerted { alert: *a });
            }
        }
        out
    }

    /// A lead takes ownership of a case from the review list, with a note; a case
    /// without an owner is simply theirs.
    pub fn take_over(
        &self,
        actor: &Actor,
        handoff_id: HandoffId,
        note: &str,
    ) -> Result<Vec<EventKind>, DomainError> {
        let mut v = Validator::new();
        v.require_text("note", Some(note));
        v.finish()?;
        let Some(lead) = actor.agent_id() else {
            return Err(DomainError::forbidden(
                "agents_only",
                "only agents take cases",
            ));
        };
        let leads = self.team_id.is_some_and(|t| actor.leads(t)) || actor.is_admin();
        if !leads {
            return Err(DomainError::forbidden(
                "lead_only",
                "only a lead of the case's team takes it over",
            ));
        }
        if !self.status.is_active() {
            return Err(DomainError::conflict(
                "case_not_active",
                format!("case {} must be reopened first", self.reference),
            ));
        }
        if self.owner_id == Some(lead) {
            return Err(DomainError::conflict(
                "already_owner",
                "the lead owns the case already",
            ));
        }
        if self.owner_id.is_none() {
            return Ok(vec![EventKind::Assigned {
                owner_id: lead,
                team_id: self.team_id,
            }]);
        }
        if let Some(p) = self.pending_handoff()
            && self.queue_handoff().is_none()
        {
            return Err(DomainError::conflict(
                "handoff_pending",
                format!("handoff {} is still waiting for its receiver", p.id),
            ));
        }
        if let Some(h) = self.queue_handoff() {
            return Ok(vec![EventKind::HandoffAccepted {
                handoff_id: h.id,
                owner_id: lead,
                team_id: h.to_team_id,
            }]);
        }
        Ok(vec![
            EventKind::HandoffRequested {
                handoff_id,
                to_agent_id: Some(lead),
                to_team_id: self.team_id,
                note: note.trim().to_owned(),
            },
            EventKind::HandoffAccepted {
                handoff_id,
                owner_id: lead,
                team_id: self.team_id,
            },
        ])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::Role;
    use crate::case::{AlertLevel, Status};
    use crate::case::{CaseEvent, DeadlineKind};
    use crate::case::{CaseKind, OpenCase, Priority};
    use crate::ids::{CaseId, CaseRef, CustomerId};

    fn id(n: u128) -> uuid::Uuid {
        uuid::Uuid::from_u128(n)
    }

    fn at(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn queued() -> Case {
        let open = OpenCase {
            reference: CaseRef(7),
            subject: "Swish fungerar inte".into(),
            customer_id: CustomerId(id(3)),
            channel: Channel::Chat,
            kind: CaseKind::Enquiry,
            priority: Priority::Normal,
            team_id: Some(TeamId(id(1))),
            skills: vec!["sv".into()],
        };
        Case::from_opened(&CaseEvent {
            case_id: CaseId(id(2)),
            version: 1,
            at: at("2026-12-01T08:00:00Z"),
            actor: Actor::System,
            kind: open.event(),
        })
        .unwrap()
    }

    fn agent(n: u128) -> Actor {
        Actor::Agent {
            id: AgentId(id(n)),
            role: Role::Agent,
            team_ids: vec![TeamId(id(1))],
        }
    }

    fn record(case: &mut Case, actor: &Actor, when: &str, events: Vec<EventKind>) {
        case.record(at(when), actor, events);
    }

    #[test]
    fn an_offer_is_accepted_in_time_or_goes_back_to_the_queue() {
        let mut case = queued();
        assert_eq!(case.skills, ["sv"]);
        let sys = Actor::System;
        let ev = case
            .offer(&sys, AgentId(id(10)), at("2026-12-01T08:01:00Z"))
            .unwrap();
        record(&mut case, &sys, "2026-12-01T08:00:30Z", ev);
        assert_eq!(
            case.offer(&sys, AgentId(id(11)), at("2026-12-01T08:02:00Z"))
                .unwrap_err()
                .code(),
            "offer_pending"
        );
        assert!(case.expire_offer(at("2026-12-01T08:00:59Z")).is_empty());
        assert_eq!(
            case.accept_offer(&agent(11), None, at("2026-12-01T08:00:40Z"))
                .unwrap_err()
                .code(),
            "not_offered"
        );
        assert_eq!(
            case.accept_offer(&agent(10), None, at("2026-12-01T08:01:01Z"))
                .unwrap_err()
                .code(),
            "offer_expired"
        );
        let ev = case.expire_offer(at("2026-12-01T08:01:00Z"));
        record(&mut case, &sys, "2026-12-01T08:01:00Z", ev);
        assert_eq!(case.offer, None);
        assert_eq!(case.passed_by, [AgentId(id(10))]);
        assert_eq!(case.queued_in(), Some(TeamId(id(1))));
        // Expiring twice does nothing: each timer fires once.
        assert!(case.expire_offer(at("2026-12-01T09:00:00Z")).is_empty());
        let ev = case
            .offer(&sys, AgentId(id(11)), at("2026-12-01T08:03:00Z"))
            .unwrap();
        record(&mut case, &sys, "2026-12-01T08:02:00Z", ev);
        let ev = case
            .accept_offer(&agent(11), None, at("2026-12-01T08:02:10Z"))
            .unwrap();
        record(&mut case, &agent(11), "2026-12-01T08:02:10Z", ev);
        assert_eq!(case.owner_id, Some(AgentId(id(11))));
        assert!(case.passed_by.is_empty() && case.offer.is_none());
        assert_eq!(case.queued_in(), None);
    }

    #[test]
    fn an_owner_going_offline_hands_the_case_back_and_the_router_gives_it_on() {
        let mut case = queued();
        let sys = Actor::System;
        let ev = case.route_to(&sys, AgentId(id(10)), None).unwrap();
        record(&mut case, &sys, "2026-12-01T08:00:01Z", ev);
        assert_eq!(case.owner_id, Some(AgentId(id(10))));
        assert_eq!(
            case.route_to(&sys, AgentId(id(11)), None)
                .unwrap_err()
                .code(),
            "not_queued"
        );
        let note = case.pending_summary(1).join("\n");
        assert!(note.contains("obesvarat"));
        let ev = case
            .hand_back(&sys, HandoffId(id(50)), None, &note)
            .unwrap();
        record(&mut case, &sys, "2026-12-01T16:00:00Z", ev);
        // Still owned (never dropped) until someone takes it, but queued.
        assert_eq!(case.owner_id, Some(AgentId(id(10))));
        assert_eq!(case.queued_in(), Some(TeamId(id(1))));
        assert!(
            case.hand_back(&sys, HandoffId(id(51)), None, &note)
                .unwrap()
                .is_empty()
        );
        let ev = case.route_to(&sys, AgentId(id(12)), None).unwrap();
        record(&mut case, &sys, "2026-12-01T16:00:05Z", ev);
        assert_eq!(case.owner_id, Some(AgentId(id(12))));
        assert_eq!(case.counters.handoffs, 1);
        assert_eq!(case.status, Status::Open);
        assert!(
            case.hand_back(&agent(10), HandoffId(id(52)), None, "x")
                .is_err()
        );
    }

    #[test]
    fn alerts_are_recorded_once_and_a_lead_takes_over_with_a_note() {
        let mut case = queued();
        let alert = SlaAlert {
            deadline: DeadlineKind::FirstResponse,
            escalation_id: None,
            level: AlertLevel::Warning,
            due: at("2026-12-01T10:00:00Z"),
        };
        let ev = case.alert_sla(&[alert, alert]);
        assert_eq!(ev.len(), 1);
        record(&mut case, &Actor::System, "2026-12-01T09:30:00Z", ev);
        assert!(case.alert_sla(&[alert]).is_empty());

        let sys = Actor::System;
        let ev = case.route_to(&sys, AgentId(id(10)), None).unwrap();
        record(&mut case, &sys, "2026-12-01T09:31:00Z", ev);
        let lead = Actor::Agent {
            id: AgentId(id(20)),
            role: Role::Lead,
            team_ids: vec![TeamId(id(1))],
        };
        assert_eq!(
            case.take_over(&agent(11), HandoffId(id(60)), "Jag tar den")
                .unwrap_err()
                .code(),
            "lead_only"
        );
        assert!(case.take_over(&lead, HandoffId(id(60)), " ").is_err());
        let ev = case
            .take_over(&lead, HandoffId(id(60)), "Jag tar den härifrån")
            .unwrap();
        record(&mut case, &lead, "2026-12-01T09:40:00Z", ev);
        assert_eq!(case.owner_id, Some(AgentId(id(20))));
        assert_eq!(case.counters.handoffs, 1);
    }
}
