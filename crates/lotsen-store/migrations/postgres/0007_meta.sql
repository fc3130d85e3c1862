-- Meta webhook deliveries, kept as received (the raw body, whose signature was checked)
-- before Meta gets its 200, then processed into case messages; a delivery that could not
-- be processed stays with its error for inspection and is tried again.
CREATE TABLE webhook_deliveries (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    body BYTEA NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    error TEXT,
    received_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX webhook_deliveries_status ON webhook_deliveries(status, received_at);
