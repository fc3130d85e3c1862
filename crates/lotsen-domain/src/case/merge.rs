//! Merging a duplicate case into the case where the customer's problem goes on: the
//! duplicate closes with a pointer to the other case, and the other case's timeline shows
//! the duplicate's messages and notes, so nobody asks the customer to repeat.

use super::Case;
use super::events::{CaseEvent, EventKind};
use crate::agent::Actor;
use crate::error::DomainError;
use crate::ids::{MessageId, NoteId};

/// The events a merge records: on the duplicate and on the case it goes on in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MergePlan {
    /// For the duplicate (ends with `MergedInto`).
    pub duplicate: Vec<EventKind>,
    /// For the case it goes on in (ends with `Merged`).
    pub target: Vec<EventKind>,
}

impl Case {
    /// Merges this case, a duplicate, into `target`. `history` is this case's events: the
    /// messages and notes they carry show in the target's timeline. Both cases must be
    /// open; cases of two customer records merge only when the agent confirms they are
    /// one person (`same_person`: the duplicate's contact details then move to the
    /// target's customer), so a slip never shows one customer's messages in another's
    /// case. The actor must be allowed to act on both, and the duplicate must have no
    /// handoff or escalation waiting.
    pub fn merge_into(
        &self,
        target: &Case,
        actor: &Actor,
        history: &[CaseEvent],
        same_person: bool,
    ) -> Result<MergePlan, DomainError> {
        if self.id == target.id {
            return Err(DomainError::invalid(
                "duplicate",
                "is this case itself; name the other case",
            ));
        }
        self.ensure_active()?;
        target.ensure_active()?;
        if self.customer_id != target.customer_id && !same_person {
            return Err(DomainError::conflict(
                "merge_other_customer",
                format!(
                    "case {} belongs to another customer record; confirm that they are the same person to merge",
                    self.reference
                ),
            ));
        }
        let mut duplicate = self.owner_or_claim(actor)?;
        self.ensure_nothing_pending()?;
        let mut into = target.owner_or_claim(actor)?;
        let (message_ids, note_ids) = messages_and_notes(history);
        duplicate.push(EventKind::MergedInto {
            case_id: target.id,
            reference: target.reference,
        });
        into.push(EventKind::Merged {
            from_case_id: self.id,
            from_reference: self.reference,
            from_customer_id: (self.customer_id != target.customer_id).then_some(self.customer_id),
            message_ids,
            note_ids,
        });
        Ok(MergePlan {
            duplicate,
            target: into,
        })
    }
}

/// The messages and notes a history carries, oldest first, including those of cases
/// merged into it before.
pub fn messages_and_notes(history: &[CaseEvent]) -> (Vec<MessageId>, Vec<NoteId>) {
    let mut messages = Vec::new();
    let mut notes = Vec::new();
    for event in history {
        match &event.kind {
            EventKind::MessageReceived { message_id, .. }
            | EventKind::ReplySent { message_id, .. }
            | EventKind::AutoAnswered { message_id, .. }
            | EventKind::NoticeReceived { message_id, .. }
            | EventKind::CallLogged { message_id, .. } => messages.push(*message_id),
            EventKind::NoteAdded { note_id } => notes.push(*note_id),
            EventKind::Merged {
                message_ids,
                note_ids,
                ..
            } => {
                messages.extend_from_slice(message_ids);
                notes.extend_from_slice(note_ids);
            }
            _ => {}
        }
    }
    (messages, notes)
}

#[cfg(test)]
mod tests {
    use jiff::Timestamp;
    use uuid::Uuid;

    use super::super::{CaseKind, Channel, OpenCase, Priority, Status, Visibility};
    use super::*;
    use crate::agent::Role;
    use crate::ids::{AgentId, CaseId, CaseRef, CustomerId, TeamId};

    const TEAM: TeamId = TeamId(Uuid::from_u128(100));

    fn at(secs: i64) -> Timestamp {
        Timestamp::from_second(1_764_000_000 + secs).unwrap()
    }

    fn agent(n: u128, role: Role) -> Actor {
        Actor::Agent {
            id: AgentId(Uuid::from_u128(n)),
            role,
            team_ids: vec![TEAM],
        }
    }

    /// A case of customer `customer` with one message, and its history.
    fn case(n: u128, customer: u128) -> (Case, Vec<CaseEvent>) {
        let who = Actor::Customer {
            id: CustomerId(Uuid::from_u128(customer)),
        };
        let opened = CaseEvent {
            case_id: CaseId(Uuid::from_u128(n)),
            version: 1,
            at: at(0),
            actor: who.clone(),
            kind: OpenCase {
                reference: CaseRef(u64::try_from(n).unwrap()),
                subject: "Kortet spärrat".into(),
                customer_id: CustomerId(Uuid::from_u128(customer)),
                channel: Channel::Email,
                kind: CaseKind::Enquiry,
                priority: Priority::Normal,
                team_id: Some(TEAM),
                skills: Vec::new(),
            }
            .event(),
        };
        let mut case = Case::from_opened(&opened).unwrap();
        let kinds = case
            .receive(
                MessageId(Uuid::from_u128(n * 10)),
                Channel::Email,
                Visibility::Private,
            )
            .unwrap();
        let mut history = vec![opened];
        history.extend(case.record(at(1), &who, kinds));
        (case, history)
    }

    #[test]
    fn a_merge_closes_the_duplicate_and_brings_its_messages_into_the_other_case() {
        let anna = agent(1, Role::Agent);
        let (mut dup, history) = case(7, 50);
        let (mut target, _) = case(8, 50);
        let plan = dup.merge_into(&target, &anna, &history, false).unwrap();
        dup.record(at(5), &anna, plan.duplicate);
        target.record(at(5), &anna, plan.target.clone());
        assert_eq!(dup.status, Status::Merged);
        assert_eq!(dup.merged_into, Some(target.id));
        assert!(!dup.status.is_active());
        assert!(matches!(
            plan.target.last(),
            Some(EventKind::Merged { message_ids, from_reference, .. })
                if message_ids == &[MessageId(Uuid::from_u128(70))] && *from_reference == CaseRef(7)
        ));
        // Both were unowned: the agent who merged owns both.
        assert!(target.is_owned_by(&anna) && dup.is_owned_by(&anna));
        // A merged duplicate is not reopened; it goes on in the other case.
        assert_eq!(
            dup.reopen(&anna, "kunden skrev igen").unwrap_err().code(),
            "case_merged"
        );
    }

    #[test]
    fn another_customers_case_merges_only_when_confirmed_and_never_the_case_itself() {
        let anna = agent(1, Role::Agent);
        let (dup, history) = case(7, 50);
        let (other, _) = case(8, 51);
        let err = dup.merge_into(&other, &anna, &history, false).unwrap_err();
        assert_eq!(err.code(), "merge_other_customer");
        let err = dup.merge_into(&dup, &anna, &history, true).unwrap_err();
        assert_eq!(err.code(), "invalid");
        // Confirmed as one person, the other record's case merges and says whose it was.
        let plan = dup.merge_into(&other, &anna, &history, true).unwrap();
        assert!(matches!(
            plan.target.last(),
            Some(EventKind::Merged { from_customer_id: Some(c), .. }) if *c == dup.customer_id
        ));
    }

    #[test]
    fn someone_elses_duplicate_is_merged_only_by_its_owner_or_a_lead() {
        let (anna, bertil, lead) = (
            agent(1, Role::Agent),
            agent(2, Role::Agent),
            agent(3, Role::Lead),
        );
        let (mut dup, history) = case(7, 50);
        let kinds = dup.assign(&bertil, me(&bertil), Some(TEAM)).unwrap();
        dup.record(at(2), &bertil, kinds);
        let (target, _) = case(8, 50);
        assert_eq!(
            dup.merge_into(&target, &anna, &history, false)
                .unwrap_err()
                .code(),
            "not_owner"
        );
        assert!(dup.merge_into(&target, &lead, &history, false).is_ok());
    }

    #[test]
    fn the_messages_of_earlier_merges_travel_on() {
        let (_, mut history) = case(7, 50);
        history.push(CaseEvent {
            kind: EventKind::Merged {
                from_case_id: CaseId(Uuid::from_u128(6)),
                from_reference: CaseRef(6),
                from_customer_id: None,
                message_ids: vec![MessageId(Uuid::from_u128(60))],
                note_ids: vec![NoteId(Uuid::from_u128(61))],
            },
            ..history[1].clone()
        });
        let (messages, notes) = messages_and_notes(&history);
        assert_eq!(
            messages,
            vec![
                MessageId(Uuid::from_u128(70)),
                MessageId(Uuid::from_u128(60))
            ]
        );
        assert_eq!(notes, vec![NoteId(Uuid::from_u128(61))]);
    }

    fn me(actor: &Actor) -> AgentId {
        actor.agent_id().unwrap()
    }
}
