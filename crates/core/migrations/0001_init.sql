-- Bulletin schema, version 1. Migrations are append-only: never edit a
-- released file, add 0002_*.sql instead. Times are unix seconds (UTC).

CREATE TABLE categories (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE COLLATE NOCASE,
    position INTEGER NOT NULL DEFAULT 0
);

INSERT INTO categories (name, position) VALUES
    ('World News', 0), ('Business', 1), ('Politics', 2), ('Latest news', 3);

CREATE TABLE feeds (
    id                INTEGER PRIMARY KEY,
    url               TEXT NOT NULL UNIQUE,
    title             TEXT NOT NULL DEFAULT '',
    site_url          TEXT,
    category_id       INTEGER REFERENCES categories(id) ON DELETE SET NULL,
    etag              TEXT,
    last_modified     TEXT,
    http_status       INTEGER,
    last_fetched_at   INTEGER,
    last_success_at   INTEGER,
    next_fetch_at     INTEGER NOT NULL DEFAULT 0,
    -- A server-requested pause (429/503 Retry-After): even a manual sync waits.
    retry_after_until INTEGER,
    error_count       INTEGER NOT NULL DEFAULT 0,
    last_error        TEXT,
    gone              INTEGER NOT NULL DEFAULT 0,
    -- Successful fetches so far; the first one is the feed's backlog.
    fetch_count       INTEGER NOT NULL DEFAULT 0,
    created_at        INTEGER NOT NULL
);

CREATE INDEX feeds_category ON feeds (category_id);

CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    feed_id       INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    guid          TEXT NOT NULL,
    url           TEXT,
    title         TEXT NOT NULL,
    author        TEXT,
    summary       TEXT NOT NULL DEFAULT '',
    content_html  TEXT NOT NULL DEFAULT '',
    published_at  INTEGER NOT NULL,
    first_seen_at INTEGER NOT NULL,
    read          INTEGER NOT NULL DEFAULT 0,
    UNIQUE (feed_id, guid)
);

CREATE INDEX articles_published ON articles (published_at DESC, id DESC);
CREATE INDEX articles_feed_published ON articles (feed_id, published_at DESC);
CREATE INDEX articles_unread ON articles (feed_id) WHERE read = 0;

CREATE TABLE saved (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    saved_at   INTEGER NOT NULL
);

-- Contentless: the text lives in `articles`; rows are written from Rust, where
-- the article body is reduced to plain text first (indexing markup is noise).
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, summary, body,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    DELETE FROM articles_fts WHERE rowid = old.id;
END;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
