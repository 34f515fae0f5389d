//! Every misbehaving endpoint ends as a per-feed error or a clean article,
//! quickly, and the good feeds in the same sync are stored regardless.

mod common;

use bulletin_core::store::ArticleFilter;
use bulletin_core::sync::FeedSyncStatus;
use bulletin_testkit::{Route, TestServer};
use common::*;
use std::time::Instant;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_feeds_fail_alone_and_quickly() {
    let server = TestServer::with_hostile_endpoints();
    for name in ["rss2.xml", "atom.xml", "malformed.xml", "billion_laughs.xml", "xxe.xml", "xss.xml"] {
        server.set(&format!("/{name}"), Route::feed(fixture(name)));
    }
    let expectations: &[(&str, FeedSyncStatus, Option<&str>)] = &[
        ("/rss2.xml", FeedSyncStatus::Ok, None),
        ("/bomb", FeedSyncStatus::Error, Some("larger than")),
        ("/huge", FeedSyncStatus::Error, Some("larger than")),
        ("/trickle", FeedSyncStatus::Error, Some("timed out")),
        ("/loop-a", FeedSyncStatus::Error, Some("too many redirects")),
        ("/to-file", FeedSyncStatus::Error, Some("bad redirect")),
        ("/nothing-here", FeedSyncStatus::Error, Some("HTTP 404")),
        ("/gone", FeedSyncStatus::Gone, Some("gone")),
        ("/ratelimited", FeedSyncStatus::Error, Some("asked to wait")),
        ("/error", FeedSyncStatus::Error, Some("HTTP 500")),
        ("/page.html", FeedSyncStatus::Error, Some("web page")),
        ("/empty", FeedSyncStatus::Error, Some("parse")),
        ("/binary", FeedSyncStatus::Error, Some("not text")),
        ("/malformed.xml", FeedSyncStatus::Error, Some("parse")),
        ("/billion_laughs.xml", FeedSyncStatus::Ok, None),
        ("/xxe.xml", FeedSyncStatus::Ok, None),
        ("/xss.xml", FeedSyncStatus::Ok, None),
        ("/atom.xml", FeedSyncStatus::Ok, None),
    ];
    let (_dir, mut store) = store();
    for (path, _, _) in expectations {
        add(&mut store, &server.url(path), None);
    }
    add(&mut store, "http://127.0.0.1:9/refused.xml", None);

    let started = Instant::now();
    let report = sync(&mut store, &fetcher()).await;
    let elapsed = started.elapsed();
    // The trickle hits the 3 s timeout; everything else runs beside it.
    assert!(elapsed.as_secs() < 12, "sync took {elapsed:?}");

    for (path, status, message) in expectations {
        let f = report.feeds.iter().find(|f| f.url == server.url(path)).unwrap();
        assert_eq!(f.status, *status, "{path}: {f:?}");
        match message {
            Some(m) => assert!(
                f.error.as_deref().unwrap_or("").to_lowercase().contains(&m.to_lowercase()),
                "{path}: {:?}",
                f.error
            ),
            None => assert_eq!(f.error, None, "{path}"),
        }
    }
    let refused = report.feeds.iter().find(|f| f.url.contains(":9/")).unwrap();
    assert!(refused.error.as_deref().unwrap().starts_with("could not connect"), "{refused:?}");

    // Each document that parses stored its items, so the checks below run over
    // real articles: the hostile ones included, not just the good feeds.
    let stored: Vec<(&str, usize)> = ["/rss2.xml", "/atom.xml", "/billion_laughs.xml", "/xxe.xml", "/xss.xml"]
        .into_iter()
        .map(|path| (path, report.feeds.iter().find(|f| f.url == server.url(path)).unwrap().new))
        .collect();
    assert_eq!(
        stored,
        [("/rss2.xml", 2), ("/atom.xml", 2), ("/billion_laughs.xml", 1), ("/xxe.xml", 1), ("/xss.xml", 1)]
    );

    // The good feeds were stored; nothing hostile reached the store as markup.
    let articles = store.articles(&ArticleFilter::default()).unwrap();
    assert_eq!(articles.len(), 7);
    assert!(articles.iter().any(|a| a.title == "Ukraine, Russia say drone strikes continue after Trump-Putin call"));
    assert!(articles.iter().any(|a| a.title.starts_with("Russia launches 108 drones")));
    for a in &articles {
        let d = store.article_detail(a.id).unwrap();
        assert!(!d.content_html.contains("<script") && !d.content_html.contains("onerror"), "{}", d.content_html);
    }
    assert_eq!(store.integrity_check().unwrap(), "ok");
}
