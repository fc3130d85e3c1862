//! Signals reach every listener on their topic, and only theirs; on PostgreSQL a second
//! server (another store on the same database) hears them too.

use std::time::Duration;

use lotsen_store::Store;
use lotsen_testkit::{Backend, on_both_backends, test_store};

async fn heard(signals: &mut lotsen_store::Signals) -> String {
    tokio::time::timeout(Duration::from_secs(10), signals.next())
        .await
        .expect("a signal within ten seconds")
        .unwrap()
        .payload
}

async fn a_signal_reaches_every_listener_of_its_topic(backend: Backend) {
    let store = test_store(backend).await;
    let mut chat = store.listen("chat_push").await.unwrap();
    let mut other = store.listen("typing").await.unwrap();
    let mut second_server = match backend {
        Backend::Postgres => {
            let second = Store::open(store.url()).await.unwrap();
            Some(second.listen("chat_push").await.unwrap())
        }
        Backend::Sqlite => None,
    };
    store
        .signal("chat_push", r#"{"message_id":"m1"}"#)
        .await
        .unwrap();
    store.signal("typing", r#"{"case_id":"c1"}"#).await.unwrap();
    assert_eq!(heard(&mut chat).await, r#"{"message_id":"m1"}"#);
    assert_eq!(heard(&mut other).await, r#"{"case_id":"c1"}"#);
    if let Some(second) = second_server.as_mut() {
        assert_eq!(heard(second).await, r#"{"message_id":"m1"}"#);
    }
    assert!(store.signal("Not a topic", "x").await.is_err());
    assert!(store.signal("chat_push", &"x".repeat(8000)).await.is_err());
}

on_both_backends!(a_signal_reaches_every_listener_of_its_topic);
