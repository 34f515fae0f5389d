//! Writing one feed's fetch result: one short transaction per feed, so a crash
//! or a bad feed can only ever lose that feed's latest fetch.

use super::Store;
use super::index_rows::IndexRows;
use super::outbox::{self, Change};
use crate::backoff;
use crate::error::{FetchError, Result};
use crate::fetch::Validators;
use crate::ids::CategoryId;
use crate::ids::{ArticleId, FeedId};
use crate::model::NewArticle;
use crate::parsed::{ParsedEntry, ParsedFeed};
use crate::policy::arrival;
use crate::policy::filters::{self, Filters, Outcome, Text};
use crate::policy::retention::Retention;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};

/// What the HTTP exchange told us, besides the body.
#[derive(Debug, Clone)]
pub struct FetchMeta {
    pub validators: Validators,
    /// The new URL after a permanent redirect.
    pub moved_to: Option<String>,
    pub fetched_at: i64,
    pub next_fetch_at: i64,
    /// What the feed or its server asks about refreshing, minutes.
    pub hint_minutes: Option<u32>,
}

impl Store {
    /// Stores a successful fetch; returns the articles seen for the first time.
    pub fn record_fetched(&mut self, feed: FeedId, parsed: &ParsedFeed, meta: &FetchMeta) -> Result<Vec<NewArticle>> {
        let tx = self.write()?;
        let mut index = IndexRows::default();
        let filters = super::filters::active_filters(&tx)?;
        let new = record_fetched(&tx, feed, parsed, meta, &mut index, &filters)?;
        index.write(&tx)?;
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

    /// Removes what `retention` allows (see [`crate::policy::retention`]): read,
    /// unsaved, first seen before the cutoff and no longer in its feed's
    /// document. Remembers each removed identity; returns how many went.
    pub fn purge(&mut self, retention: Retention, now: i64) -> Result<usize> {
        let Some(cutoff) = retention.first_seen_cutoff(now) else { return Ok(0) };
        let tx = self.write()?;
        let removed: Vec<(i64, String)> = tx
            .prepare(
                "DELETE FROM articles AS a
                 WHERE a.read = 1 AND a.first_seen_at < ?1
                   AND a.document_seq < (SELECT f.document_seq FROM feeds f WHERE f.id = a.feed_id)
                   AND NOT EXISTS (SELECT 1 FROM saved s WHERE s.article_id = a.id)
                 RETURNING feed_id, guid",
            )?
            .query_map([cutoff], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        {
            let mut remember =
                tx.prepare("INSERT OR IGNORE INTO removed_articles (feed_id, guid, removed_at) VALUES (?1, ?2, ?3)")?;
            for (feed, guid) in &removed {
                remember.execute(params![feed, guid, now])?;
            }
        }
        tx.commit()?;
        Ok(removed.len())
    }
}

// The functions below run inside a caller's transaction (or savepoint), so a
// sync can write several feeds per commit and still undo just one of them.

/// Stores a fetched document; the search-index rows of what is new or changed
/// go into `index`, for the caller to write before it commits (see `IndexRows`).
pub(crate) fn record_fetched(
    tx: &Connection,
    feed: FeedId,
    parsed: &ParsedFeed,
    meta: &FetchMeta,
    index: &mut IndexRows,
    filters: &Filters,
) -> Result<Vec<NewArticle>> {
    move_feed(tx, feed, meta.moved_to.as_deref())?;
    let (backlog, category) = tx
        .prepare_cached("SELECT fetch_count = 0, category_id FROM feeds WHERE id = ?1")?
        .query_row([feed], |r| Ok((r.get::<_, bool>(0)?, r.get::<_, Option<CategoryId>>(1)?)))
        .optional()?
        .unwrap_or((true, None));
    tx.execute(
        "UPDATE feeds SET
            -- An OPML that gave no title, or only the URL, gives way to the feed's own.
            title = CASE WHEN title = '' OR (title = url AND ?2 != '') THEN COALESCE(?2, title) ELSE title END,
            site_url = COALESCE(?3, site_url),
            etag = ?4, last_modified = ?5, http_status = 200,
            last_fetched_at = ?6, last_success_at = ?6, document_seq = document_seq + 1, next_fetch_at = ?7,
            error_count = 0, last_error = NULL, last_error_message = NULL, retry_after_until = NULL,
            fetch_count = fetch_count + 1, hint_minutes = ?8
         WHERE id = ?1",
        params![
            feed,
            parsed.title,
            parsed.site_url,
            meta.validators.etag,
            meta.validators.last_modified,
            meta.fetched_at,
            meta.next_fetch_at,
            meta.hint_minutes
        ],
    )?;

    // Every item of the document is stored, whatever its age (the arrival policy dates it).
    let document: i64 = tx.query_row("SELECT document_seq FROM feeds WHERE id = ?1", [feed], |r| r.get(0))?;
    let seen_at = crate::time::to_datetime(meta.fetched_at);
    let dates = arrival::dates(&parsed.entries, backlog, seen_at);
    let mut new = Vec::new();
    for (entry, published) in parsed.entries.iter().zip(dates) {
        let doc = Document { feed, seen_at, seq: document, backlog, filters, category };
        if let Some(article) = upsert_article(tx, &doc, entry, published, index)? {
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
            error_count = 0, last_error = NULL, last_error_message = NULL, retry_after_until = NULL,
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
            last_fetched_at = ?5, next_fetch_at = ?6, retry_after_until = ?7, gone = ?8, last_error_message = ?9
         WHERE id = ?1",
        params![
            feed,
            failures,
            error.to_string(),
            error.http_status(),
            fetched_at,
            next,
            retry_until,
            matches!(error, FetchError::Gone),
            error.refusal().to_json()
        ],
    )?;
    Ok(())
}

/// Follows a permanent redirect, unless another subscription already has that URL.
fn move_feed(tx: &Connection, feed: FeedId, moved_to: Option<&str>) -> Result<()> {
    if let Some(url) = moved_to {
        tx.execute(
            "UPDATE feeds SET url = ?2
             WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM feeds WHERE url = ?2 AND account_id IS NULL)",
            params![feed, url],
        )?;
    }
    Ok(())
}

/// The document being stored: whose, when it was fetched, its number, and
/// whether it is the feed's first (its backlog).
struct Document<'a> {
    feed: FeedId,
    seen_at: DateTime<Utc>,
    seq: i64,
    backlog: bool,
    /// The user's filters in force, and the feed's category they scope by.
    filters: &'a Filters,
    category: Option<CategoryId>,
}

/// Inserts a new article (returned) or refreshes a known one: it is in the
/// document now, and its text may have changed. An identity that retention
/// removed stays removed.
fn upsert_article(
    tx: &Connection,
    doc: &Document,
    e: &ParsedEntry,
    published: DateTime<Utc>,
    index: &mut IndexRows,
) -> Result<Option<NewArticle>> {
    let &Document { feed, seen_at, seq: document, backlog, filters, category } = doc;
    // A feed's first document finds nothing stored or removed before it
    // (its items are distinct by guid): no lookups, which a cold sync notices.
    let existing: Option<(ArticleId, String, String)> = if backlog {
        None
    } else {
        tx.prepare_cached("SELECT id, title, content_html FROM articles WHERE feed_id = ?1 AND guid = ?2")?
            .query_row(params![feed, e.guid], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?
    };
    let seen = seen_at.timestamp();
    match existing {
        Some((id, title, content)) => {
            if title != e.title || content != e.content_html {
                tx.prepare_cached(
                    "UPDATE articles SET title = ?2, url = ?3, author = ?4, summary = ?5, content_html = ?6,
                        image_url = ?7, document_seq = ?8 WHERE id = ?1",
                )?
                .execute(params![
                    id,
                    e.title,
                    e.url,
                    e.author,
                    e.summary,
                    e.content_html,
                    e.image,
                    document
                ])?;
                index.add(id, e, true);
            } else {
                tx.prepare_cached("UPDATE articles SET document_seq = ?2 WHERE id = ?1")?
                    .execute(params![id, document])?;
            }
            Ok(None)
        }
        None => {
            let removed = !backlog
                && tx
                    .prepare_cached("SELECT 1 FROM removed_articles WHERE feed_id = ?1 AND guid = ?2")?
                    .exists(params![feed, e.guid])?;
            if removed {
                return Ok(None);
            }
            let filtered = filter_outcome(filters, e, feed, category);
            let read = arrival::arrives_read(published, seen_at) || filtered.read;
            tx.prepare_cached(
                "INSERT INTO articles (feed_id, guid, url, title, author, summary, content_html, published_at,
                    first_seen_at, document_seq, signature, read, image_url, hidden, lang)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
            )?
            .execute(params![
                feed,
                e.guid,
                e.url,
                e.title,
                e.author,
                e.summary,
                e.content_html,
                published.timestamp(),
                seen,
                document,
                e.signature,
                read,
                e.image,
                filtered.hide,
                e.lang
            ])?;
            let id = ArticleId(tx.last_insert_rowid());
            if filtered.save {
                tx.prepare_cached("INSERT OR IGNORE INTO saved (article_id, saved_at) VALUES (?1, ?2)")?
                    .execute(params![id, seen])?;
            }
            index.add(id, e, false);
            for (position, enc) in e.enclosures.iter().enumerate() {
                tx.prepare_cached(
                    "INSERT INTO enclosures (article_id, position, url, mime, length) VALUES (?1, ?2, ?3, ?4, ?5)",
                )?
                .execute(params![
                    id,
                    position as i64,
                    enc.url,
                    enc.mime,
                    enc.length.map(|n| n as i64)
                ])?;
            }
            Ok(Some(NewArticle {
                id,
                feed_id: feed,
                title: e.title.clone(),
                url: e.url.clone(),
                published,
                summary: e.summary.clone(),
                backlog,
                arrived_read: read,
                hidden: filtered.hide,
                notify: filtered.notify,
                signature: e.signature.clone(),
            }))
        }
    }
}

/// What the user's filters do to a new entry (nothing to compute without filters).
fn filter_outcome(filters: &Filters, e: &ParsedEntry, feed: FeedId, category: Option<CategoryId>) -> Outcome {
    if filters.is_empty() {
        return Outcome::default();
    }
    let body = format!("{} {}", e.summary, e.body_text);
    let text = Text { title: &e.title, body: &body, author: e.author.as_deref().unwrap_or("") };
    filters::decide(filters, &text, feed, category)
}

/// Where a server item goes: its feed (and the feed's category, for the
/// filters in force), when it was fetched, and whether it is the account's
/// first sync (backlog).
pub(crate) struct RemoteTarget<'a> {
    pub feed: FeedId,
    pub seen_at: DateTime<Utc>,
    pub backlog: bool,
    pub filters: &'a Filters,
    pub category: Option<CategoryId>,
}

/// Stores one item a feed server sent (already sanitized), with the read and
/// saved state the server gives it; returns it if it is new. Server articles
/// carry document 0: they count as gone from their feed's document, so
/// retention may take them once read, unsaved and old, like any article.
pub(crate) fn record_remote_entry(
    tx: &Connection,
    at: &RemoteTarget<'_>,
    remote: &crate::accounts::RemoteEntry,
    index: &mut IndexRows,
) -> Result<Option<NewArticle>> {
    let &RemoteTarget { feed, seen_at, backlog, filters, category } = at;
    let e = &remote.entry;
    let published = e.published.unwrap_or(seen_at);
    // Looked up even on a first sync: a server may list an item twice.
    let doc = Document { feed, seen_at, seq: 0, backlog: false, filters, category };
    let Some(mut article) = upsert_article(tx, &doc, e, published, index)? else { return Ok(None) };
    // The server's state, and what a filter adds to it (sent back to the server).
    let filtered = filter_outcome(filters, e, feed, category);
    let read = remote.read || filtered.read;
    tx.prepare_cached("UPDATE articles SET read = ?2 WHERE id = ?1")?.execute(params![article.id, read])?;
    if filtered.read && !remote.read {
        outbox::queue_articles(tx, Change::Read, "a.id = ?1", [article.id])?;
    }
    if filtered.save && !remote.starred {
        outbox::queue_articles(tx, Change::Save, "a.id = ?1", [article.id])?;
    }
    if remote.starred || filtered.save {
        tx.prepare_cached("INSERT OR IGNORE INTO saved (article_id, saved_at) VALUES (?1, ?2)")?
            .execute(params![article.id, seen_at.timestamp()])?;
    }
    article.backlog = backlog;
    article.arrived_read = read;
    Ok(Some(article))
}
