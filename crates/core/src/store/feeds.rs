use super::Store;
use super::outbox::{self, Change};
use crate::error::{Error, Result};
use crate::fetch::Validators;
use crate::ids::AccountId;
use crate::ids::{CategoryId, FeedId};
use crate::model::{Feed, FeedStatus};
use crate::refusal::Refusal;
use crate::time::{now, to_datetime};
use rusqlite::{Connection, OptionalExtension, Row, params};

/// A subscription about to be stored.
#[derive(Debug, Clone)]
pub struct NewFeed {
    pub url: String,
    pub title: String,
    pub site_url: Option<String>,
    pub category: Option<CategoryId>,
}

/// What a sync needs to know about one feed.
#[derive(Debug, Clone)]
pub struct SyncTarget {
    pub id: FeedId,
    pub url: String,
    pub title: String,
    pub validators: Validators,
    pub gone: bool,
    pub retry_after_until: Option<i64>,
    pub next_fetch_at: i64,
    /// When it was last fetched; after "now" when the clock went back.
    pub last_fetched_at: Option<i64>,
    /// The user's interval for this feed, minutes.
    pub interval_minutes: Option<u32>,
}

const FEED_COLUMNS: &str = "f.id, f.url, f.title, f.site_url, c.name, f.gone, f.error_count, f.last_error,
    f.last_fetched_at, f.http_status, f.next_fetch_at,
    (SELECT COUNT(*) FROM articles a WHERE a.feed_id = f.id AND a.read = 0 AND a.hidden = 0),
    (SELECT COUNT(*) FROM articles a WHERE a.feed_id = f.id AND a.hidden = 0), f.account_id,
    f.muted, f.interval_minutes, f.hint_minutes, f.full_text, f.last_error_message";

fn feed_row(r: &Row<'_>) -> rusqlite::Result<Feed> {
    let gone: bool = r.get(5)?;
    let error_count: i64 = r.get(6)?;
    let last_fetched: Option<i64> = r.get(8)?;
    let status = if gone {
        FeedStatus::Gone
    } else if error_count > 0 {
        FeedStatus::Error
    } else if last_fetched.is_none() {
        FeedStatus::New
    } else {
        FeedStatus::Ok
    };
    Ok(Feed {
        id: r.get(0)?,
        url: r.get(1)?,
        title: r.get(2)?,
        site_url: r.get(3)?,
        category: r.get(4)?,
        status,
        last_error: r.get(7)?,
        error_count,
        last_fetched: last_fetched.map(to_datetime),
        http_status: r.get(9)?,
        next_fetch: Some(to_datetime(r.get(10)?)),
        unread: r.get(11)?,
        total: r.get(12)?,
        account: r.get(13)?,
        muted: r.get(14)?,
        interval: r.get(15)?,
        hint_interval: r.get(16)?,
        full_text: r.get(17)?,
        last_error_message: r.get::<_, Option<String>>(18)?.as_deref().and_then(Refusal::from_json),
    })
}

impl Store {
    pub fn add_feed(&mut self, feed: &NewFeed) -> Result<FeedId> {
        let tx = self.write()?;
        let exists: Option<i64> = tx
            .query_row("SELECT id FROM feeds WHERE url = ?1 AND account_id IS NULL", [&feed.url], |r| r.get(0))
            .optional()?;
        if exists.is_some() {
            return Err(Error::FeedExists(feed.url.clone()));
        }
        tx.execute(
            "INSERT INTO feeds (url, title, site_url, category_id, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![feed.url, feed.title, feed.site_url, feed.category, now()],
        )?;
        let id = FeedId(tx.last_insert_rowid());
        tx.commit()?;
        Ok(id)
    }

    pub fn feeds(&self) -> Result<Vec<Feed>> {
        let sql = format!(
            "SELECT {FEED_COLUMNS} FROM feeds f LEFT JOIN categories c ON c.id = f.category_id
             ORDER BY c.position IS NULL, c.position, f.title COLLATE NOCASE, f.id"
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map([], feed_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn feed(&self, id: FeedId) -> Result<Feed> {
        let sql = format!(
            "SELECT {FEED_COLUMNS} FROM feeds f LEFT JOIN categories c ON c.id = f.category_id WHERE f.id = ?1"
        );
        self.conn().query_row(&sql, [id], feed_row).optional()?.ok_or(Error::FeedNotFound(id))
    }

    pub fn feed_by_url(&self, url: &str) -> Result<Option<FeedId>> {
        Ok(self
            .conn()
            .query_row("SELECT id FROM feeds WHERE url = ?1 AND account_id IS NULL", [url], |r| r.get(0))
            .optional()?)
    }

    /// Removes the feed and its articles (saved ones included: they belong to
    /// it). A server feed's unsubscription is queued for its server.
    pub fn remove_feed(&mut self, id: FeedId) -> Result<()> {
        let tx = self.write()?;
        if let Some((account, remote)) = remote_of(&tx, id)? {
            outbox::queue(&tx, account, Change::Unsubscribe, &remote, None)?;
        }
        let n = tx.execute("DELETE FROM feeds WHERE id = ?1", [id])?;
        tx.commit()?;
        if n == 0 { Err(Error::FeedNotFound(id)) } else { Ok(()) }
    }

    pub fn set_feed_category(&mut self, id: FeedId, category: Option<CategoryId>) -> Result<()> {
        let tx = self.write()?;
        if let Some((account, remote)) = remote_of(&tx, id)? {
            let name = |c: Option<i64>| -> Result<Option<String>> {
                Ok(tx.query_row("SELECT name FROM categories WHERE id = ?1", [c], |r| r.get(0)).optional()?)
            };
            let from: Option<i64> = tx.query_row("SELECT category_id FROM feeds WHERE id = ?1", [id], |r| r.get(0))?;
            let arg = serde_json::json!({ "from": name(from)?, "to": name(category.map(|c| c.0))? }).to_string();
            outbox::queue(&tx, account, Change::MoveFeed, &remote, Some(&arg))?;
        }
        let n = tx.execute("UPDATE feeds SET category_id = ?2 WHERE id = ?1", params![id, category])?;
        tx.commit()?;
        if n == 0 { Err(Error::FeedNotFound(id)) } else { Ok(()) }
    }

    /// Moves a feed to the category named `category` (created if new), or out of any.
    pub fn move_feed(&mut self, id: FeedId, category: Option<&str>) -> Result<()> {
        let category = category.map(|c| self.ensure_category(c)).transpose()?;
        self.set_feed_category(id, category)
    }

    pub fn rename_feed(&mut self, id: FeedId, title: &str) -> Result<()> {
        let tx = self.write()?;
        if let Some((account, remote)) = remote_of(&tx, id)? {
            outbox::queue(&tx, account, Change::RenameFeed, &remote, Some(title.trim()))?;
        }
        let n = tx.execute("UPDATE feeds SET title = ?2 WHERE id = ?1", params![id, title.trim()])?;
        tx.commit()?;
        if n == 0 { Err(Error::FeedNotFound(id)) } else { Ok(()) }
    }

    /// Mutes or unmutes a feed (it keeps syncing either way).
    pub fn set_feed_muted(&mut self, id: FeedId, muted: bool) -> Result<()> {
        self.update_feed(id, "UPDATE feeds SET muted = ?2 WHERE id = ?1", rusqlite::types::Value::from(muted))
    }

    /// The feed's own refresh interval (`None`: the app's, and the feed's hints).
    pub fn set_feed_interval(&mut self, id: FeedId, minutes: Option<u32>) -> Result<()> {
        if minutes.is_some_and(|m| !(1..=10080).contains(&m)) {
            return Err(crate::invalid!("err-feed-interval"));
        }
        let value = minutes.map_or(rusqlite::types::Value::Null, rusqlite::types::Value::from);
        self.update_feed(id, "UPDATE feeds SET interval_minutes = ?2 WHERE id = ?1", value)
    }

    /// Loads each new article's full text at sync (for teaser-only feeds).
    pub fn set_feed_full_text(&mut self, id: FeedId, on: bool) -> Result<()> {
        self.update_feed(id, "UPDATE feeds SET full_text = ?2 WHERE id = ?1", rusqlite::types::Value::from(on))
    }

    /// The feeds set to load each new article's full text.
    pub fn full_text_feeds(&self) -> Result<std::collections::HashSet<FeedId>> {
        let mut stmt = self.conn().prepare_cached("SELECT id FROM feeds WHERE full_text = 1")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn update_feed(&mut self, id: FeedId, sql: &str, value: rusqlite::types::Value) -> Result<()> {
        let tx = self.write()?;
        let n = tx.execute(sql, params![id, value])?;
        tx.commit()?;
        if n == 0 { Err(Error::FeedNotFound(id)) } else { Ok(()) }
    }

    /// Every local feed with what a sync needs to decide whether and how to
    /// fetch it (a server account's feeds are its server's to fetch).
    pub fn sync_targets(&self) -> Result<Vec<SyncTarget>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, url, title, etag, last_modified, gone, retry_after_until, next_fetch_at, interval_minutes,
                    last_fetched_at FROM feeds
             WHERE account_id IS NULL AND url NOT LIKE 'bulletin:%' ORDER BY id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(SyncTarget {
                id: r.get(0)?,
                url: r.get(1)?,
                title: r.get(2)?,
                validators: Validators { etag: r.get(3)?, last_modified: r.get(4)? },
                gone: r.get(5)?,
                retry_after_until: r.get(6)?,
                next_fetch_at: r.get(7)?,
                interval_minutes: r.get(8)?,
                last_fetched_at: r.get(9)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// How many times the feed has been fetched successfully (its first is its backlog).
    pub fn feed_fetch_count(&self, id: FeedId) -> Result<i64> {
        self.conn()
            .query_row("SELECT fetch_count FROM feeds WHERE id = ?1", [id], |r| r.get(0))
            .optional()?
            .ok_or(Error::FeedNotFound(id))
    }
}

/// The account and server id of a server feed the server already knows
/// (`None` for a local feed, or one whose subscription is still queued).
fn remote_of(tx: &Connection, id: FeedId) -> Result<Option<(AccountId, String)>> {
    Ok(tx
        .query_row(
            "SELECT account_id, remote_id FROM feeds WHERE id = ?1 AND account_id IS NOT NULL AND remote_id IS NOT NULL",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}
