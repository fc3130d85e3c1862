-- Routing: each agent's presence, skills and capacity per channel (JSON) and when they
-- last got a case; named settings (routing rules, SLA policies, as JSON); each team's
-- routing mode and escalation paths (JSON); the router's pending offers (one per case,
-- found by the offer-timeout worker); the queue; and each case's next deadline check,
-- with the case version it was computed for (every change marks its case due now).
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
INSERT INTO case_deadlines (case_id, next_at, version)
    SELECT id, 0, version FROM cases WHERE status IN ('open', 'waiting_on_customer');
CREATE INDEX cases_owner_status ON cases(owner_id, status);

-- The cases waiting in a team's queue for an owner (unowned, or handed to a team that
-- nobody took yet) and not offered to anyone, kept in step with each case in the
-- transaction that changes it.
CREATE TABLE case_queue (
    case_id TEXT PRIMARY KEY REFERENCES cases(id),
    team_id TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX case_queue_age ON case_queue(team_id, created_at, case_id);
INSERT INTO case_queue (case_id, team_id, created_at)
    SELECT id, team_id, created_at FROM cases
    WHERE owner_id IS NULL AND team_id IS NOT NULL
      AND status IN ('open', 'waiting_on_customer');
INSERT INTO case_queue (case_id, team_id, created_at)
    SELECT DISTINCT c.id, h.to_team_id, c.created_at FROM handoffs h JOIN cases c ON c.id = h.case_id
    WHERE h.status = 'pending' AND h.to_agent_id IS NULL AND h.to_team_id IS NOT NULL
      AND c.owner_id IS NOT NULL AND c.status IN ('open', 'waiting_on_customer');
