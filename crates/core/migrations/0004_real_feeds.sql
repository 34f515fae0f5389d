-- Real feeds: every item of a feed's current document is kept, whatever its
-- age. Retention removes an article only once it has left its feed's document
-- (and is read, unsaved and old); what it removed is remembered so that it
-- never comes back as new. Articles gain their media.

-- Each document read from a feed (a 200, not a 304) has the next number…
ALTER TABLE feeds ADD COLUMN document_seq INTEGER NOT NULL DEFAULT 0;
-- …and an article carries the number of the last document that listed it.
-- Until a feed's next document shows what left it, everything counts as listed.
ALTER TABLE articles ADD COLUMN document_seq INTEGER NOT NULL DEFAULT 0;
UPDATE feeds SET document_seq = 1;
UPDATE articles SET document_seq = 1;

-- A picture for lists (http/https URL).
ALTER TABLE articles ADD COLUMN image_url TEXT;

-- Podcast audio and video attached to an article.
CREATE TABLE enclosures (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    url        TEXT NOT NULL,
    mime       TEXT NOT NULL,
    length     INTEGER,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;

-- Articles retention removed, by identity: a feed that lists one again does
-- not bring it back as new.
CREATE TABLE removed_articles (
    feed_id    INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    guid       TEXT NOT NULL,
    removed_at INTEGER NOT NULL,
    PRIMARY KEY (feed_id, guid)
) WITHOUT ROWID;

-- Retention looks only at read articles, oldest first seen first.
CREATE INDEX articles_retention ON articles (first_seen_at) WHERE read = 1;

-- Most articles are a story of their own (story_id NULL until another report
-- joins them): index only those that joined, one index write fewer per new article.
DROP INDEX articles_story;
CREATE INDEX articles_story ON articles (story_id) WHERE story_id IS NOT NULL;
