//! Staffing through HTTP: opening hours and handle times per channel, shifts entered as
//! JSON or imported as CSV, the plan that uses them, and a what-if for an outage morning.

use jiff::SignedDuration;
use lotsen_testkit::{Backend, TestApp, on_both_backends};
use serde_json::{Value, json};

use crate::forecast::post_many;

fn fields(body: &Value) -> Vec<String> {
    body["error"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap().to_owned())
        .collect()
}

fn interval<'a>(plan: &'a Value, channel: &str, start: &str) -> &'a Value {
    plan["channels"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["channel"] == channel)
        .unwrap_or_else(|| panic!("no {channel} in {plan}"))["intervals"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["start"] == start)
        .unwrap_or_else(|| panic!("no {start} in {channel}"))
}

async fn opening_hours_and_shifts_shape_the_plan_and_a_what_if_raises_the_need(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let team = t.team("Kundservice").await;
    let agent = t.agent("Sara Ek", "agent", &[team]).await;
    // Four Mondays from 2026-03-02: ten contacts at 09:00 and ten at 09:30 Stockholm time.
    for week in 0..4 {
        post_many(&t, &format!("w{week}a"), 10).await;
        t.clock.advance(SignedDuration::from_mins(30));
        post_many(&t, &format!("w{week}b"), 10).await;
        t.clock
            .advance(SignedDuration::from_hours(7 * 24) - SignedDuration::from_mins(30));
    }

    let (status, channels) = t.get(&t.admin, "/api/v1/forecast/channels").await;
    assert_eq!(status, 200, "{channels}");
    assert_eq!(channels.as_array().unwrap().len(), 7);
    let api = channels
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["channel"] == "api")
        .unwrap();
    assert_eq!(
        api["opening_hours"]["monday"],
        json!({"open": "08:00", "close": "17:00"})
    );
    assert_eq!(api["opening_hours"]["saturday"], Value::Null);

    let put = |who, body: Value| {
        let t = &t;
        async move {
            t.send(
                reqwest::Method::PUT,
                Some(who),
                "/api/v1/forecast/channels/api",
                Some(body),
            )
            .await
        }
    };
    let (status, body) = put(&agent, json!({"handle_time_seconds": 600})).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (403, Some("lead_only"))
    );
    let (status, body) = put(
        &t.admin,
        json!({"opening_hours": {"monday": {"open": "9", "close": "12:00"}, "days_off": "sometimes"}, "service_level": 2}),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    assert_eq!(
        fields(&body),
        [
            "opening_hours.monday.open",
            "opening_hours.days_off",
            "service_level"
        ]
    );
    // Mondays 09:15-12:00 Stockholm; ten minutes a contact.
    let (status, body) = put(
        &t.admin,
        json!({"opening_hours": {"monday": {"open": "09:15", "close": "12:00"}, "days_off": "closed"}, "handle_time_seconds": 600}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["handle_time_seconds"], 600);
    let (status, _) = t
        .send(
            reqwest::Method::PUT,
            Some(&t.admin),
            "/api/v1/forecast/channels/fax",
            Some(json!({})),
        )
        .await;
    assert_eq!(status, 404);

    // Two agents on the API queue 09:15-12:00, one on the phone; as CSV.
    let csv = format!(
        "agent_id,channel,start,end\n{},api,2026-03-30 09:15,2026-03-30 12:00\n,api,2026-03-30 09:15,2026-03-30 12:00\n,phone,2026-03-30T08:00:00Z,2026-03-30T16:00:00Z\n",
        agent.id
    );
    let (status, body) = t
        .send_text(
            reqwest::Method::POST,
            &t.admin,
            "/api/v1/forecast/shifts",
            "text/csv",
            &csv,
        )
        .await;
    assert_eq!((status, body["created"].as_u64()), (201, Some(3)), "{body}");
    let bad = "channel,start,end\napi,2026-03-23 09:30,2026-03-23 11:00\napi,2026-03-23 11:00,2026-03-23 10:00\n";
    let (status, body) = t
        .send_text(
            reqwest::Method::POST,
            &t.admin,
            "/api/v1/forecast/shifts",
            "text/csv",
            bad,
        )
        .await;
    assert_eq!(
        (status, fields(&body)),
        (422, vec!["line 3.end".to_owned()]),
        "{body}"
    );
    let (status, body) = t
        .post(
            &t.admin,
            "/api/v1/forecast/shifts",
            json!({"shifts": [{"start": "2026-03-23 09:30", "end": "2026-03-23 11:00"}]}),
        )
        .await;
    assert_eq!(
        (status, fields(&body)),
        (422, vec!["shifts[0].channel".to_owned()])
    );
    let (status, body) = t
        .post(&agent, "/api/v1/forecast/shifts", json!({"shifts": []}))
        .await;
    assert_eq!(status, 403, "{body}");

    let (status, plan) = t
        .get(
            &t.admin,
            "/api/v1/forecast/plan?date=2026-03-30&interval=30",
        )
        .await;
    assert_eq!(status, 200, "{plan}");
    // The history's contacts came at 09:00 and 09:30 Stockholm time; on the 30th (summer
    // time since Sunday) 09:00 is 07:00 UTC. Ten contacts come before the queue opens.
    let nine = interval(&plan, "api", "2026-03-30T07:00:00Z");
    assert_eq!(
        (nine["open"].as_bool(), nine["required"].as_u64()),
        (Some(false), Some(0)),
        "{nine}"
    );
    assert_eq!(nine["contacts"], 10.0);
    let half_past = interval(&plan, "api", "2026-03-30T07:30:00Z");
    assert_eq!(half_past["open"], true);
    assert_eq!(half_past["scheduled"], 2);
    let required = half_past["required"].as_i64().unwrap();
    assert!(required >= 1, "{half_past}");
    assert_eq!(half_past["gap"].as_i64().unwrap(), 2 - required);
    let phone = interval(&plan, "phone", "2026-03-30T12:00:00Z");
    assert_eq!(
        (phone["scheduled"].as_u64(), phone["gap"].as_i64()),
        (Some(1), Some(1))
    );

    let (status, shifts) = t
        .get(&t.admin, "/api/v1/forecast/shifts?date=2026-03-30")
        .await;
    assert_eq!((status, shifts.as_array().map(Vec::len)), (200, Some(3)));
    let shifts = shifts.as_array().unwrap();
    assert_eq!(shifts[2]["channel"], "phone", "by start: {shifts:?}");
    assert_eq!(shifts[0]["start"], "2026-03-30T07:15:00Z");
    assert!(shifts.iter().any(|s| s["agent_id"] == agent.id.to_string()));
    let id = shifts[2]["id"].as_str().unwrap();
    let path = format!("/api/v1/forecast/shifts/{id}");
    let (status, _) = t
        .send(reqwest::Method::DELETE, Some(&t.admin), &path, None)
        .await;
    assert_eq!(status, 204);
    let (status, _) = t
        .send(reqwest::Method::DELETE, Some(&t.admin), &path, None)
        .await;
    assert_eq!(status, 404);

    // The outage case: four times the contacts between 09:30 and 10:00.
    let (status, what_if) = t
        .post(
            &t.admin,
            "/api/v1/forecast/what-if",
            json!({"date": "2026-03-30", "interval": 30, "channel": "api", "from": "2026-03-30 09:30", "to": "2026-03-30 10:00", "volume_multiplier": 4, "extra_handle_seconds": 120}),
        )
        .await;
    assert_eq!(status, 200, "{what_if}");
    assert_eq!(what_if["channels"].as_array().unwrap().len(), 1);
    let hit = interval(&what_if, "api", "2026-03-30T07:30:00Z");
    assert_eq!(hit["contacts"], 40.0);
    assert!(
        hit["required"].as_u64() > hit["baseline_required"].as_u64(),
        "{hit}"
    );
    assert_eq!(
        hit["gap"].as_i64().unwrap(),
        2 - hit["required"].as_i64().unwrap()
    );
    // A backlog channel carries the extra work into the rest of its answer window; before
    // the window nothing changes.
    let after = interval(&what_if, "api", "2026-03-30T08:00:00Z");
    assert!(after["required"].as_u64() >= after["baseline_required"].as_u64());
    let api = what_if["channels"][0]["intervals"].as_array().unwrap();
    for i in api
        .iter()
        .take_while(|i| i["start"] != "2026-03-30T07:30:00Z")
    {
        assert_eq!(i["required"], i["baseline_required"], "{i}");
    }

    let (status, body) = t
        .post(
            &t.admin,
            "/api/v1/forecast/what-if",
            json!({"interval": 20, "from": "igår", "channel": "fax"}),
        )
        .await;
    assert_eq!(
        (status, fields(&body)),
        (
            422,
            vec![
                "interval".to_owned(),
                "channel".to_owned(),
                "from".to_owned()
            ]
        )
    );
}

on_both_backends!(opening_hours_and_shifts_shape_the_plan_and_a_what_if_raises_the_need);
