-- The lead's moderation queue: public posts the text guard recommends hiding, newest
-- first, found without reading every message.
CREATE INDEX messages_hide_recommended ON messages(created_at) WHERE hide_recommended = 1;
