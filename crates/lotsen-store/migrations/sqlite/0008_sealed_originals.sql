-- The original of a customer's public post that held personal data, sealed with
-- ChaCha20-Poly1305 under the configured key (LOTSEN_META__KEEP_ORIGINAL = encrypted);
-- the message itself keeps only the redacted text. Without that setting nothing is
-- written here: the original is not kept at all.
CREATE TABLE sealed_originals (
    message_id TEXT PRIMARY KEY,
    nonce BLOB NOT NULL,
    sealed BLOB NOT NULL,
    created_at BIGINT NOT NULL
);
