//! Intake: new cases, joining open cases, idempotency.

use lotsen_domain::{EventKind, Status};
use lotsen_store::CaseChange;
use lotsen_testkit::{Backend, on_both_backends, test_store};

use crate::support::{at, world};

async fn an_inbound_message_opens_a_case_with_the_next_reference(backend: Backend) {
    let store = test_store(backend).await;
    let w = world(&store).await;
    let first = store
        .record_inbound(&w.inbound(
            "m-1",
            "eva@example.se",
            "Jag saknar mitt årsbesked för 2025.",
            1,
        ))
        .await
        .unwrap();
    let second = store
        .record_inbound(&w.inbound("m-2", "olle@example.se", "Kortet fungerar inte", 2))
        .await
        .unwrap();
    assert!(first.created_case && second.created_case);
    assert_eq!(first.case_ref.to_string(), "L-000001");
    assert_eq!(second.case_ref.to_string(), "L-000002");
    let case = store.case(first.case_id).await.unwrap().unwrap();
    assert_eq!(case.subject, "Jag saknar mitt årsbesked för 2025.");
    assert_eq!(case.status, Status::Open);
    assert_eq!(case.version, 2);
    assert_eq!(
        store.case_by_ref(first.case_ref).await.unwrap().unwrap().id,
        case.id
    );
}

async fn the_same_external_id_twice_is_one_message(backend: Backend) {
    let store = test_store(backend).await;
    let w = world(&store).await;
    let first = store
        .record_inbound(&w.inbound("m-1", "eva@example.se", "Hej", 1))
        .await
        .unwrap();
    let again = store
        .record_inbound(&w.inbound("m-1", "eva@example.se", "Hej", 2))
        .await
        .unwrap();
    assert_eq!(
        (again.message_id, again.case_id, again.case_ref),
        (first.message_id, first.case_id, first.case_ref)
    );
    assert!(again.duplicate && !again.created_case);
    let timeline = store.timeline(first.case_id).await.unwrap();
    assert_eq!(timeline.iter().filter(|e| e.message.is_some()).count(), 1);
}

async fn a_second_message_from_the_customer_joins_the_open_case(backend: Backend) {
    let store = test_store(backend).await;
    let w = world(&store).await;
    let first = store
        .record_inbound(&w.inbound("m-1", "eva@example.se", "Hej", 1))
        .await
        .unwrap();
    let second = store
        .record_inbound(&w.inbound(
            "m-2",
            "EVA@Example.se",
            "Hallå? Tredje gången jag skriver",
            5,
        ))
        .await
        .unwrap();
    assert_eq!(second.case_id, first.case_id);
    assert!(!second.created_case);
    assert_eq!(second.customer_id, first.customer_id);
    let case = store.case(first.case_id).await.unwrap().unwrap();
    assert_eq!(case.counters.customer_messages, 2);
}

async fn a_message_after_resolution_opens_a_new_case(backend: Backend) {
    let store = test_store(backend).await;
    let w = world(&store).await;
    let first = store
        .record_inbound(&w.inbound("m-1", "eva@example.se", "Hej", 1))
        .await
        .unwrap();
    let anna = w.anna.actor();
    store
        .update_case(first.case_id, |case| {
            Ok(CaseChange::events(
                at(3),
                anna.clone(),
                case.resolve(&anna, "Årsbesked skickat", None)?,
            ))
        })
        .await
        .unwrap();
    let next = store
        .record_inbound(&w.inbound("m-2", "eva@example.se", "Ny fråga", 9))
        .await
        .unwrap();
    assert!(next.created_case);
    assert_ne!(next.case_id, first.case_id);
    assert_eq!(next.customer_id, first.customer_id);
    let events = store.timeline(first.case_id).await.unwrap();
    assert!(matches!(
        events.last().unwrap().event.kind,
        EventKind::Resolved { .. }
    ));
}

async fn concurrent_intake_for_one_new_customer_opens_one_case(backend: Backend) {
    let store = test_store(backend).await;
    let w = world(&store).await;
    let records: Vec<_> = (0..8)
        .map(|i| w.inbound(&format!("c-{i}"), "samtidig@example.se", "Hej", i))
        .collect();
    let mut tasks = Vec::new();
    for r in records {
        let s = (*store).clone();
        tasks.push(tokio::spawn(
            async move { s.record_inbound(&r).await.unwrap() },
        ));
    }
    let mut cases = Vec::new();
    for t in tasks {
        cases.push(t.await.unwrap().case_id);
    }
    cases.dedup();
    assert_eq!(cases.len(), 1, "every message joined one case");
    let case = store.case(cases[0]).await.unwrap().unwrap();
    assert_eq!(case.counters.customer_messages, 8);
    assert_eq!(case.version, 9);
}

on_both_backends!(
    an_inbound_message_opens_a_case_with_the_next_reference,
    the_same_external_id_twice_is_one_message,
    a_second_message_from_the_customer_joins_the_open_case,
    a_message_after_resolution_opens_a_new_case,
    concurrent_intake_for_one_new_customer_opens_one_case,
);

pub(super) async fn concurrent_intake_sharing_any_identity_makes_one_customer(backend: Backend) {
    let store = test_store(backend).await;
    let w = world(&store).await;
    let mut tasks = Vec::new();
    for i in 0..6 {
        // Half know the customer by phone only, half by email and the same phone.
        let mut r = w.inbound(&format!("p-{i}"), "delad@example.se", "Hej", i);
        let phone = lotsen_domain::Identity::phone("070-174 06 30").unwrap();
        if i % 2 == 0 {
            r.identities = vec![phone];
        } else {
            r.identities.push(phone);
        }
        let s = (*store).clone();
        tasks.push(tokio::spawn(
            async move { s.record_inbound(&r).await.unwrap() },
        ));
    }
    let mut customers = Vec::new();
    for t in tasks {
        customers.push(t.await.unwrap().customer_id);
    }
    customers.sort();
    customers.dedup();
    assert_eq!(customers.len(), 1, "one person, one customer");
    let customer = store.customer(customers[0]).await.unwrap().unwrap();
    assert_eq!(
        customer.identities.len(),
        2,
        "both identities kept: {:?}",
        customer.identities
    );
}

mod shared_identities {
    use super::*;

    on_both_backends!(concurrent_intake_sharing_any_identity_makes_one_customer);
}
