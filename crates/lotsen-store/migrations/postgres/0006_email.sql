-- Email: content stored once by SHA-256 (raw messages and attachments); each email
-- message's details (addresses, threading ids, the full text and sanitised HTML, the raw
-- message's hash); attachments; the delivery status of outbound messages; dead letters
-- (mail that could not become a case message, kept raw with the reason, re-processable);
-- and per-sender counts for the rate limit.
CREATE TABLE blobs (
    sha256 TEXT PRIMARY KEY,
    size BIGINT NOT NULL,
    data BYTEA NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE email_details (
    message_id TEXT PRIMARY KEY REFERENCES messages(id),
    header_message_id TEXT NOT NULL,
    from_address TEXT NOT NULL,
    details TEXT NOT NULL,
    full_text TEXT NOT NULL,
    html TEXT,
    raw_sha256 TEXT REFERENCES blobs(sha256)
);

CREATE TABLE message_attachments (
    message_id TEXT NOT NULL REFERENCES messages(id),
    position INTEGER NOT NULL,
    filename TEXT,
    content_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    stored INTEGER NOT NULL,
    refused TEXT,
    inline INTEGER NOT NULL,
    content_id TEXT,
    PRIMARY KEY (message_id, position)
);

CREATE TABLE deliveries (
    message_id TEXT PRIMARY KEY REFERENCES messages(id),
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    detail TEXT,
    updated_at BIGINT NOT NULL
);

CREATE TABLE dead_letters (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    reason TEXT NOT NULL,
    detail TEXT NOT NULL,
    raw_sha256 TEXT NOT NULL REFERENCES blobs(sha256),
    size BIGINT NOT NULL,
    status TEXT NOT NULL,
    message_id TEXT,
    received_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX dead_letters_status ON dead_letters(status, received_at);

CREATE TABLE sender_counts (
    address TEXT NOT NULL,
    window_start BIGINT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (address, window_start)
);
