//! The reply lint over HTTP, on both backends: hints on a draft follow the channel's
//! emoji policy (its default, then as a planner sets it), catch a public request for a
//! personal identity number, and come back with every reply as it is sent.

use lotsen_testkit::{Backend, TestApp, on_both_backends};
use serde_json::{Value, json};

fn codes(body: &Value) -> Vec<String> {
    body["hints"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"))
        .iter()
        .map(|h| h["code"].as_str().unwrap().to_owned())
        .collect()
}

async fn drafts_are_linted_with_what_the_case_knows(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let (s, created) = t
        .post(
            &t.admin,
            "/api/v1/messages",
            json!({ "external_id": "lint-1", "customer": { "name": "Eva Berg", "email": "eva@example.se" },
                    "body": "Hej, jag kommer inte in i appen sedan i morse." }),
        )
        .await;
    assert_eq!(s, 201, "{created}");
    let case = created["case_id"].as_str().unwrap();
    let lint = format!("/api/v1/cases/{case}/lint");
    // The API channel allows no emojis by default; chat does.
    let (s, body) = t
        .post(&t.admin, &lint, json!({ "body": "Vi tittar på det 😊" }))
        .await;
    assert_eq!(s, 200, "{body}");
    assert!(
        codes(&body).contains(&"emoji_not_allowed".to_owned()),
        "{body}"
    );
    let hint = &body["hints"][0];
    assert!(hint["start"].as_u64() < hint["end"].as_u64(), "{hint}");
    let (_, body) = t
        .post(
            &t.admin,
            &lint,
            json!({ "body": "Vi tittar på det 😊", "channel": "chat" }),
        )
        .await;
    assert!(
        !codes(&body).contains(&"emoji_not_allowed".to_owned()),
        "{body}"
    );
    // A planner turns emojis off for chat.
    let (s, settings) = t
        .send(
            reqwest::Method::PUT,
            Some(&t.admin),
            "/api/v1/forecast/channels/chat",
            Some(json!({ "emoji_allowed": false })),
        )
        .await;
    assert_eq!(s, 200, "{settings}");
    assert_eq!(settings["emoji_allowed"], false);
    let (_, body) = t
        .post(
            &t.admin,
            &lint,
            json!({ "body": "Vi tittar på det 😊", "channel": "chat" }),
        )
        .await;
    assert!(
        codes(&body).contains(&"emoji_not_allowed".to_owned()),
        "{body}"
    );
    // Asking for a personal identity number in public.
    let (_, body) = t
        .post(
            &t.admin,
            &lint,
            json!({ "body": "Skriv ditt personnummer här så kollar vi.", "visibility": "public" }),
        )
        .await;
    assert!(
        codes(&body).contains(&"asks_for_personal_data_in_public".to_owned()),
        "{body}"
    );
    // Bad input names every field.
    let (s, body) = t
        .post(
            &t.admin,
            &lint,
            json!({ "body": "Hej", "channel": "fax", "visibility": "hemlig" }),
        )
        .await;
    assert_eq!(s, 422, "{body}");
    assert_eq!(
        body["error"]["fields"].as_array().unwrap().len(),
        2,
        "{body}"
    );
    // Every reply is linted as it is sent; it goes out anyway.
    let (s, sent) = t
        .post(
            &t.admin,
            &format!("/api/v1/cases/{case}/replies"),
            json!({ "body": "Vi tittar på det 😊" }),
        )
        .await;
    assert_eq!(s, 201, "{sent}");
    assert!(
        codes(&sent).contains(&"emoji_not_allowed".to_owned()),
        "{sent}"
    );
}

on_both_backends!(drafts_are_linted_with_what_the_case_knows);
