//! Regression tests for what real feeds showed (see `scripts/conformance`),
//! each named after what broke, over fixtures the team wrote.

mod common;

use bulletin_core::parse::parse_feed;
use bulletin_core::parsed::ParsedFeed;
use bulletin_core::policy::retention::Retention;
use bulletin_core::store::{ArticleFilter, ReadScope};
use bulletin_testkit::{Item, Route, TestServer, rss};
use chrono::{DateTime, Duration, Utc};
use common::*;
use std::collections::HashMap;
use url::Url;

fn parse(name: &str) -> ParsedFeed {
    let url = Url::parse(&format!("https://fixtures.example/{name}")).unwrap();
    parse_feed(&fixture(name), None, &url, "2026-11-24T12:00:00Z".parse().unwrap()).unwrap()
}

fn dates_by_guid(feed: &ParsedFeed) -> HashMap<&str, Option<String>> {
    feed.entries.iter().map(|e| (e.guid.as_str(), e.published.map(|d| d.to_rfc3339()))).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn old_items_were_dropped_at_ingest_now_every_item_is_kept() {
    let server = TestServer::start();
    server.set("/podcast.xml", Route::feed(fixture("podcast.xml")));
    let items = [Item::new("fresh", "Fresh news", 60), Item::new("old", "Last year's report", 60 * 24 * 400)];
    server.set("/mixed.xml", Route::feed(rss("Mixed", "https://mixed.example", &items)));
    let (_dir, mut store) = store();
    let podcast = add(&mut store, &server.url("/podcast.xml"), None);
    let mixed = add(&mut store, &server.url("/mixed.xml"), None);
    let report = sync(&mut store, &fetcher()).await;
    assert_eq!(report.new_articles.len(), 5, "{:?}", report.feeds);

    // A 2010 podcast: all three episodes listed, none unread (backlog arrives read).
    let episodes = store.articles(&ArticleFilter { feed: Some(podcast), ..Default::default() }).unwrap();
    let titles: Vec<&str> = episodes.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(titles, ["Episode 2: Hops", "Episode 1: Barley", "Trailer"]);
    assert!(episodes.iter().all(|a| a.read), "{episodes:?}");
    assert_eq!(episodes[0].published.to_rfc3339(), "2010-09-25T01:30:00+00:00");

    // A recent item stays unread beside a year-old one.
    let mixed = store.articles(&ArticleFilter { feed: Some(mixed), ..Default::default() }).unwrap();
    let read: Vec<(&str, bool)> = mixed.iter().map(|a| (a.title.as_str(), a.read)).collect();
    assert_eq!(read, [("Fresh news", false), ("Last year's report", true)]);
    let unread: i64 = store.categories().unwrap().iter().map(|c| c.unread).sum::<i64>()
        + store.feeds().unwrap().iter().filter(|f| f.category.is_none()).map(|f| f.unread).sum::<i64>();
    assert_eq!(unread, 1, "only the recent item counts as unread");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retention_removes_only_read_unsaved_old_articles_that_left_the_feed_and_they_never_return() {
    let server = TestServer::start();
    let first = [
        Item::new("ancient", "Ancient", 60 * 24 * 400),
        Item::new("unread", "Still unread", 60),
        Item::new("saved", "Saved one", 90),
    ];
    server.set("/f.xml", Route::bytes("application/rss+xml", rss("F", "https://f.example", &first)));
    let (_dir, mut store) = store();
    let feed = add(&mut store, &server.url("/f.xml"), None);
    sync(&mut store, &fetcher()).await;
    let find = |store: &bulletin_core::Store, title: &str| {
        store.articles(&ArticleFilter::default()).unwrap().into_iter().find(|a| a.title == title)
    };
    let saved = find(&store, "Saved one").unwrap();
    store.set_read(saved.id, true).unwrap();
    store.set_saved(saved.id, true).unwrap();
    let later = Utc::now().timestamp() + Duration::days(120).num_seconds();

    // Read and old, but still in the feed's document: kept.
    assert_eq!(store.purge(Retention::from_setting(90), later).unwrap(), 0);
    assert!(find(&store, "Ancient").is_some());

    // The feed moves on; only "Ancient" is read, unsaved, old and gone from it.
    let next = [Item::new("current", "Current", 5)];
    server.set("/f.xml", Route::bytes("application/rss+xml", rss("F", "https://f.example", &next)));
    sync(&mut store, &fetcher()).await;
    store.mark_read(&ReadScope::Feed(feed)).unwrap();
    store.set_read(find(&store, "Still unread").unwrap().id, false).unwrap();
    assert_eq!(store.purge(Retention::from_setting(0), later).unwrap(), 0, "never means never");
    assert_eq!(store.purge(Retention::from_setting(90), later).unwrap(), 1);
    let mut titles: Vec<String> =
        store.articles(&ArticleFilter::default()).unwrap().into_iter().map(|a| a.title).collect();
    titles.sort();
    assert_eq!(titles, ["Current", "Saved one", "Still unread"]);

    // The feed lists the removed article again: it does not come back as new.
    let again = [Item::new("ancient", "Ancient", 60 * 24 * 400), Item::new("current", "Current", 5)];
    server.set("/f.xml", Route::bytes("application/rss+xml", rss("F", "https://f.example", &again)));
    let report = sync(&mut store, &fetcher()).await;
    assert!(report.new_articles.is_empty(), "{:?}", report.new_articles);
    assert!(find(&store, "Ancient").is_none());
    assert_eq!(store.integrity_check().unwrap(), "ok");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn undated_items_showed_as_just_now_now_they_sit_below_the_dated_ones() {
    let server = TestServer::start();
    server.set("/dates.xml", Route::feed(fixture("dates.xml")));
    let (_dir, mut store) = store();
    let feed = add(&mut store, &server.url("/dates.xml"), None);
    let started: DateTime<Utc> = Utc::now() - Duration::seconds(5);
    sync(&mut store, &fetcher()).await;
    let articles = store.articles(&ArticleFilter { feed: Some(feed), ..Default::default() }).unwrap();
    assert_eq!(articles.len(), 12);
    assert!(articles.iter().all(|a| a.published < started), "a dated item shows as now: {articles:#?}");
    let oldest_dated: DateTime<Utc> = "2002-10-02T15:00:00Z".parse().unwrap();
    let last_two: Vec<&str> = articles[10..].iter().map(|a| a.title.as_str()).collect();
    assert_eq!(last_two, ["Empty pubDate", "Nonsense date"], "undated items go last, in document order");
    assert!(articles[10..].iter().all(|a| a.published < oldest_dated));

    // A later fetch that brings a new undated item: that one is new, so it is dated now.
    let body = String::from_utf8(fixture("dates.xml")).unwrap().replace(
        "<item><title>No comma",
        "<item><title>Brand new, undated</title><guid>brand-new</guid></item>\n    <item><title>No comma",
    );
    server.set("/dates.xml", Route::feed(body));
    let report = sync(&mut store, &fetcher()).await;
    assert_eq!(report.new_articles.len(), 1);
    let new = store.article_detail(report.new_articles[0]).unwrap();
    assert!(new.article.published >= started);
}

#[test]
fn sloppy_dates_were_read_as_no_date_now_each_form_is_read() {
    let feed = parse("dates.xml");
    let dates = dates_by_guid(&feed);
    let expected = [
        ("no-comma", "2010-09-25T01:30:00+00:00"),
        ("no-weekday", "2015-11-07T17:00:00+00:00"),
        ("short", "2010-02-01T16:05:00+00:00"),
        ("military", "2017-03-03T10:00:00+00:00"),
        ("cet", "2008-06-03T10:05:30+00:00"),
        ("ut", "2002-10-02T15:00:00+00:00"),
        ("iso-minutes", "2019-04-01T08:15:00+00:00"),
        ("iso-local", "2019-04-02T08:15:00+00:00"),
        ("dc-date", "2019-04-03T06:15:00+00:00"),
        ("cdata", "2019-04-04T08:15:00+00:00"),
    ];
    assert_eq!(feed.entries.len(), 12);
    for (guid, date) in expected {
        assert_eq!(dates[guid].as_deref(), Some(date), "{guid}");
    }
    assert_eq!(dates["empty"], None);
    assert_eq!(dates["nonsense"], None);

    let atom_feed = parse("atom_dates.xml");
    let atom = dates_by_guid(&atom_feed);
    assert_eq!(atom["tag:atom-dates.example,2019:1"].as_deref(), Some("2019-04-30T09:00:00+00:00"), "published wins");
    assert_eq!(atom["tag:atom-dates.example,2019:2"].as_deref(), Some("2019-04-29T15:00:00+00:00"), "else updated");
}

#[test]
fn undeclared_latin1_failed_with_no_root_element_now_it_is_decoded() {
    let feed = parse("latin1_undeclared.rss");
    assert_eq!(feed.title.as_deref(), Some("Notícias do Brasil"));
    let titles: Vec<&str> = feed.entries.iter().map(|e| e.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Governo anuncia ações para educação e saúde em São Paulo", "Chuva forte atinge região serrana do Rio"]
    );
    assert_eq!(feed.entries[0].published.unwrap().to_rfc3339(), "2011-03-15T22:43:00+00:00");
}

#[test]
fn json_feeds_from_the_wild_were_refused_now_they_are_read() {
    let old = parse("jsonfeed_version_url.json");
    assert_eq!(old.entries.len(), 1);
    assert_eq!(old.entries[0].guid, "101", "a numeric id is an id");
    assert_eq!(old.entries[0].image.as_deref(), Some("https://old-json.example/101.jpg"));

    let none = parse("jsonfeed_no_version.json");
    assert_eq!(none.entries.iter().map(|e| e.title.as_str()).collect::<Vec<_>>(), ["First", "Second"]);

    let scalars = parse("jsonfeed_scalars.json");
    assert_eq!(scalars.entries.len(), 1);
    let e = &scalars.entries[0];
    assert_eq!(e.author.as_deref(), Some("Sam Reporter"));
    assert_eq!(e.enclosures.len(), 1);
    assert_eq!((e.enclosures[0].mime.as_str(), e.enclosures[0].length), ("audio/mpeg", Some(1234)));
}

#[test]
fn a_second_xml_declaration_is_read_past() {
    let feed = parse("second_declaration.xml");
    assert_eq!(feed.entries.len(), 1);
    assert_eq!(feed.entries[0].title, "After a second declaration");
}

#[test]
fn tracking_pixels_and_campaign_parameters_are_removed() {
    let feed = parse("podcast.xml");
    let hops = &feed.entries[0];
    assert_eq!(hops.content_html, "<p>All about hops.</p>", "both pixels removed");
    assert_eq!(hops.url.as_deref(), Some("https://podcast.example/2?ref=list"));
    let barley = &feed.entries[1];
    assert!(barley.content_html.contains(r#"href="https://shop.example/malt?id=7""#), "{}", barley.content_html);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn podcast_episodes_keep_their_audio_video_and_pictures() {
    let server = TestServer::start();
    server.set("/podcast.xml", Route::feed(fixture("podcast.xml")));
    let (_dir, mut store) = store();
    let feed = add(&mut store, &server.url("/podcast.xml"), None);
    sync(&mut store, &fetcher()).await;
    let episodes = store.articles(&ArticleFilter { feed: Some(feed), ..Default::default() }).unwrap();
    assert_eq!(episodes.len(), 3);
    let images: Vec<Option<&str>> = episodes.iter().map(|a| a.image.as_deref()).collect();
    assert_eq!(
        images,
        [
            Some("https://podcast.example/ep2.jpg"),    // itunes:image
            Some("https://podcast.example/barley.jpg"), // the body's first image
            Some("https://podcast.example/show.jpg"),   // the show's cover art
        ]
    );
    let detail = store.article_detail(episodes[0].id).unwrap();
    assert_eq!(detail.enclosures.len(), 1);
    let audio = &detail.enclosures[0];
    assert_eq!(
        (audio.url.as_str(), audio.mime.as_str(), audio.length),
        ("https://cdn.podcast.example/ep2.mp3", "audio/mpeg", Some(24_986_239))
    );
    let video = &store.article_detail(episodes[1].id).unwrap().enclosures[0];
    assert_eq!((video.url.as_str(), video.mime.as_str()), ("https://cdn.podcast.example/ep1.mp4", "video/mp4"));
    let trailer = &store.article_detail(episodes[2].id).unwrap().enclosures[0];
    assert_eq!(
        (trailer.mime.as_str(), trailer.length),
        ("audio/mp4", None),
        "type from the extension; length 0 is unknown"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn you_may_also_like_offered_noise_now_it_offers_nothing_unrelated() {
    let server = TestServer::start();
    let sport = [Item::new("live", "Live: Arsenal v Chelsea, Premier League match as it happened", 30)];
    let beer = [Item::new("pod", "Beer podcast: the perfect match for a pale ale", 40)];
    let econ = [
        Item::new("fed1", "Fed raises interest rates to fight inflation", 50),
        Item::new("fed2", "Inflation cools as Fed signals pause on interest rates", 60 * 24 * 5),
    ];
    for (path, items) in [("/sport.xml", &sport[..]), ("/beer.xml", &beer[..]), ("/econ.xml", &econ[..])] {
        server.set(path, Route::feed(rss(path, "https://x.example", items)));
    }
    let (_dir, mut store) = store();
    for path in ["/sport.xml", "/beer.xml", "/econ.xml"] {
        add(&mut store, &server.url(path), None);
    }
    sync(&mut store, &fetcher()).await;
    let all = store.articles(&ArticleFilter::default()).unwrap();
    assert_eq!(all.len(), 4);
    let id = |title: &str| all.iter().find(|a| a.title.starts_with(title)).unwrap().id;
    assert!(store.article_detail(id("Live: Arsenal")).unwrap().related.is_empty());
    let related = store.article_detail(id("Fed raises")).unwrap().related;
    assert_eq!(
        related.iter().map(|r| r.title.as_str()).collect::<Vec<_>>(),
        ["Inflation cools as Fed signals pause on interest rates"]
    );
}
