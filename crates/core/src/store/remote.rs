//! A server account's side of the store: its subscriptions as the server
//! lists them, its items, and its read/saved state, where the server wins for
//! whatever was not changed here and is still waiting in the outbox.

use super::Store;
use super::index_rows::IndexRows;
use super::ingest;
use super::outbox::{self, Change};
use crate::accounts::{RemoteEntry, RemoteFeed};
use crate::error::Result;
use crate::ids::{AccountId, FeedId};
use crate::model::NewArticle;
use crate::time::now;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use std::collections::{HashMap, HashSet};

impl Store {
    /// A subscription on the server, queued: the feed shows at once (no
    /// articles yet) and the account's next sync sends it.
    pub fn subscribe_remote(&mut self, account: AccountId, url: &str, category: Option<&str>) -> Result<FeedId> {
        let category = category.map(|c| self.ensure_category(c)).transpose()?;
        let tx = self.write()?;
        let exists: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM feeds WHERE account_id = ?1 AND url = ?2)",
            params![account, url],
            |r| r.get(0),
        )?;
        if exists {
            return Err(crate::Error::FeedExists(url.to_owned()));
        }
        tx.execute(
            "INSERT INTO feeds (url, title, category_id, created_at, account_id, document_seq) VALUES (?1, ?1, ?2, ?3, ?4, 1)",
            params![url, category, now(), account],
        )?;
        let id = FeedId(tx.last_insert_rowid());
        let name: Option<String> =
            tx.query_row("SELECT name FROM categories WHERE id = ?1", [category], |r| r.get(0)).optional()?;
        outbox::queue(&tx, account, Change::Subscribe, url, name.as_deref())?;
        tx.commit()?;
        Ok(id)
    }

    /// Makes the account's feeds what the server lists; returns server feed
    /// id → local feed id. A title or category changed here and not yet sent
    /// stays as it is here; a feed whose subscription is still queued stays.
    pub fn apply_subscriptions(&mut self, account: AccountId, feeds: &[RemoteFeed]) -> Result<HashMap<String, FeedId>> {
        let tx = self.write()?;
        let pending = pending_targets(&tx, account)?;
        let mut map = HashMap::new();
        for f in feeds {
            let category = match &f.category {
                Some(name) => Some(ensure_category(&tx, name)?),
                None => None,
            };
            let known: Option<FeedId> = tx
                .query_row(
                    "SELECT id FROM feeds WHERE account_id = ?1 AND remote_id = ?2",
                    params![account, f.id],
                    |r| r.get(0),
                )
                .optional()?;
            // A subscription made here, now on the server: adopt its row.
            let adopted = || -> Result<Option<FeedId>> {
                Ok(tx
                    .query_row(
                        "SELECT id FROM feeds WHERE account_id = ?1 AND remote_id IS NULL AND url = ?2",
                        params![account, f.url],
                        |r| r.get(0),
                    )
                    .optional()?)
            };
            let id = match known.map(Ok).or_else(|| adopted().transpose()).transpose()? {
                Some(id) => {
                    let keep_title = pending.contains(&(Change::RenameFeed, f.id.clone()));
                    let keep_category = pending.contains(&(Change::MoveFeed, f.id.clone()));
                    tx.execute(
                        "UPDATE feeds SET remote_id = ?2, url = ?3, site_url = ?4, last_fetched_at = ?9, last_success_at = ?9,
                            title = CASE WHEN ?5 THEN title ELSE ?6 END,
                            category_id = CASE WHEN ?7 THEN category_id ELSE ?8 END
                         WHERE id = ?1",
                        params![id, f.id, f.url, f.site_url, keep_title, f.title, keep_category, category, now()],
                    )?;
                    id
                }
                None => {
                    tx.execute(
                        "INSERT INTO feeds (url, title, site_url, category_id, created_at, account_id, remote_id, document_seq,
                            last_fetched_at, last_success_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1, ?5, ?5)",
                        params![f.url, f.title, f.site_url, category, now(), account, f.id],
                    )?;
                    FeedId(tx.last_insert_rowid())
                }
            };
            map.insert(f.id.clone(), id);
        }
        // Gone from the server (unsubscribed on another device) or refused
        // there: gone here, unless its subscription is still on its way.
        let listed: HashSet<&str> = feeds.iter().map(|f| f.id.as_str()).collect();
        let rows: Vec<(FeedId, Option<String>, String)> = tx
            .prepare("SELECT id, remote_id, url FROM feeds WHERE account_id = ?1")?
            .query_map([account], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<Result<_, _>>()?;
        for (id, remote, url) in rows {
            let stays = match &remote {
                Some(r) => listed.contains(r.as_str()),
                None => pending.contains(&(Change::Subscribe, url)),
            };
            if !stays {
                tx.execute("DELETE FROM feeds WHERE id = ?1", [id])?;
            }
        }
        tx.commit()?;
        Ok(map)
    }

    /// Gives a queued subscription the id the server gave it.
    pub fn set_remote_feed_id(&mut self, account: AccountId, url: &str, remote: &str) -> Result<()> {
        let tx = self.write()?;
        tx.execute(
            "UPDATE feeds SET remote_id = ?3 WHERE account_id = ?1 AND url = ?2 AND remote_id IS NULL
               AND NOT EXISTS (SELECT 1 FROM feeds WHERE account_id = ?1 AND remote_id = ?3)",
            params![account, url, remote],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Every item id the account's articles have, stored or removed by retention.
    pub fn remote_item_ids(&self, account: AccountId) -> Result<HashSet<String>> {
        let mut stmt = self.conn().prepare(
            "SELECT a.guid FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE f.account_id = ?1
             UNION SELECT r.guid FROM removed_articles r JOIN feeds f ON f.id = r.feed_id WHERE f.account_id = ?1",
        )?;
        let rows = stmt.query_map([account], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Stores a page of server items in one transaction; returns the new ones.
    /// Items of feeds the account does not list are skipped.
    pub fn store_remote_items(
        &mut self,
        feeds: &HashMap<String, FeedId>,
        items: &[RemoteEntry],
        seen_at: DateTime<Utc>,
        backlog: bool,
    ) -> Result<Vec<NewArticle>> {
        let tx = self.write()?;
        let mut index = IndexRows::default();
        let filters = super::filters::active_filters(&tx)?;
        let mut new = Vec::new();
        for item in items {
            let Some(&feed) = feeds.get(&item.feed_id) else { continue };
            let category: Option<crate::ids::CategoryId> =
                tx.prepare_cached("SELECT category_id FROM feeds WHERE id = ?1")?.query_row([feed], |r| r.get(0))?;
            let target = ingest::RemoteTarget { feed, seen_at, backlog, filters: &filters, category };
            if let Some(a) = ingest::record_remote_entry(&tx, &target, item, &mut index)? {
                new.push(a);
            }
        }
        index.write(&tx)?;
        tx.commit()?;
        Ok(new)
    }

    /// Read and saved as the server has them, for every stored article of the
    /// account, except articles with a change still waiting in the outbox
    /// (sent next, then the server agrees). Returns how many rows changed.
    pub fn apply_remote_states(
        &mut self,
        account: AccountId,
        unread: &HashSet<String>,
        starred: &HashSet<String>,
    ) -> Result<usize> {
        let tx = self.write()?;
        let pending = pending_targets(&tx, account)?;
        let rows: Vec<(i64, String, bool, bool)> = tx
            .prepare(
                "SELECT a.id, a.guid, a.read, EXISTS (SELECT 1 FROM saved s WHERE s.article_id = a.id)
                 FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE f.account_id = ?1",
            )?
            .query_map([account], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
            .collect::<Result<_, _>>()?;
        let mut changed = 0;
        for (id, guid, read, saved) in rows {
            let local_read =
                pending.contains(&(Change::Read, guid.clone())) || pending.contains(&(Change::Unread, guid.clone()));
            let server_read = !unread.contains(&guid);
            if !local_read && read != server_read {
                tx.prepare_cached("UPDATE articles SET read = ?2 WHERE id = ?1")?.execute(params![id, server_read])?;
                changed += 1;
            }
            let local_saved =
                pending.contains(&(Change::Save, guid.clone())) || pending.contains(&(Change::Unsave, guid.clone()));
            let server_saved = starred.contains(&guid);
            if !local_saved && saved != server_saved {
                if server_saved {
                    tx.prepare_cached("INSERT OR IGNORE INTO saved (article_id, saved_at) VALUES (?1, ?2)")?
                        .execute(params![id, now()])?;
                } else {
                    tx.prepare_cached("DELETE FROM saved WHERE article_id = ?1")?.execute([id])?;
                }
                changed += 1;
            }
        }
        tx.commit()?;
        Ok(changed)
    }
}

/// (change, target) of every change still waiting to be sent.
fn pending_targets(tx: &Connection, account: AccountId) -> Result<HashSet<(Change, String)>> {
    let mut stmt = tx.prepare("SELECT op, target FROM outbox WHERE account_id = ?1 AND rejected IS NULL")?;
    let rows = stmt.query_map([account], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    let mut out = HashSet::new();
    for row in rows {
        let (op, target) = row?;
        if let Some(change) = Change::from_op(&op) {
            out.insert((change, target));
        }
    }
    Ok(out)
}

fn ensure_category(tx: &Connection, name: &str) -> Result<i64> {
    let name = name.trim();
    if let Some(id) = tx.query_row("SELECT id FROM categories WHERE name = ?1", [name], |r| r.get(0)).optional()? {
        return Ok(id);
    }
    tx.execute(
        "INSERT INTO categories (name, position) VALUES (?1, (SELECT COALESCE(MAX(position), -1) + 1 FROM categories))",
        [name],
    )?;
    Ok(tx.last_insert_rowid())
}
