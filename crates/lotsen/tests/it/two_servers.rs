//! Two `lotsen serve` processes on one PostgreSQL database: every timer (an offer that
//! runs out, a deadline's warning and breach) fires exactly once between them.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::process::{TwoServers, call, two_servers};

async fn api(
    base: &str,
    token: &str,
    method: reqwest::Method,
    path: &str,
    body: Option<Value>,
) -> (u16, Value) {
    call(method, format!("{base}/api/v1{path}"), token, body).await
}

fn count(case: &Value, kind: &str, pick: impl Fn(&Value) -> bool) -> usize {
    case["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"] == kind && pick(e))
        .count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_servers_on_one_postgres_fire_each_timer_once() {
    let TwoServers {
        _db,
        _dir,
        a,
        b,
        token,
    } = two_servers().await;
    let (base_a, base_b) = (a.base_url.clone(), b.base_url.clone());
    let put = reqwest::Method::PUT;
    let post = reqwest::Method::POST;

    let (s, team) = api(
        &base_a,
        &token,
        post.clone(),
        "/teams",
        Some(json!({ "name": "Chatt" })),
    )
    .await;
    assert_eq!(s, 201, "{team}");
    let team = team["team_id"].as_str().unwrap().to_owned();
    let (s, body) = api(
        &base_a,
        &token,
        put.clone(),
        &format!("/teams/{team}/settings"),
        Some(json!({ "assignment": "offer", "offer_timeout": "PT1S" })),
    )
    .await;
    assert_eq!(s, 200, "{body}");
    let (s, body) = api(
        &base_b,
        &token,
        put.clone(),
        "/routing/rules",
        Some(json!({ "rules": [{ "name": "Alla", "team_id": team }] })),
    )
    .await;
    assert_eq!(s, 200, "{body}");
    // Chat is open around the clock; the first response is due in six seconds and warns
    // after three (a wide window, so a busy machine still sees the warning first).
    let (s, body) = api(&base_a, &token, put.clone(), "/sla/policies", Some(json!({ "policies": [{ "name": "Chatt", "first_response": "PT6S", "warn_percent": 50 }] }))).await;
    assert_eq!(s, 200, "{body}");
    let (s, agent) = api(&base_b, &token, post.clone(), "/agents", Some(json!({ "name": "Anna Lind", "email": "anna@banken.se", "role": "agent", "team_ids": [team] }))).await;
    assert_eq!(s, 201, "{agent}");
    let agent_id = agent["agent_id"].as_str().unwrap().to_owned();
    let (s, body) = api(
        &base_a,
        &token,
        put.clone(),
        &format!("/agents/{agent_id}/routing"),
        Some(json!({ "presence": "online", "capacity": { "chat": 100 } })),
    )
    .await;
    assert_eq!(s, 200, "{body}");

    let mut cases = Vec::new();
    for i in 0..20 {
        let base = if i % 2 == 0 { &base_a } else { &base_b };
        let (s, created) = api(
            base,
            &token,
            post.clone(),
            "/messages",
            Some(json!({
                "external_id": format!("two-{i}"), "channel": "chat",
                "customer": { "name": "Kund", "email": format!("kund{i}@example.se") },
                "body": "Hej, min betalning gick inte igenom."
            })),
        )
        .await;
        assert_eq!(s, 201, "{created}");
        cases.push(created["case_id"].as_str().unwrap().to_owned());
    }
    // Each case: offered once, the offer runs out once, one warning and one breach.
    let done = |c: &Value| {
        count(c, "offer_lapsed", |_| true) >= 1
            && count(c, "sla_alerted", |e| {
                e["event"]["alert"]["level"] == "breach"
            }) >= 1
    };
    let started = Instant::now();
    let mut last = Vec::new();
    while started.elapsed() < Duration::from_secs(30) {
        last.clear();
        for id in &cases {
            let (_, c) = api(
                &base_b,
                &token,
                reqwest::Method::GET,
                &format!("/cases/{id}"),
                None,
            )
            .await;
            last.push(c);
        }
        if last.iter().all(done) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    // A few more ticks of both servers must add nothing.
    tokio::time::sleep(Duration::from_millis(800)).await;
    for id in &cases {
        let (_, c) = api(
            &base_a,
            &token,
            reqwest::Method::GET,
            &format!("/cases/{id}"),
            None,
        )
        .await;
        assert_eq!(count(&c, "offered", |_| true), 1, "{c}");
        assert_eq!(
            count(&c, "offer_lapsed", |e| e["event"]["expired"] == true),
            1,
            "{c}"
        );
        assert_eq!(
            count(&c, "sla_alerted", |e| e["event"]["alert"]["level"]
                == "warning"),
            1,
            "{c}"
        );
        assert_eq!(
            count(&c, "sla_alerted", |e| e["event"]["alert"]["level"]
                == "breach"),
            1,
            "{c}"
        );
        assert!(c["owner_id"].is_null() && c["offer"].is_null(), "{c}");
    }
    a.stop();
    b.stop();
}
