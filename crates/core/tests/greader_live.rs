//! Conformance against a live Google Reader API server (any FreshRSS or
//! Miniflux) when `BULLETIN_TEST_GREADER_URL`, `_USER` and `_PASSWORD` are
//! set; otherwise (and in CI) against the testkit's server in both dialects.
//! It leaves the server as it found it: the one item it marks is marked back.

mod common;

use bulletin_core::accounts::{self, AccountStatus, Credentials, Http};
use bulletin_core::model::AccountKind;
use bulletin_core::store::ArticleFilter;
use bulletin_testkit::greader::{Dialect, GReaderServer};
use std::time::Duration;

async fn conformance(url: &str, user: &str, password: &str) {
    let (dir, mut store) = common::store();
    let creds = Credentials::in_file(dir.path().join("live.secrets"));
    let http = Http::new(Duration::from_secs(60)).unwrap();
    let (account, _) = accounts::add(&mut store, &creds, &http, AccountKind::GReader, url, user, password)
        .await
        .unwrap_or_else(|e| panic!("login at {url}: {e}"));
    let first = accounts::sync_all(&mut store, &creds, &http).await.unwrap();
    assert_eq!(first.accounts[0].status, AccountStatus::Ok, "{:?}", first.accounts[0].error);
    let feeds = store.feeds().unwrap();
    assert!(!feeds.is_empty(), "the server lists no subscriptions: subscribe to a feed there first");
    let articles = store.articles(&ArticleFilter::default()).unwrap();
    println!("{url}: {} feeds, {} articles, {} requests", feeds.len(), articles.len(), first.accounts[0].requests);

    // A quiet second sync is a handful of requests.
    let quiet = accounts::sync_all(&mut store, &creds, &http).await.unwrap();
    assert_eq!(quiet.accounts[0].status, AccountStatus::Ok);
    assert!(quiet.accounts[0].requests <= 5, "{} requests", quiet.accounts[0].requests);

    // One item's read state, there and back.
    let Some(article) = articles.first() else { return };
    let was_read = article.read;
    for read in [!was_read, was_read] {
        store.set_read(article.id, read).unwrap();
        let synced = accounts::sync_all(&mut store, &creds, &http).await.unwrap();
        assert_eq!(synced.accounts[0].sent, 1, "{:?}", synced.accounts[0]);
        assert_eq!(store.account(account.id).unwrap().pending, 0);
        assert_eq!(store.article(article.id).unwrap().read, read, "the server kept the change");
    }
}

#[tokio::test]
async fn a_google_reader_server_conforms() {
    let var = |k: &str| std::env::var(format!("BULLETIN_TEST_GREADER_{k}")).ok().filter(|v| !v.is_empty());
    if let (Some(url), Some(user), Some(password)) = (var("URL"), var("USER"), var("PASSWORD")) {
        return conformance(&url, &user, &password).await;
    }
    for dialect in [Dialect::FreshRss, Dialect::Miniflux] {
        let server = GReaderServer::start(dialect, "ann", "pw");
        let feed = server.add_feed("https://a.example/feed", "A", Some("News"));
        for i in 0..30 {
            server.add_item(&feed, &format!("Item {i}"), "<p>Text.</p>", Duration::from_secs(60 * i));
        }
        conformance(&server.endpoint(), "ann", "pw").await;
    }
}
