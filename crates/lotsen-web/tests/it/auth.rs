//! Tokens and roles.

use lotsen_testkit::{Backend, TestAgent, TestApp, on_both_backends};
use serde_json::json;

async fn a_request_without_a_valid_token_is_refused_with_a_json_error(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let (status, body) = t
        .send(reqwest::Method::GET, None, "/api/v1/cases", None)
        .await;
    assert_eq!(status, 401);
    assert_eq!(body["error"]["code"], "unauthenticated");
    let last = t.admin.token.chars().last().unwrap();
    let other = if last == '0' { '1' } else { '0' };
    let forged = TestAgent {
        id: t.admin.id,
        token: format!("{}{other}", &t.admin.token[..t.admin.token.len() - 1]),
    };
    let (status, _) = t.get(&forged, "/api/v1/cases").await;
    assert_eq!(status, 401, "a token with one wrong character is refused");
    let (status, me) = t.get(&t.admin, "/api/v1/me").await;
    assert_eq!(status, 200);
    assert_eq!(me["role"], "admin");
}

async fn only_an_admin_creates_teams_and_agents(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let team = t.team("Kundservice").await;
    let anna = t.agent("Anna Lindqvist", "agent", &[team]).await;
    let (status, body) = t
        .post(&anna, "/api/v1/teams", json!({ "name": "Egen grupp" }))
        .await;
    assert_eq!(status, 403);
    assert_eq!(body["error"]["code"], "admin_only");
    let (status, _) = t
        .post(
            &anna,
            "/api/v1/agents",
            json!({ "name": "X", "email": "x@banken.se" }),
        )
        .await;
    assert_eq!(status, 403);
}

async fn a_new_agent_is_checked_field_by_field(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let (status, body) = t
        .post(&t.admin, "/api/v1/agents", json!({ "name": " ", "email": "inte-en-adress", "role": "boss", "team_ids": ["00000000-0000-0000-0000-000000000009"] }))
        .await;
    assert_eq!(status, 422, "{body}");
    let fields: Vec<_> = body["error"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["name", "email", "role", "team_ids[0]"]);
    let team = t.team("Kundservice").await;
    let (status, body) = t
        .post(&t.admin, "/api/v1/teams", json!({ "name": "Kundservice" }))
        .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (409, Some("team_name_taken"))
    );
    t.agent("Lena Lead", "lead", &[team]).await;
    let (status, body) = t
        .post(
            &t.admin,
            "/api/v1/agents",
            json!({ "name": "Lena Igen", "email": "lena.lead@banken.se" }),
        )
        .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (409, Some("agent_email_taken"))
    );
}

on_both_backends!(
    a_request_without_a_valid_token_is_refused_with_a_json_error,
    only_an_admin_creates_teams_and_agents,
    a_new_agent_is_checked_field_by_field,
);
