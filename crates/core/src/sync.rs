//! One sync: fetch every eligible feed with bounded concurrency, write each
//! result as it arrives, report per feed, and return the new articles.

use crate::arrivals::Arrivals;
use crate::error::{FetchError, Result};
use crate::fetch::{FetchOutcome, Fetcher, Validators};
use crate::ids::{ArticleId, FeedId};
use crate::model::NewArticle;
use crate::notify::Decision;
use crate::parse::parse_feed;
use crate::parsed::ParsedFeed;
use crate::policy::filters::Filters;
use crate::policy::retention::Retention;
use crate::policy::schedule;
use crate::store::{FetchMeta, IndexRows, Matching, Store, SyncTarget, ingest};
use crate::time;
use rusqlite::Connection;
use serde::Serialize;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Instant;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;
use url::Url;

#[derive(Debug, Clone)]
pub struct SyncOptions {
    /// Only feeds whose next fetch time has come (what a scheduler wants).
    pub only_due: bool,
    /// Requests in flight at once, over all hosts.
    pub concurrency: usize,
    /// Minutes until a fetched feed is due again; the setting when `None`.
    pub interval_minutes: Option<u32>,
}

impl Default for SyncOptions {
    fn default() -> Self {
        SyncOptions { only_due: false, concurrency: 16, interval_minutes: None }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FeedSyncStatus {
    Ok,
    NotModified,
    Error,
    Gone,
    Skipped,
}

#[derive(Debug, Clone, Serialize)]
pub struct FeedReport {
    pub id: FeedId,
    pub url: String,
    pub title: String,
    pub status: FeedSyncStatus,
    pub new: usize,
    pub error: Option<String>,
}

#[derive(Debug, Clone)]
pub struct SyncReport {
    /// One per feed, in feed id order.
    pub feeds: Vec<FeedReport>,
    /// Ids only: a first sync of thousands of feeds brings hundreds of
    /// thousands, and their text is in the store already.
    pub new_articles: Vec<ArticleId>,
    /// What the new articles notify (already recorded in the history).
    pub notifications: Decision,
    pub purged: usize,
    pub elapsed_ms: u64,
}

/// Progress, for a progress bar or the desktop app's events.
#[derive(Debug)]
pub enum SyncEvent<'a> {
    Started {
        total: usize,
    },
    /// `articles`: new articles stored so far in this sync.
    FeedDone {
        report: &'a FeedReport,
        done: usize,
        total: usize,
        articles: usize,
    },
}

enum Fetched {
    Feed { parsed: ParsedFeed, validators: Validators, moved_to: Option<String>, hint_minutes: Option<u32> },
    NotModified { validators: Validators, moved_to: Option<String>, hint_minutes: Option<u32> },
}

pub async fn sync(
    store: &mut Store,
    fetcher: &Fetcher,
    opts: &SyncOptions,
    on_event: impl FnMut(SyncEvent<'_>),
) -> Result<SyncReport> {
    let tuning = store.tune_for_bulk_writes()?;
    let result = sync_feeds(store, fetcher, opts, on_event).await;
    store.restore(tuning)?;
    result
}

async fn sync_feeds(
    store: &mut Store,
    fetcher: &Fetcher,
    opts: &SyncOptions,
    mut on_event: impl FnMut(SyncEvent<'_>),
) -> Result<SyncReport> {
    let started = Instant::now();
    let settings = store.settings()?;
    let now = time::now();
    // Filters whose time is up go, and what only they hid comes back.
    if store.remove_expired_filters(now)? > 0 {
        crate::policy::filters::reapply(store, true)?;
    }
    // Compiled when the first feed brings a document: a sync of 304s never needs them.
    let mut filters: Option<Filters> = None;
    let targets = store.sync_targets()?;

    let mut reports: Vec<FeedReport> = targets.iter().map(|t| report(t, FeedSyncStatus::Skipped, 0, None)).collect();
    let mut set = JoinSet::new();
    let mut task_index = HashMap::new();
    let limit = Arc::new(Semaphore::new(opts.concurrency.max(1)));
    // Fetched documents waiting for the writer, at most: parsing outruns the
    // single writer, and a first sync of thousands of feeds held every parsed
    // document in memory until its turn (hundreds of MB).
    let waiting = Arc::new(Semaphore::new(opts.concurrency.max(1) * 4));
    // One parse per core at a time: more only takes the CPU from the writer,
    // which every parsed feed waits for anyway (measured: 0.63 s → 0.58 s cold).
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let parsers = Arc::new(Semaphore::new(cores));
    for (i, t) in targets.iter().enumerate() {
        if t.gone {
            reports[i] = report(t, FeedSyncStatus::Gone, 0, Some(FetchError::Gone.to_string()));
            continue;
        }
        if let Some(until) = t.retry_after_until.filter(|&u| u > now) {
            let msg = format!("the server asked to wait until {}", time::to_datetime(until).to_rfc3339());
            reports[i].error = Some(msg);
            continue;
        }
        if opts.only_due && !crate::policy::schedule::is_due(t.next_fetch_at, t.last_fetched_at, now) {
            continue;
        }
        let (fetcher, target, limit, parsers) = (fetcher.clone(), t.clone(), limit.clone(), parsers.clone());
        let waiting = waiting.clone();
        let handle = set.spawn(async move {
            // Held until the writer has stored this document (dropped with the batch).
            let written = waiting.acquire_owned().await;
            let _permit = limit.acquire_owned().await;
            (fetch_one(&fetcher, &target, &parsers).await, written)
        });
        task_index.insert(handle.id(), i);
    }

    let total = task_index.len();
    // Only a sync that fetches something writes enough to need it (the app
    // runs one every minute, mostly with nothing due). Stops when dropped.
    let _checkpoints = if total > 0 { store.checkpoint_in_background() } else { None };
    on_event(SyncEvent::Started { total });
    let everyone = opts.interval_minutes.unwrap_or(settings.sync_interval_minutes);
    // What the sync keeps of its new articles (bounded, see `Arrivals`), and
    // those whose page is to be loaded.
    let mut arrivals = Arrivals::new(now);
    let mut matching: Option<Matching> = None;
    let full_text_feeds = store.full_text_feeds()?;
    let mut full_text: Vec<NewArticle> = Vec::new();
    let mut done = 0;
    let mut turns = crate::store::Turns::new();
    let mut waiting_since = std::time::Instant::now();
    while let Some(first) = set.join_next_with_id().await {
        turns.waited(waiting_since.elapsed());
        // Whatever else has finished meanwhile goes into the same commit.
        let mut ready = vec![first];
        while let Some(more) = set.try_join_next_with_id() {
            ready.push(more);
        }
        let mut written = Vec::with_capacity(ready.len());
        let batch: Vec<(usize, Result<Fetched, FetchError>)> = ready
            .into_iter()
            .map(|joined| match joined {
                Ok((id, (r, permit))) => {
                    written.push(permit);
                    (task_index[&id], r)
                }
                Err(e) => (task_index[&e.id()], Err(FetchError::Network(format!("fetch task failed: {e}")))),
            })
            .collect();
        let order: Vec<usize> = batch.iter().map(|(i, _)| *i).collect();
        let fetched_at = time::now();
        let mut writing = store.batch()?;
        let stored = writing.each(&batch, |conn, (i, result), index| {
            let t = &targets[*i];
            let hint = match result {
                Ok(Fetched::Feed { hint_minutes, .. } | Fetched::NotModified { hint_minutes, .. }) => *hint_minutes,
                Err(_) => None,
            };
            let interval = i64::from(schedule::interval_minutes(everyone, t.interval_minutes, hint)) * 60;
            if filters.is_none() && matches!(result, Ok(Fetched::Feed { .. })) {
                filters = Some(crate::store::active_filters(conn)?);
            }
            let none = Filters::default();
            apply(conn, t, result, fetched_at, fetched_at + interval, index, filters.as_ref().unwrap_or(&none))
        })?;
        drop(batch); // the parsed documents: written
        let mut outcomes = Vec::with_capacity(order.len());
        for (i, outcome) in order.into_iter().zip(stored) {
            // A store error is reported on that feed alone; the others were still written.
            reports[i] = match outcome {
                Ok((r, new)) => {
                    for a in new {
                        if full_text_feeds.contains(&a.feed_id) && full_text.len() < crate::fulltext::PER_SYNC {
                            full_text.push(a.clone());
                        }
                        arrivals.add(a);
                    }
                    r
                }
                Err(e) => report(&targets[i], FeedSyncStatus::Error, 0, Some(e.to_string())),
            };
            outcomes.push(i);
        }
        // A full group of new articles is matched into stories while later
        // batches are written (the writer is what a big sync waits for); its
        // story ids go in with the first batch after the matching is done,
        // and before the next group starts (whose window it is part of). The
        // last batch groups what is left and waits for it.
        let stories = arrivals.stories();
        if let Some(m) = matching.take_if(|m| m.is_finished() || stories.full() || set.is_empty()) {
            writing.finish_stories(stories, m)?;
        }
        if set.is_empty() {
            writing.commit_clustering(stories)?;
        } else if stories.full() {
            matching = writing.start_stories(stories)?;
            writing.commit()?;
        } else {
            writing.commit()?;
        }
        // Written: the next documents may be fetched and wait.
        drop(written);
        for i in outcomes {
            done += 1;
            on_event(SyncEvent::FeedDone { report: &reports[i], done, total, articles: arrivals.count() });
        }
        // A user's write waiting for the lock gets its turn.
        turns.committed();
        waiting_since = std::time::Instant::now();
    }

    // Teaser-only feeds the user asked for in full: their new articles' pages.
    crate::fulltext::fill_new(store, fetcher, &full_text).await?;
    let (new_articles, notifications) = arrivals.decide(store)?;
    let purged = store.purge(Retention::from_setting(settings.retention_days), time::now())?;
    let elapsed_ms = started.elapsed().as_millis() as u64;
    Ok(SyncReport { feeds: reports, new_articles, notifications, purged, elapsed_ms })
}

/// Writes one feed's outcome, in the batch's transaction (see `Batch::each`).
fn apply(
    conn: &Connection,
    t: &SyncTarget,
    result: &Result<Fetched, FetchError>,
    fetched_at: i64,
    next_fetch_at: i64,
    index: &mut IndexRows,
    filters: &Filters,
) -> Result<(FeedReport, Vec<NewArticle>)> {
    match result {
        Ok(Fetched::Feed { parsed, validators, moved_to, hint_minutes }) => {
            let (validators, moved_to, hint_minutes) = (validators.clone(), moved_to.clone(), *hint_minutes);
            let meta = FetchMeta { validators, moved_to, fetched_at, next_fetch_at, hint_minutes };
            let new = ingest::record_fetched(conn, t.id, parsed, &meta, index, filters)?;
            Ok((report(t, FeedSyncStatus::Ok, new.len(), None), new))
        }
        Ok(Fetched::NotModified { validators, moved_to, .. }) => {
            ingest::record_not_modified(conn, t.id, validators, moved_to.as_deref(), fetched_at, next_fetch_at)?;
            Ok((report(t, FeedSyncStatus::NotModified, 0, None), Vec::new()))
        }
        Err(e) => {
            ingest::record_failure(conn, t.id, e, fetched_at, fastrand::f64())?;
            let status = if *e == FetchError::Gone { FeedSyncStatus::Gone } else { FeedSyncStatus::Error };
            Ok((report(t, status, 0, Some(e.to_string())), Vec::new()))
        }
    }
}

fn report(t: &SyncTarget, status: FeedSyncStatus, new: usize, error: Option<String>) -> FeedReport {
    FeedReport { id: t.id, url: t.url.clone(), title: t.title.clone(), status, new, error }
}

async fn fetch_one(fetcher: &Fetcher, t: &SyncTarget, parsers: &Semaphore) -> Result<Fetched, FetchError> {
    let url = Url::parse(&t.url).map_err(|e| FetchError::InvalidUrl(format!("{}: {e}", t.url)))?;
    match fetcher.fetch(&url, &t.validators).await? {
        FetchOutcome::NotModified { validators, moved_to, max_age } => Ok(Fetched::NotModified {
            validators,
            moved_to: moved_to.map(String::from),
            hint_minutes: schedule::hint_minutes(None, max_age),
        }),
        FetchOutcome::Fetched { body, validators, final_url, moved_to, content_type, max_age } => {
            let fetched_at = crate::time::now_utc();
            let _parsing = parsers.acquire().await;
            // Parsing is CPU work; keep it off the async workers.
            let parsed =
                tokio::task::spawn_blocking(move || parse_feed(&body, content_type.as_deref(), &final_url, fetched_at))
                    .await
                    .map_err(|e| FetchError::Parse(format!("the parser failed: {e}")))??;
            let hint_minutes = schedule::hint_minutes(parsed.update_minutes, max_age);
            Ok(Fetched::Feed { parsed, validators, moved_to: moved_to.map(String::from), hint_minutes })
        }
    }
}
