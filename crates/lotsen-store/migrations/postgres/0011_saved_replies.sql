-- Saved replies agents start an answer from: a title, the text with placeholders for
-- the customer's first name and the agent's signature, its language, and the team that
-- sees it (NULL: everyone).
CREATE TABLE saved_replies (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    language TEXT NOT NULL,
    team_id TEXT REFERENCES teams(id),
    created_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX saved_replies_title ON saved_replies(title, language);
