//! Teams, agents and tokens.

use lotsen_domain::{Team, TeamId};
use lotsen_store::StoreError;
use lotsen_testkit::{Backend, on_both_backends, test_store};

use crate::support::{at, world};

async fn a_customer_is_read_back_with_every_identity(backend: Backend) {
    let store = test_store(backend).await;
    let w = world(&store).await;
    let mut record = w.inbound("m-1", "eva@example.se", "Hej", 1);
    record
        .identities
        .push(lotsen_domain::Identity::phone("070-123 45 67").unwrap());
    let outcome = store.record_inbound(&record).await.unwrap();
    let customer = store.customer(outcome.customer_id).await.unwrap().unwrap();
    assert_eq!(customer.name, "Eva Berg");
    let values: Vec<_> = customer
        .identities
        .iter()
        .map(|i| i.value.as_str())
        .collect();
    assert_eq!(values, ["eva@example.se", "+46701234567"]);
}

async fn an_agent_is_found_by_token_digest_with_teams_in_order(backend: Backend) {
    let store = test_store(backend).await;
    let w = world(&store).await;
    let (digest, found) = store.api_token("id-bertil").await.unwrap().unwrap();
    assert_eq!(digest, "digest-bertil");
    assert_eq!(found, w.bertil);
    assert_eq!(found.team_ids, [w.kort.id, w.kundservice.id]);
    assert_eq!(store.api_token("id-nobody").await.unwrap(), None);
    assert_eq!(store.team_leads(w.kort.id).await.unwrap(), [w.bertil.id]);
}

async fn team_names_and_agent_emails_are_unique(backend: Backend) {
    let store = test_store(backend).await;
    let w = world(&store).await;
    let again = Team {
        id: TeamId(uuid::Uuid::from_u128(99)),
        name: "Kundservice".into(),
        created_at: at(1),
    };
    let err = store.create_team(&again).await.unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::Conflict {
                code: "team_name_taken",
                ..
            }
        ),
        "{err:?}"
    );
    let mut twin = w.anna.clone();
    twin.id = lotsen_domain::AgentId(uuid::Uuid::from_u128(98));
    let err = store
        .create_agent(&twin, &crate::support::token("twin"))
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::Conflict {
                code: "agent_email_taken",
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(store.teams().await.unwrap().len(), 2);
}

on_both_backends!(
    an_agent_is_found_by_token_digest_with_teams_in_order,
    team_names_and_agent_emails_are_unique,
    a_customer_is_read_back_with_every_identity,
);
