-- Signing in to the agent workspace: each agent's password (an argon2id PHC string,
-- never the password) and UI language, and the browser sessions. A session's cookie
-- holds "<id>_<secret>"; only the secret's SHA-256 digest is kept, beside the session's
-- CSRF token that every form must send back.
CREATE TABLE agent_logins (
    agent_id TEXT PRIMARY KEY REFERENCES agents(id),
    password_hash TEXT,
    language TEXT NOT NULL DEFAULT 'sv',
    updated_at BIGINT NOT NULL
);

CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    digest TEXT NOT NULL,
    agent_id TEXT NOT NULL REFERENCES agents(id),
    csrf TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_by_agent ON sessions (agent_id);
