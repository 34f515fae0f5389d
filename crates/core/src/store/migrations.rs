//! Append-only, numbered migrations embedded in the binary, applied by
//! `PRAGMA user_version`. Never edit a released file; add the next one.

use rusqlite::Connection;
use rusqlite_migration::{M, Migrations};

fn migrations() -> Migrations<'static> {
    Migrations::new(vec![
        M::up(include_str!("../../migrations/0001_init.sql")),
        M::up(include_str!("../../migrations/0002_stories.sql")),
        M::up(include_str!("../../migrations/0003_notifications.sql")),
        M::up(include_str!("../../migrations/0004_real_feeds.sql")),
        M::up(include_str!("../../migrations/0005_accounts.sql")).foreign_key_check(),
        M::up(include_str!("../../migrations/0006_reading.sql")),
        M::up(include_str!("../../migrations/0007_cjk_search.sql")),
        M::up(include_str!("../../migrations/0008_article_language.sql")),
        M::up(include_str!("../../migrations/0009_error_messages.sql")),
        M::up(include_str!("../../migrations/0010_refusal_messages.sql")),
        M::up(include_str!("../../migrations/0011_fts_merging.sql")),
    ])
}

/// Brings the file to the latest version. Foreign keys are off meanwhile (the
/// bundled SQLite turns them on by default): a migration that rebuilds a table
/// must not cascade its drop into the rows that reference it. Each such
/// migration checks the keys itself before it commits.
pub fn migrate(conn: &mut Connection) -> Result<(), rusqlite_migration::Error> {
    let enforced: bool = conn.query_row("PRAGMA foreign_keys", [], |r| r.get(0))?;
    conn.pragma_update(None, "foreign_keys", "OFF")?;
    let result = migrations().to_latest(conn);
    conn.pragma_update(None, "foreign_keys", enforced)?;
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        migrations().validate().unwrap();
    }

    #[test]
    fn from_an_empty_file_to_the_latest_version() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("empty.db");
        std::fs::write(&path, b"").unwrap();
        let mut conn = Connection::open(&path).unwrap();
        migrate(&mut conn).unwrap();
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
        assert_eq!(version, 11);
        let cats: Vec<String> = conn
            .prepare("SELECT name FROM categories ORDER BY position")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(cats, ["World News", "Business", "Politics", "Latest news"]);
        // Applying again is a no-op.
        migrate(&mut conn).unwrap();
    }

    #[test]
    fn a_version_1_database_upgrades_without_losing_articles_or_saved_items() {
        let (_dir, conn) = upgraded_from(
            1,
            "INSERT INTO feeds (id, url, title, created_at) VALUES (1, 'https://a.example/feed', 'A', 0);
             INSERT INTO articles (id, feed_id, guid, title, published_at, first_seen_at) VALUES
                 (1, 1, 'g1', 'One', 100, 100), (2, 1, 'g2', 'Two', 200, 200);
             INSERT INTO saved (article_id, saved_at) VALUES (2, 300);",
        );
        let rows = stories_and_saved(&conn);
        assert_eq!(rows, [(1, 1, false), (2, 2, true)]);
    }

    #[test]
    fn a_version_2_database_upgrades_with_its_stories_and_gains_notification_rules() {
        let (_dir, conn) = upgraded_from(
            2,
            "INSERT INTO feeds (id, url, title, category_id, created_at) VALUES
                 (1, 'https://a.example/feed', 'A', (SELECT id FROM categories WHERE name = 'World News'), 0),
                 (2, 'https://b.example/feed', 'B', (SELECT id FROM categories WHERE name = 'Business'), 0);
             INSERT INTO articles (id, feed_id, guid, title, published_at, first_seen_at, story_id) VALUES
                 (1, 1, 'g1', 'One', 100, 100, 1), (2, 2, 'g2', 'One too', 200, 200, 1);
             INSERT INTO saved (article_id, saved_at) VALUES (2, 300);",
        );
        let rows = stories_and_saved(&conn);
        assert_eq!(rows, [(1, 1, false), (2, 1, true)]);
        let rules: Vec<(String, String)> = conn
            .prepare("SELECT name, notify FROM categories ORDER BY position")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(rules[0], ("World News".into(), "breaking".into()));
        assert!(rules[1..].iter().all(|(_, rule)| rule == "off"), "{rules:?}");
        let feed_rules: i64 =
            conn.query_row("SELECT COUNT(*) FROM feeds WHERE notify IS NULL", [], |r| r.get(0)).unwrap();
        assert_eq!(feed_rules, 2, "feeds follow their category");
    }

    #[test]
    fn a_version_3_database_upgrades_keeping_everything_listed_until_the_next_document() {
        let (_dir, conn) = upgraded_from(
            3,
            "INSERT INTO feeds (id, url, title, created_at, fetch_count) VALUES (1, 'https://a.example/feed', 'A', 0, 4);
             INSERT INTO articles (id, feed_id, guid, title, published_at, first_seen_at, story_id, read) VALUES
                 (1, 1, 'g1', 'One', 100, 100, 1, 1), (2, 1, 'g2', 'Two', 200, 200, 2, 0);
             INSERT INTO saved (article_id, saved_at) VALUES (2, 300);",
        );
        assert_eq!(stories_and_saved(&conn), [(1, 1, false), (2, 2, true)]);
        // Retention may remove nothing until a new document shows what left the feed.
        let listed: i64 = conn
            .query_row(
                "SELECT COUNT(*) FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE a.document_seq = f.document_seq",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(listed, 2);
        let empty: i64 = conn
            .query_row("SELECT (SELECT COUNT(*) FROM enclosures) + (SELECT COUNT(*) FROM removed_articles)", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(empty, 0);
    }

    #[test]
    fn a_version_4_database_opened_by_the_store_keeps_every_row_that_references_its_feeds() {
        // Through `Store::open`, as a user's upgrade happens: the feeds table
        // is rebuilt, and nothing that points at it may cascade away.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v4.db");
        {
            let mut conn = Connection::open(&path).unwrap();
            migrations().to_version(&mut conn, 4).unwrap();
            conn.execute_batch(
                "INSERT INTO feeds (id, url, title, created_at, notify, document_seq, fetch_count)
                     VALUES (1, 'https://a.example/feed', 'A', 0, 'all', 3, 3);
                 INSERT INTO articles (id, feed_id, guid, title, published_at, first_seen_at, document_seq) VALUES
                     (1, 1, 'g1', 'One', 100, 100, 3), (2, 1, 'g2', 'Two', 200, 200, 3);
                 INSERT INTO saved (article_id, saved_at) VALUES (2, 300);
                 INSERT INTO enclosures (article_id, position, url, mime) VALUES (1, 0, 'https://a.example/1.mp3', 'audio/mpeg');
                 INSERT INTO removed_articles (feed_id, guid, removed_at) VALUES (1, 'g0', 50);",
            )
            .unwrap();
        }
        let store = crate::Store::open(&path).unwrap();
        let conn = store.conn();
        let count = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
        assert_eq!(count("PRAGMA user_version"), 11);
        assert_eq!(count("SELECT COUNT(*) FROM articles"), 2);
        assert_eq!(count("SELECT COUNT(*) FROM saved"), 1);
        assert_eq!(count("SELECT COUNT(*) FROM enclosures"), 1);
        assert_eq!(count("SELECT COUNT(*) FROM removed_articles"), 1);
        assert_eq!(
            count("SELECT COUNT(*) FROM feeds WHERE notify = 'all' AND document_seq = 3 AND account_id IS NULL"),
            1
        );
        assert_eq!(count("SELECT COUNT(*) FROM pragma_foreign_key_check"), 0);
        assert!(count("PRAGMA foreign_keys") == 1, "keys are enforced again after migrating");
        // A local URL stays unique; a server account may hold the same URL.
        let dup = conn.execute("INSERT INTO feeds (url, created_at) VALUES ('https://a.example/feed', 0)", []);
        assert!(dup.is_err(), "a second local subscription to one URL");
        conn.execute(
            "INSERT INTO accounts (id, kind, url, user, created_at) VALUES (1, 'greader', 'http://s', 'u', 0)",
            [],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO feeds (url, created_at, account_id, remote_id) VALUES ('https://a.example/feed', 0, 1, 'feed/1')",
            [],
        )
        .unwrap();
        // Deleting a feed still takes its articles with it.
        conn.execute("DELETE FROM feeds WHERE id = 1", []).unwrap();
        assert_eq!(count("SELECT COUNT(*) FROM articles"), 0);
    }

    #[test]
    fn a_version_5_database_turns_its_notification_keywords_into_filters_that_notify() {
        let (_dir, conn) = upgraded_from(
            5,
            "INSERT INTO settings (key, value) VALUES ('notify_keywords', 'earthquake
Iran nuclear deal, tsunami');
             INSERT INTO feeds (id, url, title, created_at) VALUES (1, 'https://a.example/feed', 'A', 0);
             INSERT INTO articles (id, feed_id, guid, title, published_at, first_seen_at) VALUES (1, 1, 'g1', 'One', 100, 100);",
        );
        let filters: Vec<(String, String, String)> = conn
            .prepare("SELECT pattern, field, action FROM filters ORDER BY id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let patterns: Vec<&str> = filters.iter().map(|(p, _, _)| p.as_str()).collect();
        assert_eq!(patterns, ["earthquake", "Iran nuclear deal", "tsunami"]);
        assert!(filters.iter().all(|(_, field, action)| field == "title" && action == "notify"));
        let keywords: i64 =
            conn.query_row("SELECT COUNT(*) FROM settings WHERE key = 'notify_keywords'", [], |r| r.get(0)).unwrap();
        assert_eq!(keywords, 0);
        let hidden: i64 = conn.query_row("SELECT hidden FROM articles WHERE id = 1", [], |r| r.get(0)).unwrap();
        assert_eq!(hidden, 0);
    }

    #[test]
    fn a_version_8_database_keeps_its_feed_errors_in_english_until_the_next_failure() {
        let (_dir, conn) = upgraded_from(
            8,
            "INSERT INTO feeds (id, url, title, created_at, last_error) VALUES (1, 'https://a.example/feed', 'A', 0, 'HTTP 500');",
        );
        let (english, message): (String, Option<String>) = conn
            .query_row("SELECT last_error, last_error_message FROM feeds", [], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap();
        assert_eq!((english.as_str(), message), ("HTTP 500", None));
    }

    #[test]
    fn a_version_9_database_keeps_its_refusals_in_english() {
        let (_dir, conn) = upgraded_from(
            9,
            "INSERT INTO accounts (id, kind, url, user, created_at, last_error) VALUES (1, 'fever', 'https://f.example/', 'me', 0, 'HTTP 500');
             INSERT INTO outbox (account_id, op, target, created_at, rejected) VALUES (1, 'subscribe', 'https://a.example/', 0, 'Fever cannot');",
        );
        let (error, message): (String, Option<String>) = conn
            .query_row("SELECT last_error, last_error_message FROM accounts", [], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap();
        assert_eq!((error.as_str(), message), ("HTTP 500", None));
        let (rejected, message): (String, Option<String>) = conn
            .query_row("SELECT rejected, rejected_message FROM outbox", [], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap();
        assert_eq!((rejected.as_str(), message), ("Fever cannot", None));
    }

    #[test]
    fn a_version_10_database_keeps_its_search_index_and_merges_it_wider() {
        let (_dir, conn) = upgraded_from(
            10,
            "INSERT INTO feeds (id, url, title, created_at) VALUES (1, 'https://a.example/feed', 'A', 0);
             INSERT INTO articles (id, feed_id, guid, title, summary, published_at, first_seen_at)
                 VALUES (1, 1, 'g1', 'Harbour reopens', 'Ferries sail again', 100, 100);
             INSERT INTO articles_fts (rowid, title, summary, body) VALUES (1, 'Harbour reopens', 'Ferries sail again', '');",
        );
        let hits: i64 = conn
            .query_row("SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH 'ferries'", [], |r| r.get(0))
            .unwrap();
        assert_eq!(hits, 1);
        let config = |k: &str| -> i64 {
            conn.query_row("SELECT v FROM articles_fts_config WHERE k = ?1", [k], |r| r.get(0)).unwrap()
        };
        assert_eq!((config("hashsize"), config("automerge")), (8_388_608, 8));
    }

    /// A database at schema `version` holding what `sql` inserts, migrated to the latest.
    fn upgraded_from(version: usize, sql: &str) -> (tempfile::TempDir, Connection) {
        let dir = tempfile::tempdir().unwrap();
        let mut conn = Connection::open(dir.path().join(format!("v{version}.db"))).unwrap();
        migrations().to_version(&mut conn, version).unwrap();
        conn.execute_batch(sql).unwrap();
        migrate(&mut conn).unwrap();
        (dir, conn)
    }

    /// (article id, story id, saved) for every article.
    fn stories_and_saved(conn: &Connection) -> Vec<(i64, i64, bool)> {
        conn.prepare("SELECT a.id, a.story_id, s.article_id IS NOT NULL FROM articles a LEFT JOIN saved s ON s.article_id = a.id ORDER BY a.id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    }
}
