-- Notifications: a rule per category (World News notifies breaking stories
-- by default) and an optional per-feed override; a history of every
-- notification decided, which also records that a story was notified (once, ever).

ALTER TABLE categories ADD COLUMN notify TEXT NOT NULL DEFAULT 'off'
    CHECK (notify IN ('off', 'breaking', 'all'));
UPDATE categories SET notify = 'breaking' WHERE name = 'World News';

-- NULL: the category's rule applies.
ALTER TABLE feeds ADD COLUMN notify TEXT CHECK (notify IN ('off', 'breaking', 'all'));

CREATE TABLE notifications (
    id         INTEGER PRIMARY KEY,
    -- No foreign key: the history outlives purged articles.
    article_id INTEGER NOT NULL,
    story_id   INTEGER NOT NULL,
    title      TEXT NOT NULL,
    body       TEXT NOT NULL,
    reason     TEXT NOT NULL CHECK (reason IN ('marker', 'sources', 'keyword', 'rule')),
    -- shown: popped up; folded: counted in a "N more" summary; held: waiting
    -- for quiet hours to end; digest: shown in the digest after them;
    -- paused: decided while notifications were paused, never shown.
    status     TEXT NOT NULL CHECK (status IN ('shown', 'folded', 'held', 'digest', 'paused')),
    created_at INTEGER NOT NULL
);

CREATE INDEX notifications_story ON notifications (story_id);
CREATE INDEX notifications_held ON notifications (status) WHERE status = 'held';
