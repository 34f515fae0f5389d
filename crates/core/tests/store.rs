//! Reading what a sync stored: listings, counts, reader navigation, search,
//! archive, read/saved state, OPML, and subscribing by page or feed URL.

mod common;

use bulletin_core::Store;
use bulletin_core::error::Error;
use bulletin_core::model::Article;
use bulletin_core::store::{ArticleFilter, ReadScope};
use bulletin_core::subscribe::{import, subscribe};
use bulletin_core::{opml, starter};
use bulletin_testkit::{Route, TestServer};
use common::*;

async fn seeded() -> (TestServer, tempfile::TempDir, Store) {
    let server = TestServer::start();
    let (dir, mut store) = store();
    for (name, cat) in [
        ("rss2.xml", "World News"),
        ("atom.xml", "World News"),
        ("jsonfeed.json", "Politics"),
        ("rss1.rdf", "Business"),
    ] {
        server.set(&format!("/{name}"), Route::feed(fixture(name)));
        add(&mut store, &server.url(&format!("/{name}")), Some(cat));
    }
    sync(&mut store, &fetcher()).await;
    (server, dir, store)
}

fn titles(a: &[Article]) -> Vec<&str> {
    a.iter().map(|a| a.title.as_str()).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn categories_count_unread_and_total() {
    let (_s, _d, mut store) = seeded().await;
    let cats = store.categories().unwrap();
    let get = |cats: &[bulletin_core::model::Category], n: &str| {
        let c = cats.iter().find(|c| c.name == n).unwrap();
        (c.unread, c.total)
    };
    assert_eq!(
        cats.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(),
        ["World News", "Business", "Politics", "Latest news"]
    );
    assert_eq!(get(&cats, "World News"), (4, 4));
    assert_eq!(get(&cats, "Politics"), (2, 2));
    assert_eq!(get(&cats, "Latest news"), (0, 0));
    let first =
        store.articles(&ArticleFilter { category: Some("world news".into()), ..Default::default() }).unwrap()[0].id;
    store.set_read(first, true).unwrap();
    assert_eq!(get(&store.categories().unwrap(), "World News"), (3, 4));
    assert_eq!(store.mark_read(&ReadScope::Category("Politics".into())).unwrap(), 2);
    assert_eq!(get(&store.categories().unwrap(), "Politics"), (0, 2));
    store.mark_read(&ReadScope::All).unwrap();
    assert!(store.categories().unwrap().iter().all(|c| c.unread == 0));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn listings_filter_and_sort_newest_first() {
    let (_s, _d, mut store) = seeded().await;
    let world = store.articles(&ArticleFilter { category: Some("World News".into()), ..Default::default() }).unwrap();
    assert_eq!(
        titles(&world),
        [
            "Russia launches 108 drones at Ukraine hours after Putin phone call",
            "Ukraine, Russia say drone strikes continue after Trump-Putin call",
            "Markets steady as central banks hold rates",
            "Parliament approves budget",
        ]
    );
    let limited = store.articles(&ArticleFilter { limit: Some(2), offset: 1, ..Default::default() }).unwrap();
    assert_eq!(limited.len(), 2);
    let feed = world[0].feed_id;
    assert!(
        store
            .articles(&ArticleFilter { feed: Some(feed), ..Default::default() })
            .unwrap()
            .iter()
            .all(|a| a.feed_id == feed)
    );

    store.set_saved(world[1].id, true).unwrap();
    store.set_read(world[0].id, true).unwrap();
    let saved = store.articles(&ArticleFilter { saved: true, ..Default::default() }).unwrap();
    assert_eq!(titles(&saved), [world[1].title.as_str()]);
    assert!(saved[0].saved);
    let unread = store.articles(&ArticleFilter { unread: true, ..Default::default() }).unwrap();
    assert!(unread.iter().all(|a| !a.read) && !unread.iter().any(|a| a.id == world[0].id));

    let day = world[0].published.with_timezone(&chrono::Local).date_naive();
    let on_day = store.articles(&ArticleFilter { day: Some(day), ..Default::default() }).unwrap();
    assert!(on_day.iter().any(|a| a.id == world[0].id));
    assert!(on_day.iter().all(|a| a.published.with_timezone(&chrono::Local).date_naive() == day));

    let err = store.articles(&ArticleFilter { category: Some("Sports".into()), ..Default::default() }).unwrap_err();
    assert!(matches!(err, Error::CategoryNotFound(_)), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_reader_has_body_neighbours_and_related_stories() {
    let (_s, _d, store) = seeded().await;
    let world = store.articles(&ArticleFilter { category: Some("World News".into()), ..Default::default() }).unwrap();
    let d = store.article_detail(world[1].id).unwrap();
    assert_eq!(d.prev_id, Some(world[0].id));
    assert_eq!(d.next_id, Some(world[2].id));
    assert!(d.content_html.contains("<b>overnight</b>"));
    assert_eq!(d.site_url.as_deref(), Some("https://worlddesk.example/"));
    assert_eq!(d.article.author.as_deref(), Some("Anna Petrova"));
    // The same story from the other wire comes first among related articles.
    assert_eq!(d.related.first().map(|r| r.id), Some(world[0].id), "{:?}", d.related);
    let first = store.article_detail(world[0].id).unwrap();
    assert_eq!(first.prev_id, None);
    let last = store.article_detail(world[3].id).unwrap();
    assert_eq!(last.next_id, None);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn search_is_ranked_and_safe() {
    let (_s, _d, store) = seeded().await;
    let hits = store.search("drone", 10).unwrap();
    assert_eq!(hits.len(), 2, "{:?}", titles(&hits));
    let hits = store.search("senate", 10).unwrap();
    assert_eq!(titles(&hits), ["Senate passes stopgap spending bill"]);
    // Body text is indexed too, and prefixes match while typing.
    assert_eq!(
        titles(&store.search("regio", 10).unwrap()),
        ["Russia launches 108 drones at Ukraine hours after Putin phone call"]
    );
    // FTS syntax in user input is just words.
    assert!(store.search("\"unbalanced (NEAR OR", 10).is_ok());
    assert!(store.search("", 10).unwrap().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn archive_counts_articles_per_day() {
    let (_s, _d, store) = seeded().await;
    let all = store.articles(&ArticleFilter::default()).unwrap();
    let month = all[0].published.with_timezone(&chrono::Local).format("%Y-%m").to_string();
    let days = store.archive(&month).unwrap();
    let in_month =
        all.iter().filter(|a| a.published.with_timezone(&chrono::Local).format("%Y-%m").to_string() == month).count();
    assert_eq!(days.iter().map(|d| d.count).sum::<i64>() as usize, in_month);
    assert!(days.windows(2).all(|w| w[0].day < w[1].day));
    assert!(matches!(store.archive("2026-13"), Err(Error::Invalid(_))));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn opml_export_then_import_round_trips() {
    let (_s, _d, store) = seeded().await;
    let xml = opml::export(&store.feeds().unwrap()).unwrap();
    let (_d2, mut other) = common::store();
    let report = import(&mut other, &opml::parse(&xml).unwrap()).unwrap();
    assert_eq!((report.added, report.existing), (4, 0));
    let mut a: Vec<_> = store.feeds().unwrap().into_iter().map(|f| (f.url, f.title, f.category)).collect();
    let mut b: Vec<_> = other.feeds().unwrap().into_iter().map(|f| (f.url, f.title, f.category)).collect();
    a.sort();
    b.sort();
    assert_eq!(a, b);
    assert_eq!(import(&mut other, &opml::parse(&xml).unwrap()).unwrap().existing, 4);
}

#[test]
fn the_starter_set_imports_into_the_default_categories() {
    let (_d, mut store) = store();
    let report = import(&mut store, &starter::starter_feeds().unwrap()).unwrap();
    assert!(report.added >= 15);
    let feeds = store.feeds().unwrap();
    assert!(feeds.iter().all(|f| f.category.is_some()));
    assert_eq!(store.categories().unwrap().len(), 4, "no new categories");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn subscribing_to_a_page_discovers_its_feed() {
    let server = TestServer::start();
    server.set("/atom.xml", Route::feed(fixture("atom.xml")));
    server.set(
        "/site/",
        Route::bytes("text/html", r#"<!doctype html><html><head><link rel="alternate" type="application/atom+xml" href="../atom.xml"></head></html>"#),
    );
    server.set("/plain.html", Route::bytes("text/html", "<!doctype html><html><body>no feeds</body></html>"));
    let (_d, mut store) = store();
    let added = subscribe(&mut store, &fetcher(), &server.url("/site/"), Some("World News")).await.unwrap();
    let feed = store.feed(added.id).unwrap();
    assert_eq!(feed.url, server.url("/atom.xml"));
    assert_eq!(feed.title, "Wire B");
    assert_eq!(feed.category.as_deref(), Some("World News"));
    assert_eq!(added.new_articles.len(), 2);
    assert_eq!(feed.total, 2);

    let err = subscribe(&mut store, &fetcher(), &server.url("/plain.html"), None).await.unwrap_err();
    assert!(matches!(err, Error::NoFeedFound(_)), "{err}");
    let err = subscribe(&mut store, &fetcher(), &server.url("/atom.xml"), None).await.unwrap_err();
    assert!(matches!(err, Error::FeedExists(_)), "{err}");
    let err = subscribe(&mut store, &fetcher(), "ftp://example.com/feed", None).await.unwrap_err();
    assert!(matches!(err, Error::InvalidUrl { .. }), "{err}");
    // Unreachable now: added anyway, with the error recorded and a warning.
    let added = subscribe(&mut store, &fetcher(), &server.url("/not-yet.xml"), None).await.unwrap();
    assert!(added.warning.is_some());
    assert_eq!(store.feed(added.id).unwrap().last_error.as_deref(), Some("HTTP 404"));
}
