//! One case from first contact to resolution, as an agent team works it over HTTP.

use lotsen_testkit::{Backend, TestAgent, TestApp, on_both_backends};
use serde_json::{Value, json};
use uuid::Uuid;

struct Bank {
    t: TestApp,
    kort: Uuid,
    jour: Uuid,
    anna: TestAgent,
    bertil: TestAgent,
    lena: TestAgent,
    jonas: TestAgent,
}

async fn bank(backend: Backend) -> Bank {
    let t = TestApp::spawn(backend).await;
    let kundservice = t.team("Kundservice").await;
    let kort = t.team("Kort & betalningar").await;
    let jour = t.team("Teknisk jour").await;
    let anna = t.agent("Anna Lindqvist", "agent", &[kundservice]).await;
    let bertil = t.agent("Bertil Ek", "agent", &[kort]).await;
    let lena = t.agent("Lena Holm", "lead", &[kundservice]).await;
    let jonas = t.agent("Jonas Jour", "agent", &[jour]).await;
    Bank {
        t,
        kort,
        jour,
        anna,
        bertil,
        lena,
        jonas,
    }
}

async fn new_case(b: &Bank) -> String {
    let (status, body) = b
        .t
        .post(
            &b.t.admin,
            "/api/v1/messages",
            json!({ "external_id": "sms-1", "customer": { "name": "Eva Berg", "phone": "070-174 06 10" }, "body": "Biljetten kom aldrig till mitt resekort." }),
        )
        .await;
    assert_eq!(status, 201, "{body}");
    body["case_id"].as_str().unwrap().to_owned()
}

fn field_names(body: &Value) -> Vec<&str> {
    body["error"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect()
}

async fn a_case_is_handed_off_with_a_note_escalated_and_resolved(backend: Backend) {
    let b = bank(backend).await;
    let t = &b.t;
    let case = new_case(&b).await;
    let path = |suffix: &str| format!("/api/v1/cases/{case}{suffix}");

    let (status, body) = t
        .post(&b.anna, &path("/assign"), json!({ "agent_id": b.anna.id }))
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["owner_id"], b.anna.id.to_string());

    let (status, body) = t
        .post(
            &b.anna,
            &path("/handoffs"),
            json!({ "to_agent_id": b.bertil.id }),
        )
        .await;
    assert_eq!(status, 422, "a handoff without a note is refused: {body}");
    assert_eq!(field_names(&body), ["note"]);

    let (status, body) = t
        .post(&b.anna, &path("/handoffs"), json!({ "to_agent_id": b.bertil.id, "note": "Kunden har köpt 30-dagarsbiljett i appen; den syns inte på kortet. Allt är förklarat." }))
        .await;
    assert_eq!(status, 201, "{body}");
    let handoff = body["handoff_id"].as_str().unwrap().to_owned();
    let (_, detail) = t.get(&b.anna, &path("")).await;
    assert_eq!(
        detail["owner_id"],
        b.anna.id.to_string(),
        "ownership waits for acceptance"
    );

    let (status, body) = t
        .post(
            &b.jonas,
            &format!("/api/v1/handoffs/{handoff}/accept"),
            json!({}),
        )
        .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (403, Some("not_receiver"))
    );
    let (status, body) = t
        .post(
            &b.bertil,
            &format!("/api/v1/handoffs/{handoff}/accept"),
            json!({}),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["owner_id"], b.bertil.id.to_string());
    assert_eq!(body["team_id"], b.kort.to_string());

    let (status, body) = t
        .post(&b.bertil, &path("/escalations"), json!({ "kind": "on_call", "to_team_id": b.jour, "question": "Laddningen når inte kortet. Känt fel?" }))
        .await;
    assert_eq!(status, 201, "{body}");
    let escalation = body["escalation_id"].as_str().unwrap().to_owned();
    let (_, detail) = t.get(&b.bertil, &path("")).await;
    assert_eq!(
        detail["owner_id"],
        b.bertil.id.to_string(),
        "escalating keeps the owner"
    );

    let (status, body) = t
        .post(&b.bertil, &path("/resolve"), json!({ "summary": "Klart" }))
        .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (409, Some("open_escalations"))
    );

    let (status, body) = t
        .post(
            &b.jonas,
            &format!("/api/v1/escalations/{escalation}/answer"),
            json!({ "answer": "Känt synkfel; omkört nu." }),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["owner_id"], b.bertil.id.to_string());

    let (status, body) = t.post(&b.bertil, &path("/resolve"), json!({})).await;
    assert_eq!(status, 422);
    assert_eq!(field_names(&body), ["summary"]);
    let (status, body) = t.post(&b.bertil, &path("/resolve"), json!({ "summary": "Synkfel omkört; biljetten ligger på kortet", "category": "resekort" })).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["status"], "resolved");

    let (status, detail) = t.get(&b.anna, &path("")).await;
    assert_eq!(status, 200);
    assert_eq!(
        detail["resolution"],
        "Synkfel omkört; biljetten ligger på kortet"
    );
    let counters = &detail["counters"];
    assert_eq!(counters["handoffs"], 1);
    assert_eq!(counters["escalations"], 1);
    assert_eq!(counters["teams_involved"], 3);
    assert_eq!(counters["agents_involved"], 3);
    let kinds: Vec<_> = detail["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["type"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        [
            "opened",
            "message_received",
            "assigned",
            "handoff_requested",
            "handoff_accepted",
            "escalated",
            "escalation_answered",
            "resolved"
        ]
    );
    assert_eq!(
        detail["timeline"][1]["message"]["body"],
        "Biljetten kom aldrig till mitt resekort."
    );
    assert_eq!(detail["customer"]["phones"][0], "+46701740610");
}

async fn a_declined_handoff_leaves_the_owner_and_records_the_reason(backend: Backend) {
    let b = bank(backend).await;
    let t = &b.t;
    let case = new_case(&b).await;
    t.post(
        &b.anna,
        &format!("/api/v1/cases/{case}/assign"),
        json!({ "agent_id": b.anna.id }),
    )
    .await;
    let (_, body) = t
        .post(
            &b.anna,
            &format!("/api/v1/cases/{case}/handoffs"),
            json!({ "to_team_id": b.kort, "note": "Gäller kortet" }),
        )
        .await;
    let handoff = body["handoff_id"].as_str().unwrap().to_owned();
    let (status, body) = t
        .post(
            &b.bertil,
            &format!("/api/v1/handoffs/{handoff}/decline"),
            json!({}),
        )
        .await;
    assert_eq!((status, field_names(&body)), (422, vec!["reason"]));
    let (status, body) = t
        .post(
            &b.bertil,
            &format!("/api/v1/handoffs/{handoff}/decline"),
            json!({ "reason": "Resekort är inte bankkort" }),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["owner_id"], b.anna.id.to_string());
    assert_eq!(body["handoffs"][0]["status"], "declined");
    assert_eq!(
        body["handoffs"][0]["decline_reason"],
        "Resekort är inte bankkort"
    );
    assert_eq!(body["counters"]["handoffs_declined"], 1);
}

async fn a_manager_request_reaches_the_team_lead_and_a_reply_and_note_land_in_the_timeline(
    backend: Backend,
) {
    let b = bank(backend).await;
    let t = &b.t;
    let case = new_case(&b).await;
    let (status, body) = t
        .post(
            &b.anna,
            &format!("/api/v1/cases/{case}/replies"),
            json!({ "body": "Hej Eva! Jag tittar på det nu. /Anna" }),
        )
        .await;
    assert_eq!(status, 201, "{body}");
    let (status, _) = t
        .post(
            &b.anna,
            &format!("/api/v1/cases/{case}/notes"),
            json!({ "body": "Kunden vill prata med chef." }),
        )
        .await;
    assert_eq!(status, 201);
    let (status, body) = t
        .post(
            &b.anna,
            &format!("/api/v1/cases/{case}/escalations"),
            json!({ "kind": "manager", "question": "Kunden begär chef." }),
        )
        .await;
    assert_eq!(status, 201, "{body}");
    let (_, detail) = t.get(&b.anna, &format!("/api/v1/cases/{case}")).await;
    assert_eq!(
        detail["escalations"][0]["to_agent_id"],
        b.lena.id.to_string(),
        "the lead of the case's team"
    );
    assert_eq!(detail["status"], "waiting_on_customer");
    assert_eq!(
        detail["owner_id"],
        b.anna.id.to_string(),
        "the first to answer owns the case"
    );
    let timeline = detail["timeline"].as_array().unwrap();
    let reply = timeline.iter().find(|e| e["type"] == "reply_sent").unwrap();
    assert_eq!(reply["message"]["direction"], "outbound");
    let note = timeline.iter().find(|e| e["type"] == "note_added").unwrap();
    assert_eq!(note["note"]["body"], "Kunden vill prata med chef.");
    let (status, body) = t
        .post(
            &b.bertil,
            &format!("/api/v1/cases/{case}/close"),
            json!({ "reason": "Spam" }),
        )
        .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (403, Some("not_owner"))
    );
}

async fn a_closed_case_needs_a_reason_and_reopens_with_its_owner(backend: Backend) {
    let b = bank(backend).await;
    let t = &b.t;
    let case = new_case(&b).await;
    t.post(
        &b.anna,
        &format!("/api/v1/cases/{case}/assign"),
        json!({ "agent_id": b.anna.id }),
    )
    .await;
    let (status, body) = t
        .post(
            &b.anna,
            &format!("/api/v1/cases/{case}/close"),
            json!({ "reason": "" }),
        )
        .await;
    assert_eq!((status, field_names(&body)), (422, vec!["reason"]));
    let (status, body) = t
        .post(
            &b.anna,
            &format!("/api/v1/cases/{case}/close"),
            json!({ "reason": "Kunden svarar inte" }),
        )
        .await;
    assert_eq!(
        (status, body["status"].as_str()),
        (200, Some("closed_unresolved"))
    );
    let (status, body) = t
        .post(
            &b.lena,
            &format!("/api/v1/cases/{case}/reopen"),
            json!({ "reason": "Kunden ringde igen" }),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["status"], "open");
    assert_eq!(body["owner_id"], b.anna.id.to_string());
    assert_eq!(body["counters"]["reopenings"], 1);
}

async fn cases_are_listed_with_filters_and_bad_filters_are_named(backend: Backend) {
    let b = bank(backend).await;
    let t = &b.t;
    let case = new_case(&b).await;
    t.post(
        &b.anna,
        &format!("/api/v1/cases/{case}/assign"),
        json!({ "agent_id": b.anna.id }),
    )
    .await;
    let (status, list) = t
        .get(
            &b.anna,
            &format!("/api/v1/cases?status=open&owner={}", b.anna.id),
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(list["total"], 1);
    assert_eq!(list["cases"][0]["ref"], "L-000001");
    let (_, list) = t
        .get(&b.anna, &format!("/api/v1/cases?team={}", b.kort))
        .await;
    assert_eq!(list["total"], 0);
    let (status, body) = t
        .get(&b.anna, "/api/v1/cases?status=gone&owner=x&limit=-1")
        .await;
    assert_eq!(status, 422);
    assert_eq!(field_names(&body), ["status", "owner", "limit"]);
    let (status, _) = t.get(&b.anna, "/api/v1/cases/not-a-uuid").await;
    assert_eq!(status, 404);
    let (status, _) = t
        .get(&b.anna, &format!("/api/v1/cases/{}", Uuid::nil()))
        .await;
    assert_eq!(status, 404);
}

on_both_backends!(
    a_case_is_handed_off_with_a_note_escalated_and_resolved,
    a_declined_handoff_leaves_the_owner_and_records_the_reason,
    a_manager_request_reaches_the_team_lead_and_a_reply_and_note_land_in_the_timeline,
    a_closed_case_needs_a_reason_and_reopens_with_its_owner,
    cases_are_listed_with_filters_and_bad_filters_are_named,
);
