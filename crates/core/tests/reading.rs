//! Reading that scales: filters at ingest and re-applied, muted feeds, smart
//! views, whole stories read together, per-feed intervals and server hints.

mod common;

use bulletin_core::model::{FilterAction, FilterField, FilterScope};
use bulletin_core::policy::{filters, stories};
use bulletin_core::store::{ArticleFilter, NewView};
use bulletin_core::{ArticleId, Store};
use bulletin_testkit::{Item, Route, TestServer, rss};
use common::*;

fn item(guid: &str, title: &str, body: &str, minutes_ago: i64) -> Item {
    Item { description: body.into(), ..Item::new(guid, title, minutes_ago) }
}

/// An RSS document whose items have authors.
fn with_authors(items: &[(&str, &str, &str)]) -> String {
    let now = chrono::Utc::now().to_rfc2822();
    let body: String = items
        .iter()
        .map(|(guid, title, author)| {
            format!("<item><guid>{guid}</guid><title>{title}</title><author>{author}</author><pubDate>{now}</pubDate><description>Text.</description></item>")
        })
        .collect();
    format!(
        "<rss version=\"2.0\"><channel><title>Authors</title><link>https://authors.example</link>{body}</channel></rss>"
    )
}

fn titles(store: &Store, filter: &ArticleFilter) -> Vec<String> {
    let mut t: Vec<String> = store.articles(filter).unwrap().into_iter().map(|a| a.title).collect();
    t.sort();
    t
}

fn unread_in(store: &Store, category: &str) -> i64 {
    store.categories().unwrap().into_iter().find(|c| c.name == category).unwrap().unread
}

fn news_server() -> TestServer {
    let server = TestServer::start();
    server.set(
        "/world.xml",
        Route::feed(rss(
            "World",
            "https://world.example",
            &[
                item("w1", "Election results are in", "Voters chose a new parliament.", 10),
                item("w2", "Storm hits the coast", "Football matches were called off.", 20),
                item("w3", "Summit opens", "Leaders met in Geneva.", 30),
            ],
        )),
    );
    server.set(
        "/biz.xml",
        Route::feed(rss(
            "Biz",
            "https://biz.example",
            &[
                item("b1", "Markets and the election", "Stocks rose.", 15),
                item("b2", "Oil prices fall", "A quiet day.", 25),
            ],
        )),
    );
    server.set(
        "/authors.xml",
        Route::feed(with_authors(&[("a1", "Column one", "Jane Critic"), ("a2", "Column two", "Sam Writer")])),
    );
    server
}

#[tokio::test]
async fn filters_at_ingest_hide_read_save_by_field_and_scope_and_hidden_articles_leave_every_count() {
    let server = news_server();
    let (_dir, mut store) = store();
    add(&mut store, &server.url("/world.xml"), Some("World News"));
    let biz = add(&mut store, &server.url("/biz.xml"), Some("Business"));
    add(&mut store, &server.url("/authors.xml"), Some("Politics"));
    store
        .add_filter(
            "election",
            false,
            FilterField::Title,
            &FilterScope::Category("World News".into()),
            FilterAction::Hide,
            None,
        )
        .unwrap();
    store.add_filter("football", false, FilterField::Body, &FilterScope::All, FilterAction::Read, None).unwrap();
    store.add_filter("^oil", true, FilterField::Title, &FilterScope::Feed(biz), FilterAction::Save, None).unwrap();
    store.add_filter("jane critic", false, FilterField::Author, &FilterScope::All, FilterAction::Hide, None).unwrap();
    let report = sync(&mut store, &fetcher()).await;
    assert_eq!(report.new_articles.len(), 7);

    // Hidden: out of lists, counts and search; only in the "Filtered" view.
    let all = titles(&store, &ArticleFilter::default());
    assert_eq!(all.len(), 5, "{all:?}");
    assert!(!all.contains(&"Election results are in".to_owned()) && !all.contains(&"Column one".to_owned()));
    assert!(all.contains(&"Markets and the election".to_owned()), "the scope was World News only");
    let hidden = titles(&store, &ArticleFilter { hidden: true, ..Default::default() });
    assert_eq!(hidden, ["Column one", "Election results are in"]);
    let world = store.categories().unwrap().into_iter().find(|c| c.name == "World News").unwrap();
    assert_eq!((world.unread, world.total), (1, 2), "hidden out of the counts, the football story read");
    assert!(store.search("election results", 10).unwrap().is_empty());
    assert_eq!(store.feeds().unwrap().iter().map(|f| f.total).sum::<i64>(), 5);

    // Read and save.
    let by_title =
        |t: &str| store.articles(&ArticleFilter::default()).unwrap().into_iter().find(|a| a.title == t).unwrap();
    assert!(by_title("Storm hits the coast").read);
    assert!(by_title("Oil prices fall").saved);
    assert!(!by_title("Markets and the election").saved);
}

#[tokio::test]
async fn a_filter_added_later_applies_on_demand_and_what_it_hid_returns_when_it_goes() {
    let server = news_server();
    let (_dir, mut store) = store();
    add(&mut store, &server.url("/world.xml"), Some("World News"));
    add(&mut store, &server.url("/biz.xml"), Some("Business"));
    sync(&mut store, &fetcher()).await;
    assert_eq!(store.articles(&ArticleFilter::default()).unwrap().len(), 5);

    let f = store.add_filter("election", false, FilterField::Any, &FilterScope::All, FilterAction::Hide, None).unwrap();
    assert_eq!(store.articles(&ArticleFilter::default()).unwrap().len(), 5, "stored articles wait for apply");
    assert_eq!(filters::reapply(&mut store, false).unwrap(), 2);
    assert_eq!(store.articles(&ArticleFilter::default()).unwrap().len(), 3);
    assert_eq!(unread_in(&store, "Business"), 1);
    assert_eq!(filters::reapply(&mut store, false).unwrap(), 0, "applying again changes nothing");

    let saver =
        store.add_filter("geneva", false, FilterField::Body, &FilterScope::All, FilterAction::Save, None).unwrap();
    filters::reapply(&mut store, false).unwrap();
    assert_eq!(titles(&store, &ArticleFilter { saved: true, ..Default::default() }), ["Summit opens"]);

    store.remove_filter(f.id).unwrap();
    filters::reapply(&mut store, true).unwrap();
    assert_eq!(store.articles(&ArticleFilter::default()).unwrap().len(), 5, "a filter never deletes");
    store.remove_filter(saver.id).unwrap();
    assert_eq!(titles(&store, &ArticleFilter { saved: true, ..Default::default() }), ["Summit opens"], "saving stays");
}

#[tokio::test]
async fn an_expired_filter_ends_at_the_next_sync_and_its_articles_come_back() {
    let server = news_server();
    let (_dir, mut store) = store();
    add(&mut store, &server.url("/world.xml"), Some("World News"));
    let soon = chrono::Utc::now().timestamp() + 2;
    store.add_filter("storm", false, FilterField::Title, &FilterScope::All, FilterAction::Hide, Some(soon)).unwrap();
    sync(&mut store, &fetcher()).await;
    assert_eq!(store.articles(&ArticleFilter::default()).unwrap().len(), 2);
    tokio::time::sleep(std::time::Duration::from_millis(2200)).await;
    sync(&mut store, &fetcher()).await;
    assert!(store.filters().unwrap().is_empty());
    assert_eq!(store.articles(&ArticleFilter::default()).unwrap().len(), 3);
}

#[tokio::test]
async fn a_muted_feed_syncs_but_leaves_unread_counts_the_front_page_and_notifications() {
    let server = news_server();
    let (_dir, mut store) = store();
    let world = add(&mut store, &server.url("/world.xml"), Some("World News"));
    add(&mut store, &server.url("/biz.xml"), Some("World News"));
    store.set_feed_muted(world, true).unwrap();
    let report = sync(&mut store, &fetcher()).await;
    assert_eq!(report.new_articles.len(), 5, "it still syncs");
    assert_eq!(unread_in(&store, "World News"), 2);
    let front = store.front_page(10).unwrap();
    assert_eq!(front[0].articles.len(), 2);
    assert_eq!(store.articles(&ArticleFilter { unread: true, ..Default::default() }).unwrap().len(), 2);
    assert_eq!(
        store.articles(&ArticleFilter { feed: Some(world), ..Default::default() }).unwrap().len(),
        3,
        "its own list"
    );
    assert!(store.feed(world).unwrap().muted);
    // Nothing from it notifies, whatever the rules.
    store.set_category_rule("World News", "all".parse().unwrap()).unwrap();
    server.set(
        "/world.xml",
        Route::feed(rss("World", "https://world.example", &[item("w9", "BREAKING: Big news", "x", 1)])),
    );
    let report = sync(&mut store, &fetcher()).await;
    assert_eq!(report.new_articles.len(), 1);
    assert!(report.notifications.shown.is_empty(), "{:?}", report.notifications);
    // Unmuted, the same rules notify; and a notify filter alerts on its words.
    store.set_feed_muted(world, false).unwrap();
    store.set_category_rule("World News", "off".parse().unwrap()).unwrap();
    store.add_filter("volcano", false, FilterField::Title, &FilterScope::All, FilterAction::Notify, None).unwrap();
    server.set(
        "/world.xml",
        Route::feed(rss("World", "https://world.example", &[item("w10", "Volcano erupts in Iceland", "x", 1)])),
    );
    let report = sync(&mut store, &fetcher()).await;
    assert_eq!(report.notifications.shown.len(), 1, "{:?}", report.notifications);
    assert_eq!(report.notifications.shown[0].reason.as_str(), "keyword");
}

#[tokio::test]
async fn a_smart_view_counts_its_articles_and_stays_current() {
    let server = news_server();
    let (_dir, mut store) = store();
    add(&mut store, &server.url("/world.xml"), Some("World News"));
    add(&mut store, &server.url("/biz.xml"), Some("Business"));
    sync(&mut store, &fetcher()).await;
    let view = |name: &str, query: &str| NewView { name: name.into(), query: query.into(), ..NewView::default() };
    let v = store.add_view(&view("Elections", "election")).unwrap();
    assert_eq!((v.count, v.unread), (2, 2));
    let world = NewView {
        unread: true,
        category: Some("World News".into()),
        max_age_days: Some(7),
        ..view("World elections", "election")
    };
    let in_world = store.add_view(&world).unwrap();
    assert_eq!(in_world.count, 1);
    let listed = titles(&store, &ArticleFilter { view: Some("Elections".into()), ..Default::default() });
    assert_eq!(listed, ["Election results are in", "Markets and the election"]);
    // Reading one and a new matching article arriving both show.
    let first = store.articles(&ArticleFilter { view: Some("Elections".into()), ..Default::default() }).unwrap()[0].id;
    store.set_read(first, true).unwrap();
    server
        .set("/biz.xml", Route::feed(rss("Biz", "https://biz.example", &[item("b3", "Election day trading", "x", 1)])));
    sync(&mut store, &fetcher()).await;
    let views = store.views().unwrap();
    let e = views.iter().find(|v| v.name == "Elections").unwrap();
    assert_eq!((e.count, e.unread), (3, 2));
    assert!(store.add_view(&view("Elections", "x")).is_err(), "names are unique");
    // Saved only: nothing until one is saved.
    let saved = store.add_view(&NewView { saved: true, ..view("Saved elections", "election") }).unwrap();
    assert_eq!(saved.count, 0);
    store.set_saved(first, true).unwrap();
    assert_eq!(store.views().unwrap().iter().find(|v| v.name == "Saved elections").unwrap().count, 1);
    store.remove_view("Elections").unwrap();
    assert_eq!(store.views().unwrap().len(), 2);
}

#[tokio::test]
async fn reading_one_report_of_a_story_reads_the_others_unless_the_setting_says_no() {
    let server = TestServer::start();
    let story = [
        ("Ukraine, Russia say drone strikes continue after Trump-Putin call", "/a.xml"),
        ("Russia launches 108 drones at Ukraine hours after Putin phone call", "/b.xml"),
        ("Russian drones pound Ukraine after Trump-Putin phone call", "/c.xml"),
    ];
    let (_dir, mut store) = store();
    for (i, (title, path)) in story.iter().enumerate() {
        let body = "Drone attacks on Ukraine continued after the call between Trump and Putin.";
        server.set(
            path,
            Route::feed(rss(
                path,
                &format!("https://{i}.example"),
                &[item(&format!("s{i}"), title, body, 10 + i as i64)],
            )),
        );
        add(&mut store, &server.url(path), Some("World News"));
    }
    sync(&mut store, &fetcher()).await;
    let articles = store.articles(&ArticleFilter::default()).unwrap();
    assert_eq!(articles.len(), 3);
    assert!(articles.iter().all(|a| a.story_id == articles[0].story_id), "one story");
    assert_eq!(stories::set_read(&mut store, articles[0].id, true).unwrap(), 3);
    assert_eq!(unread_in(&store, "World News"), 0);

    store.set_story_read(articles[0].id, false).unwrap();
    assert_eq!(unread_in(&store, "World News"), 3, "a story marked unread as one");
    store.set_setting("read_story_together", "false").unwrap();
    stories::set_read(&mut store, articles[1].id, true).unwrap();
    assert_eq!(unread_in(&store, "World News"), 2);
    assert_eq!(store.set_story_saved(articles[2].id, true).unwrap(), 3, "saved as one");
    let _ = ArticleId(0);
}

#[tokio::test]
async fn a_feed_is_fetched_no_more_often_than_it_or_its_server_asks_unless_the_user_says() {
    let server = TestServer::start();
    let ttl = rss("Hourly", "https://hourly.example", &[Item::new("h1", "One", 5)])
        .replace("<description>test</description>", "<ttl>120</ttl>");
    server.set("/ttl.xml", Route::feed(ttl));
    server.set(
        "/maxage.xml",
        Route::feed(rss("Cached", "https://cached.example", &[Item::new("c1", "One", 5)]))
            .header("cache-control", "public, max-age=5400"),
    );
    server.set("/plain.xml", Route::feed(rss("Plain", "https://plain.example", &[Item::new("p1", "One", 5)])));
    let (_dir, mut store) = store();
    let ttl = add(&mut store, &server.url("/ttl.xml"), None);
    let cached = add(&mut store, &server.url("/maxage.xml"), None);
    let plain = add(&mut store, &server.url("/plain.xml"), None);
    let mine = add(&mut store, &server.url("/ttl.xml").replace("ttl.xml", "ttl.xml?mine"), None);
    store.set_feed_interval(mine, Some(5)).unwrap();
    let before = chrono::Utc::now().timestamp();
    sync(&mut store, &fetcher()).await;
    let next = |id| store.feed(id).unwrap().next_fetch.unwrap().timestamp() - before;
    assert!((7200 - 5..=7200 + 5).contains(&next(ttl)), "{}", next(ttl));
    assert!((5400 - 5..=5400 + 65).contains(&next(cached)), "{}", next(cached));
    assert!((900 - 5..=900 + 5).contains(&next(plain)), "{}", next(plain));
    assert!((300 - 5..=300 + 5).contains(&next(mine)), "{}", next(mine));
    assert_eq!(store.feed(ttl).unwrap().hint_interval, Some(120));
    assert_eq!(store.feed(mine).unwrap().interval, Some(5));
}

#[tokio::test]
async fn an_opml_title_that_is_only_the_url_gives_way_to_the_feeds_own() {
    let server = news_server();
    let (_dir, mut store) = store();
    let url = server.url("/world.xml");
    let id = store
        .add_feed(&bulletin_core::store::NewFeed {
            url: url.clone(),
            title: url.clone(),
            site_url: None,
            category: None,
        })
        .unwrap();
    sync(&mut store, &fetcher()).await;
    assert_eq!(store.feed(id).unwrap().title, "World");
}
