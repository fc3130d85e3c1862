//! A lead moving queued work to another team: in an outage, the flood goes to the team
//! that handles it, each case with the lead's note. An owned case is handed off instead
//! (its owner's handoff, with the same note), so nobody's case moves under them.

use super::Case;
use super::events::EventKind;
use crate::agent::Actor;
use crate::error::{DomainError, Validator};
use crate::ids::TeamId;

impl Case {
    /// Moves this queued (unowned) case to `team`'s queue, with a note; a lead of its
    /// team or an admin may.
    pub fn move_to_team(
        &self,
        actor: &Actor,
        team: TeamId,
        note: &str,
    ) -> Result<Vec<EventKind>, DomainError> {
        let mut v = Validator::new();
        v.require_text("note", Some(note));
        v.finish()?;
        let leads = match self.team_id {
            Some(t) => actor.leads(t),
            None => actor.is_lead_or_admin(),
        };
        if !(leads || actor.is_admin()) {
            return Err(DomainError::forbidden(
                "lead_only",
                "only a lead of the case's team moves it to another team",
            ));
        }
        self.ensure_active()?;
        if self.owner_id.is_some() {
            return Err(DomainError::conflict(
                "case_owned",
                format!(
                    "case {} has an owner; hand it off with a note instead",
                    self.reference
                ),
            ));
        }
        if self.team_id == Some(team) {
            return Err(DomainError::conflict(
                "same_team",
                format!("case {} is in that team's queue already", self.reference),
            ));
        }
        self.ensure_nothing_pending()?;
        Ok(vec![EventKind::TeamChanged {
            team_id: team,
            note: note.trim().to_owned(),
        }])
    }
}

#[cfg(test)]
mod tests {
    use uuid::Uuid;

    use super::*;
    use crate::agent::Role;
    use crate::case::{CaseEvent, CaseKind, Channel, OpenCase, Priority, Status};
    use crate::ids::{AgentId, CaseId, CaseRef, CustomerId};

    const SERVICE: TeamId = TeamId(Uuid::from_u128(100));
    const INCIDENT: TeamId = TeamId(Uuid::from_u128(101));

    fn queued() -> Case {
        let opened = CaseEvent {
            case_id: CaseId(Uuid::from_u128(1)),
            version: 1,
            at: jiff::Timestamp::UNIX_EPOCH,
            actor: Actor::System,
            kind: OpenCase {
                reference: CaseRef(1),
                subject: "Kan inte logga in i appen".into(),
                customer_id: CustomerId(Uuid::from_u128(2)),
                channel: Channel::Chat,
                kind: CaseKind::Enquiry,
                priority: Priority::Normal,
                team_id: Some(SERVICE),
                skills: Vec::new(),
            }
            .event(),
        };
        Case::from_opened(&opened).unwrap()
    }

    fn person(role: Role) -> Actor {
        Actor::Agent {
            id: AgentId(Uuid::from_u128(role as u128 + 10)),
            role,
            team_ids: vec![SERVICE],
        }
    }

    #[test]
    fn a_lead_moves_a_queued_case_with_a_note_and_the_queue_follows() {
        let lead = person(Role::Lead);
        let mut case = queued();
        let kinds = case
            .move_to_team(&lead, INCIDENT, "Inloggningsstörningen")
            .unwrap();
        case.record(jiff::Timestamp::UNIX_EPOCH, &lead, kinds);
        assert_eq!(case.team_id, Some(INCIDENT));
        assert_eq!(case.queued_in(), Some(INCIDENT));
        assert_eq!(case.status, Status::Open);
        assert!(case.counters.teams.contains(&INCIDENT));
    }

    #[test]
    fn an_agent_an_owned_case_or_no_note_is_refused() {
        let case = queued();
        assert_eq!(
            case.move_to_team(&person(Role::Agent), INCIDENT, "x")
                .unwrap_err()
                .code(),
            "lead_only"
        );
        assert_eq!(
            case.move_to_team(&person(Role::Lead), INCIDENT, " ")
                .unwrap_err()
                .code(),
            "invalid"
        );
        let mut owned = queued();
        let lead = person(Role::Lead);
        let kinds = owned.assign(&lead, lead.agent_id().unwrap(), None).unwrap();
        owned.record(jiff::Timestamp::UNIX_EPOCH, &lead, kinds);
        assert_eq!(
            owned.move_to_team(&lead, INCIDENT, "x").unwrap_err().code(),
            "case_owned"
        );
    }
}
