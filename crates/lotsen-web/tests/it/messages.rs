//! Inbound messages through the API channel.

use lotsen_testkit::{Backend, TestApp, on_both_backends};
use serde_json::json;

fn message(external_id: &str, email: &str, body: &str) -> serde_json::Value {
    json!({
        "external_id": external_id,
        "customer": { "name": "Eva Berg", "email": email },
        "subject": "Saknar årsbesked",
        "body": body,
        "visibility": "private"
    })
}

async fn the_same_message_posted_twice_gives_the_same_ids(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let (status, first) = t
        .post(
            &t.admin,
            "/api/v1/messages",
            message("crm-1", "eva@example.se", "Hej, var är mitt årsbesked?"),
        )
        .await;
    assert_eq!(status, 201, "{first}");
    assert_eq!(first["created_case"], true);
    assert_eq!(first["case_ref"], "L-000001");
    let (status, again) = t
        .post(
            &t.admin,
            "/api/v1/messages",
            message("crm-1", "eva@example.se", "Hej, var är mitt årsbesked?"),
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(again["message_id"], first["message_id"]);
    assert_eq!(again["case_id"], first["case_id"]);
    assert_eq!(again["created_case"], false);
    let (_, case) = t
        .get(
            &t.admin,
            &format!("/api/v1/cases/{}", first["case_id"].as_str().unwrap()),
        )
        .await;
    let messages = case["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| !e["message"].is_null())
        .count();
    assert_eq!(messages, 1);
}

async fn a_new_message_from_a_customer_with_an_open_case_joins_it(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let (_, first) = t
        .post(
            &t.admin,
            "/api/v1/messages",
            message("crm-1", "eva@example.se", "Hej"),
        )
        .await;
    let (status, second) = t
        .post(
            &t.admin,
            "/api/v1/messages",
            message("crm-2", "Eva@Example.se", "Tredje gången jag skriver!"),
        )
        .await;
    assert_eq!(status, 201);
    assert_eq!(second["case_id"], first["case_id"]);
    assert_eq!(second["created_case"], false);
    let (_, other) = t
        .post(
            &t.admin,
            "/api/v1/messages",
            message("crm-3", "olle@example.se", "Hej"),
        )
        .await;
    assert_ne!(other["case_id"], first["case_id"]);
}

async fn an_invalid_message_names_every_bad_field(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let (status, body) = t
        .post(&t.admin, "/api/v1/messages", json!({ "customer": { "name": "", "email": "nej" }, "body": "  ", "visibility": "secret" }))
        .await;
    assert_eq!(status, 422, "{body}");
    assert_eq!(body["error"]["code"], "invalid_input");
    let fields: Vec<_> = body["error"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    assert_eq!(
        fields,
        [
            "external_id",
            "visibility",
            "customer.name",
            "customer.email",
            "body"
        ]
    );
    let (status, body) = t
        .post(&t.admin, "/api/v1/messages", json!({ "external_id": 17 }))
        .await;
    assert_eq!(status, 422);
    assert_eq!(body["error"]["fields"][0]["field"], "external_id");
    let (status, body) = t
        .send(
            reqwest::Method::POST,
            Some(&t.admin),
            "/api/v1/messages",
            None,
        )
        .await;
    assert_eq!(
        status, 422,
        "an empty body names the required fields: {body}"
    );
}

on_both_backends!(
    the_same_message_posted_twice_gives_the_same_ids,
    a_new_message_from_a_customer_with_an_open_case_joins_it,
    an_invalid_message_names_every_bad_field,
);

pub(super) async fn a_public_post_with_personal_data_is_analysed_once_and_marked_for_hiding(
    backend: Backend,
) {
    let t = TestApp::spawn(backend).await;
    let body = "Hallå?! Mitt kort nekas, mitt personnummer är 811218-9876 och kontot 6789 123456789. Fixa det nu!!";
    let (status, first) = t
        .post(&t.admin, "/api/v1/messages", json!({ "external_id": "fb-1", "customer": { "name": "Eva Berg" }, "body": body, "visibility": "public" }))
        .await;
    assert_eq!(status, 201, "{first}");
    let (_, case) = t
        .get(
            &t.admin,
            &format!("/api/v1/cases/{}", first["case_id"].as_str().unwrap()),
        )
        .await;
    let message = &case["timeline"][1]["message"];
    assert_eq!(message["hide_recommended"], true);
    let kinds: Vec<_> = message["analysis"]["pii"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["personnummer", "bank_account"]);
    assert_eq!(message["analysis"]["tone"], "upset");
    assert_eq!(message["analysis"]["language"], "sv");

    let (_, private) = t
        .post(&t.admin, "/api/v1/messages", json!({ "external_id": "dm-1", "customer": { "name": "Olle", "email": "olle@example.se" }, "body": body }))
        .await;
    let (_, case) = t
        .get(
            &t.admin,
            &format!("/api/v1/cases/{}", private["case_id"].as_str().unwrap()),
        )
        .await;
    assert_eq!(
        case["timeline"][1]["message"]["hide_recommended"], false,
        "private messages are not hidden"
    );
}

mod guard {
    use super::*;

    on_both_backends!(a_public_post_with_personal_data_is_analysed_once_and_marked_for_hiding);
}
