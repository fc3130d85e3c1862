-- The case core: directory, customers, cases with their event log, messages, notes,
-- handoff and escalation indexes, and the outbox. Timestamps are microseconds since
-- the Unix epoch (UTC); ids are UUID text; JSON is text.
CREATE TABLE teams (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);

CREATE TABLE agents (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    signature_name TEXT NOT NULL,
    role TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE agent_teams (
    agent_id TEXT NOT NULL REFERENCES agents(id),
    team_id TEXT NOT NULL REFERENCES teams(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (agent_id, team_id)
);
CREATE INDEX agent_teams_team ON agent_teams(team_id);

-- A token is `lotsen_<id>_<secret>`; only the SHA-256 digest of the secret is kept.
CREATE TABLE api_tokens (
    id TEXT PRIMARY KEY,
    agent_id TEXT NOT NULL REFERENCES agents(id),
    digest TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE customers (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE customer_identities (
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    PRIMARY KEY (kind, value)
);
CREATE INDEX customer_identities_customer ON customer_identities(customer_id);

CREATE TABLE cases (
    id TEXT PRIMARY KEY,
    ref_no BIGINT NOT NULL UNIQUE,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    status TEXT NOT NULL,
    priority TEXT NOT NULL,
    kind TEXT NOT NULL,
    team_id TEXT,
    owner_id TEXT,
    origin_channel TEXT NOT NULL,
    subject TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version BIGINT NOT NULL,
    state TEXT NOT NULL
);
CREATE INDEX cases_customer_status ON cases(customer_id, status);
CREATE INDEX cases_status_updated ON cases(status, updated_at);
CREATE INDEX cases_team_updated ON cases(team_id, updated_at);
CREATE INDEX cases_owner_updated ON cases(owner_id, updated_at);
CREATE INDEX cases_updated ON cases(updated_at);

CREATE TABLE case_events (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id),
    version BIGINT NOT NULL,
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    UNIQUE (case_id, version)
);

CREATE TABLE messages (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id),
    direction TEXT NOT NULL,
    channel TEXT NOT NULL,
    visibility TEXT NOT NULL,
    external_id TEXT,
    author TEXT NOT NULL,
    subject TEXT,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX messages_external ON messages(channel, external_id);
CREATE INDEX messages_case ON messages(case_id, created_at);

CREATE TABLE notes (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id),
    author TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX notes_case ON notes(case_id);

CREATE TABLE handoffs (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id),
    status TEXT NOT NULL,
    to_agent_id TEXT,
    to_team_id TEXT,
    requested_at BIGINT NOT NULL
);
CREATE INDEX handoffs_case ON handoffs(case_id);

CREATE TABLE escalations (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id),
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    to_agent_id TEXT,
    to_team_id TEXT,
    asked_at BIGINT NOT NULL
);
CREATE INDEX escalations_case ON escalations(case_id);

CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    case_id TEXT,
    payload TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX outbox_due ON outbox(status, next_attempt_at);

-- Case references come from a native sequence (SQLite uses its sequences table).
CREATE SEQUENCE case_ref_seq;
