//! Replies on Meta's channels reach the Graph API: the binary, configured with a page
//! token and a loopback stand-in for Meta, answers a Messenger message with a private
//! message to the sender's page-scoped id (after waiting out a 429 as long as Meta's
//! `Retry-After` asked), a public comment under that comment, and records each reply's
//! delivery on the message; a call Meta refuses for good fails at once. The
//! code-of-conduct workflow's steps reach Meta in their order, and a public comment with
//! an identity number is stored redacted, hidden and answered with a referral.

use std::time::{Duration, Instant};

use lotsen_testkit::GraphStandIn;
use serde_json::{Value, json};

use crate::process::{call, create_admin, delivery, serve_with_env};

pub const SECRET: &str = "social-test-app-secret";
pub const TOKEN: &str = "EAAG-standin-page-token";

/// The binary against a Graph API stand-in, with an admin (signed "Ada" when asked).
struct Setup {
    graph: GraphStandIn,
    token: String,
    server: crate::process::Server,
    api: String,
    _dir: tempfile::TempDir,
}

async fn start(signature: bool, env: &[(&str, &str)]) -> Setup {
    let graph = GraphStandIn::start(TOKEN).await;
    let dir = tempfile::tempdir().unwrap();
    let mut extra = vec!["--team", "Kundservice"];
    if signature {
        extra.extend(["--signature-name", "Ada"]);
    }
    let token = create_admin(dir.path(), &[], &extra);
    let mut all = vec![
        ("LOTSEN_WORKERS__INTERVAL_MS", "100"),
        ("LOTSEN_META__APP_SECRET", SECRET),
        ("LOTSEN_META__VERIFY_TOKEN", "verify"),
        ("LOTSEN_META__PAGE_ACCESS_TOKEN", TOKEN),
        ("LOTSEN_META__GRAPH_BASE_URL", graph.base_url.as_str()),
    ];
    all.extend_from_slice(env);
    let server = serve_with_env(dir.path(), &[], &all);
    let api = format!("{}/api/v1", server.base_url);
    Setup {
        graph,
        token,
        server,
        api,
        _dir: dir,
    }
}

/// A feed delivery: the customer's comment under the page's post `555_1`; `message` is
/// written as JSON text (escapes allowed).
pub fn comment(comment_id: &str, from: (&str, &str), created: u64, message: &str) -> Vec<u8> {
    let (from_id, name) = from;
    format!(
        r#"{{"object":"page","entry":[{{"id":"555","time":{created},"changes":[
        {{"field":"feed","value":{{"item":"comment","verb":"add","comment_id":"{comment_id}","post_id":"555_1",
         "parent_id":"555_1","from":{{"id":"{from_id}","name":"{name}"}},"created_time":{created},
         "message":"{message}"}}}}]}}]}}"#
    )
    .into_bytes()
}

/// The case as the API shows it.
pub async fn case_view(api: &str, token: &str, case: &str) -> Value {
    call(
        reqwest::Method::GET,
        format!("{api}/cases/{case}"),
        token,
        None,
    )
    .await
    .1
}

pub async fn deliver(base_url: &str, body: &[u8]) {
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replies_on_meta_channels_reach_the_graph_api_and_record_their_delivery() {
    let Setup {
        graph,
        token,
        server,
        api,
        _dir,
    } = start(true, &[]).await;

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
        comment(
            "555_1_7",
            ("7007", "Olle Ek"),
            1764500200,
            r"Varf\u00f6r fungerar inte appen i dag?",
        )
        .as_slice(),
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

async fn moderate(api: &str, token: &str, case: &str, body: Value) -> (u16, Value) {
    call(
        reqwest::Method::POST,
        format!("{api}/cases/{case}/moderation"),
        token,
        Some(body),
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_post_that_breaks_the_code_is_answered_hidden_explained_and_reinstated_in_order() {
    let Setup {
        graph,
        token,
        server,
        api,
        _dir,
    } = start(true, &[]).await;
    deliver(
        &server.base_url,
        comment(
            "555_1_9",
            ("7009", "Kalle Ek"),
            1764500300,
            r"Skicka hem alla j*vla bl4ttar som jobbar i er kundtj\u00e4nst",
        )
        .as_slice(),
    )
    .await;
    let case = case_on(&api, &token, "facebook").await;
    let view = case_view(&api, &token, &case).await;
    let post = view["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["type"] == "message_received")
        .unwrap()["message"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let step = |s: &str| json!({ "message_id": post, "step": s, "rule": "racism" });

    // Out of order is refused, and bad input names every field.
    let (s, body) = moderate(&api, &token, &case, step("hide")).await;
    assert_eq!(
        (s, body["error"]["code"].as_str()),
        (409, Some("reply_first")),
        "{body}"
    );
    let (s, body) = moderate(
        &api,
        &token,
        &case,
        json!({ "step": "vänta", "rule": "oartigt" }),
    )
    .await;
    assert_eq!(s, 422, "{body}");
    let fields: Vec<&str> = body["error"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["message_id", "step", "rule"], "{body}");

    // Public reply from the template, then hide, then the private explanation.
    let (s, body) = moderate(&api, &token, &case, step("public_reply")).await;
    assert_eq!(s, 201, "{body}");
    let calls = graph.wait_for_calls(1, Duration::from_secs(20)).await;
    assert_eq!(calls[0].path, "/555_1_9/comments");
    let text = calls[0].body["message"].as_str().unwrap();
    assert!(
        text.contains("rasism") && text.ends_with("\n/Ada"),
        "{text}"
    );
    let (s, body) = moderate(&api, &token, &case, step("hide")).await;
    assert_eq!(s, 201, "{body}");
    let calls = graph.wait_for_calls(2, Duration::from_secs(20)).await;
    assert_eq!(calls[1].path, "/555_1_9");
    assert_eq!(calls[1].body, json!({ "is_hidden": true }));
    let (s, body) = moderate(&api, &token, &case, step("private_explanation")).await;
    assert_eq!(s, 201, "{body}");
    let calls = graph.wait_for_calls(3, Duration::from_secs(20)).await;
    assert_eq!(calls[2].path, "/me/messages");
    assert_eq!(calls[2].body["recipient"]["comment_id"], "555_1_9");
    assert!(
        calls[2].body["message"]["text"]
            .as_str()
            .unwrap()
            .contains("dolt"),
        "{:?}",
        calls[2]
    );
    // A lead (an admin here) shows it again.
    let (s, body) = moderate(&api, &token, &case, step("reinstate")).await;
    assert_eq!(s, 201, "{body}");
    let calls = graph.wait_for_calls(4, Duration::from_secs(20)).await;
    assert_eq!(calls[3].body, json!({ "is_hidden": false }));

    // Each step is an event with the agent, the rule and the evidence.
    let view = case_view(&api, &token, &case).await;
    let steps: Vec<&Value> = view["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"] == "moderated")
        .collect();
    let names: Vec<&str> = steps
        .iter()
        .map(|e| e["event"]["step"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["public_reply", "hide", "private_explanation", "reinstate"]
    );
    for e in &steps {
        assert_eq!(e["actor"]["type"], "agent", "{e}");
        assert_eq!(e["event"]["rule"], "racism");
        assert!(!e["event"]["evidence"].as_str().unwrap().is_empty(), "{e}");
    }
    server.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_public_comment_with_personal_data_is_kept_redacted_hidden_and_referred() {
    let Setup {
        graph,
        token,
        server,
        api,
        _dir,
    } = start(
        false,
        &[(
            "LOTSEN_META__REFERRAL_TEXT",
            "Hej! Vi har dolt din kommentar. Logga in med BankID så hjälper vi dig.",
        )],
    )
    .await;
    deliver(
        &server.base_url,
        comment(
            "555_1_8",
            ("7008", "Olle Ek"),
            1764500200,
            r"Mitt personnummer \u00e4r 19900101-0017, varf\u00f6r funkar inget?",
        )
        .as_slice(),
    )
    .await;
    let case = case_on(&api, &token, "facebook").await;
    // Hidden first, then the public referral under it and a private reply to its author.
    let calls = graph.wait_for_calls(3, Duration::from_secs(20)).await;
    assert_eq!(calls[0].path, "/555_1_8");
    assert_eq!(calls[0].body, json!({ "is_hidden": true }));
    let answers: Vec<(&str, &Value)> = calls[1..]
        .iter()
        .map(|c| (c.path.as_str(), &c.body))
        .collect();
    assert!(
        answers.iter().any(|(p, b)| *p == "/555_1_8/comments"
            && b["message"]
                == "Hej! Vi har dolt din kommentar. Logga in med BankID så hjälper vi dig."),
        "{answers:?}"
    );
    assert!(
        answers
            .iter()
            .any(|(p, b)| *p == "/me/messages" && b["recipient"]["comment_id"] == "555_1_8"),
        "{answers:?}"
    );
    // Lotsen's copy holds no digit of the number, in the body or the analysis.
    let view = case_view(&api, &token, &case).await;
    let text = view.to_string();
    assert!(!text.contains("19900101"), "{text}");
    assert!(!text.contains("0101-0017"), "{text}");
    let received = view["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["type"] == "message_received")
        .unwrap();
    assert_eq!(
        received["message"]["body"],
        "Mitt personnummer är [personnummer], varför funkar inget?"
    );
    let hidden = view["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["type"] == "personal_data_hidden")
        .unwrap();
    assert_eq!(hidden["event"]["kinds"], json!(["personnummer"]));
    assert_eq!(hidden["actor"]["type"], "system");
    server.stop();
}
