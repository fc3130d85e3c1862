//! The staffing plan and the surge status, from contacts posted through the API over
//! several Mondays; the outage's possible incident accepted as an incident with its
//! cases linked.

use jiff::SignedDuration;
use lotsen_testkit::{Backend, TestApp, on_both_backends};
use serde_json::json;

/// Posts `n` messages from `n` new customers.
pub(crate) async fn post_many(t: &TestApp, tag: &str, n: usize) {
    for i in 0..n {
        let (status, _) = t
            .post(
                &t.admin,
                "/api/v1/messages",
                json!({ "external_id": format!("{tag}-{i}"), "customer": { "name": "Kund", "email": format!("{tag}-{i}@example.se") }, "body": "Appen fungerar inte" }),
            )
            .await;
        assert_eq!(status, 201);
    }
}

async fn an_outage_morning_is_a_possible_incident_and_the_plan_staffs_mondays(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    // Three ordinary Mondays from 2026-03-02, ten contacts at 08:00 and ten at 08:30.
    for week in 0..3 {
        post_many(&t, &format!("w{week}a"), 10).await;
        t.clock.advance(SignedDuration::from_mins(30));
        post_many(&t, &format!("w{week}b"), 10).await;
        t.clock
            .advance(SignedDuration::from_hours(7 * 24) - SignedDuration::from_mins(30));
    }
    let (status, body) = t.get(&t.admin, "/api/v1/forecast/surge").await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["possible_incident"], false);

    // Monday 2026-03-23: the outage brings four times the contacts.
    post_many(&t, "outage-a", 45).await;
    t.clock.advance(SignedDuration::from_mins(30));
    post_many(&t, "outage-b", 45).await;
    t.clock.advance(SignedDuration::from_mins(40));
    let (status, body) = t.get(&t.admin, "/api/v1/forecast/surge").await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["possible_incident"], true, "{body}");
    let surge = &body["surges"][0];
    assert_eq!(surge["channel"], "api");
    assert_eq!(surge["from"], "2026-03-23T08:00:00Z");
    assert_eq!(surge["to"], "2026-03-23T09:00:00Z");
    assert_eq!(surge["actual"], 90.0);
    assert!(surge["expected"].as_f64().unwrap() < 30.0, "{surge}");

    // The surge is kept as a possible incident with sample cases, once however often it
    // is seen.
    let (status, kept) = t
        .get(
            &t.admin,
            "/api/v1/forecast/possible-incidents?date=2026-03-23",
        )
        .await;
    assert_eq!(status, 200, "{kept}");
    assert_eq!(kept.as_array().unwrap().len(), 1, "{kept}");
    let incident = &kept[0];
    assert_eq!(incident["channel"], "api");
    assert_eq!(incident["actual"], 90.0);
    assert!(incident["excess"].as_f64().unwrap() > 60.0, "{incident}");
    let samples = incident["sample_cases"].as_array().unwrap();
    assert_eq!(samples.len(), 5);
    assert!(samples[0]["reference"].as_str().unwrap().starts_with("L-"));
    t.clock.advance(SignedDuration::from_mins(5));
    let (status, _) = t.get(&t.admin, "/api/v1/forecast/surge").await;
    assert_eq!(status, 200);
    let (_, again) = t
        .get(
            &t.admin,
            "/api/v1/forecast/possible-incidents?date=2026-03-23",
        )
        .await;
    assert_eq!(again.as_array().unwrap().len(), 1);
    assert_eq!(again[0]["id"], incident["id"]);
    assert_eq!(again[0]["detected_at"], incident["detected_at"]);

    // A lead accepts it: an incident on the channel, the surge's cases linked.
    let accept = format!(
        "/api/v1/forecast/possible-incidents/{}/accept",
        incident["id"].as_str().unwrap()
    );
    let (status, accepted) = t
        .post(&t.admin, &accept, json!({ "title": "Appen fungerar inte" }))
        .await;
    assert_eq!(status, 201, "{accepted}");
    assert_eq!(accepted["title"], "Appen fungerar inte");
    assert_eq!(accepted["channels"], json!(["api"]));
    assert_eq!(accepted["linked_cases"], 90, "{accepted}");

    let (status, plan) = t
        .get(
            &t.admin,
            "/api/v1/forecast/plan?date=2026-03-30&interval=30",
        )
        .await;
    assert_eq!(status, 200, "{plan}");
    let api = plan["channels"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["channel"] == "api")
        .unwrap();
    let eight = api["intervals"]
        .as_array()
        .unwrap()
        .iter()
        // 09:00 on Stockholm's clock, which moved to summer time on the Sunday.
        .find(|i| i["start"] == "2026-03-30T07:00:00Z")
        .unwrap();
    assert_eq!(
        eight["contacts"], 10.0,
        "the outage Monday does not inflate the forecast: {eight}"
    );
    assert!(eight["required"].as_u64().unwrap() >= 1);
    assert_eq!(
        eight["gap"].as_i64().unwrap(),
        -(eight["required"].as_i64().unwrap())
    );

    let (status, body) = t.get(&t.admin, "/api/v1/forecast/plan?interval=20").await;
    assert_eq!(
        (status, body["error"]["fields"][0]["field"].as_str()),
        (422, Some("interval"))
    );
}

on_both_backends!(an_outage_morning_is_a_possible_incident_and_the_plan_staffs_mondays);
