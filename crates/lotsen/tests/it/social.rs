//! Replies on Meta's channels reach the Graph API: the binary, configured with a page
//! token and a loopback stand-in for Meta, answers a Messenger message with a private
//! message to the sender's page-scoped id (after waiting out a 429 as long as Meta's
//! `Retry-After` asked), a public comment under that comment, and records each reply's
//! delivery on the message; a call Meta refuses for good fails at once.

use std::time::{Duration, Instant};

use lotsen_testkit::GraphStandIn;
use serde_json::{Value, json};

use crate::process::{call, create_admin, serve_with_env};

const SECRET: &str = "social-test-app-secret";
const TOKEN: &str = "EAAG-standin-page-token";

async fn deliver(base_url: &str, body: &[u8]) {
    let signature = lotsen_channels::meta::sign(SECRET.as_bytes(), body);
    let status = reqwest::Client::new()
        .post(format!("{base_url}/webhooks/meta"))
        .header("content-type", "application/json")
        .header("X-Hub-Signature-256", signature)
        .body(body.to_vec())
        .send()
        .await
        .unwrap()
        .status();
    assert_eq!(status, 200);
}

/// Waits until a case on `channel` exists; its id.
async fn case_on(api: &str, token: &str, channel: &str) -> String {
    let started = Instant::now();
    loop {
        let (_, list) = call(
            reqwest::Method::GET,
            format!("{api}/cases?limit=50"),
            token,
            None,
        )
        .await;
        let found = list["cases"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|c| c["origin_channel"] == channel);
        if let Some(case) = found {
            return case["id"].as_str().unwrap().to_owned();
        }
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "no {channel} case"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn reply(api: &str, token: &str, case: &str, body: Value) -> String {
    let (s, created) = call(
        reqwest::Method::POST,
        format!("{api}/cases/{case}/replies"),
        token,
        Some(body),
    )
    .await;
    assert_eq!(s, 201, "{created}");
    created["message_id"].as_str().unwrap().to_owned()
}

/// Waits until the reply's delivery has `status`; the delivery.
async fn delivery(api: &str, token: &str, case: &str, message: &str, status: &str) -> Value {
    let started = Instant::now();
    loop {
        let (_, view) = call(
            reqwest::Method::GET,
            format!("{api}/cases/{case}"),
            token,
            None,
        )
        .await;
        let found = view["timeline"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|e| e.get("message"))
            .find(|m| m["id"] == message)
            .map(|m| m["delivery"].clone());
        if let Some(d) = found.filter(|d| d["status"] == status) {
            return d;
        }
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "delivery of {message} is not {status}: {view}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replies_on_meta_channels_reach_the_graph_api_and_record_their_delivery() {
    let graph = GraphStandIn::start(TOKEN).await;
    let dir = tempfile::tempdir().unwrap();
    let token = create_admin(
        dir.path(),
        &[],
        &["--team", "Kundservice", "--signature-name", "Ada"],
    );
    let server = serve_with_env(
        dir.path(),
        &[],
        &[
            ("LOTSEN_WORKERS__INTERVAL_MS", "100"),
            ("LOTSEN_META__APP_SECRET", SECRET),
            ("LOTSEN_META__VERIFY_TOKEN", "verify"),
            ("LOTSEN_META__PAGE_ACCESS_TOKEN", TOKEN),
            ("LOTSEN_META__GRAPH_BASE_URL", &graph.base_url),
        ],
    );
    let api = format!("{}/api/v1", server.base_url);

    // A Messenger message is answered privately, to the sender's page-scoped id; Meta's
    // first answer is a rate limit, which the sender waits out.
    deliver(
        &server.base_url,
        br#"{"object":"page","entry":[{"id":"555","time":1764500000000,"messaging":[
        {"sender":{"id":"9001"},"recipient":{"id":"555"},"timestamp":1764500000000,
         "message":{"mid":"m_kort_1","text":"Hej! Mitt kort fungerar inte i automaten."}}]}]}"#,
    )
    .await;
    let messenger = case_on(&api, &token, "messenger").await;
    graph.answer_next(
        429,
        json!({ "error": { "message": "(#32) Page request limit reached", "code": 32 } }),
        Some(1),
    );
    let first = reply(
        &api,
        &token,
        &messenger,
        json!({ "body": "Hej! Vi spärrar kortet och skickar ett nytt." }),
    )
    .await;
    let calls = graph.wait_for_calls(2, Duration::from_secs(20)).await;
    for c in &calls {
        assert_eq!(
            (c.method.as_str(), c.path.as_str()),
            ("POST", "/me/messages")
        );
        assert_eq!(c.access_token.as_deref(), Some(TOKEN));
        assert_eq!(c.body["recipient"]["id"], "9001");
        assert_eq!(c.body["messaging_type"], "RESPONSE");
        assert_eq!(
            c.body["message"]["text"],
            "Hej! Vi spärrar kortet och skickar ett nytt.\n/Ada"
        );
    }
    let sent = delivery(&api, &token, &messenger, &first, "sent").await;
    assert_eq!(sent["attempts"], 2, "{sent}");
    assert!(
        sent["detail"].as_str().unwrap().contains("m_standin"),
        "{sent}"
    );

    // A public comment is answered publicly, under that comment.
    deliver(
        &server.base_url,
        br#"{"object":"page","entry":[{"id":"555","time":1764500100,"changes":[
        {"field":"feed","value":{"item":"comment","verb":"add","comment_id":"555_1_7","post_id":"555_1",
         "parent_id":"555_1","from":{"id":"7007","name":"Olle Ek"},"created_time":1764500200,
         "message":"Varf\u00f6r fungerar inte appen i dag?"}}]}]}"#,
    )
    .await;
    let facebook = case_on(&api, &token, "facebook").await;
    let public = reply(
        &api,
        &token,
        &facebook,
        json!({ "body": "Hej Olle! Vi har en störning och jobbar på det.", "visibility": "public" }),
    )
    .await;
    let calls = graph.wait_for_calls(3, Duration::from_secs(20)).await;
    assert_eq!(calls[2].path, "/555_1_7/comments");
    assert_eq!(
        calls[2].body["message"],
        "Hej Olle! Vi har en störning och jobbar på det.\n/Ada"
    );
    delivery(&api, &token, &facebook, &public, "sent").await;

    // A private answer to someone who only commented is a private reply to the comment;
    // Meta refusing it for good fails the delivery at once, with Meta's reason.
    graph.answer_next(
        400,
        json!({ "error": { "message": "(#551) This person isn't available right now.", "code": 551 } }),
        None,
    );
    let private = reply(
        &api,
        &token,
        &facebook,
        json!({ "body": "Vi skriver till dig privat." }),
    )
    .await;
    let calls = graph.wait_for_calls(4, Duration::from_secs(20)).await;
    assert_eq!(calls[3].path, "/me/messages");
    assert_eq!(calls[3].body["recipient"]["comment_id"], "555_1_7");
    let failed = delivery(&api, &token, &facebook, &private, "failed").await;
    assert_eq!(failed["attempts"], 1, "{failed}");
    assert!(
        failed["detail"].as_str().unwrap().contains("551"),
        "{failed}"
    );
    // Nothing is sent twice.
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(graph.calls().len(), 4);
    server.stop();
}
