//! Adding feeds: by feed URL or by web page (autodiscovery), and from OPML.

use crate::discover::feed_links;
use crate::error::{Error, FetchError, Result};
use crate::fetch::{FetchOutcome, Fetcher, Validators};
use crate::ids::FeedId;
use crate::model::NewArticle;
use crate::opml::OpmlFeed;
use crate::parse::{looks_like_html, parse_feed};
use crate::parsed::ParsedFeed;
use crate::store::{FetchMeta, NewFeed, Store};
use crate::time;
use url::Url;

#[derive(Debug)]
pub struct Subscribed {
    pub id: FeedId,
    pub new_articles: Vec<NewArticle>,
    /// Set when the feed was added but could not be fetched right now.
    pub warning: Option<crate::refusal::Refusal>,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct ImportReport {
    pub added: usize,
    pub existing: usize,
}

/// `example.com/feed` → `https://example.com/feed`; only http(s) accepted.
pub fn normalize_url(input: &str) -> Result<Url> {
    let input = input.trim();
    let with_scheme = if input.contains("://") { input.to_owned() } else { format!("https://{input}") };
    let bad = |reason: String| Error::InvalidUrl { url: input.to_owned(), reason };
    let url = Url::parse(&with_scheme).map_err(|e| bad(e.to_string()))?;
    match url.scheme() {
        "http" | "https" if url.host_str().is_some() => Ok(url),
        "http" | "https" => Err(bad("no host".into())),
        s => Err(bad(format!("only http and https feeds are supported, not {s}:"))),
    }
}

/// Subscribes to `input` (a feed or a page that links to one) and stores its
/// current articles. A feed that cannot be fetched now is still added, with a
/// warning; a page without feeds is an error.
pub async fn subscribe(
    store: &mut Store,
    fetcher: &Fetcher,
    input: &str,
    category: Option<&str>,
) -> Result<Subscribed> {
    let category = category.map(|c| store.ensure_category(c)).transpose()?;
    let mut url = normalize_url(input)?;
    let mut attempt = fetch_and_parse(fetcher, &url).await;
    if let Err(Probe::Page(html, base)) = &attempt {
        let found = feed_links(html, base);
        let first = found.first().cloned().ok_or_else(|| Error::NoFeedFound(url.to_string()))?;
        url = first;
        attempt = fetch_and_parse(fetcher, &url).await;
    }
    let (final_url, fetched) = match attempt {
        Ok((moved_to, parsed, validators)) => (moved_to.unwrap_or(url), Ok((parsed, validators))),
        Err(Probe::Page(..)) => return Err(Error::NoFeedFound(url.to_string())),
        Err(Probe::Failed(e)) => (url, Err(e)),
    };
    if store.feed_by_url(final_url.as_str())?.is_some() {
        return Err(Error::FeedExists(final_url.to_string()));
    }
    let host = final_url.host_str().unwrap_or_default().to_owned();
    let (title, site_url) = match &fetched {
        Ok((p, _)) => (p.title.clone().unwrap_or(host), p.site_url.clone()),
        Err(_) => (host, None),
    };
    let id = store.add_feed(&NewFeed { url: final_url.to_string(), title, site_url, category })?;
    let now = time::now();
    match fetched {
        Ok((parsed, validators)) => {
            let interval = i64::from(store.settings()?.sync_interval_minutes) * 60;
            let meta = FetchMeta {
                validators,
                moved_to: None,
                fetched_at: now,
                next_fetch_at: now + interval,
                hint_minutes: None,
            };
            let new_articles = store.record_fetched(id, &parsed, &meta)?;
            store.cluster(&new_articles)?;
            Ok(Subscribed { id, new_articles, warning: None })
        }
        Err(e) => {
            store.record_failure(id, &e, now, fastrand::f64())?;
            Ok(Subscribed {
                id,
                new_articles: Vec::new(),
                warning: Some(crate::refusal!("err-added-fetch-failed", reason = e.refusal())),
            })
        }
    }
}

enum Probe {
    Page(String, Url),
    Failed(FetchError),
}

async fn fetch_and_parse(fetcher: &Fetcher, url: &Url) -> Result<(Option<Url>, ParsedFeed, Validators), Probe> {
    match fetcher.fetch(url, &Validators::default()).await.map_err(Probe::Failed)? {
        FetchOutcome::NotModified { .. } => Err(Probe::Failed(FetchError::Status(304))),
        FetchOutcome::Fetched { body, validators, final_url, moved_to, content_type, .. } => {
            match parse_feed(&body, content_type.as_deref(), &final_url, crate::time::now_utc()) {
                Ok(parsed) => Ok((moved_to, parsed, validators)),
                Err(_) if looks_like_html(&body, content_type.as_deref()) => {
                    Err(Probe::Page(String::from_utf8_lossy(&body).into_owned(), final_url))
                }
                Err(e) => Err(Probe::Failed(e)),
            }
        }
    }
}

/// [`subscribe`] on a connection of its own, so the network wait holds no shared one.
pub async fn subscribe_at(
    db: &std::path::Path,
    fetcher: &Fetcher,
    input: &str,
    category: Option<&str>,
) -> Result<Subscribed> {
    subscribe(&mut Store::open(db)?, fetcher, input, category).await
}

/// Adds the feeds not already subscribed (matched by URL), without fetching them.
pub fn import(store: &mut Store, feeds: &[OpmlFeed]) -> Result<ImportReport> {
    let mut report = ImportReport::default();
    for f in feeds {
        let Ok(url) = normalize_url(&f.url) else {
            continue;
        };
        if store.feed_by_url(url.as_str())?.is_some() {
            report.existing += 1;
            continue;
        }
        let category = f.category.as_deref().map(|c| store.ensure_category(c)).transpose()?;
        store.add_feed(&NewFeed {
            url: url.to_string(),
            title: f.title.clone(),
            site_url: f.site_url.clone(),
            category,
        })?;
        report.added += 1;
    }
    Ok(report)
}

/// Subscribes on a server account: queued, sent by the account's next sync.
/// Fever has no call for it, so a Fever account refuses at once.
pub fn subscribe_remote(
    store: &mut Store,
    account: crate::AccountId,
    url: &str,
    category: Option<&str>,
) -> Result<FeedId> {
    refuse_fever(store, account)?;
    let url = normalize_url(url)?;
    store.subscribe_remote(account, url.as_str(), category)
}

fn refuse_fever(store: &Store, account: crate::AccountId) -> Result<()> {
    if store.account(account)?.kind == crate::model::AccountKind::Fever {
        return Err(crate::invalid!("err-fever-subscribe"));
    }
    Ok(())
}

/// Adds an OPML file's feeds to a server account: each subscription is
/// queued for the server (see `Store::subscribe_remote`); feeds the account
/// already has are counted as existing.
pub fn import_remote(store: &mut Store, account: crate::AccountId, feeds: &[OpmlFeed]) -> Result<ImportReport> {
    refuse_fever(store, account)?;
    let mut report = ImportReport::default();
    for f in feeds {
        let Ok(url) = normalize_url(&f.url) else {
            continue;
        };
        match store.subscribe_remote(account, url.as_str(), f.category.as_deref()) {
            Ok(_) => report.added += 1,
            Err(Error::FeedExists(_)) => report.existing += 1,
            Err(e) => return Err(e),
        }
    }
    Ok(report)
}
