//! Writing one feed's fetch result: one short transaction per feed, so a crash
//! or a bad feed can only ever lose that feed's latest fetch.

use super::Store;
use crate::backoff;
use crate::error::{FetchError, Result};
use crate::fetch::Validators;
use crate::ids::{ArticleId, FeedId};
use crate::model::NewArticle;
use crate::parsed::{ParsedEntry, ParsedFeed};
use rusqlite::{Connection, OptionalExtension, params};

const DAY: i64 = 86_400;

/// What the HTTP exchange told us, besides the body.
#[derive(Debug, Clone)]
pub struct FetchMeta {
    pub validators: Validators,
    /// The new URL after a permanent redirect.
    pub moved_to: Option<String>,
    pub fetched_at: i64,
    pub next_fetch_at: i64,
}

impl Store {
    /// Stores a successful fetch; returns the articles seen for the first time.
    pub fn record_fetched(
        &mut self,
        feed: FeedId,
        parsed: &ParsedFeed,
        meta: &FetchMeta,
        retention_days: u32,
    ) -> Result<Vec<NewArticle>> {
        let tx = self.write()?;
        let new = record_fetched(&tx, feed, parsed, meta, retention_days)?;
        tx.commit()?;
        Ok(new)
    }

    /// Records a failed fetch and schedules the retry (backoff, Retry-After, 410).
    pub fn record_failure(&mut self, feed: FeedId, error: &FetchError, fetched_at: i64, jitter: f64) -> Result<()> {
        let tx = self.write()?;
        record_failure(&tx, feed, error, fetched_at, jitter)?;
        tx.commit()?;
        Ok(())
    }

    /// Deletes articles published more than `retention_days` ago, except saved ones.
    pub fn purge_old(&mut self, retention_days: u32, now: i64) -> Result<usize> {
        let tx = self.write()?;
        let n = tx.execute(
            "DELETE FROM articles WHERE published_at < ?1 AND id NOT IN (SELECT article_id FROM saved)",
            [now - i64::from(retention_days) * DAY],
        )?;
        tx.commit()?;
        Ok(n)
    }
}

// The functions below run inside a caller's transaction (or savepoint), so a
// sync can write several feeds per commit and still undo just one of them.

pub(crate) fn record_fetched(
    tx: &Connection,
    feed: FeedId,
    parsed: &ParsedFeed,
    meta: &FetchMeta,
    retention_days: u32,
) -> Result<Vec<NewArticle>> {
    move_feed(tx, feed, meta.moved_to.as_deref())?;
    let backlog = tx
        .prepare_cached("SELECT fetch_count = 0 FROM feeds WHERE id = ?1")?
        .query_row([feed], |r| r.get::<_, bool>(0))
        .optional()?
        .unwrap_or(true);
    tx.execute(
        "UPDATE feeds SET
            title = CASE WHEN title = '' THEN COALESCE(?2, '') ELSE title END,
            site_url = COALESCE(?3, site_url),
            etag = ?4, last_modified = ?5, http_status = 200,
            last_fetched_at = ?6, last_success_at = ?6, next_fetch_at = ?7,
            error_count = 0, last_error = NULL, retry_after_until = NULL,
            fetch_count = fetch_count + 1
         WHERE id = ?1",
        params![
            feed,
            parsed.title,
            parsed.site_url,
            meta.validators.etag,
            meta.validators.last_modified,
            meta.fetched_at,
            meta.next_fetch_at
        ],
    )?;
    // An article older than the retention window would be purged at once and
    // come back as "new" on every fetch; leave it out.
    let cutoff = meta.fetched_at - i64::from(retention_days) * DAY;
    let mut new = Vec::new();
    for entry in parsed.entries.iter().filter(|e| e.published.timestamp() >= cutoff) {
        if let Some(article) = upsert_article(tx, feed, entry, meta.fetched_at, backlog)? {
            new.push(article);
        }
    }
    Ok(new)
}

pub(crate) fn record_not_modified(
    tx: &Connection,
    feed: FeedId,
    validators: &Validators,
    moved_to: Option<&str>,
    fetched_at: i64,
    next_fetch_at: i64,
) -> Result<()> {
    move_feed(tx, feed, moved_to)?;
    tx.execute(
        "UPDATE feeds SET etag = ?2, last_modified = ?3, http_status = 304,
            last_fetched_at = ?4, last_success_at = ?4, next_fetch_at = ?5,
            error_count = 0, last_error = NULL, retry_after_until = NULL,
            fetch_count = fetch_count + 1
         WHERE id = ?1",
        params![feed, validators.etag, validators.last_modified, fetched_at, next_fetch_at],
    )?;
    Ok(())
}

pub(crate) fn record_failure(
    tx: &Connection,
    feed: FeedId,
    error: &FetchError,
    fetched_at: i64,
    jitter: f64,
) -> Result<()> {
    let failures: i64 = tx.query_row("SELECT error_count + 1 FROM feeds WHERE id = ?1", [feed], |r| r.get(0))?;
    let delay = backoff::delay(error, failures.clamp(1, u32::MAX as i64) as u32, jitter).as_secs() as i64;
    let retry_until = match error {
        FetchError::RetryLater { until, .. } => Some(until.timestamp()),
        _ => None,
    };
    let next = (fetched_at + delay).max(retry_until.unwrap_or(0));
    tx.execute(
        "UPDATE feeds SET error_count = ?2, last_error = ?3, http_status = COALESCE(?4, http_status),
            last_fetched_at = ?5, next_fetch_at = ?6, retry_after_until = ?7, gone = ?8
         WHERE id = ?1",
        params![
            feed,
            failures,
            error.to_string(),
            error.http_status(),
            fetched_at,
            next,
            retry_until,
            matches!(error, FetchError::Gone)
        ],
    )?;
    Ok(())
}

/// Follows a permanent redirect, unless another subscription already has that URL.
fn move_feed(tx: &Connection, feed: FeedId, moved_to: Option<&str>) -> Result<()> {
    if let Some(url) = moved_to {
        tx.execute(
            "UPDATE feeds SET url = ?2 WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM feeds WHERE url = ?2)",
            params![feed, url],
        )?;
    }
    Ok(())
}

/// Inserts a new article (returned) or refreshes a known one whose text changed.
fn upsert_article(
    tx: &Connection,
    feed: FeedId,
    e: &ParsedEntry,
    seen_at: i64,
    backlog: bool,
) -> Result<Option<NewArticle>> {
    let existing: Option<(ArticleId, String, String)> = tx
        .prepare_cached("SELECT id, title, content_html FROM articles WHERE feed_id = ?1 AND guid = ?2")?
        .query_row(params![feed, e.guid], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    match existing {
        Some((id, title, content)) => {
            if title != e.title || content != e.content_html {
                tx.prepare_cached(
                    "UPDATE articles SET title = ?2, url = ?3, author = ?4, summary = ?5, content_html = ?6 WHERE id = ?1",
                )?
                .execute(params![id, e.title, e.url, e.author, e.summary, e.content_html])?;
                tx.prepare_cached("DELETE FROM articles_fts WHERE rowid = ?1")?.execute([id])?;
                index(tx, id, e)?;
            }
            Ok(None)
        }
        None => {
            tx.prepare_cached(
                "INSERT INTO articles (feed_id, guid, url, title, author, summary, content_html, published_at, first_seen_at, signature)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )?
            .execute(params![
                feed,
                e.guid,
                e.url,
                e.title,
                e.author,
                e.summary,
                e.content_html,
                e.published.timestamp(),
                seen_at,
                e.signature
            ])?;
            let id = ArticleId(tx.last_insert_rowid());
            index(tx, id, e)?;
            Ok(Some(NewArticle {
                id,
                feed_id: feed,
                title: e.title.clone(),
                url: e.url.clone(),
                published: e.published,
                summary: e.summary.clone(),
                backlog,
            }))
        }
    }
}

fn index(tx: &Connection, id: ArticleId, e: &ParsedEntry) -> Result<()> {
    tx.prepare_cached("INSERT INTO articles_fts (rowid, title, summary, body) VALUES (?1, ?2, ?3, ?4)")?
        .execute(params![id, e.title, e.summary, e.body_text])?;
    Ok(())
}
