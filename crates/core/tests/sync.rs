//! Sync over real HTTP on loopback, into a real SQLite file.

mod common;

use bulletin_core::model::FeedStatus;
use bulletin_core::store::ArticleFilter;
use bulletin_core::sync::FeedSyncStatus;
use bulletin_core::{FetchConfig, Fetcher, SyncOptions};
use bulletin_testkit::{Item, Route, TestServer, rss};
use common::*;
use std::time::Duration;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn conditional_get_sends_validators_back_verbatim() {
    let server = TestServer::start();
    server.set("/rss2.xml", Route::feed(fixture("rss2.xml")));
    let (_dir, mut store) = store();
    let id = add(&mut store, &server.url("/rss2.xml"), None);

    let first = sync(&mut store, &fetcher()).await;
    assert_eq!(first.feeds[0].status, FeedSyncStatus::Ok);
    assert_eq!(first.feeds[0].new, 2);
    assert_eq!(first.new_articles.len(), 2);

    let second = sync(&mut store, &fetcher()).await;
    assert_eq!(second.feeds[0].status, FeedSyncStatus::NotModified);
    assert!(second.new_articles.is_empty());

    let hits = server.hits("/rss2.xml");
    assert_eq!(hits.len(), 2);
    assert_eq!(hits[0].if_none_match, None);
    let etag = hits[0].status.eq(&200).then(|| server.hits("/rss2.xml")[1].if_none_match.clone()).flatten();
    assert!(etag.as_deref().is_some_and(|e| e.starts_with('"') && e.ends_with('"')), "{etag:?}");
    assert_eq!(hits[1].if_modified_since.as_deref(), Some("Tue, 24 Nov 2026 10:00:00 GMT"));
    assert_eq!(hits[1].status, 304);
    assert!(hits[0].user_agent.as_deref().unwrap().starts_with("Bulletin/"));
    let feed = store.feed(id).unwrap();
    assert_eq!(feed.status, FeedStatus::Ok);
    assert_eq!(feed.http_status, Some(304));
    assert_eq!(feed.title, "World Desk");
    assert_eq!(feed.site_url.as_deref(), Some("https://worlddesk.example/"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refetching_never_duplicates_and_changed_items_are_updated() {
    let server = TestServer::start();
    let items = vec![Item::new("a", "First story", 30), Item::new("b", "Second story", 20)];
    server.set("/f.xml", Route::feed(rss("Feed", "https://f.example", &items)));
    let (_dir, mut store) = store();
    add(&mut store, &server.url("/f.xml"), None);
    assert_eq!(sync(&mut store, &fetcher()).await.new_articles.len(), 2);

    // A new item, an edited headline, and the same document served without validators.
    let mut changed = items.clone();
    changed[1].title = "Second story, updated".into();
    changed.push(Item::new("c", "Third story", 5));
    server.set("/f.xml", Route::bytes("application/rss+xml", rss("Feed", "https://f.example", &changed)));
    let report = sync(&mut store, &fetcher()).await;
    let titles: Vec<String> =
        report.new_articles.iter().map(|&id| store.article_detail(id).unwrap().article.title).collect();
    assert_eq!(titles, ["Third story"]);
    let all = store.articles(&ArticleFilter::default()).unwrap();
    assert_eq!(all.len(), 3);
    assert!(all.iter().any(|a| a.title == "Second story, updated"));
    // Once more: nothing is new.
    assert!(sync(&mut store, &fetcher()).await.new_articles.is_empty());
    assert_eq!(store.articles(&ArticleFilter::default()).unwrap().len(), 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn permanent_redirects_update_the_url_temporary_ones_do_not() {
    let server = TestServer::start();
    server.set("/real.xml", Route::feed(fixture("rss2.xml")));
    server.set("/real2.xml", Route::feed(fixture("atom.xml")));
    server.set("/real3.xml", Route::feed(fixture("rss1.rdf")));
    server.set("/old-301", Route::redirect(301, "/real.xml"));
    server.set("/old-308", Route::redirect(308, &server.url("/real2.xml")));
    server.set("/temp-302", Route::redirect(302, "/real3.xml"));
    let (_dir, mut store) = store();
    let a = add(&mut store, &server.url("/old-301"), None);
    let b = add(&mut store, &server.url("/old-308"), None);
    let c = add(&mut store, &server.url("/temp-302"), None);
    let report = sync(&mut store, &fetcher()).await;
    assert!(report.feeds.iter().all(|f| f.status == FeedSyncStatus::Ok), "{:?}", report.feeds);
    assert_eq!(store.feed(a).unwrap().url, server.url("/real.xml"));
    assert_eq!(store.feed(b).unwrap().url, server.url("/real2.xml"));
    assert_eq!(store.feed(c).unwrap().url, server.url("/temp-302"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_gone_feed_is_shown_as_gone_and_not_polled_again() {
    let server = TestServer::with_hostile_endpoints();
    let (_dir, mut store) = store();
    let id = add(&mut store, &server.url("/gone"), None);
    let first = sync(&mut store, &fetcher()).await;
    assert_eq!(first.feeds[0].status, FeedSyncStatus::Gone);
    let second = sync(&mut store, &fetcher()).await;
    assert_eq!(second.feeds[0].status, FeedSyncStatus::Gone);
    assert_eq!(server.hits("/gone").len(), 1, "a gone feed must not be fetched again");
    let feed = store.feed(id).unwrap();
    assert_eq!(feed.status, FeedStatus::Gone);
    assert_eq!(feed.http_status, Some(410));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retry_after_is_honoured_even_by_a_manual_sync() {
    let server = TestServer::with_hostile_endpoints();
    let (_dir, mut store) = store();
    let a = add(&mut store, &server.url("/ratelimited"), None);
    let b = add(&mut store, &server.url("/unavailable"), None);
    let first = sync(&mut store, &fetcher()).await;
    assert!(first.feeds.iter().all(|f| f.status == FeedSyncStatus::Error), "{:?}", first.feeds);
    let second = sync(&mut store, &fetcher()).await;
    assert!(second.feeds.iter().all(|f| f.status == FeedSyncStatus::Skipped), "{:?}", second.feeds);
    assert_eq!(server.hits("/ratelimited").len(), 1);
    assert_eq!(server.hits("/unavailable").len(), 1);
    // 429 with "3600" seconds; 503 with a date in 2099, capped to a day.
    let now = chrono::Utc::now();
    let next_a = store.feed(a).unwrap().next_fetch.unwrap();
    let next_b = store.feed(b).unwrap().next_fetch.unwrap();
    assert!((next_a - now).num_minutes() >= 59, "{next_a}");
    assert!((next_b - now).num_hours() >= 23 && (next_b - now).num_hours() <= 24, "{next_b}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failures_back_off_and_due_syncs_respect_it() {
    let server = TestServer::with_hostile_endpoints();
    let (_dir, mut store) = store();
    let id = add(&mut store, &server.url("/error"), None);
    let first = sync_due(&mut store, &fetcher()).await;
    assert_eq!(first.feeds[0].status, FeedSyncStatus::Error);
    assert_eq!(first.feeds[0].error.as_deref(), Some("HTTP 500"));
    let feed = store.feed(id).unwrap();
    assert_eq!((feed.status, feed.error_count, feed.http_status), (FeedStatus::Error, 1, Some(500)));
    let wait = feed.next_fetch.unwrap() - chrono::Utc::now();
    assert!(wait.num_seconds() >= 230, "backoff too short: {wait}");
    // Not due yet: a scheduler's sync skips it…
    assert_eq!(sync_due(&mut store, &fetcher()).await.feeds[0].status, FeedSyncStatus::Skipped);
    assert_eq!(server.hits("/error").len(), 1);
    // …a manual sync tries again, and the backoff grows.
    sync(&mut store, &fetcher()).await;
    let feed = store.feed(id).unwrap();
    assert_eq!(feed.error_count, 2);
    assert!((feed.next_fetch.unwrap() - chrono::Utc::now()).num_seconds() >= 470);
    // Recovery clears the error.
    server.set("/error", Route::feed(fixture("rss2.xml")));
    sync(&mut store, &fetcher()).await;
    let feed = store.feed(id).unwrap();
    assert_eq!((feed.status, feed.error_count, feed.last_error), (FeedStatus::Ok, 0, None));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn requests_per_host_are_bounded() {
    let server = TestServer::start();
    let (_dir, mut store) = store();
    for i in 0..12 {
        let path = format!("/slow/{i}.xml");
        let items = [Item::new(&format!("s{i}"), &format!("Story {i}"), 10)];
        server.set(&path, Route::feed(rss("Slow", "https://slow.example", &items)).delayed(Duration::from_millis(150)));
        add(&mut store, &server.url(&path), None);
    }
    let fetcher = Fetcher::new(FetchConfig { per_host: 3, ..FetchConfig::default() }).unwrap();
    let report = bulletin_core::sync(
        &mut store,
        &fetcher,
        &SyncOptions { only_due: false, concurrency: 16, interval_minutes: None },
        |_| {},
    )
    .await
    .unwrap();
    assert!(report.feeds.iter().all(|f| f.status == FeedSyncStatus::Ok));
    assert_eq!(server.max_in_flight(), 3, "per-host limit not applied (or no parallelism at all)");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reads_and_small_writes_never_wait_for_a_running_sync() {
    let server = TestServer::start();
    let items = [Item::new("a", "Already here", 10)];
    server.set("/fast.xml", Route::feed(rss("Fast", "https://fast.example", &items)));
    let (dir, mut store) = store();
    add(&mut store, &server.url("/fast.xml"), None);
    sync(&mut store, &fetcher()).await;
    for i in 0..4 {
        let path = format!("/slow{i}.xml");
        let items = [Item::new(&format!("s{i}"), "Slow story", 5)];
        server
            .set(&path, Route::feed(rss("Slow", "https://slow.example", &items)).delayed(Duration::from_millis(1500)));
        add(&mut store, &server.url(&path), None);
    }
    let syncing = tokio::spawn(async move {
        let report = sync(&mut store, &fetcher()).await;
        (store, report)
    });
    tokio::time::sleep(Duration::from_millis(300)).await;
    // A second connection, as the desktop app's UI has, while the sync waits on the network.
    let mut ui = bulletin_core::Store::open(dir.path().join("bulletin.db")).unwrap();
    let started = std::time::Instant::now();
    let article = ui.articles(&ArticleFilter::default()).unwrap()[0].id;
    ui.categories().unwrap();
    ui.set_saved(article, true).unwrap();
    assert!(started.elapsed() < Duration::from_millis(200), "waited {:?}", started.elapsed());
    let (_store, report) = syncing.await.unwrap();
    assert_eq!(report.new_articles.len(), 4);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_search_index_follows_new_and_changed_articles_written_after_the_savepoints() {
    let server = TestServer::start();
    let mut first = Item::new("a", "Harbour reopens", 10);
    // Long enough that its last words lie beyond the summary.
    first.description = format!("{} The quay named zanzibarite was rebuilt.", "Ships return to the port. ".repeat(30));
    server.set("/a.xml", Route::feed(rss("A", "https://a.example", &[first.clone()])));
    server.set("/b.xml", Route::feed(rss("B", "https://b.example", &[Item::new("b", "Bridge closes", 20)])));
    let (_dir, mut store) = store();
    add(&mut store, &server.url("/a.xml"), None);
    add(&mut store, &server.url("/b.xml"), None);
    sync(&mut store, &fetcher()).await;
    let titles = |store: &bulletin_core::Store, q: &str| -> Vec<String> {
        store.search(q, 10).unwrap().into_iter().map(|a| a.title).collect()
    };
    assert_eq!(titles(&store, "zanzibarite"), ["Harbour reopens"], "a word beyond the summary is indexed");
    assert_eq!(titles(&store, "bridge"), ["Bridge closes"]);

    let mut changed = first;
    changed.title = "Harbour stays shut".into();
    changed.description = "Storm damage found.".into();
    server.set("/a.xml", Route::feed(rss("A", "https://a.example", &[changed])));
    sync(&mut store, &fetcher()).await;
    assert_eq!(titles(&store, "storm"), ["Harbour stays shut"]);
    assert!(titles(&store, "zanzibarite").is_empty(), "the old text left the index");
    assert!(titles(&store, "reopens").is_empty());
    assert_eq!(store.articles(&ArticleFilter::default()).unwrap().len(), 2);
}
