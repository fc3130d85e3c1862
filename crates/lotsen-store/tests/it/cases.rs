//! Changing cases: state, events and rows in one transaction, guarded by the version.

use lotsen_domain::case::HandoffTarget;
use lotsen_domain::{
    Actor, Channel, Direction, DomainError, HandoffId, IdGen, Message, MessageId, Note, NoteId,
    Status, Visibility,
};
use lotsen_store::{CaseChange, CaseFilter, StoreError};
use lotsen_testkit::{Backend, on_both_backends, test_store};

use crate::support::{at, world};

async fn a_handoff_is_stored_with_its_event_and_found_by_its_id(backend: Backend) {
    let store = test_store(backend).await;
    let w = world(&store).await;
    let inbound = store
        .record_inbound(&w.inbound("m-1", "eva@example.se", "Kortet spärrat", 1))
        .await
        .unwrap();
    let anna = w.anna.actor();
    let bertil = w.bertil.actor();
    let handoff = HandoffId(w.ids.next_uuid());
    store
        .update_case(inbound.case_id, |case| {
            Ok(CaseChange::events(
                at(2),
                anna.clone(),
                case.assign(&anna, w.anna.id, None)?,
            ))
        })
        .await
        .unwrap();
    let target = HandoffTarget::Agent {
        agent_id: w.bertil.id,
        team_id: Some(w.kort.id),
    };
    store
        .update_case(inbound.case_id, |case| {
            Ok(CaseChange::events(
                at(3),
                anna.clone(),
                case.request_handoff(
                    &anna,
                    handoff,
                    Some(target),
                    "Kortärende, kunden väntar på nytt kort",
                )?,
            ))
        })
        .await
        .unwrap();
    assert_eq!(
        store.case_of_handoff(handoff).await.unwrap(),
        Some(inbound.case_id)
    );
    let (case, events) = store
        .update_case(inbound.case_id, |case| {
            Ok(CaseChange::events(
                at(4),
                bertil.clone(),
                case.accept_handoff(&bertil, handoff, None)?,
            ))
        })
        .await
        .unwrap();
    assert_eq!(case.owner_id, Some(w.bertil.id));
    assert_eq!(events.len(), 1);
    let stored = store.case(inbound.case_id).await.unwrap().unwrap();
    assert_eq!(
        stored, case,
        "the stored case is the case the events produced"
    );
    assert_eq!(stored.counters.handoffs, 1);
    let timeline = store.timeline(inbound.case_id).await.unwrap();
    let kinds: Vec<_> = timeline.iter().map(|e| e.event.kind.name()).collect();
    assert_eq!(
        kinds,
        [
            "opened",
            "message_received",
            "assigned",
            "handoff_requested",
            "handoff_accepted"
        ]
    );
}

async fn a_refused_command_writes_nothing(backend: Backend) {
    let store = test_store(backend).await;
    let w = world(&store).await;
    let inbound = store
        .record_inbound(&w.inbound("m-1", "eva@example.se", "Hej", 1))
        .await
        .unwrap();
    let anna = w.anna.actor();
    let err = store
        .update_case(inbound.case_id, |case| {
            Ok(CaseChange::events(
                at(2),
                anna.clone(),
                case.resolve(&anna, " ", None)?,
            ))
        })
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Domain(DomainError::Invalid(_))));
    let case = store.case(inbound.case_id).await.unwrap().unwrap();
    assert_eq!(case.version, 2);
    assert_eq!(case.status, Status::Open);
    assert_eq!(store.timeline(inbound.case_id).await.unwrap().len(), 2);
}

async fn concurrent_changes_to_one_case_lose_nothing(backend: Backend) {
    let store = test_store(backend).await;
    let w = world(&store).await;
    let inbound = store
        .record_inbound(&w.inbound("m-1", "eva@example.se", "Hej", 1))
        .await
        .unwrap();
    let mut tasks = Vec::new();
    for i in 0..10u32 {
        let s = (*store).clone();
        let anna = w.anna.actor();
        let note_id = NoteId(w.ids.next_uuid());
        let case_id = inbound.case_id;
        tasks.push(tokio::spawn(async move {
            s.update_case(case_id, |case| {
                let mut change = CaseChange::events(
                    at(2),
                    anna.clone(),
                    case.add_note(&anna, note_id, "Notering")?,
                );
                change.notes.push(Note {
                    id: note_id,
                    case_id,
                    author: anna.clone(),
                    body: format!("Notering {i}"),
                    created_at: at(2),
                });
                Ok(change)
            })
            .await
            .unwrap()
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let case = store.case(inbound.case_id).await.unwrap().unwrap();
    assert_eq!(case.version, 12);
    let timeline = store.timeline(inbound.case_id).await.unwrap();
    let versions: Vec<_> = timeline.iter().map(|e| e.event.version).collect();
    assert_eq!(versions, (1..=12).collect::<Vec<_>>());
    assert_eq!(timeline.iter().filter(|e| e.note.is_some()).count(), 10);
}

async fn the_timeline_carries_messages_and_notes_in_order(backend: Backend) {
    let store = test_store(backend).await;
    let w = world(&store).await;
    let inbound = store
        .record_inbound(&w.inbound("m-1", "eva@example.se", "Var är mitt årsbesked?", 1))
        .await
        .unwrap();
    let anna = w.anna.actor();
    let reply_id = MessageId(w.ids.next_uuid());
    let note_id = NoteId(w.ids.next_uuid());
    store
        .update_case(inbound.case_id, |case| {
            let mut change = CaseChange::events(
                at(2),
                anna.clone(),
                case.add_note(&anna, note_id, "Kollat: skickat 12/2")?,
            );
            change.notes.push(Note {
                id: note_id,
                case_id: case.id,
                author: anna.clone(),
                body: "Kollat: skickat 12/2".into(),
                created_at: at(2),
            });
            Ok(change)
        })
        .await
        .unwrap();
    store
        .update_case(inbound.case_id, |case| {
            let body = "Hej Eva! Årsbeskedet skickades 12 februari. /Anna";
            let mut change = CaseChange::events(
                at(3),
                anna.clone(),
                case.reply(&anna, reply_id, Channel::Api, Visibility::Private, body)?,
            );
            change.messages.push(Message {
                id: reply_id,
                case_id: case.id,
                direction: Direction::Outbound,
                channel: Channel::Api,
                visibility: Visibility::Private,
                external_id: None,
                author: anna.clone(),
                subject: None,
                body: body.into(),
                created_at: at(3),
                analysis: None,
                hide_recommended: false,
            });
            Ok(change)
        })
        .await
        .unwrap();
    let timeline = store.timeline(inbound.case_id).await.unwrap();
    let shape: Vec<_> = timeline
        .iter()
        .map(|e| {
            (
                e.event.kind.name(),
                e.message.as_ref().map(|m| m.direction),
                e.note.as_ref().map(|n| n.body.as_str()),
            )
        })
        .collect();
    assert_eq!(
        shape,
        [
            ("opened", None, None),
            ("message_received", Some(Direction::Inbound), None),
            ("note_added", None, Some("Kollat: skickat 12/2")),
            ("assigned", None, None),
            ("reply_sent", Some(Direction::Outbound), None),
        ]
    );
    assert_eq!(
        timeline[1].message.as_ref().unwrap().body,
        "Var är mitt årsbesked?"
    );
    assert!(matches!(timeline[1].event.actor, Actor::Customer { .. }));
}

async fn cases_are_listed_by_filter_newest_first_with_a_total(backend: Backend) {
    let store = test_store(backend).await;
    let w = world(&store).await;
    let mut ids = Vec::new();
    for i in 0..5 {
        let r = store
            .record_inbound(&w.inbound(&format!("m-{i}"), &format!("kund{i}@example.se"), "Hej", i))
            .await
            .unwrap();
        ids.push(r.case_id);
    }
    let anna = w.anna.actor();
    for id in &ids[..2] {
        store
            .update_case(*id, |case| {
                Ok(CaseChange::events(
                    at(10),
                    anna.clone(),
                    case.assign(&anna, w.anna.id, None)?,
                ))
            })
            .await
            .unwrap();
    }
    let all = store
        .list_cases(&CaseFilter::default(), 3, 0)
        .await
        .unwrap();
    assert_eq!(all.total, 5);
    assert_eq!(all.cases.len(), 3);
    let mine = store
        .list_cases(
            &CaseFilter {
                owner_id: Some(w.anna.id),
                status: Some(Status::Open),
                ..Default::default()
            },
            50,
            0,
        )
        .await
        .unwrap();
    assert_eq!(mine.total, 2);
    let rest = store
        .list_cases(&CaseFilter::default(), 3, 3)
        .await
        .unwrap();
    assert_eq!(rest.cases.len(), 2);
    assert_eq!(
        rest.cases.last().unwrap().id,
        ids[2],
        "oldest untouched case last"
    );
    let other_team = store
        .list_cases(
            &CaseFilter {
                team_id: Some(w.kort.id),
                ..Default::default()
            },
            50,
            0,
        )
        .await
        .unwrap();
    assert_eq!(other_team.total, 0);
}

on_both_backends!(
    a_handoff_is_stored_with_its_event_and_found_by_its_id,
    a_refused_command_writes_nothing,
    concurrent_changes_to_one_case_lose_nothing,
    the_timeline_carries_messages_and_notes_in_order,
    cases_are_listed_by_filter_newest_first_with_a_total,
);
