-- Contact volumes from before Lotsen (imported from a previous system, or the demo's year
-- of history): counts per channel and interval, summed with Lotsen's own messages when
-- forecasting. One row per channel and interval start (microseconds since the epoch).
CREATE TABLE contact_history (
    channel TEXT NOT NULL,
    bucket_start BIGINT NOT NULL,
    interval_min INTEGER NOT NULL,
    count BIGINT NOT NULL,
    PRIMARY KEY (channel, bucket_start)
);
