-- Incidents: one fault behind many contacts. The incident's state is JSON (the domain's
-- `Incident`); its links to cases are rows, written in the same transaction as the
-- case's `incident_linked` event, so a link and the case's history never disagree.
CREATE TABLE incidents (
    id TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    declared_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    state TEXT NOT NULL
);
CREATE INDEX incidents_status ON incidents(status, declared_at);

CREATE TABLE incident_links (
    incident_id TEXT NOT NULL REFERENCES incidents(id),
    case_id TEXT NOT NULL REFERENCES cases(id),
    linked_at BIGINT NOT NULL,
    automatic INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (incident_id, case_id)
);
CREATE INDEX incident_links_case ON incident_links(case_id);
