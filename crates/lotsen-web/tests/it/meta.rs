//! Meta's webhook over HTTP, on both backends: the handshake, every signature vector of
//! the conformance set (401 for a missing or wrong signature), a Messenger message and a
//! public comment becoming case messages once however often Meta retries, the page's own
//! posts and echoes changing nothing, a comment with an identity number flagged for
//! hiding, and the code-of-conduct workflow's steps kept in order.

use std::time::{Duration, Instant};

use lotsen_testkit::{Backend, TestApp, on_both_backends};
use serde_json::Value;

const SECRET: &str = "conformance-test-app-secret";

pub(crate) fn configured(app: &mut lotsen_app::App) {
    app.meta.app_secret = Some(SECRET.into());
    app.meta.verify_token = Some("lotsen-verify".into());
}

async fn deliver(t: &TestApp, body: &[u8], signature: Option<&str>) -> u16 {
    let mut req = reqwest::Client::new()
        .post(format!("{}/webhooks/meta", t.base_url))
        .header("content-type", "application/json")
        .body(body.to_vec());
    if let Some(sig) = signature {
        req = req.header("X-Hub-Signature-256", sig);
    }
    req.send().await.unwrap().status().as_u16()
}

pub(crate) async fn signed(t: &TestApp, body: &[u8]) {
    let sig = lotsen_channels::meta::sign(SECRET.as_bytes(), body);
    assert_eq!(deliver(t, body, Some(&sig)).await, 200);
}

async fn cases(t: &TestApp) -> Vec<Value> {
    let (_, list) = t.get(&t.admin, "/api/v1/cases?limit=100").await;
    list["cases"].as_array().unwrap().clone()
}

/// Waits until `n` cases exist (processing follows the 200).
pub(crate) async fn wait_for_cases(t: &TestApp, n: usize) -> Vec<Value> {
    let started = Instant::now();
    loop {
        let list = cases(t).await;
        if list.len() >= n {
            return list;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "{} cases",
            list.len()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn the_handshake_answers_our_token_only(backend: Backend) {
    let t = TestApp::spawn_with(backend, configured).await;
    let get = |query: &str| {
        reqwest::Client::new()
            .get(format!("{}/webhooks/meta?{query}", t.base_url))
            .send()
    };
    let ok = get("hub.mode=subscribe&hub.verify_token=lotsen-verify&hub.challenge=1158201444")
        .await
        .unwrap();
    assert_eq!(ok.status(), 200);
    assert_eq!(ok.text().await.unwrap(), "1158201444");
    let wrong = get("hub.mode=subscribe&hub.verify_token=fel&hub.challenge=1")
        .await
        .unwrap();
    assert_eq!(wrong.status(), 403);
    let mode = get("hub.mode=nej&hub.verify_token=lotsen-verify&hub.challenge=1")
        .await
        .unwrap();
    assert_eq!(mode.status(), 403);
}

async fn signatures_are_checked_over_the_raw_body(backend: Backend) {
    let Some(root) = lotsen_conformance::conformance("meta-webhooks") else {
        return;
    };
    let t = TestApp::spawn_with(backend, configured).await;
    let rows = lotsen_conformance::csv_rows(&root.join("signature/signature-vectors.csv"));
    for row in rows.iter().filter(|r| {
        // The server has one secret; vectors for other secrets are checked in
        // lotsen-channels.
        r["header_name"] == "X-Hub-Signature-256"
            && r["app_secret"] == SECRET
            && !r["body"].starts_with("inline:")
    }) {
        let body = std::fs::read(root.join(&row["body"])).unwrap();
        let status = deliver(&t, &body, Some(&row["header_value"])).await;
        let valid = row["expected_valid"] == "true";
        assert_eq!(status, if valid { 200 } else { 401 }, "{}", row["note"]);
    }
    let body = std::fs::read(root.join("restfb/page/messaging-message-basic.json")).unwrap();
    assert_eq!(deliver(&t, &body, None).await, 401);
    // Without a secret configured nothing is accepted.
    let unconfigured = TestApp::spawn(backend).await;
    let sig = lotsen_channels::meta::sign(SECRET.as_bytes(), &body);
    assert_eq!(deliver(&unconfigured, &body, Some(&sig)).await, 503);
}

async fn messages_and_comments_become_case_messages_once(backend: Backend) {
    let t = TestApp::spawn_with(backend, configured).await;
    let message = br#"{"object":"page","entry":[{"id":"555","time":1764500000000,"messaging":[
        {"sender":{"id":"9001"},"recipient":{"id":"555"},"timestamp":1764500000000,
         "message":{"mid":"m_kort_1","text":"Hej! Mitt kort fungerar inte i automaten."}}]}]}"#;
    signed(&t, message).await;
    signed(&t, message).await;
    let list = wait_for_cases(&t, 1).await;
    let id = list[0]["id"].as_str().unwrap().to_owned();
    let (_, case) = t.get(&t.admin, &format!("/api/v1/cases/{id}")).await;
    assert_eq!(case["origin_channel"], "messenger", "{case}");
    let received: Vec<&Value> = case["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"] == "message_received")
        .collect();
    assert_eq!(received.len(), 1, "a retried delivery is one message");
    assert_eq!(received[0]["message"]["visibility"], "private");
    // Our own echo and the page's own post change nothing; a customer's comment with an
    // identity number is a public message flagged for hiding.
    let echo = br#"{"object":"page","entry":[{"id":"555","time":1,"messaging":[
        {"sender":{"id":"555"},"recipient":{"id":"9001"},"timestamp":1,
         "message":{"mid":"m_echo","is_echo":true,"text":"Vi tittar p\u00e5 det."}}]}]}"#;
    signed(&t, echo).await;
    let comment = br#"{"object":"page","entry":[{"id":"555","time":1764500100,"changes":[
        {"field":"feed","value":{"item":"status","verb":"add","post_id":"555_1",
         "from":{"id":"555","name":"Banken"},"created_time":1764500100,"message":"Driftinfo"}},
        {"field":"feed","value":{"item":"comment","verb":"add","comment_id":"555_1_7","post_id":"555_1",
         "parent_id":"555_1","from":{"id":"7007","name":"Olle Ek"},"created_time":1764500200,
         "message":"Mitt personnummer \u00e4r 19900101-0017, varf\u00f6r funkar inget?"}}]}]}"#;
    signed(&t, comment).await;
    signed(&t, comment).await;
    let list = wait_for_cases(&t, 2).await;
    assert_eq!(list.len(), 2);
    let public = list
        .iter()
        .find(|c| c["origin_channel"] == "facebook")
        .unwrap();
    let (_, case) = t
        .get(
            &t.admin,
            &format!("/api/v1/cases/{}", public["id"].as_str().unwrap()),
        )
        .await;
    let msgs: Vec<&Value> = case["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"] == "message_received")
        .collect();
    assert_eq!(msgs.len(), 1);
    assert_eq!(msgs[0]["message"]["visibility"], "public");
    assert_eq!(msgs[0]["message"]["hide_recommended"], true);
    assert_eq!(case["customer"]["name"], "Olle Ek");
}

async fn a_kept_delivery_left_unprocessed_is_taken_in_by_the_workers(backend: Backend) {
    let t = TestApp::spawn_with(backend, configured).await;
    let mut app = t.app.clone();
    configured(&mut app);
    let body = br#"{"object":"instagram","entry":[{"id":"17841","time":1,"messaging":[
        {"sender":{"id":"ig-42"},"recipient":{"id":"17841"},"timestamp":1764500000000,
         "message":{"mid":"ig_m_1","text":"Hur byter jag PIN-kod?"}}]}]}"#;
    let sig = lotsen_channels::meta::sign(SECRET.as_bytes(), body);
    // Kept as the endpoint keeps it, then the process "crashed" before processing.
    let delivery = lotsen_app::meta::receive(&app, Some(&sig), body)
        .await
        .unwrap();
    let kept = app.store.webhook(delivery).await.unwrap().unwrap();
    assert_eq!(kept.body, body.to_vec(), "kept whole until processed");
    assert!(cases(&t).await.is_empty());
    use lotsen_domain::Clock;
    let since = t.clock.now();
    t.clock.advance(jiff::SignedDuration::from_secs(11));
    lotsen_app::workers::tick(&app, since).await.unwrap();
    let list = cases(&t).await;
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["origin_channel"], "instagram");
    // Processed once: the next tick adds nothing.
    lotsen_app::workers::tick(&app, t.clock.now())
        .await
        .unwrap();
    assert_eq!(cases(&t).await.len(), 1);
    // Once processed, the raw copy is gone: the case's messages are the record.
    let processed = app.store.webhook(delivery).await.unwrap().unwrap();
    assert!(processed.body.is_empty());
}

async fn moderation_steps_are_kept_in_order_with_their_graph_jobs(backend: Backend) {
    let t = TestApp::spawn_with(backend, configured).await;
    let comment = br#"{"object":"page","entry":[{"id":"555","time":1764500100,"changes":[
        {"field":"feed","value":{"item":"comment","verb":"add","comment_id":"555_1_9","post_id":"555_1",
         "parent_id":"555_1","from":{"id":"7009","name":"Kalle Ek"},"created_time":1764500300,
         "message":"Ni \u00e4r en bank f\u00f6r idioter"}}]}]}"#;
    signed(&t, comment).await;
    let list = wait_for_cases(&t, 1).await;
    let id = list[0]["id"].as_str().unwrap().to_owned();
    let (_, case) = t.get(&t.admin, &format!("/api/v1/cases/{id}")).await;
    let post = case["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["type"] == "message_received")
        .unwrap()["message"]["id"]
        .clone();
    let path = format!("/api/v1/cases/{id}/moderation");
    let step = |s: &str| serde_json::json!({ "message_id": post, "step": s, "rule": "harassment" });
    let (s, body) = t.post(&t.admin, &path, step("delete")).await;
    assert_eq!(
        (s, body["error"]["code"].clone()),
        (409, "reply_first".into())
    );
    let (s, body) = t.post(&t.admin, &path, step("public_reply")).await;
    assert_eq!(s, 201, "{body}");
    assert!(body["message_id"].is_string(), "{body}");
    let (s, _) = t.post(&t.admin, &path, step("delete")).await;
    assert_eq!(s, 201);
    // A deleted post cannot be shown again, and another rule is refused.
    let (s, body) = t.post(&t.admin, &path, step("reinstate")).await;
    assert_eq!(
        (s, body["error"]["code"].clone()),
        (409, "not_hidden".into())
    );
    let other =
        serde_json::json!({ "message_id": post, "step": "private_explanation", "rule": "threat" });
    let (s, body) = t.post(&t.admin, &path, other).await;
    assert_eq!(
        (s, body["error"]["code"].clone()),
        (409, "other_rule".into())
    );
    let (s, _) = t.post(&t.admin, &path, step("private_explanation")).await;
    assert_eq!(s, 201);
    let (_, case) = t.get(&t.admin, &format!("/api/v1/cases/{id}")).await;
    let steps: Vec<&Value> = case["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"] == "moderated")
        .map(|e| &e["event"]["step"])
        .collect();
    assert_eq!(steps, ["public_reply", "delete", "private_explanation"]);
    // The replies are messages of the case, queued for Meta.
    let replies: Vec<&Value> = case["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"] == "reply_sent")
        .collect();
    assert_eq!(replies.len(), 2);
    assert_eq!(replies[0]["message"]["visibility"], "public");
    assert_eq!(replies[0]["message"]["delivery"]["status"], "queued");
    assert!(
        replies[1]["message"]["body"]
            .as_str()
            .unwrap()
            .contains("tagit bort"),
        "{}",
        replies[1]
    );
}

async fn a_public_conversation_moves_to_private_on_one_case(backend: Backend) {
    let t = TestApp::spawn_with(backend, configured).await;
    let comment = br#"{"object":"page","entry":[{"id":"555","time":1764500100,"changes":[
        {"field":"feed","value":{"item":"comment","verb":"add","comment_id":"555_1_4","post_id":"555_1",
         "parent_id":"555_1","from":{"id":"7004","name":"Stina Ek"},"created_time":1764500300,
         "message":"Min betalning har inte kommit fram"}}]}]}"#;
    signed(&t, comment).await;
    let list = wait_for_cases(&t, 1).await;
    let id = list[0]["id"].as_str().unwrap().to_owned();
    let path = format!("/api/v1/cases/{id}/move-to-private");
    let (s, body) = t.post(&t.admin, &path, serde_json::json!({})).await;
    assert_eq!(s, 422, "{body}");
    assert_eq!(body["error"]["fields"][0]["field"], "body");
    let (s, body) = t
        .post(
            &t.admin,
            &path,
            serde_json::json!({ "body": "Hej Stina! Vilket datum gjorde du betalningen?" }),
        )
        .await;
    assert_eq!(s, 201, "{body}");
    let (_, case) = t.get(&t.admin, &format!("/api/v1/cases/{id}")).await;
    let timeline = case["timeline"].as_array().unwrap();
    let sent: Vec<(&Value, &Value)> = timeline
        .iter()
        .filter(|e| e["type"] == "reply_sent")
        .map(|e| (&e["message"]["channel"], &e["message"]["visibility"]))
        .collect();
    assert_eq!(
        sent,
        [
            (&"facebook".into(), &"public".into()),
            (&"messenger".into(), &"private".into())
        ]
    );
    assert!(timeline.iter().any(|e| e["type"] == "moved_to_private"));
    // One case throughout.
    assert_eq!(cases(&t).await.len(), 1);
}

async fn an_original_with_personal_data_is_kept_sealed_for_admins_only(backend: Backend) {
    let t = TestApp::spawn_with(backend, |app| {
        configured(app);
        app.meta.original_key = lotsen_app::sealed::OriginalKey::from_hex(&"5a".repeat(32));
    })
    .await;
    let comment = br#"{"object":"page","entry":[{"id":"555","time":1764500100,"changes":[
        {"field":"feed","value":{"item":"comment","verb":"add","comment_id":"555_1_3","post_id":"555_1",
         "parent_id":"555_1","from":{"id":"7003","name":"Olle Ek"},"created_time":1764500300,
         "message":"Mitt personnummer \u00e4r 19900101-0017, hj\u00e4lp!"}}]}]}"#;
    signed(&t, comment).await;
    let list = wait_for_cases(&t, 1).await;
    let id = list[0]["id"].as_str().unwrap().to_owned();
    let (_, case) = t.get(&t.admin, &format!("/api/v1/cases/{id}")).await;
    assert!(!case.to_string().contains("19900101"), "{case}");
    let message = case["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["type"] == "message_received")
        .unwrap()["message"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let path = format!("/api/v1/messages/{message}/sealed-original");
    let (s, original) = t.get(&t.admin, &path).await;
    assert_eq!(s, 200, "{original}");
    assert_eq!(
        original["body"],
        "Mitt personnummer är 19900101-0017, hjälp!"
    );
    let team = t.team("Sociala medier").await;
    let agent = t.agent("Lina Ek", "agent", &[team]).await;
    let (s, body) = t.get(&agent, &path).await;
    assert_eq!(
        (s, body["error"]["code"].clone()),
        (403, "admin_only".into())
    );
}

on_both_backends!(
    an_original_with_personal_data_is_kept_sealed_for_admins_only,
    a_public_conversation_moves_to_private_on_one_case,
    moderation_steps_are_kept_in_order_with_their_graph_jobs,
    a_kept_delivery_left_unprocessed_is_taken_in_by_the_workers,
    the_handshake_answers_our_token_only,
    signatures_are_checked_over_the_raw_body,
    messages_and_comments_become_case_messages_once,
);
