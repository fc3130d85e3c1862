//! API tokens: `lotsen_<id>_<secret>` with a 256-bit random secret, shown once and stored
//! only as a SHA-256 digest. Checking one costs a hash and a constant-time comparison,
//! microseconds, never a slow password hash per request.

use lotsen_domain::Agent;
use lotsen_store::ApiTokenRecord;
use rand::rngs::StdRng;
use rand::{RngCore, SeedableRng};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::{App, AppError};

const PREFIX: &str = "lotsen_";

/// A newly made token: the text to show once, and what to store.
#[derive(Debug, Clone)]
pub struct NewToken {
    /// The full token, shown to its holder once.
    pub secret_text: String,
    /// What the store keeps.
    pub record: ApiTokenRecord,
}

/// Makes a token. The secret comes from the operating system's generator, never from a
/// seeded one, so tokens cannot be predicted even when ids can.
pub fn new_token() -> NewToken {
    let mut rng = StdRng::from_os_rng();
    let mut id = [0u8; 8];
    let mut secret = [0u8; 32];
    rng.fill_bytes(&mut id);
    rng.fill_bytes(&mut secret);
    let id = hex::encode(id);
    let secret = hex::encode(secret);
    NewToken {
        secret_text: format!("{PREFIX}{id}_{secret}"),
        record: ApiTokenRecord {
            id,
            digest: digest(&secret),
        },
    }
}

fn digest(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

/// Splits a token into id and secret, if it has the right shape.
fn parse(token: &str) -> Option<(&str, &str)> {
    let rest = token.strip_prefix(PREFIX)?;
    let (id, secret) = rest.split_once('_')?;
    let hex = |s: &str, len: usize| s.len() == len && s.bytes().all(|b| b.is_ascii_hexdigit());
    (hex(id, 16) && hex(secret, 64)).then_some((id, secret))
}

/// The agent holding a bearer token.
pub async fn authenticate(app: &App, token: &str) -> Result<Agent, AppError> {
    let (id, secret) = parse(token.trim()).ok_or(AppError::Unauthenticated)?;
    let (stored, agent) = app
        .store
        .api_token(id)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let given = digest(secret);
    if bool::from(given.as_bytes().ct_eq(stored.as_bytes())) {
        Ok(agent)
    } else {
        Err(AppError::Unauthenticated)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_token_parses_and_its_digest_is_of_the_secret_only() {
        let token = new_token();
        let (id, secret) = parse(&token.secret_text).unwrap();
        assert_eq!(id, token.record.id);
        assert_eq!(secret.len(), 64, "256 bits as hex");
        assert_eq!(digest(secret), token.record.digest);
        assert!(!token.record.digest.contains(secret));
    }

    #[test]
    fn two_tokens_differ() {
        assert_ne!(new_token().secret_text, new_token().secret_text);
    }

    #[test]
    fn malformed_tokens_are_refused_before_any_lookup() {
        for bad in [
            "",
            "lotsen_",
            "Bearer x",
            "lotsen_zz_00",
            "lotsen_0123456789abcdef_short",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }
}
