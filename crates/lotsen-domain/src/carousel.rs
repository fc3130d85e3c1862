//! The carousel guard: a case passed on more often than a team allows, or coming back to
//! a team or an owner it already left, belongs on the team lead's review list with its
//! history (MISSION.md, section 1). Pure: a fold over the case's events.

use serde::{Deserialize, Serialize};

use crate::case::{CaseEvent, EventKind};
use crate::ids::{AgentId, TeamId};

/// When a case goes to review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CarouselRule {
    /// Accepted handoffs a case may have before it goes to review.
    pub max_handoffs: u32,
}

impl Default for CarouselRule {
    fn default() -> Self {
        Self { max_handoffs: 2 }
    }
}

/// Why a case is on the review list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum CarouselReason {
    /// Handed off more times than the rule allows.
    TooManyHandoffs {
        /// Accepted handoffs so far.
        handoffs: u32,
    },
    /// Back with a team that had already passed it on (A to B to A).
    BackToTeam {
        /// The team.
        team_id: TeamId,
    },
    /// Back with an owner who had already passed it on.
    BackToOwner {
        /// The owner.
        agent_id: AgentId,
    },
}

fn note(reason: CarouselReason, out: &mut Vec<CarouselReason>) {
    if !out.contains(&reason) {
        out.push(reason);
    }
}

/// The reasons a case's history puts it on the review list (none: it is not a carousel).
pub fn review(events: &[CaseEvent], rule: &CarouselRule) -> Vec<CarouselReason> {
    let mut out = Vec::new();
    let mut handoffs = 0;
    let mut teams: Vec<TeamId> = Vec::new();
    let mut owners: Vec<AgentId> = Vec::new();
    for event in events {
        let (owner, team) = match &event.kind {
            EventKind::Opened { team_id, .. } => (None, *team_id),
            EventKind::Assigned { owner_id, team_id } => (Some(*owner_id), *team_id),
            EventKind::HandoffAccepted {
                owner_id, team_id, ..
            } => {
                handoffs += 1;
                (Some(*owner_id), *team_id)
            }
            _ => continue,
        };
        if let Some(team) = team {
            // Coming back means some other team had it in between.
            if teams.last() != Some(&team) && teams.contains(&team) {
                note(CarouselReason::BackToTeam { team_id: team }, &mut out);
            }
            if teams.last() != Some(&team) {
                teams.push(team);
            }
        }
        if let Some(owner) = owner {
            if owners.last() != Some(&owner) && owners.contains(&owner) {
                note(CarouselReason::BackToOwner { agent_id: owner }, &mut out);
            }
            if owners.last() != Some(&owner) {
                owners.push(owner);
            }
        }
    }
    if handoffs > rule.max_handoffs {
        out.insert(0, CarouselReason::TooManyHandoffs { handoffs });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::Actor;
    use crate::ids::{CaseId, HandoffId};

    fn id(n: u128) -> uuid::Uuid {
        uuid::Uuid::from_u128(n)
    }

    fn event(kind: EventKind) -> CaseEvent {
        CaseEvent {
            case_id: CaseId(id(1)),
            version: 1,
            at: "2026-12-01T08:00:00Z".parse().unwrap(),
            actor: Actor::System,
            kind,
        }
    }

    fn moved(owner: u128, team: u128) -> CaseEvent {
        event(EventKind::HandoffAccepted {
            handoff_id: HandoffId(id(99)),
            owner_id: AgentId(id(owner)),
            team_id: Some(TeamId(id(team))),
        })
    }

    fn assigned(owner: u128, team: u128) -> CaseEvent {
        event(EventKind::Assigned {
            owner_id: AgentId(id(owner)),
            team_id: Some(TeamId(id(team))),
        })
    }

    #[test]
    fn one_handoff_forward_is_not_a_carousel() {
        let events = [assigned(10, 1), moved(11, 2)];
        assert!(review(&events, &CarouselRule::default()).is_empty());
    }

    #[test]
    fn a_case_back_with_the_team_and_owner_it_left_goes_to_review() {
        // Kundservice (Anna) to Kort (Johan) and back to Anna.
        let events = [assigned(10, 1), moved(11, 2), moved(10, 1)];
        assert_eq!(
            review(&events, &CarouselRule::default()),
            [
                CarouselReason::BackToTeam {
                    team_id: TeamId(id(1))
                },
                CarouselReason::BackToOwner {
                    agent_id: AgentId(id(10))
                },
            ]
        );
    }

    #[test]
    fn too_many_handoffs_go_to_review_first() {
        // The transit-card traveller: five handlers, each passing it on.
        let events = [assigned(10, 1), moved(11, 1), moved(12, 1), moved(13, 2)];
        assert_eq!(
            review(&events, &CarouselRule { max_handoffs: 2 }),
            [CarouselReason::TooManyHandoffs { handoffs: 3 }]
        );
        assert!(review(&events, &CarouselRule { max_handoffs: 3 }).is_empty());
    }
}
