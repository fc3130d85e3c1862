//! Outcome counters: what the case cost the customer, counted per case and derived only
//! from its events (handoffs, teams, agents, escalations, reopenings, channels).

use serde::{Deserialize, Serialize};

use super::Channel;
use super::events::{CaseEvent, EventKind};
use crate::agent::Actor;
use crate::ids::{AgentId, TeamId};

/// Counters derived from a case's events.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomeCounters {
    /// Accepted handoffs (ownership moved).
    pub handoffs: u32,
    /// Declined handoffs.
    pub handoffs_declined: u32,
    /// Times ownership returned to someone who had owned the case before (A to B to A).
    pub returns_to_previous_owner: u32,
    /// Escalations raised.
    pub escalations: u32,
    /// Times the case was reopened.
    pub reopenings: u32,
    /// Agent actions on the case (replies, notes, handoffs, answers, resolutions);
    /// an assignment is not one of them.
    pub touches: u32,
    /// Messages from the customer.
    pub customer_messages: u32,
    /// Distinct teams that owned the case or were escalated to, in order of involvement.
    pub teams: Vec<TeamId>,
    /// Distinct agents who acted on the case, in order of first action.
    pub agents: Vec<AgentId>,
    /// Owners in order (an owner appears again when the case comes back).
    pub owners: Vec<AgentId>,
    /// Distinct channels used, in order of first use.
    pub channels: Vec<Channel>,
}

fn push_unique<T: PartialEq>(list: &mut Vec<T>, item: T) {
    if !list.contains(&item) {
        list.push(item);
    }
}

impl OutcomeCounters {
    /// Counters of a whole history.
    pub fn from_events<'a>(events: impl IntoIterator<Item = &'a CaseEvent>) -> Self {
        let mut counters = Self::default();
        for event in events {
            counters.apply(event);
        }
        counters
    }

    /// Folds one more event in.
    pub fn apply(&mut self, event: &CaseEvent) {
        // Declining an offer is not working the case.
        let lapsed = matches!(event.kind, EventKind::OfferLapsed { .. });
        if let Actor::Agent { id, .. } = &event.actor
            && !lapsed
        {
            push_unique(&mut self.agents, *id);
            // Taking an unowned case comes with the action that took it; count that one.
            if !matches!(event.kind, EventKind::Assigned { .. }) {
                self.touches += 1;
            }
        }
        match &event.kind {
            EventKind::Opened {
                channel, team_id, ..
            } => {
                push_unique(&mut self.channels, *channel);
                if let Some(team) = team_id {
                    push_unique(&mut self.teams, *team);
                }
            }
            EventKind::MessageReceived { channel, .. } => {
                self.customer_messages += 1;
                push_unique(&mut self.channels, *channel);
            }
            EventKind::ReplySent { channel, .. } => push_unique(&mut self.channels, *channel),
            EventKind::CallLogged { .. } => push_unique(&mut self.channels, Channel::Phone),
            EventKind::TeamChanged { team_id, .. } => push_unique(&mut self.teams, *team_id),
            EventKind::Assigned { owner_id, team_id } => {
                self.take_owner(*owner_id);
                if let Some(team) = team_id {
                    push_unique(&mut self.teams, *team);
                }
            }
            EventKind::HandoffAccepted {
                owner_id, team_id, ..
            } => {
                self.handoffs += 1;
                self.take_owner(*owner_id);
                if let Some(team) = team_id {
                    push_unique(&mut self.teams, *team);
                }
            }
            EventKind::HandoffDeclined { .. } => self.handoffs_declined += 1,
            EventKind::Escalated { to_team_id, .. } => {
                self.escalations += 1;
                if let Some(team) = to_team_id {
                    push_unique(&mut self.teams, *team);
                }
            }
            EventKind::Reopened { .. } => self.reopenings += 1,
            EventKind::NoteAdded { .. }
            | EventKind::Moderated { .. }
            | EventKind::PersonalDataHidden { .. }
            | EventKind::MovedToPrivate { .. }
            | EventKind::HandoffRequested { .. }
            | EventKind::EscalationAnswered { .. }
            | EventKind::Resolved { .. }
            | EventKind::ClosedUnresolved { .. }
            | EventKind::Offered { .. }
            | EventKind::OfferLapsed { .. }
            | EventKind::AutoAnswered { .. }
            | EventKind::NoticeReceived { .. }
            | EventKind::SlaAlerted { .. }
            | EventKind::MergedInto { .. }
            | EventKind::Merged { .. }
            | EventKind::IncidentLinked { .. } => {}
        }
    }

    fn take_owner(&mut self, owner: AgentId) {
        if self.owners.last() == Some(&owner) {
            return;
        }
        if self.owners.contains(&owner) {
            self.returns_to_previous_owner += 1;
        }
        self.owners.push(owner);
    }
}
