//! Health, readiness, the OpenAPI document, unknown routes.

use lotsen_testkit::{Backend, TestApp, on_both_backends};

async fn health_and_readiness_answer(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let (status, body) = t.send(reqwest::Method::GET, None, "/healthz", None).await;
    assert_eq!((status, body["status"].as_str()), (200, Some("ok")));
    let (status, body) = t.send(reqwest::Method::GET, None, "/readyz", None).await;
    assert_eq!(
        (status, body["database"].as_str()),
        (200, Some(backend.as_str()))
    );
    let (status, body) = t.get(&t.admin, "/api/v1/nowhere").await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (404, Some("not_found"))
    );
}

async fn the_openapi_document_lists_every_contract_path(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let (status, doc) = t
        .send(reqwest::Method::GET, None, "/api/v1/openapi.json", None)
        .await;
    assert_eq!(status, 200);
    assert!(
        doc["openapi"].as_str().unwrap().starts_with("3.1"),
        "{}",
        doc["openapi"]
    );
    let paths = doc["paths"].as_object().unwrap();
    for path in [
        "/api/v1/messages",
        "/api/v1/cases",
        "/api/v1/cases/{id}",
        "/api/v1/cases/{id}/assign",
        "/api/v1/cases/{id}/replies",
        "/api/v1/cases/{id}/notes",
        "/api/v1/cases/{id}/handoffs",
        "/api/v1/cases/{id}/escalations",
        "/api/v1/cases/{id}/resolve",
        "/api/v1/cases/{id}/reopen",
        "/api/v1/cases/{id}/close",
        "/api/v1/handoffs/{id}/accept",
        "/api/v1/handoffs/{id}/decline",
        "/api/v1/escalations/{id}/answer",
        "/api/v1/teams",
        "/api/v1/agents",
        "/api/v1/forecast/plan",
        "/api/v1/forecast/surge",
        "/api/v1/forecast/channels",
        "/api/v1/forecast/channels/{channel}",
        "/api/v1/forecast/shifts",
        "/api/v1/forecast/shifts/{id}",
        "/api/v1/forecast/what-if",
        "/api/v1/forecast/possible-incidents",
        "/api/v1/routing/rules",
        "/api/v1/sla/policies",
        "/api/v1/teams/{id}/settings",
        "/api/v1/teams/{id}/review",
        "/api/v1/teams/{id}/queue/next",
        "/api/v1/agents/{id}/routing",
        "/api/v1/cases/{id}/offer/accept",
        "/api/v1/cases/{id}/offer/decline",
        "/api/v1/cases/{id}/take-over",
        "/api/v1/cases/{id}/merge",
        "/api/v1/cases/{id}/calls",
        "/api/v1/calls",
        "/api/v1/saved-replies",
        "/api/v1/teams/{id}/load",
        "/api/v1/teams/{id}/reassign",
        "/api/v1/incidents",
        "/api/v1/articles",
        "/api/v1/articles/{id}",
        "/api/v1/cases/{id}/knowledge",
        "/api/v1/cases/{id}/solved-by",
        "/api/v1/cases/{id}/known-solution",
        "/api/v1/knowledge/top-problems",
        "/api/v1/public/articles",
        "/api/v1/search",
        "/api/v1/incidents/{id}",
        "/api/v1/incidents/{id}/suggestions",
        "/api/v1/incidents/{id}/links",
        "/api/v1/incidents/{id}/updates",
        "/api/v1/incidents/{id}/resolve",
        "/api/v1/forecast/possible-incidents/{id}/accept",
        "/api/v1/cases/{id}/manager-request",
        "/healthz",
        "/readyz",
    ] {
        assert!(paths.contains_key(path), "missing {path}");
    }
    assert!(doc["components"]["securitySchemes"]["bearer"].is_object());
}

on_both_backends!(
    health_and_readiness_answer,
    the_openapi_document_lists_every_contract_path
);

pub(super) async fn a_body_that_is_not_json_or_too_large_gets_its_own_status(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let client = reqwest::Client::new();
    let res = client
        .post(format!("{}/api/v1/teams", t.base_url))
        .bearer_auth(&t.admin.token)
        .header("content-type", "text/plain")
        .body("name=Kundservice")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 415);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["error"]["code"], "unsupported_media_type");
    let huge = format!("{{\"name\":\"{}\"}}", "x".repeat(3 * 1024 * 1024));
    let res = client
        .post(format!("{}/api/v1/teams", t.base_url))
        .bearer_auth(&t.admin.token)
        .header("content-type", "application/json")
        .body(huge)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 413);
}

mod request_bodies {
    use super::*;

    on_both_backends!(a_body_that_is_not_json_or_too_large_gets_its_own_status);
}
