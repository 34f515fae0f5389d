-- Reading that scales: filters, muted feeds, smart views, per-feed settings.

-- A filter matches words, a phrase or a regex in an article's title, body,
-- author or any of them, in every feed, a category or one feed, and hides,
-- marks read, saves or notifies. It never deletes.
CREATE TABLE filters (
    id          INTEGER PRIMARY KEY,
    pattern     TEXT NOT NULL,
    regex       INTEGER NOT NULL DEFAULT 0,
    field       TEXT NOT NULL DEFAULT 'any' CHECK (field IN ('title', 'body', 'author', 'any')),
    category_id INTEGER REFERENCES categories(id) ON DELETE CASCADE,
    feed_id     INTEGER REFERENCES feeds(id) ON DELETE CASCADE,
    action      TEXT NOT NULL CHECK (action IN ('hide', 'read', 'save', 'notify')),
    -- Unix seconds; the filter ends then ("mute 'election' for 7 days").
    expires_at  INTEGER,
    created_at  INTEGER NOT NULL
);

-- Hidden by a filter: out of every list and count but the "Filtered" view;
-- back when no filter hides it any more.
ALTER TABLE articles ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0;
CREATE INDEX articles_hidden ON articles (published_at DESC) WHERE hidden = 1;

-- A muted feed keeps syncing, out of unread counts, the front page and notifications.
ALTER TABLE feeds ADD COLUMN muted INTEGER NOT NULL DEFAULT 0;
-- The user's refresh interval for this feed (minutes), over everything else.
ALTER TABLE feeds ADD COLUMN interval_minutes INTEGER;
-- What the feed or its server asks (<ttl>, sy:updatePeriod/Frequency,
-- Cache-Control max-age), in minutes: never fetched more often than that.
ALTER TABLE feeds ADD COLUMN hint_minutes INTEGER;
-- Teaser-only feeds: load each new article's full text at sync.
ALTER TABLE feeds ADD COLUMN full_text INTEGER NOT NULL DEFAULT 0;

-- A saved search in the sidebar.
CREATE TABLE views (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    query       TEXT NOT NULL,
    unread      INTEGER NOT NULL DEFAULT 0,
    saved       INTEGER NOT NULL DEFAULT 0,
    category_id INTEGER REFERENCES categories(id) ON DELETE CASCADE,
    max_age_days INTEGER,
    created_at  INTEGER NOT NULL
);

-- The notification keywords become filters that notify (on the title, as
-- the keywords matched), one per line or comma.
INSERT INTO filters (pattern, regex, field, action, created_at)
WITH RECURSIVE split(word, rest) AS (
    SELECT '', replace(COALESCE((SELECT value FROM settings WHERE key = 'notify_keywords'), ''), ',', char(10)) || char(10)
    UNION ALL
    SELECT trim(substr(rest, 1, instr(rest, char(10)) - 1)), substr(rest, instr(rest, char(10)) + 1)
    FROM split WHERE rest != ''
)
SELECT word, 0, 'title', 'notify', CAST(strftime('%s', 'now') AS INTEGER) FROM split WHERE word != '';
DELETE FROM settings WHERE key = 'notify_keywords';
