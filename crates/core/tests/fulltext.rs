//! "Load full article": the page's main text replaces the teaser, sanitized,
//! and becomes searchable.

mod common;

use bulletin_core::fulltext::load_full_article;
use bulletin_core::store::ArticleFilter;
use bulletin_testkit::{Item, Route, TestServer, rss};
use common::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn full_text_replaces_the_teaser_sanitized_and_indexed() {
    let server = TestServer::start();
    let page = std::fs::read(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/article_page.html")).unwrap();
    server.set("/news/harbour", Route::bytes("text/html; charset=utf-8", page));
    // The feed's item links to the page (the testkit builds links as <site>/<guid>).
    server.set(
        "/f.xml",
        Route::feed(rss("RDF Times", &server.url("/news"), &[Item::new("harbour", "Harbour reopens after storm", 30)])),
    );
    let (dir, mut store) = store();
    add(&mut store, &server.url("/f.xml"), None);
    sync(&mut store, &fetcher()).await;
    let a = &store.articles(&ArticleFilter::default()).unwrap()[0];
    assert!(store.search("breakwater", 10).unwrap().is_empty(), "not in the teaser");

    let html = load_full_article(&dir.path().join("bulletin.db"), &fetcher(), a.id).await.unwrap();
    assert!(html.contains("divers had inspected the breakwater"), "{html}");
    assert!(html.contains("Fishermen, who lost a week"), "{html}");
    for bad in ["<script", "onerror", "javascript:", "Buy now", "Privacy"] {
        assert!(!html.contains(bad), "{bad} in {html}");
    }
    assert!(html.contains(&format!("href=\"{}\"", server.url("/storm-damage"))), "relative links resolved: {html}");
    assert_eq!(store.article_detail(a.id).unwrap().content_html, html);
    assert_eq!(store.search("breakwater", 10).unwrap().len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_missing_page_is_a_clear_error_and_keeps_the_teaser() {
    let server = TestServer::start();
    server.set("/f.xml", Route::feed(rss("F", &server.url("/gone"), &[Item::new("x", "Teaser only", 5)])));
    let (dir, mut store) = store();
    add(&mut store, &server.url("/f.xml"), None);
    sync(&mut store, &fetcher()).await;
    let a = &store.articles(&ArticleFilter::default()).unwrap()[0];
    let before = store.article_detail(a.id).unwrap().content_html;
    let err = load_full_article(&dir.path().join("bulletin.db"), &fetcher(), a.id).await.unwrap_err();
    assert_eq!(err.to_string(), "HTTP 404");
    assert_eq!(store.article_detail(a.id).unwrap().content_html, before);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_feed_set_to_full_text_gets_each_new_article_in_full_at_sync() {
    let server = TestServer::start();
    let page = std::fs::read(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/article_page.html")).unwrap();
    server.set("/news/harbour", Route::bytes("text/html; charset=utf-8", page));
    let feed = rss("RDF Times", &server.url("/news"), &[Item::new("harbour", "Harbour reopens after storm", 30)]);
    server.set("/f.xml", Route::feed(feed.clone()));
    server.set("/teaser.xml", Route::feed(feed.replace("RDF Times", "Teasers")));
    let (_dir, mut store) = store();
    let full = add(&mut store, &server.url("/f.xml"), None);
    add(&mut store, &server.url("/teaser.xml"), None);
    store.set_feed_full_text(full, true).unwrap();
    sync(&mut store, &fetcher()).await;
    let articles = store.articles(&ArticleFilter::default()).unwrap();
    assert_eq!(articles.len(), 2);
    let body = |feed| {
        let a = articles.iter().find(|a| a.feed_id == feed).unwrap();
        store.article_detail(a.id).unwrap().content_html
    };
    assert!(body(full).contains("divers had inspected the breakwater"), "{}", body(full));
    let other = articles.iter().find(|a| a.feed_id != full).unwrap().feed_id;
    assert!(!body(other).contains("breakwater"), "only the feed that asked");
    assert_eq!(store.search("breakwater", 10).unwrap().len(), 1);
    assert_eq!(server.hits("/news/harbour").len(), 1, "one page fetch, at sync");
}
