-- The knowledge base: each article at its latest version beside the columns lists
-- filter on, every version kept, and the cases an article solved ("this solved it") or
-- was attached to as a known solution. Resolutions are counted per month for the top
-- problems from the case log, by event kind and time.
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    language TEXT NOT NULL,
    audience TEXT NOT NULL,
    status TEXT NOT NULL,
    category TEXT,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    owner_id TEXT NOT NULL REFERENCES agents(id),
    review_by TEXT NOT NULL,
    version BIGINT NOT NULL,
    source_case_id TEXT REFERENCES cases(id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX articles_audience ON articles(audience, status, language);

CREATE TABLE article_versions (
    article_id TEXT NOT NULL REFERENCES articles(id),
    version BIGINT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    author_id TEXT,
    at BIGINT NOT NULL,
    PRIMARY KEY (article_id, version)
);

CREATE TABLE article_uses (
    article_id TEXT NOT NULL REFERENCES articles(id),
    case_id TEXT NOT NULL REFERENCES cases(id),
    kind TEXT NOT NULL,
    agent_id TEXT,
    at BIGINT NOT NULL,
    PRIMARY KEY (article_id, case_id, kind)
);
CREATE INDEX article_uses_case ON article_uses(case_id);

CREATE INDEX case_events_kind_at ON case_events(kind, at);
