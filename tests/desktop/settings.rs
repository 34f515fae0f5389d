//! First run and settings: the empty state offers feeds; a page URL is
//! resolved to its feed; a feed moves between categories; the theme sticks.

use crate::harness::*;
use bulletin_testkit::{Route, TestServer};
use std::time::Duration;

const SECS: Duration = Duration::from_secs(15);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn first_run_then_add_a_feed_by_page_and_organise_it() {
    let server = TestServer::start();
    server.set("/atom.xml", Route::feed(fixture("atom.xml")));
    server.set(
        "/wire/",
        Route::bytes("text/html", r#"<!doctype html><html><head><link rel="alternate" type="application/atom+xml" href="/atom.xml"></head><body>Wire B</body></html>"#),
    );
    let Some(app) = App::launch(|_| {}).await else { return };

    // A new database: the first-run choices.
    app.wait_for("#list [data-action='add-starter']", SECS).await;
    app.wait_for("#list [data-action='import-opml']", SECS).await;
    app.screenshot("first-run").await;

    // Settings: add a feed by its web page, into Business.
    app.click("[data-action='settings']").await;
    app.keys("#settings-dialog .add-feed input[type='url']", &server.url("/wire/")).await;
    app.js("const s = document.querySelector('#settings-dialog .add-feed select'); s.value = 'Business'; s.dispatchEvent(new Event('change'))").await;
    app.click("#settings-dialog .add-feed button[type='submit']").await;
    app.wait_text("#settings-dialog .feeds-table .feed-title", SECS, |t| t == "Wire B").await;
    app.wait_text("[data-category='Business'] [data-unread]", SECS, |t| t == "2").await;
    let feeds = cli_json(&app.db, &["feeds", "list"]);
    assert_eq!(feeds[0]["url"], server.url("/atom.xml"));
    app.screenshot("settings").await;

    // Move it to Politics.
    app.js("const s = document.querySelector('#settings-dialog .feeds-table select'); s.value = 'Politics'; s.dispatchEvent(new Event('change'))").await;
    app.wait_text("[data-category='Politics'] [data-unread]", SECS, |t| t == "2").await;
    assert_eq!(cli_json(&app.db, &["feeds", "list"])[0]["category"], "Politics");

    // Theme: dark, persisted.
    app.js("const s = document.querySelector(\"[data-setting='theme']\"); s.value = 'dark'; s.dispatchEvent(new Event('change'))").await;
    app.wait_text("#toast", SECS, |_| true).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(app.js("return document.documentElement.dataset.theme").await, "dark");
    let store = bulletin_core::Store::open(&app.db).unwrap();
    assert_eq!(store.settings().unwrap().theme, "dark");
    app.close().await;
}
