//! The signed-in agent of a workspace page: the session cookie (HttpOnly, Secure,
//! SameSite=Lax) read and checked, the agent's UI language, and the CSRF checks: every
//! form of a session sends the session's token back, and the sign-in form, which has
//! no session yet, sends back the token of its own short-lived cookie.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use lotsen_app::signin::{self, COOKIE};
use lotsen_domain::Agent;
use lotsen_store::SessionRecord;

use super::text::Lang;
use crate::AppState;

/// The cookie holding the sign-in form's CSRF token.
pub const LOGIN_CSRF_COOKIE: &str = "lotsen_login_csrf";

/// A signed-in agent.
#[derive(Debug, Clone)]
pub struct Signed {
    /// Who.
    pub agent: Agent,
    /// Their session (its CSRF token goes into every form).
    pub session: SessionRecord,
    /// Their UI language.
    pub lang: Lang,
}

impl Signed {
    /// Whether a form's token is this session's.
    pub fn csrf_ok(&self, given: &str) -> bool {
        signin::csrf_matches(&self.session, given)
    }
}

/// A cookie's value from the request.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// A `Set-Cookie` value for the workspace (`max_age` 0 removes it).
pub fn set_cookie(name: &str, value: &str, max_age: i64) -> HeaderValue {
    let text = format!("{name}={value}; Path=/; Max-Age={max_age}; HttpOnly; Secure; SameSite=Lax");
    HeaderValue::from_str(&text).unwrap_or_else(|_| HeaderValue::from_static(""))
}

impl FromRequestParts<AppState> for Signed {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let to_login = || Redirect::to("/login").into_response();
        let Some(value) = cookie(&parts.headers, COOKIE) else {
            return Err(to_login());
        };
        match signin::session(&state.app, value).await {
            Ok((agent, session)) => {
                let lang = state
                    .app
                    .store
                    .ui_language(agent.id)
                    .await
                    .map(|l| Lang::parse(&l))
                    .unwrap_or_default();
                Ok(Self {
                    agent,
                    session,
                    lang,
                })
            }
            Err(lotsen_app::AppError::Unauthenticated) => Err(to_login()),
            Err(e) => Err(super::failure(&e)),
        }
    }
}
