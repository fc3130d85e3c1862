//! The lead's page, on both backends: the team's load (queue, open, each member's
//! cases), the deadline and review sections, and the outage move: the lead checks the
//! team's cases and moves them to the incident team with one note; queued cases go to
//! its queue, an owned one is handed off to it; an agent cannot see the page, and a
//! move without a note names the field.

use lotsen_testkit::{Backend, TestApp, on_both_backends};
use serde_json::json;

use crate::workspace::{attr, karin, lena_leading, page, post_form, select};

async fn the_lead_sees_the_load_and_moves_the_flood_to_the_incident_team(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let base = t.base_url.clone();
    let (service, karin_session) = karin(&t).await;
    let incident = t.team("Driftstörning").await;
    let lena = lena_leading(&t, service).await;
    let mut cases = Vec::new();
    for (i, name) in ["Eva Berg", "Sven Ek", "Maja Lind"].iter().enumerate() {
        let (s, created) = t
            .post(
                &t.admin,
                "/api/v1/messages",
                json!({ "external_id": format!("o-{i}"),
                        "customer": { "name": name, "email": format!("kund{i}@example.se") },
                        "subject": "Kan inte logga in i appen", "body": "Appen säger fel vid inloggning." }),
            )
            .await;
        assert_eq!(s, 201, "{created}");
        cases.push(created["case_id"].as_str().unwrap().to_owned());
    }
    // Karin takes the first.
    let (_, html) = page(&format!("{base}/cases/{}", cases[0]), &karin_session).await;
    let csrf = attr(&html, "form.reply input[name=csrf]", "value");
    let (s, _, _) = post_form(
        &format!("{base}/cases/{}/take", cases[0]),
        &karin_session,
        &[("csrf", &csrf)],
    )
    .await;
    assert_eq!(s, 303);

    let (s, _) = page(&format!("{base}/lead"), &karin_session).await;
    assert_eq!(s, 403, "an agent has no lead page");
    let (s, html) = page(&format!("{base}/lead"), &lena).await;
    assert_eq!(s, 200);
    assert_eq!(select(&html, "nav a[href='/lead']").len(), 1);
    assert_eq!(select(&html, ".load .queued"), ["2"]);
    assert_eq!(select(&html, ".load .open"), ["3"]);
    let members = select(&html, ".members tbody tr");
    assert!(
        members.iter().any(|m| m == "Karin Lund10"),
        "Karin owns one open case: {members:?}"
    );
    assert_eq!(select(&html, "#move tbody tr").len(), 3);
    let csrf = attr(&html, "#move input[name=csrf]", "value");

    // Without a note nothing moves, and the page says what is missing.
    let mut fields: Vec<(&str, &str)> =
        vec![("csrf", &csrf), ("team", ""), ("to_team", ""), ("note", "")];
    let service_s = service.to_string();
    let incident_s = incident.to_string();
    fields[1].1 = &service_s;
    fields[2].1 = &incident_s;
    for c in &cases {
        fields.push(("case", c));
    }
    let (s, _, body) = post_form(&format!("{base}/lead/reassign"), &lena, &fields).await;
    assert_eq!(s, 422);
    assert!(body.contains("Kontrollera"), "{body}");
    fields[3].1 = "Inloggningsstörningen i appen: Driftstörning tar alla ärenden.";
    let (s, to, _) = post_form(&format!("{base}/lead/reassign"), &lena, &fields).await;
    assert_eq!(s, 303);
    assert_eq!(
        to,
        format!("/lead?team={service}&moved=2&handed=1&refused=0")
    );
    let (_, html) = page(&format!("{base}{to}"), &lena).await;
    assert_eq!(
        select(&html, ".done"),
        ["Flyttade till kön: 2 · Överlämnade: 1 · Ej flyttade: 0"]
    );

    // The queued cases are the incident team's; the owned one waits for it to accept.
    let (_, moved) = t
        .get(&t.admin, &format!("/api/v1/cases/{}", cases[1]))
        .await;
    assert_eq!(moved["team_id"], incident.to_string().as_str());
    assert_eq!(moved["owner_id"], serde_json::Value::Null);
    let (_, handed) = t
        .get(&t.admin, &format!("/api/v1/cases/{}", cases[0]))
        .await;
    assert_eq!(
        handed["handoffs"][0]["to_team_id"],
        incident.to_string().as_str()
    );
    assert_eq!(handed["handoffs"][0]["status"], "pending");
    let (_, html) = page(&format!("{base}/cases/{}", cases[1]), &lena).await;
    assert_eq!(
        select(&html, ".timeline .event-team_changed .body"),
        ["→ Driftstörning: Inloggningsstörningen i appen: Driftstörning tar alla ärenden."]
    );

    // The API: the load for an admin; the move refused for an agent.
    let (s, load) = t
        .get(&t.admin, &format!("/api/v1/teams/{incident}/load"))
        .await;
    assert_eq!(s, 200, "{load}");
    // The two moved cases and the one handed off to the team all wait for its members.
    assert_eq!(load["queued"], 3);
    let agent = t.agent("Olle Ek", "agent", &[service]).await;
    let (s, _) = t
        .post(
            &agent,
            &format!("/api/v1/teams/{service}/reassign"),
            json!({ "case_ids": [cases[2]], "to_team_id": incident, "note": "x" }),
        )
        .await;
    assert_eq!(s, 403);
}

on_both_backends!(the_lead_sees_the_load_and_moves_the_flood_to_the_incident_team);
