//! Every case shows its deadlines: first response and resolution on the open time of its
//! channel, and whether the lead should review it.

use jiff::SignedDuration;
use lotsen_testkit::{Backend, TestApp, on_both_backends};
use serde_json::json;

async fn a_case_shows_its_deadlines_on_open_time(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    // Monday 2026-03-02 09:00 Stockholm; the API channel is open weekdays 08-17.
    let (status, created) = t
        .post(
            &t.admin,
            "/api/v1/messages",
            json!({ "external_id": "sla-1", "customer": { "name": "Eva Berg", "email": "eva@example.se" }, "body": "Hur beställer jag ett nytt kort?" }),
        )
        .await;
    assert_eq!(status, 201, "{created}");
    let path = format!("/api/v1/cases/{}", created["case_id"].as_str().unwrap());
    let (status, case) = t.get(&t.admin, &path).await;
    assert_eq!(status, 200, "{case}");
    let sla = &case["sla"];
    assert_eq!(sla["policy"], "Ärenden", "{sla}");
    // Eight open hours from 09:00: 17:00 the same day; the warning at 80%, 15:24.
    assert_eq!(sla["first_response"]["due"], "2026-03-02T16:00:00Z");
    assert_eq!(sla["first_response"]["warn_at"], "2026-03-02T14:24:00Z");
    // Forty open hours: eight on Monday, nine each Tuesday to Thursday, five on Friday.
    assert_eq!(sla["resolution"]["due"], "2026-03-06T12:00:00Z");
    assert_eq!(sla["first_response"]["state"], "running");
    assert!(sla["next_response"].is_null());
    assert_eq!(sla["resolution"]["state"], "running");
    assert_eq!(case["review"], json!([]));

    t.clock.advance(SignedDuration::from_mins(6 * 60 + 30));
    let (_, case) = t.get(&t.admin, &path).await;
    assert_eq!(
        case["sla"]["first_response"]["state"], "warning",
        "{}",
        case["sla"]
    );
    t.clock.advance(SignedDuration::from_mins(91));
    let (_, case) = t.get(&t.admin, &path).await;
    assert_eq!(
        case["sla"]["first_response"]["state"], "breached",
        "{}",
        case["sla"]
    );
}

on_both_backends!(a_case_shows_its_deadlines_on_open_time);
