//! Folding events into a case. Applying never fails and never checks rules: the commands
//! did that before the event existed.

use jiff::Timestamp;

use super::events::{CaseEvent, EventKind};
use super::tasks::{Answer, Escalation, Handoff, HandoffStatus};
use super::{Case, Closure, OutcomeCounters, Resolution, Status};
use crate::agent::Actor;

impl Case {
    /// Builds a case from its `Opened` event; `None` for any other event.
    pub fn from_opened(event: &CaseEvent) -> Option<Self> {
        let EventKind::Opened {
            reference,
            subject,
            customer_id,
            channel,
            case_kind,
            priority,
            team_id,
            skills,
        } = &event.kind
        else {
            return None;
        };
        Some(Self {
            id: event.case_id,
            reference: *reference,
            subject: subject.clone(),
            customer_id: *customer_id,
            status: Status::Open,
            priority: *priority,
            kind: *case_kind,
            team_id: *team_id,
            owner_id: None,
            origin_channel: *channel,
            tags: Vec::new(),
            skills: skills.clone(),
            offer: None,
            passed_by: Vec::new(),
            passed_at: None,
            sla_alerts: Vec::new(),
            handoffs: Vec::new(),
            escalations: Vec::new(),
            moderation: Vec::new(),
            resolution: None,
            closure: None,
            merged_into: None,
            incident_ids: Vec::new(),
            counters: OutcomeCounters::from_events([event]),
            created_at: event.at,
            updated_at: event.at,
            version: event.version,
        })
    }

    /// Rebuilds a case from its whole history.
    pub fn replay<'a>(events: impl IntoIterator<Item = &'a CaseEvent>) -> Option<Self> {
        let mut iter = events.into_iter();
        let mut case = Self::from_opened(iter.next()?)?;
        for event in iter {
            case.apply(event);
        }
        Some(case)
    }

    /// Records events caused by one actor at one instant: numbers them, applies them and
    /// returns them for storage.
    pub fn record(
        &mut self,
        at: Timestamp,
        actor: &Actor,
        kinds: Vec<EventKind>,
    ) -> Vec<CaseEvent> {
        kinds
            .into_iter()
            .map(|kind| {
                let event = CaseEvent {
                    case_id: self.id,
                    version: self.version + 1,
                    at,
                    actor: actor.clone(),
                    kind,
                };
                self.apply(&event);
                event
            })
            .collect()
    }

    /// Applies one event.
    pub fn apply(&mut self, event: &CaseEvent) {
        let by = event.actor.agent_id();
        let at = event.at;
        match &event.kind {
            EventKind::Opened { .. }
            | EventKind::NoteAdded { .. }
            | EventKind::PersonalDataHidden { .. }
            | EventKind::MovedToPrivate { .. } => {}
            EventKind::MessageReceived { .. } => {
                if self.status == Status::WaitingOnCustomer {
                    self.status = Status::Open;
                }
            }
            EventKind::ReplySent { .. } => self.status = Status::WaitingOnCustomer,
            EventKind::Assigned { owner_id, team_id } => {
                self.offer = None;
                self.passed_by.clear();
                self.passed_at = None;
                self.owner_id = Some(*owner_id);
                if team_id.is_some() {
                    self.team_id = *team_id;
                }
            }
            EventKind::HandoffRequested {
                handoff_id,
                to_agent_id,
                to_team_id,
                note,
            } => self.handoffs.push(Handoff {
                id: *handoff_id,
                from_owner_id: self.owner_id,
                requested_by: by,
                to_agent_id: *to_agent_id,
                to_team_id: *to_team_id,
                note: note.clone(),
                requested_at: at,
                status: HandoffStatus::Pending,
            }),
            EventKind::HandoffAccepted {
                handoff_id,
                owner_id,
                team_id,
            } => {
                if let Some(h) = self.handoffs.iter_mut().find(|h| h.id == *handoff_id) {
                    h.status = HandoffStatus::Accepted { by, at };
                }
                self.offer = None;
                self.passed_by.clear();
                self.passed_at = None;
                self.owner_id = Some(*owner_id);
                if team_id.is_some() {
                    self.team_id = *team_id;
                }
            }
            EventKind::HandoffDeclined { handoff_id, reason } => {
                if let Some(h) = self.handoffs.iter_mut().find(|h| h.id == *handoff_id) {
                    h.status = HandoffStatus::Declined {
                        reason: reason.clone(),
                        by,
                        at,
                    };
                }
            }
            EventKind::Escalated {
                escalation_id,
                escalation_kind,
                to_team_id,
                to_agent_id,
                question,
            } => self.escalations.push(Escalation {
                id: *escalation_id,
                kind: *escalation_kind,
                to_team_id: *to_team_id,
                to_agent_id: *to_agent_id,
                question: question.clone(),
                asked_by: by,
                asked_at: at,
                answer: None,
            }),
            EventKind::EscalationAnswered {
                escalation_id,
                answer,
            } => {
                if let Some(e) = self.escalations.iter_mut().find(|e| e.id == *escalation_id) {
                    e.answer = Some(Answer {
                        text: answer.clone(),
                        by,
                        at,
                    });
                }
            }
            EventKind::Resolved { summary, category } => {
                self.offer = None;
                self.status = Status::Resolved;
                self.resolution = Some(Resolution {
                    summary: summary.clone(),
                    category: category.clone(),
                    by,
                    at,
                });
            }
            EventKind::Reopened { .. } => {
                self.status = Status::Open;
                self.resolution = None;
                self.closure = None;
            }
            EventKind::Offered {
                agent_id,
                expires_at,
            } => {
                self.offer = Some(super::Offer {
                    agent_id: *agent_id,
                    offered_at: at,
                    expires_at: *expires_at,
                });
            }
            EventKind::OfferLapsed { agent_id, .. } => {
                self.offer = None;
                self.passed_at = Some(at);
                if !self.passed_by.contains(agent_id) {
                    self.passed_by.push(*agent_id);
                }
            }
            EventKind::AutoAnswered { .. }
            | EventKind::NoticeReceived { .. }
            | EventKind::Merged { .. } => {}
            EventKind::IncidentLinked { incident_id, .. } => {
                if !self.incident_ids.contains(incident_id) {
                    self.incident_ids.push(*incident_id);
                }
            }
            EventKind::TeamChanged { team_id, .. } => {
                self.offer = None;
                self.passed_by.clear();
                self.passed_at = None;
                self.team_id = Some(*team_id);
            }
            EventKind::CallLogged { outcome, .. } => {
                if let Some(status) = outcome.status_after(self.status) {
                    self.status = status;
                }
            }
            EventKind::MergedInto { case_id, .. } => {
                self.offer = None;
                self.status = Status::Merged;
                self.merged_into = Some(*case_id);
            }
            EventKind::SlaAlerted { alert } => self.sla_alerts.push(*alert),
            EventKind::Moderated {
                message_id,
                step,
                rule,
                ..
            } => self.apply_moderation(*message_id, *step, rule),
            EventKind::ClosedUnresolved { reason } => {
                self.offer = None;
                self.status = Status::ClosedUnresolved;
                self.closure = Some(Closure {
                    reason: reason.clone(),
                    by,
                    at,
                });
            }
        }
        self.counters.apply(event);
        self.version = event.version;
        self.updated_at = at;
    }
}
