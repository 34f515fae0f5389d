//! Server accounts over the Google Reader API, against the testkit's GReader
//! server in both dialects: first sync, two-way changes through the outbox,
//! faults, and everything local feeds get (sanitizing, search, stories,
//! breaking-news notifications).

mod common;

use bulletin_core::accounts::{self, AccountStatus, Credentials, Http};
use bulletin_core::model::AccountKind;
use bulletin_core::store::{ArticleFilter, ReadScope};
use bulletin_core::{AccountId, Store};
use bulletin_testkit::greader::{Dialect, Fault, GReaderServer};
use std::time::Duration;

const DAY: Duration = Duration::from_secs(86_400);

struct Setup {
    _dir: tempfile::TempDir,
    store: Store,
    creds: Credentials,
    http: Http,
    server: GReaderServer,
    account: AccountId,
}

async fn setup(dialect: Dialect, prepare: impl FnOnce(&GReaderServer)) -> Setup {
    let (dir, mut store) = common::store();
    let server = GReaderServer::start(dialect, "ann", "secret pw");
    prepare(&server);
    let creds = Credentials::in_file(dir.path().join("test.db.secrets"));
    let http = Http::new(Duration::from_secs(5)).unwrap();
    let (account, _) =
        accounts::add(&mut store, &creds, &http, AccountKind::GReader, &server.endpoint(), "ann", "secret pw")
            .await
            .unwrap();
    Setup { _dir: dir, store, creds, http, server, account: account.id }
}

impl Setup {
    async fn sync(&mut self) -> accounts::AccountsSynced {
        accounts::sync_all(&mut self.store, &self.creds, &self.http).await.unwrap()
    }

    fn articles(&self) -> Vec<bulletin_core::model::Article> {
        self.store.articles(&ArticleFilter::default()).unwrap()
    }

    fn article(&self, title: &str) -> bulletin_core::model::Article {
        self.articles().into_iter().find(|a| a.title == title).unwrap_or_else(|| panic!("no article {title:?}"))
    }
}

fn news_server(s: &GReaderServer) -> (String, String) {
    let world = s.add_feed("https://world.example/feed", "World Desk", Some("World News"));
    let tech = s.add_feed("https://tech.example/feed", "Tech Wire", Some("Tech"));
    s.add_item(&world, "Summit opens in Geneva", "<p>Leaders met.</p><script>alert(1)</script>", 3600 * ONE_SEC);
    let read = s.add_item(&world, "Markets close higher", "<p>Stocks rose.</p>", 7200 * ONE_SEC);
    s.set_read(read, true);
    let starred =
        s.add_item(&tech, "Chip maker unveils &lt;fast&gt; processor", "<p onclick=\"x()\">New chip.</p>", DAY);
    s.set_starred(starred, true);
    // Older than the first sync's window: unread comes, read does not.
    s.add_item(&tech, "Old unread review", "<p>Still unread.</p>", 60 * DAY);
    let old_read = s.add_item(&tech, "Old read story", "<p>Long read.</p>", 60 * DAY);
    s.set_read(old_read, true);
    (world, tech)
}

const ONE_SEC: Duration = Duration::from_secs(1);

#[tokio::test]
async fn a_first_sync_mirrors_feeds_labels_items_and_state_sanitized() {
    for dialect in [Dialect::FreshRss, Dialect::Miniflux] {
        let mut t = setup(dialect, |s| {
            news_server(s);
        })
        .await;
        let synced = t.sync().await;
        assert_eq!(synced.accounts.len(), 1);
        let report = &synced.accounts[0];
        assert_eq!(report.status, AccountStatus::Ok, "{dialect:?}: {:?}", report.error);
        assert_eq!(report.new, 4, "{dialect:?}: the window's items, the starred one and old unread");

        let feeds = t.store.feeds().unwrap();
        assert_eq!(feeds.len(), 2);
        assert!(feeds.iter().all(|f| f.account == Some(t.account)));
        let world = feeds.iter().find(|f| f.title == "World Desk").unwrap();
        assert_eq!(world.category.as_deref(), Some("World News"), "{dialect:?}: labels become categories");

        let articles = t.articles();
        assert_eq!(articles.len(), 4);
        assert!(articles.iter().all(|a| a.account == Some(t.account)));
        assert!(!t.article("Summit opens in Geneva").read);
        assert!(t.article("Markets close higher").read);
        assert!(t.article("Chip maker unveils <fast> processor").saved, "titles are text, starred is saved");
        assert!(!t.article("Old unread review").read);
        for a in &articles {
            let html = t.store.article_detail(a.id).unwrap().content_html;
            assert!(!html.contains("<script") && !html.contains("onclick"), "{html}");
        }
        assert_eq!(t.store.search("Geneva", 10).unwrap().len(), 1, "server articles are searchable");
        let account = t.store.account(t.account).unwrap();
        assert_eq!((account.feeds, account.unread, account.pending), (2, 3, 0));
    }
}

#[tokio::test]
async fn changes_go_both_ways_and_a_quiet_sync_is_a_handful_of_requests() {
    for dialect in [Dialect::FreshRss, Dialect::Miniflux] {
        let mut t = setup(dialect, |s| {
            news_server(s);
        })
        .await;
        t.sync().await;
        // Local → server: read, save, mark-all-read of a feed.
        let summit = t.article("Summit opens in Geneva");
        t.store.set_read(summit.id, true).unwrap();
        t.store.set_saved(summit.id, true).unwrap();
        assert_eq!(t.store.account(t.account).unwrap().pending, 2);
        let synced = t.sync().await;
        assert_eq!(synced.accounts[0].sent, 2, "{dialect:?}: {:?}", synced.accounts[0]);
        let summit_id = first_id(dialect);
        assert!(t.server.is_read(summit_id) && t.server.is_starred(summit_id), "{dialect:?}");
        assert_eq!(t.store.account(t.account).unwrap().pending, 0);

        // Server → local: another device marks it unread and unstars it; a new item arrives.
        t.server.set_read(summit_id, false);
        t.server.set_starred(summit_id, false);
        let world = t.server.feeds()[0].id.clone();
        t.server.add_item(&world, "Ceasefire agreed", "<p>Both sides agreed.</p>", ONE_SEC * 60);
        let synced = t.sync().await;
        assert_eq!(synced.accounts[0].new, 1);
        let summit = t.article("Summit opens in Geneva");
        assert!(!summit.read && !summit.saved, "{dialect:?}: the server's state wins where nothing changed here");

        // Mark everything read here: every unread server article is queued.
        let marked = t.store.mark_read(&ReadScope::All).unwrap();
        assert_eq!(marked, 4);
        t.sync().await;
        assert!(t.server.is_read(summit_id));
        assert_eq!(t.store.account(t.account).unwrap().unread, 0);

        // Nothing new: login, subscriptions, new ids, unread ids, starred ids.
        t.server.clear_requests();
        let synced = t.sync().await;
        assert_eq!(synced.accounts[0].new, 0);
        let requests = t.server.requests();
        assert!(requests.len() <= 5, "{dialect:?}: {requests:?}");
        assert_eq!(synced.accounts[0].requests, requests.len());
    }
}

/// The id the testkit server gives its first item.
fn first_id(dialect: Dialect) -> u64 {
    match dialect {
        Dialect::FreshRss => 1_795_621_455_265_061,
        Dialect::Miniflux => 1,
    }
}

#[tokio::test]
async fn subscriptions_renames_moves_and_categories_reach_the_server() {
    let mut t = setup(Dialect::FreshRss, |s| {
        news_server(s);
    })
    .await;
    t.sync().await;
    let tech = t.store.feeds().unwrap().into_iter().find(|f| f.title == "Tech Wire").unwrap();
    t.store.rename_feed(tech.id, "Technology").unwrap();
    t.store.move_feed(tech.id, Some("Science")).unwrap();
    t.store.subscribe_remote(t.account, "https://new.example/feed", Some("World News")).unwrap();
    t.store.rename_category("World News", "World").unwrap();
    let synced = t.sync().await;
    assert_eq!(synced.accounts[0].status, AccountStatus::Ok, "{:?}", synced.accounts[0].error);
    let on_server = t.server.feeds();
    assert_eq!(on_server.len(), 3, "{on_server:?}");
    let tech_there = on_server.iter().find(|f| f.url == "https://tech.example/feed").unwrap();
    assert_eq!((tech_there.title.as_str(), tech_there.label.as_deref()), ("Technology", Some("Science")));
    let new_there = on_server.iter().find(|f| f.url == "https://new.example/feed").unwrap();
    assert_eq!(new_there.label.as_deref(), Some("World"), "subscribed into the label, then renamed");
    // Here: the subscription became a server feed, nothing doubled.
    let feeds = t.store.feeds().unwrap();
    assert_eq!(feeds.len(), 3, "{feeds:?}");

    // Unsubscribing here removes it there; unsubscribing there removes it here.
    let new_here = feeds.iter().find(|f| f.url == "https://new.example/feed").unwrap();
    t.store.remove_feed(new_here.id).unwrap();
    let world = t.server.feeds().into_iter().find(|f| f.url == "https://world.example/feed").unwrap();
    t.server.remove_feed(&world.id);
    t.sync().await;
    assert_eq!(t.server.feeds().len(), 1);
    assert_eq!(t.store.feeds().unwrap().len(), 1);
}

#[tokio::test]
async fn a_failing_server_keeps_every_change_until_it_is_back() {
    let mut t = setup(Dialect::Miniflux, |s| {
        news_server(s);
    })
    .await;
    t.sync().await;
    let summit = t.article("Summit opens in Geneva");
    t.store.set_read(summit.id, true).unwrap();
    for fault in [Fault::ServerError, Fault::TruncatedJson, Fault::Slow(Duration::from_secs(8))] {
        t.server.set_fault(Some(fault.clone()));
        let synced = t.sync().await;
        let report = &synced.accounts[0];
        assert_eq!(report.status, AccountStatus::Error, "{fault:?}");
        assert!(report.error.is_some(), "{fault:?}");
        assert!(t.article("Summit opens in Geneva").read, "{fault:?}: the local change stays");
        // Queued still, or sent (a server whose JSON breaks still takes writes).
        let account = t.store.account(t.account).unwrap();
        assert_eq!(account.rejected, 0, "{fault:?}");
        assert!(account.pending == 1 || t.server.is_read(first_id(Dialect::Miniflux)), "{fault:?}");
        assert_eq!(t.store.integrity_check().unwrap(), "ok");
    }
    // 429 with Retry-After: until then, not one request.
    t.server.set_fault(Some(Fault::TooManyRequests(2)));
    let synced = t.sync().await;
    assert_eq!(synced.accounts[0].status, AccountStatus::Error);
    t.server.set_fault(None);
    t.server.clear_requests();
    let synced = t.sync().await;
    assert!(synced.accounts[0].error.as_deref().unwrap_or("").contains("asked to wait"), "{:?}", synced.accounts[0]);
    assert!(t.server.requests().is_empty(), "{:?}", t.server.requests());
    tokio::time::sleep(Duration::from_millis(2100)).await;

    t.server.set_fault(Some(Fault::Unauthorized));
    let synced = t.sync().await;
    assert_eq!(synced.accounts[0].status, AccountStatus::Auth);
    let account = t.store.account(t.account).unwrap();
    assert_eq!(account.status, AccountStatus::Auth);
    // Shown in the reader's language; the JSON's `last_error` stays English.
    assert!(account.last_error.as_deref().unwrap_or("").contains("refused the login"), "{account:?}");
    let german = account.in_language("de").last_error.unwrap_or_default();
    assert!(german.contains("hat die Anmeldung abgelehnt"), "{german}");

    t.server.set_fault(None);
    let synced = t.sync().await;
    assert_eq!(synced.accounts[0].status, AccountStatus::Ok, "{:?}", synced.accounts[0].error);
    assert!(t.server.is_read(first_id(Dialect::Miniflux)), "sent once the server was back");
    assert_eq!(t.store.account(t.account).unwrap().pending, 0);
}

#[tokio::test]
async fn a_write_the_server_loses_is_sent_again_and_never_undone_here() {
    let mut t = setup(Dialect::FreshRss, |s| {
        news_server(s);
    })
    .await;
    t.sync().await;
    let summit = t.article("Summit opens in Geneva");
    t.store.set_saved(summit.id, true).unwrap();
    t.server.set_fault(Some(Fault::LoseWrites));
    t.sync().await;
    assert!(!t.server.is_starred(first_id(Dialect::FreshRss)), "the server lost it");
    assert!(t.article("Summit opens in Geneva").saved, "and it is not undone here");
    assert_eq!(t.store.account(t.account).unwrap().pending, 1, "queued again");
    t.server.set_fault(None);
    t.sync().await;
    assert!(t.server.is_starred(first_id(Dialect::FreshRss)));
    assert_eq!(t.store.account(t.account).unwrap().pending, 0);
}

#[tokio::test]
async fn a_refused_change_is_reported_and_not_resent() {
    let mut t = setup(Dialect::FreshRss, |_| {}).await;
    t.sync().await;
    t.store.subscribe_remote(t.account, "not a url", None).unwrap();
    let synced = t.sync().await;
    assert_eq!(synced.accounts[0].status, AccountStatus::Ok);
    let account = t.store.account(t.account).unwrap();
    assert_eq!((account.pending, account.rejected), (0, 1));
    let rejections = t.store.outbox_rejections(t.account).unwrap();
    assert!(rejections[0].1.contains("invalid feed URL"), "{rejections:?}");
    assert_eq!(account.refused.len(), 1);
    assert_eq!((account.refused[0].change.as_str(), account.refused[0].target.as_str()), ("subscribe", "not a url"));
    assert!(account.refused[0].reason.contains("invalid feed URL"));
    assert!(t.store.feeds().unwrap().is_empty(), "the refused subscription is gone here too");
    // The sentence around the server's words is the reader's language.
    let german = account.in_language("de").refused[0].reason.clone();
    assert!(german.starts_with("HTTP 400 vom Server") || german.contains("Protokoll"), "{german}");
    assert!(german.contains("invalid feed URL"), "the server's own words are kept: {german}");
}

#[test]
fn a_change_given_up_on_says_why_in_the_readers_language() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path().join("b.db")).unwrap();
    let account = store.add_account(AccountKind::Fever, "https://fever.example/", "me").unwrap();
    store.subscribe_remote(account, "https://news.example/feed", None).unwrap();
    let ids: Vec<i64> = store.outbox(account).unwrap().iter().map(|q| q.id).collect();
    assert_eq!(ids.len(), 1);
    for _ in 0..5 {
        store.outbox_failed(&ids, "connection refused", None, 5).unwrap();
    }
    let refused = store.account(account).unwrap().refused;
    assert_eq!(refused.len(), 1);
    assert_eq!(refused[0].reason, "gave up after 5 tries: connection refused");
    let german = store.account(account).unwrap().in_language("de").refused[0].reason.clone();
    assert_eq!(german, "nach 5 Versuchen aufgegeben: connection refused");

    // A refusal that is a catalog message, nested in "gave up": worded whole.
    store.subscribe_remote(account, "https://other.example/feed", None).unwrap();
    let ids: Vec<i64> = store.outbox(account).unwrap().iter().map(|q| q.id).collect();
    let why = bulletin_core::refusal!("err-fever-structure");
    for _ in 0..5 {
        store.outbox_failed(&ids, &why.to_string(), Some(&why), 5).unwrap();
    }
    let spanish = store.account(account).unwrap().in_language("es").refused[0].reason.clone();
    assert_eq!(
        spanish,
        "abandonado tras 5 intentos: Fever no puede cambiar feeds ni categorías: cámbielos en el servidor"
    );
}

#[tokio::test]
async fn a_story_breaking_across_three_server_feeds_notifies_once() {
    let mut t = setup(Dialect::FreshRss, |s| {
        for (url, title) in [
            ("https://a.example/f", "World Desk"),
            ("https://b.example/f", "Wire B"),
            ("https://c.example/f", "Courier"),
        ] {
            s.add_feed(url, title, Some("World News"));
        }
    })
    .await;
    assert!(t.sync().await.notifications.shown.is_empty());
    let feeds: Vec<String> = t.server.feeds().into_iter().map(|f| f.id).collect();
    let burst = [
        (
            "Ukraine, Russia say drone strikes continue after Trump-Putin call",
            "<p>Both sides reported overnight drone attacks and air-raid alerts.</p>",
        ),
        (
            "Russia launches 108 drones at Ukraine hours after Putin phone call",
            "<p>Ukraine's air force said 108 drones were launched after the Trump-Putin call.</p>",
        ),
        (
            "Russian drones pound Ukraine after Trump-Putin phone call",
            "<p>Drone attacks on Ukraine continued after the call between Trump and Putin.</p>",
        ),
    ];
    for (feed, (title, html)) in feeds.iter().zip(burst) {
        t.server.add_item(feed, title, html, ONE_SEC * 600);
    }
    let synced = t.sync().await;
    assert_eq!(synced.new_articles.len(), 3);
    assert_eq!(synced.notifications.shown.len(), 1, "{:?}", synced.notifications);
    let story = t.article(burst[0].0).story_id;
    assert!(t.articles().iter().all(|a| a.story_id == story), "one story");
    assert!(t.sync().await.notifications.shown.is_empty(), "once");
}

#[tokio::test]
async fn removing_an_account_keeps_its_saved_articles_as_local_copies() {
    let mut t = setup(Dialect::FreshRss, |s| {
        news_server(s);
    })
    .await;
    t.sync().await;
    assert_eq!(t.articles().len(), 4);
    accounts::remove(&mut t.store, &t.creds, t.account).unwrap();
    let left = t.articles();
    assert_eq!(left.len(), 1);
    assert!(left[0].saved && left[0].account.is_none());
    assert!(t.store.accounts().unwrap().is_empty());
    // The saved copy's feed is never fetched.
    assert!(t.store.sync_targets().unwrap().is_empty());
}

#[tokio::test]
async fn retention_takes_old_read_server_articles_keeps_saved_ones_and_nothing_returns() {
    let mut t = setup(Dialect::FreshRss, |s| {
        news_server(s);
    })
    .await;
    t.sync().await;
    let before = t.articles();
    let read_unsaved = before.iter().filter(|a| a.read && !a.saved).count();
    assert_eq!((before.len(), read_unsaved), (4, 1));
    let saved = t.article("Chip maker unveils <fast> processor");
    t.store.set_read(saved.id, true).unwrap();
    t.sync().await;
    // A cutoff after every article was first seen: what may go, goes.
    let later = chrono::Utc::now().timestamp() + 10;
    let purged = t.store.purge(bulletin_core::policy::retention::Retention::from_setting(1), later + 86_400).unwrap();
    assert_eq!(purged, 1, "read, unsaved, old: the one that may go");
    assert!(t.article("Chip maker unveils <fast> processor").saved, "saved articles never go");
    let synced = t.sync().await;
    assert_eq!(synced.accounts[0].new, 0, "a removed article does not come back as new");
    assert_eq!(t.articles().len(), 3);
}
