//! `/webhooks/meta`: Meta's verification handshake (GET) and its deliveries (POST). A
//! delivery's signature is checked over the raw body before anything else (401 when it
//! is missing or wrong, logged without the body); a signed one is kept, answered 200 at
//! once, and processed after the answer.

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::AppState;
use crate::error::ApiError;

/// The handshake's parameters (`hub.mode`, `hub.verify_token`, `hub.challenge`).
#[derive(Debug, Deserialize)]
pub struct Handshake {
    #[serde(rename = "hub.mode")]
    mode: Option<String>,
    #[serde(rename = "hub.verify_token")]
    verify_token: Option<String>,
    #[serde(rename = "hub.challenge")]
    challenge: Option<String>,
}

/// Answers the handshake with the challenge, or 403.
pub async fn verify(
    State(state): State<AppState>,
    Query(q): Query<Handshake>,
) -> Result<Response, ApiError> {
    let challenge = lotsen_app::meta::handshake(
        &state.app,
        q.mode.as_deref(),
        q.verify_token.as_deref(),
        q.challenge.as_deref(),
    )?;
    Ok((
        StatusCode::OK,
        [(axum::http::header::CONTENT_TYPE, "text/plain")],
        challenge.to_owned(),
    )
        .into_response())
}

/// Keeps a signed delivery and answers 200; processing follows the answer.
pub async fn deliver(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<StatusCode, ApiError> {
    let signature = headers
        .get("x-hub-signature-256")
        .and_then(|v| v.to_str().ok());
    let id = match lotsen_app::meta::receive(&state.app, signature, &body).await {
        Ok(id) => id,
        Err(lotsen_app::AppError::Unauthenticated) => {
            return Err(ApiError::Request {
                status: StatusCode::UNAUTHORIZED,
                code: "bad_signature",
                message: "X-Hub-Signature-256 is missing or does not match the body".into(),
            });
        }
        Err(e) => return Err(e.into()),
    };
    let app = state.app.clone();
    tokio::spawn(async move {
        if let Err(e) = lotsen_app::meta::process(&app, id).await {
            tracing::warn!(delivery.id = %id, code = e.code(), "Meta delivery not processed; the workers try again");
        }
    });
    Ok(StatusCode::OK)
}
