//! Incidents over HTTP, on both backends: a lead declares the app-login fault; the open
//! cases about it are suggested and the one about something else is not; an agent links
//! one (once); a second incident with a threshold links the matching cases itself; the
//! list counts each incident's linked cases; agents see the open incidents' banner; an agent cannot declare; a status update
//! answers each linked case once, personally, without taking it; a new case that
//! matches above the threshold is linked on arrival; resolving closes the
//! case that was only about the fault and keeps open the one with another question.

use lotsen_testkit::{Backend, TestApp, on_both_backends};
use serde_json::{Value, json};

use crate::workspace::{attr, bad_fields, karin, page, post_form, select};

async fn message(t: &TestApp, i: usize, subject: &str) -> String {
    let (s, created) = t
        .post(
            &t.admin,
            "/api/v1/messages",
            json!({ "external_id": format!("inc-{i}"),
                    "customer": { "name": format!("Kund {i}"), "email": format!("kund{i}@example.se") },
                    "subject": subject, "body": format!("{subject}. Vad ska jag göra?") }),
        )
        .await;
    assert_eq!(s, 201, "{created}");
    created["case_id"].as_str().unwrap().to_owned()
}

fn ids(list: &Value) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|s| s["case"]["id"].as_str().unwrap().to_owned())
        .collect()
}

async fn the_outage_is_declared_and_its_cases_are_suggested_and_linked(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let (team, session) = karin(&t).await;
    let lead = t.agent("Lena Ledare", "lead", &[team]).await;
    let agent = t.agent("Olle Ek", "agent", &[team]).await;
    let login = message(&t, 1, "Inloggningen i appen fungerar inte").await;
    let also = message(&t, 2, "Kan inte logga in i appen").await;
    let other = message(&t, 3, "Adressändring").await;

    let declare = json!({ "title": "Inloggningen i appen fungerar inte", "services": ["app"],
                          "channels": ["api"], "public_status": "Vi har en störning i inloggningen i appen." });
    let (s, _) = t.post(&agent, "/api/v1/incidents", declare.clone()).await;
    assert_eq!(s, 403);
    let (s, refused) = t
        .post(&lead, "/api/v1/incidents", json!({ "channels": ["fax"] }))
        .await;
    assert_eq!(s, 422);
    assert_eq!(bad_fields(&refused), ["channels"]);
    let (s, incident) = t.post(&lead, "/api/v1/incidents", declare).await;
    assert_eq!(s, 201, "{incident}");
    assert_eq!(incident["linked_cases"], 0);
    let id = incident["id"].as_str().unwrap().to_owned();
    // Agents see the open incident on their pages.
    let (_, html) = page(&format!("{}/inbox", t.base_url), &session).await;
    assert_eq!(
        select(&html, ".incident-banner"),
        [
            "Pågående störning: Inloggningen i appen fungerar inte · Vi har en störning i inloggningen i appen."
        ]
    );

    let (s, suggested) = t
        .get(&agent, &format!("/api/v1/incidents/{id}/suggestions"))
        .await;
    assert_eq!(s, 200, "{suggested}");
    let found = ids(&suggested);
    assert!(
        found.contains(&login) && found.contains(&also),
        "{suggested}"
    );
    assert!(!found.contains(&other), "{suggested}");
    assert_eq!(found[0], login, "the closest match first");

    let path = format!("/api/v1/incidents/{id}/links");
    let (s, linked) = t.post(&agent, &path, json!({ "case_id": login })).await;
    assert_eq!(s, 200, "{linked}");
    let (s, again) = t.post(&agent, &path, json!({ "case_id": login })).await;
    assert_eq!(
        (s, again["error"]["code"].as_str()),
        (409, Some("already_linked"))
    );
    // In the workspace: the list, and the suggested case linked with one action.
    let base = t.base_url.clone();
    let (_, html) = page(&format!("{base}/incidents"), &session).await;
    assert_eq!(select(&html, ".incidents .linked"), ["1"]);
    let (_, html) = page(&format!("{base}/incidents/{id}"), &session).await;
    assert_eq!(
        select(&html, "#suggested tbody tr").len(),
        1,
        "the other login case"
    );
    let csrf = attr(&html, "#suggested input[name=csrf]", "value");
    let (s, _, body) = post_form(
        &format!("{base}/incidents/{id}/link"),
        &session,
        &[("csrf", &csrf), ("case_id", &also)],
    )
    .await;
    assert_eq!(s, 303, "{body}");
    let (_, html) = page(&format!("{base}/incidents/{id}"), &session).await;
    assert_eq!(select(&html, "dd.linked"), ["2"]);
    assert!(select(&html, "#suggested tbody tr").is_empty());
    assert!(
        select(&html, "#announce-h").is_empty(),
        "updates are the lead's"
    );
    let (_, shown) = t.get(&agent, &format!("/api/v1/cases/{login}")).await;
    assert!(
        shown["timeline"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["type"] == "incident_linked"),
        "{shown}"
    );

    // A second incident links what matches by itself.
    let (s, auto) = t
        .post(
            &lead,
            "/api/v1/incidents",
            json!({ "title": "Appen: inloggning", "public_status": "Störning i appen.",
                    "auto_link_at": 0.5 }),
        )
        .await;
    assert_eq!(s, 201, "{auto}");
    assert_eq!(auto["linked_cases"], 2, "{auto}");
    let (_, list) = t.get(&agent, "/api/v1/incidents").await;
    let counts: Vec<(String, u64)> = list["incidents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["title"].as_str().unwrap().to_owned(),
                i["linked_cases"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        counts,
        [
            ("Appen: inloggning".to_owned(), 2),
            ("Inloggningen i appen fungerar inte".to_owned(), 2)
        ]
    );

    // A status update answers every linked case personally, once; nobody's case changes
    // owner; an agent cannot post one.
    let auto_id = auto["id"].as_str().unwrap();
    let updates = format!("/api/v1/incidents/{auto_id}/updates");
    let (s, _) = t.post(&agent, &updates, json!({ "text": "x" })).await;
    assert_eq!(s, 403);
    let (s, told) = t
        .post(
            &lead,
            &updates,
            json!({ "text": "Felet är hittat och inloggningen fungerar igen." }),
        )
        .await;
    assert_eq!(s, 200, "{told}");
    assert_eq!(
        (told["update"].as_u64(), told["told"].as_u64()),
        (Some(1), Some(2))
    );
    for case in [&login, &also] {
        let (_, shown) = t.get(&agent, &format!("/api/v1/cases/{case}")).await;
        let replies: Vec<&Value> = shown["timeline"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["type"] == "reply_sent")
            .collect();
        assert_eq!(replies.len(), 1, "{shown}");
        let body = replies[0]["message"]["body"].as_str().unwrap();
        assert!(
            body.starts_with("Hej Kund!\n\nFelet är hittat") && body.ends_with("\nLena"),
            "{body}"
        );
        assert_eq!(shown["owner_id"], Value::Null);
        assert_eq!(shown["status"], "waiting_on_customer");
    }
    let (_, list) = t.get(&agent, "/api/v1/incidents").await;
    assert_eq!(
        list["incidents"][0]["public_status"],
        "Felet är hittat och inloggningen fungerar igen."
    );

    // The second customer writes about something else; resolving the incident closes
    // the first case and tells, but keeps open, the second.
    let (s, _) = t
        .post(
            &t.admin,
            "/api/v1/messages",
            json!({ "external_id": "inc-2b",
                    "customer": { "name": "Kund 2", "email": "kund2@example.se" },
                    "body": "Tack! En sak till: jag vill byta adress för mina kontoutdrag." }),
        )
        .await;
    assert_eq!(s, 201);
    let (s, done) = t
        .post(
            &lead,
            &format!("/api/v1/incidents/{auto_id}/resolve"),
            json!({ "text": "Störningen är över. Tack för ert tålamod." }),
        )
        .await;
    assert_eq!(s, 200, "{done}");
    assert_eq!(
        (done["told"].as_u64(), done["resolved"].as_u64()),
        (Some(2), Some(1))
    );
    let (_, first) = t.get(&agent, &format!("/api/v1/cases/{login}")).await;
    assert_eq!(first["status"], "resolved");
    assert_eq!(first["resolution_category"], "incident");
    let (_, second) = t.get(&agent, &format!("/api/v1/cases/{also}")).await;
    assert_eq!(
        second["status"], "waiting_on_customer",
        "told, and still open"
    );
    let (_, list) = t.get(&agent, "/api/v1/incidents").await;
    let resolved = list["incidents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == auto_id)
        .unwrap();
    assert_eq!(resolved["status"], "resolved");
    let (_, html) = page(&format!("{}/cases/{login}", t.base_url), &session).await;
    assert_eq!(
        select(&html, ".incident-banner").len(),
        1,
        "the resolved one is gone"
    );
    let (_, detail) = t.get(&agent, &format!("/api/v1/incidents/{auto_id}")).await;
    assert_eq!(detail["linked_cases"], 2);
    assert_eq!(detail["customers_affected"], 2);
    assert_eq!(
        detail["extra_contacts"], 1,
        "the second customer wrote again"
    );
    assert_eq!(
        detail["minutes_to_resolve"], 0,
        "the test clock stands still"
    );
    let (s, again) = t.post(&lead, &updates, json!({ "text": "igen" })).await;
    assert_eq!(
        (s, again["error"]["code"].as_str()),
        (409, Some("incident_resolved"))
    );
}

async fn a_new_case_matching_an_incident_is_linked_on_arrival(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let team = t.team("Kundservice").await;
    let lead = t.agent("Lena Ledare", "lead", &[team]).await;
    let (s, incident) = t
        .post(
            &lead,
            "/api/v1/incidents",
            json!({ "title": "Inloggningen i appen fungerar inte", "services": ["app"],
                    "public_status": "Störning i inloggningen.", "auto_link_at": 0.5 }),
        )
        .await;
    assert_eq!(s, 201, "{incident}");
    let id = incident["id"].as_str().unwrap();
    let login = message(&t, 1, "Kan inte logga in i appen, inloggningen hänger sig").await;
    let other = message(&t, 2, "Adressändring").await;
    let (_, shown) = t.get(&lead, &format!("/api/v1/incidents/{id}")).await;
    assert_eq!(shown["linked_cases"], 1, "{shown}");
    let (_, case) = t.get(&lead, &format!("/api/v1/cases/{login}")).await;
    let linked = case["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["type"] == "incident_linked")
        .unwrap();
    assert_eq!(linked["event"]["automatic"], true);
    let (_, case) = t.get(&lead, &format!("/api/v1/cases/{other}")).await;
    assert!(
        !case["timeline"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["type"] == "incident_linked")
    );
}

on_both_backends!(
    the_outage_is_declared_and_its_cases_are_suggested_and_linked,
    a_new_case_matching_an_incident_is_linked_on_arrival
);
