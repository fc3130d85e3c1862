//! An on-call escalation pages the on-call's webhook in the documented JSON, and a page
//! the paging system refused is sent again, with the same page id.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::http::{HeaderMap, StatusCode};
use serde_json::{Value, json};

use crate::process::{call, create_admin, serve_with_env};

type Pages = Arc<Mutex<Vec<(String, Value)>>>;

/// A paging system on loopback that refuses the first page and takes the rest.
async fn paging_system(pages: Pages) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/page", listener.local_addr().unwrap());
    let app = axum::Router::new().route(
        "/page",
        axum::routing::post(
            move |headers: HeaderMap, axum::Json(body): axum::Json<Value>| {
                let pages = pages.clone();
                async move {
                    let id = headers
                        .get("x-lotsen-page-id")
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or("")
                        .to_owned();
                    let mut pages = pages.lock().unwrap();
                    pages.push((id, body));
                    if pages.len() == 1 {
                        StatusCode::SERVICE_UNAVAILABLE
                    } else {
                        StatusCode::ACCEPTED
                    }
                }
            },
        ),
    );
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    url
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_on_call_escalation_pages_the_webhook_and_retries_a_refused_page() {
    let pages: Pages = Arc::default();
    let webhook = paging_system(pages.clone()).await;
    let dir = tempfile::tempdir().unwrap();
    let token = create_admin(dir.path(), &[], &["--team", "Kundservice"]);
    let server = serve_with_env(dir.path(), &[], &[("LOTSEN_WORKERS__INTERVAL_MS", "100")]);
    let base = format!("{}/api/v1", server.base_url);
    let (_, me) = call(reqwest::Method::GET, format!("{base}/me"), &token, None).await;
    let kundservice = me["team_ids"][0].as_str().unwrap().to_owned();
    let (s, jour) = call(
        reqwest::Method::POST,
        format!("{base}/teams"),
        &token,
        Some(json!({ "name": "IT-jour" })),
    )
    .await;
    assert_eq!(s, 201, "{jour}");
    let (s, body) = call(
        reqwest::Method::PUT,
        format!("{base}/teams/{kundservice}/settings"),
        &token,
        Some(json!({ "on_call": { "name": "Drift & IT-jour", "webhook_url": webhook, "team_id": jour["team_id"], "response_time": "PT30M" } })),
    )
    .await;
    assert_eq!(s, 200, "{body}");
    let (s, created) = call(
        reqwest::Method::POST,
        format!("{base}/messages"),
        &token,
        Some(json!({ "external_id": "page-1", "customer": { "name": "Eva Berg", "email": "eva@example.se" }, "body": "Jag kan inte logga in i appen." })),
    )
    .await;
    assert_eq!(s, 201, "{created}");
    let case_id = created["case_id"].as_str().unwrap();
    let (s, esc) = call(
        reqwest::Method::POST,
        format!("{base}/cases/{case_id}/escalations"),
        &token,
        Some(json!({ "kind": "on_call", "question": "Inloggningen med BankID fungerar inte för kund 19900101-0017." })),
    )
    .await;
    assert_eq!(s, 201, "{esc}");
    // Refused once (503), then sent again after the backoff (5 s).
    let started = Instant::now();
    while pages.lock().unwrap().len() < 2 && started.elapsed() < Duration::from_secs(30) {
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let got = pages.lock().unwrap().clone();
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].0, got[1].0, "the same page id on the retry");
    let page = &got[1].1;
    assert_eq!(page["type"], "lotsen.on_call.page");
    assert_eq!(page["version"], 1);
    assert_eq!(page["escalation_id"], esc["escalation_id"]);
    assert_eq!(page["case_ref"], created["case_ref"]);
    assert_eq!(page["on_call"], "Drift & IT-jour");
    assert_eq!(page["page_id"].as_str(), Some(got[1].0.as_str()));
    let question = page["question"].as_str().unwrap();
    assert!(
        question.contains("BankID") && !question.contains("19900101"),
        "{question}"
    );
    // The case shows the on-call deadline: 30 minutes around the clock.
    let (_, case) = call(
        reqwest::Method::GET,
        format!("{base}/cases/{case_id}"),
        &token,
        None,
    )
    .await;
    let deadline = &case["sla"]["escalations"][0];
    assert_eq!(deadline["kind"], "on_call", "{case}");
    assert_eq!(case["escalations"][0]["to_team_id"], jour["team_id"]);
    // Nothing more is sent once the page was taken.
    tokio::time::sleep(Duration::from_millis(600)).await;
    assert_eq!(pages.lock().unwrap().len(), 2);
    server.stop();
}
