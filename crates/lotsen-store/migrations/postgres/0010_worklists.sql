-- The workspace's lists: handoffs and escalations waiting for someone, found by whom
-- they wait for, and a customer's recent cases.
CREATE INDEX handoffs_waiting_agent ON handoffs(status, to_agent_id);
CREATE INDEX handoffs_waiting_team ON handoffs(status, to_team_id);
CREATE INDEX escalations_waiting_agent ON escalations(status, to_agent_id);
CREATE INDEX escalations_waiting_team ON escalations(status, to_team_id);
CREATE INDEX cases_customer_updated ON cases(customer_id, updated_at);
-- A team's queue (status and team together), counted from the index alone.
CREATE INDEX cases_team_status_updated ON cases(team_id, status, updated_at);
