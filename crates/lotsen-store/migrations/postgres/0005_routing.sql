-- Routing: each agent's presence, skills and capacity per channel (JSON) and when they
-- last got a case; named settings (routing rules, SLA policies, as JSON); each team's
-- routing mode and escalation paths (JSON); the router's pending offers (one per case,
-- found by the offer-timeout worker); and each active case's next deadline check, with
-- the case version it was computed for (the SLA worker catches up on older ones).
CREATE TABLE agent_routing (
    agent_id TEXT PRIMARY KEY REFERENCES agents(id),
    presence TEXT NOT NULL,
    skills TEXT NOT NULL,
    capacity TEXT NOT NULL,
    presence_at BIGINT NOT NULL,
    last_assigned_at BIGINT
);

CREATE TABLE settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE team_settings (
    team_id TEXT PRIMARY KEY REFERENCES teams(id),
    settings TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE case_offers (
    case_id TEXT PRIMARY KEY REFERENCES cases(id),
    agent_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX case_offers_due ON case_offers(expires_at);
CREATE INDEX case_offers_agent ON case_offers(agent_id);

CREATE TABLE case_deadlines (
    case_id TEXT PRIMARY KEY REFERENCES cases(id),
    next_at BIGINT,
    version BIGINT NOT NULL
);
CREATE INDEX case_deadlines_next ON case_deadlines(next_at);
-- The queue, oldest first (unowned cases only), and each owner's active cases.
CREATE INDEX cases_unowned ON cases(created_at, id) WHERE owner_id IS NULL;
CREATE INDEX cases_owner_status ON cases(owner_id, status);
