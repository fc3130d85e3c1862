//! Signing in to the agent workspace with email and password. Passwords are kept as
//! argon2id PHC strings (a salt from the operating system's generator); a sign-in with
//! an unknown address costs the same hash as a wrong password, so the answer does not
//! tell which. A session's cookie is `<id>_<secret>` (256 random bits); the store keeps
//! the secret's SHA-256 digest and the session's CSRF token, and a session lasts a
//! working day. Setting a password ends the agent's sessions.

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use jiff::SignedDuration;
use lotsen_domain::Agent;
use lotsen_store::SessionRecord;
use rand::rngs::StdRng;
use rand::{RngCore, SeedableRng};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::{App, AppError};

/// How long a session lasts.
pub const SESSION_LENGTH: SignedDuration = SignedDuration::from_hours(12);

/// The shortest password accepted, in characters.
pub const MIN_PASSWORD_CHARS: usize = 10;

/// The name of the session cookie.
pub const COOKIE: &str = "lotsen_session";

/// A new session: the cookie value to set and the CSRF token for its forms.
#[derive(Debug, Clone)]
pub struct NewSession {
    /// `<id>_<secret>`.
    pub cookie: String,
    /// The CSRF token.
    pub csrf: String,
    /// Who signed in.
    pub agent: Agent,
}

/// A fresh random token (256 bits, hex) for a form that has no session yet.
pub fn form_token() -> String {
    random_hex::<32>()
}

/// Whether two tokens are the same, in constant time; an empty one never is.
pub fn same_token(a: &str, b: &str) -> bool {
    !a.is_empty() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

fn random_hex<const N: usize>() -> String {
    let mut bytes = [0u8; N];
    StdRng::from_os_rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

fn digest(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

/// An argon2id hash of a password, after checking it is long enough.
pub fn hash_password(password: &str) -> Result<String, AppError> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(AppError::invalid(
            "password",
            &format!("must be at least {MIN_PASSWORD_CHARS} characters"),
        ));
    }
    let mut salt = [0u8; 16];
    StdRng::from_os_rng().fill_bytes(&mut salt);
    let salt =
        SaltString::encode_b64(&salt).map_err(|e| AppError::Unavailable(format!("salt: {e}")))?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| AppError::Unavailable(format!("password hash: {e}")))
}

fn verify(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| {
        Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    })
}

/// Gives the agent with sign-in address `email` a new password.
pub async fn set_password(app: &App, email: &str, password: &str) -> Result<Agent, AppError> {
    let agent = app
        .store
        .agent_by_email(email)
        .await?
        .ok_or(AppError::NotFound("agent"))?;
    let hash = hash_password(password)?;
    app.store
        .set_password_hash(agent.id, &hash, app.clock.now())
        .await?;
    tracing::info!(agent.id = %agent.id, "password set");
    Ok(agent)
}

/// Signs in; the same refusal for an unknown address and a wrong password.
pub async fn sign_in(app: &App, email: &str, password: &str) -> Result<NewSession, AppError> {
    let agent = app.store.agent_by_email(email).await?;
    let hash = match &agent {
        Some(a) => app.store.password_hash(a.id).await?,
        None => None,
    };
    // Without a stored hash, one is still computed, so timing does not tell.
    let ok = match &hash {
        Some(h) => verify(password, h),
        None => {
            let _ = hash_password("not-a-password-anyone-has");
            false
        }
    };
    let Some(agent) = agent.filter(|_| ok) else {
        tracing::info!("sign-in refused");
        return Err(AppError::Unauthenticated);
    };
    let id = random_hex::<8>();
    let secret = random_hex::<32>();
    let csrf = random_hex::<32>();
    let now = app.clock.now();
    app.store
        .create_session(&SessionRecord {
            id: id.clone(),
            digest: digest(&secret),
            agent_id: agent.id,
            csrf: csrf.clone(),
            created_at: now,
            expires_at: now + SESSION_LENGTH,
        })
        .await?;
    tracing::info!(agent.id = %agent.id, "signed in");
    Ok(NewSession {
        cookie: format!("{id}_{secret}"),
        csrf,
        agent,
    })
}

fn parse(cookie: &str) -> Option<(&str, &str)> {
    let (id, secret) = cookie.trim().split_once('_')?;
    let hex = |s: &str, len: usize| s.len() == len && s.bytes().all(|b| b.is_ascii_hexdigit());
    (hex(id, 16) && hex(secret, 64)).then_some((id, secret))
}

/// The agent and session behind a cookie, if it is a live session.
pub async fn session(app: &App, cookie: &str) -> Result<(Agent, SessionRecord), AppError> {
    let (id, secret) = parse(cookie).ok_or(AppError::Unauthenticated)?;
    let session = app
        .store
        .session(id)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let given = digest(secret);
    if !bool::from(given.as_bytes().ct_eq(session.digest.as_bytes()))
        || session.expires_at <= app.clock.now()
    {
        return Err(AppError::Unauthenticated);
    }
    let agent = app
        .store
        .agent(session.agent_id)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    Ok((agent, session))
}

/// Whether a form's CSRF token is the session's.
pub fn csrf_matches(session: &SessionRecord, given: &str) -> bool {
    same_token(given, &session.csrf)
}

/// Ends the session behind a cookie (nothing happens for one that is not live).
pub async fn sign_out(app: &App, cookie: &str) -> Result<(), AppError> {
    if let Some((id, _)) = parse(cookie) {
        app.store.delete_session(id).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_verifies_its_password_only_and_short_ones_are_refused() {
        let hash = hash_password("rätt häst batteri").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify("rätt häst batteri", &hash));
        assert!(!verify("fel häst batteri", &hash));
        assert!(!verify("rätt häst batteri", "not a hash"));
        assert!(hash_password("kort").is_err());
    }

    #[test]
    fn only_well_formed_cookies_are_looked_up() {
        let cookie = format!("{}_{}", "a".repeat(16), "b".repeat(64));
        assert!(parse(&cookie).is_some());
        assert!(parse("lotsen").is_none());
        assert!(parse(&format!("{}_{}", "a".repeat(16), "b".repeat(63))).is_none());
    }
}
