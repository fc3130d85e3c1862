//! A stand-in for Meta's Graph API on a free loopback port, for tests that cannot reach
//! Meta: the calls Lotsen's sender makes (`POST /{version}/me/messages`,
//! `POST /{version}/{id}/comments` and `/replies`, `POST /{version}/{id}` to hide,
//! `DELETE /{version}/{id}`) answered as Meta documents them, a wrong access token
//! refused with Graph error 190, every call recorded, and the next answers scriptable
//! (a 429 with `Retry-After`, a Graph error code).

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

/// One call the stand-in received.
#[derive(Debug, Clone, PartialEq)]
pub struct GraphCall {
    /// `POST` or `DELETE`.
    pub method: String,
    /// The path without the version (`/me/messages`, `/111_222/comments`).
    pub path: String,
    /// The `access_token` query parameter.
    pub access_token: Option<String>,
    /// The JSON body (`null` when there was none).
    pub body: Value,
}

/// An answer given instead of the documented one.
#[derive(Debug, Clone)]
struct Scripted {
    status: u16,
    body: Value,
    retry_after: Option<u64>,
}

#[derive(Debug, Default)]
struct State {
    token: String,
    calls: Vec<GraphCall>,
    script: VecDeque<Scripted>,
    next_id: u64,
}

/// The stand-in; it stops when the test's runtime ends.
#[derive(Debug, Clone)]
pub struct GraphStandIn {
    /// The base URL to configure (`LOTSEN_META__GRAPH_BASE_URL`), with a version.
    pub base_url: String,
    state: Arc<Mutex<State>>,
}

impl GraphStandIn {
    /// Starts one that accepts `token` as the page access token.
    pub async fn start(token: &str) -> Self {
        let state = Arc::new(Mutex::new(State {
            token: token.to_owned(),
            ..State::default()
        }));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base_url = format!("http://{}/v21.0", listener.local_addr().unwrap());
        let shared = state.clone();
        let app = axum::Router::new().fallback(
            move |method: Method, uri: Uri, headers: HeaderMap, body: Bytes| {
                let state = shared.clone();
                async move { answer(&state, &method, &uri, &headers, &body) }
            },
        );
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Self { base_url, state }
    }

    /// The calls so far, oldest first.
    pub fn calls(&self) -> Vec<GraphCall> {
        self.state.lock().unwrap().calls.clone()
    }

    /// Answers the next call (after those already scripted) with `status` and `body`,
    /// and `Retry-After` when given.
    pub fn answer_next(&self, status: u16, body: Value, retry_after: Option<u64>) {
        self.state.lock().unwrap().script.push_back(Scripted {
            status,
            body,
            retry_after,
        });
    }

    /// Waits (at most `timeout`) until `n` calls have come; returns them.
    pub async fn wait_for_calls(&self, n: usize, timeout: Duration) -> Vec<GraphCall> {
        let started = Instant::now();
        loop {
            let calls = self.calls();
            if calls.len() >= n {
                return calls;
            }
            assert!(
                started.elapsed() < timeout,
                "{} Graph API calls, waited for {n}: {calls:?}",
                calls.len()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

fn answer(
    state: &Mutex<State>,
    method: &Method,
    uri: &Uri,
    _headers: &HeaderMap,
    body: &[u8],
) -> Response {
    let token = uri.query().and_then(|q| {
        q.split('&')
            .find_map(|kv| kv.strip_prefix("access_token="))
            .map(str::to_owned)
    });
    // The version is the first segment (`/v21.0/me/messages`).
    let path = uri
        .path()
        .strip_prefix('/')
        .and_then(|p| p.split_once('/'))
        .map(|(_, rest)| format!("/{rest}"))
        .unwrap_or_default();
    let json: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
    let mut state = state.lock().unwrap();
    state.calls.push(GraphCall {
        method: method.as_str().to_owned(),
        path: path.clone(),
        access_token: token.clone(),
        body: json.clone(),
    });
    if token.as_deref() != Some(state.token.as_str()) {
        return reply(
            400,
            json!({ "error": { "message": "Invalid OAuth access token - Cannot parse access token", "type": "OAuthException", "code": 190, "fbtrace_id": "standin" } }),
            None,
        );
    }
    if let Some(s) = state.script.pop_front() {
        return reply(s.status, s.body, s.retry_after);
    }
    state.next_id += 1;
    let n = state.next_id;
    let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    match (method.as_str(), segments.as_slice()) {
        ("POST", ["me", "messages"]) => {
            let recipient = json["recipient"]["id"]
                .as_str()
                .or(json["recipient"]["comment_id"].as_str())
                .unwrap_or_default()
                .to_owned();
            reply(
                200,
                json!({ "recipient_id": recipient, "message_id": format!("m_standin{n}") }),
                None,
            )
        }
        ("POST", [id, "comments" | "replies"]) => {
            let page = id.split('_').next().unwrap_or(id);
            reply(
                200,
                json!({ "id": format!("{page}_{}", 900_000 + n) }),
                None,
            )
        }
        ("POST", [_]) | ("DELETE", [_]) => reply(200, json!({ "success": true }), None),
        _ => reply(
            400,
            json!({ "error": { "message": "Unknown path components", "type": "OAuthException", "code": 2500 } }),
            None,
        ),
    }
}

fn reply(status: u16, body: Value, retry_after: Option<u64>) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut response = (status, axum::Json(body)).into_response();
    if let Some(secs) = retry_after {
        response.headers_mut().insert(
            axum::http::header::RETRY_AFTER,
            HeaderValue::from_str(&secs.to_string()).unwrap(),
        );
    }
    response
}
