//! Originals kept sealed: when Lotsen is told to keep the original of a public post that
//! held personal data (`LOTSEN_META__KEEP_ORIGINAL = encrypted`), the text is sealed with
//! ChaCha20-Poly1305 under the configured 32-byte key, bound to its message id, before
//! the store sees it; only an admin can open it again, and every opening is logged (by
//! ids). Without the setting the original is not kept at all.

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use lotsen_domain::{Agent, MessageId, Role};
use lotsen_store::SealedOriginal;

use crate::{App, AppError};

/// The key originals are sealed with.
#[derive(Clone)]
pub struct OriginalKey([u8; 32]);

impl std::fmt::Debug for OriginalKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("OriginalKey(..)")
    }
}

impl OriginalKey {
    /// A key from 64 hex digits.
    pub fn from_hex(text: &str) -> Option<Self> {
        let bytes = hex::decode(text.trim()).ok()?;
        <[u8; 32]>::try_from(bytes.as_slice()).ok().map(Self)
    }

    fn cipher(&self) -> ChaCha20Poly1305 {
        ChaCha20Poly1305::new(Key::from_slice(&self.0))
    }
}

/// Seals `text`, bound to `message_id`; `nonce` must never repeat under one key (the
/// caller takes it from a fresh random id).
pub fn seal(
    key: &OriginalKey,
    message_id: MessageId,
    nonce: [u8; 12],
    text: &str,
) -> SealedOriginal {
    let aad = message_id.to_string();
    let payload = Payload {
        msg: text.as_bytes(),
        aad: aad.as_bytes(),
    };
    // Sealing in memory cannot fail for a text this size; an empty seal opens to nothing.
    let sealed = key
        .cipher()
        .encrypt(Nonce::from_slice(&nonce), payload)
        .unwrap_or_default();
    SealedOriginal {
        nonce: nonce.to_vec(),
        sealed,
    }
}

/// Opens a sealed original; `None` when it was sealed for another message or key.
pub fn open(key: &OriginalKey, message_id: MessageId, original: &SealedOriginal) -> Option<String> {
    let nonce = <[u8; 12]>::try_from(original.nonce.as_slice()).ok()?;
    let aad = message_id.to_string();
    let payload = Payload {
        msg: &original.sealed,
        aad: aad.as_bytes(),
    };
    let bytes = key
        .cipher()
        .decrypt(Nonce::from_slice(&nonce), payload)
        .ok()?;
    String::from_utf8(bytes).ok()
}

/// The original of a message stored redacted, for an admin.
pub async fn original(app: &App, actor: &Agent, message_id: MessageId) -> Result<String, AppError> {
    if actor.role != Role::Admin {
        return Err(AppError::Forbidden {
            code: "admin_only",
            message: "only an admin may read an original with personal data".into(),
        });
    }
    let key = app.meta.original_key.as_ref().ok_or(AppError::Conflict {
        code: "originals_not_kept",
        message: "originals are not kept (LOTSEN_META__KEEP_ORIGINAL)".into(),
    })?;
    let sealed = app
        .store
        .sealed_original(message_id)
        .await?
        .ok_or(AppError::NotFound("original"))?;
    let text = open(key, message_id, &sealed).ok_or(AppError::Conflict {
        code: "original_unreadable",
        message: "the original was sealed with another key".into(),
    })?;
    tracing::info!(message.id = %message_id, agent.id = %actor.id, "sealed original opened");
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_original_opens_only_for_its_message_and_key() {
        let key = OriginalKey::from_hex(&"ab".repeat(32)).unwrap();
        let other = OriginalKey::from_hex(&"cd".repeat(32)).unwrap();
        let id = MessageId(uuid::Uuid::from_u128(7));
        let sealed = seal(&key, id, [1; 12], "Mitt personnummer är 19900101-0017");
        assert!(!String::from_utf8_lossy(&sealed.sealed).contains("19900101"));
        assert_eq!(
            open(&key, id, &sealed).as_deref(),
            Some("Mitt personnummer är 19900101-0017")
        );
        assert_eq!(open(&other, id, &sealed), None);
        assert_eq!(
            open(&key, MessageId(uuid::Uuid::from_u128(8)), &sealed),
            None
        );
        assert!(OriginalKey::from_hex("abc").is_none());
        assert!(OriginalKey::from_hex(&"zz".repeat(32)).is_none());
    }
}
