-- Server accounts (Google Reader API, Fever). A server account's feeds,
-- articles and read/saved state come from the server; the local account is
-- every feed with no account. Local changes to server articles wait in the
-- outbox until a sync sends them.

CREATE TABLE accounts (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('greader', 'fever')),
    url          TEXT NOT NULL,
    user         TEXT NOT NULL,
    -- 'ok', 'error' (last sync failed) or 'auth' (the server refused the login).
    status       TEXT NOT NULL DEFAULT 'ok',
    last_sync_at INTEGER,
    last_error   TEXT,
    -- Where the next sync starts (its meaning is the protocol's: a time, an id).
    cursor       TEXT,
    -- A 429/503 Retry-After: no request to the server before this time.
    retry_after_until INTEGER,
    created_at   INTEGER NOT NULL,
    UNIQUE (kind, url, user)
);

-- The same feed URL can be a local subscription and one on each server, so
-- `url` is unique among local feeds only. The table is rebuilt for that
-- (SQLite cannot drop a constraint); foreign keys are off while migrating.
CREATE TABLE feeds_new (
    id                INTEGER PRIMARY KEY,
    url               TEXT NOT NULL,
    title             TEXT NOT NULL DEFAULT '',
    site_url          TEXT,
    category_id       INTEGER REFERENCES categories(id) ON DELETE SET NULL,
    etag              TEXT,
    last_modified     TEXT,
    http_status       INTEGER,
    last_fetched_at   INTEGER,
    last_success_at   INTEGER,
    next_fetch_at     INTEGER NOT NULL DEFAULT 0,
    retry_after_until INTEGER,
    error_count       INTEGER NOT NULL DEFAULT 0,
    last_error        TEXT,
    gone              INTEGER NOT NULL DEFAULT 0,
    fetch_count       INTEGER NOT NULL DEFAULT 0,
    created_at        INTEGER NOT NULL,
    notify            TEXT CHECK (notify IN ('off', 'breaking', 'all')),
    document_seq      INTEGER NOT NULL DEFAULT 0,
    account_id        INTEGER REFERENCES accounts(id) ON DELETE CASCADE,
    -- The server's id for the feed (GReader `feed/…`, Fever's number): opaque.
    remote_id         TEXT
);

INSERT INTO feeds_new (id, url, title, site_url, category_id, etag, last_modified, http_status, last_fetched_at,
    last_success_at, next_fetch_at, retry_after_until, error_count, last_error, gone, fetch_count, created_at,
    notify, document_seq)
SELECT id, url, title, site_url, category_id, etag, last_modified, http_status, last_fetched_at,
    last_success_at, next_fetch_at, retry_after_until, error_count, last_error, gone, fetch_count, created_at,
    notify, document_seq
FROM feeds;

DROP TABLE feeds;
ALTER TABLE feeds_new RENAME TO feeds;

CREATE INDEX feeds_category ON feeds (category_id);
CREATE UNIQUE INDEX feeds_local_url ON feeds (url) WHERE account_id IS NULL;
CREATE UNIQUE INDEX feeds_remote ON feeds (account_id, remote_id) WHERE account_id IS NOT NULL;

-- Local changes to server state, in the order they were made. A row leaves
-- when the server took it; one the server refused keeps its reason and is
-- not sent again (the account reports it).
CREATE TABLE outbox (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    -- read, unread, save, unsave, subscribe, unsubscribe, rename_feed,
    -- move_feed, rename_category, remove_category
    op         TEXT NOT NULL,
    -- The item or stream it applies to (server ids, opaque).
    target     TEXT NOT NULL,
    -- A title, a category, a URL: what the op needs besides the target.
    arg        TEXT,
    created_at INTEGER NOT NULL,
    attempts   INTEGER NOT NULL DEFAULT 0,
    rejected   TEXT
);

CREATE INDEX outbox_pending ON outbox (account_id, id) WHERE rejected IS NULL;
