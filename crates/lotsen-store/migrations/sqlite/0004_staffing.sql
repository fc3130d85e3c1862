-- Staffing: each channel's opening hours, handle time and service targets (JSON, read by
-- the forecast use cases); the agents' scheduled shifts per channel; and the possible
-- incidents surge detection raised (one row per channel and surge start, kept up to date
-- while the surge lasts, with its counts and sample cases as JSON).
CREATE TABLE channel_settings (
    channel TEXT PRIMARY KEY,
    settings TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE shifts (
    id TEXT PRIMARY KEY,
    agent_id TEXT,
    channel TEXT NOT NULL,
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX shifts_time ON shifts(starts_at, ends_at);

CREATE TABLE possible_incidents (
    id TEXT PRIMARY KEY,
    channel TEXT NOT NULL,
    surge_from BIGINT NOT NULL,
    surge_to BIGINT NOT NULL,
    detail TEXT NOT NULL,
    detected_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX possible_incidents_surge ON possible_incidents(channel, surge_from);
