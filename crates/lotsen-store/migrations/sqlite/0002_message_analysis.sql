-- The text guard's reading of each inbound message (JSON), and whether a public message
-- should be hidden because it carries personal data or breaks the code of conduct.
ALTER TABLE messages ADD COLUMN analysis TEXT;
ALTER TABLE messages ADD COLUMN hide_recommended INTEGER NOT NULL DEFAULT 0;
