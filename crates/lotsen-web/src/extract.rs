//! Extractors that answer in Lotsen's error format: JSON bodies whose problems name the
//! field, ids in paths, and the agent behind a bearer token.

use std::str::FromStr;

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Path, Request};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use lotsen_app::AppError;
use lotsen_domain::Agent;
use serde::de::DeserializeOwned;

use crate::AppState;
use crate::error::ApiError;

/// A JSON body. A body that is not JSON, or has a value of the wrong type, is a 422 naming
/// the field; missing fields are left to the use case so all are reported at once.
#[derive(Debug)]
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let is_json = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/json"));
        let bytes =
            Bytes::from_request(req, state)
                .await
                .map_err(|rejection| ApiError::Request {
                    status: rejection.status(),
                    code: if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
                        "payload_too_large"
                    } else {
                        "unreadable_body"
                    },
                    message: rejection.body_text(),
                })?;
        if !is_json && !bytes.is_empty() {
            return Err(ApiError::Request {
                status: StatusCode::UNSUPPORTED_MEDIA_TYPE,
                code: "unsupported_media_type",
                message: "send the body as JSON with Content-Type: application/json".into(),
            });
        }
        let text: &[u8] = if bytes.is_empty() { b"{}" } else { &bytes };
        let de = &mut serde_json::Deserializer::from_slice(text);
        serde_path_to_error::deserialize(de)
            .map(ApiJson)
            .map_err(|err| {
                let path = err.path().to_string();
                let field = if path == "." { "body".to_owned() } else { path };
                let problem = err.inner().to_string();
                let problem = problem
                    .split(" at line ")
                    .next()
                    .unwrap_or(&problem)
                    .to_owned();
                AppError::invalid(&field, &problem).into()
            })
    }
}

/// An id in the path; one that does not parse is simply not found.
#[derive(Debug)]
pub struct IdPath<T>(pub T);

impl<T: FromStr + Send> FromRequestParts<AppState> for IdPath<T> {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let Path(raw) = Path::<String>::from_request_parts(parts, state)
            .await
            .map_err(|_| AppError::NotFound("resource"))?;
        raw.parse()
            .map(IdPath)
            .map_err(|_| AppError::NotFound("resource").into())
    }
}

/// The agent whose API token came in `Authorization: Bearer ...`.
#[derive(Debug)]
pub struct CurrentAgent(pub Agent);

impl FromRequestParts<AppState> for CurrentAgent {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| {
                v.strip_prefix("Bearer ")
                    .or_else(|| v.strip_prefix("bearer "))
            })
            .ok_or(AppError::Unauthenticated)?;
        let agent = lotsen_app::auth::authenticate(&state.app, token).await?;
        Ok(Self(agent))
    }
}
