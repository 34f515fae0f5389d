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

/// The document that made `feeds add` exit 101 (a second XML declaration, as
/// concatenated feeds have) is added from Settings with its item; a page
/// without feeds is refused in the UI's language (the engine's errors are
/// worded at the IPC edge).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_concatenated_feed_is_added_and_a_refusal_speaks_the_ui_language() {
    let server = TestServer::start();
    server.set("/twice.xml", Route::feed(fixture("second_declaration.xml")));
    server.set(
        "/nofeed/",
        Route::bytes(
            "text/html",
            "<!doctype html><html><head><title>Plain</title></head><body>No feeds here</body></html>",
        ),
    );
    let Some(app) = App::launch_with(|_| {}, &[("LANG", "de_DE.UTF-8")], Some("body[data-ready='true']")).await else {
        return;
    };
    app.click("[data-action='settings']").await;
    let input = "#settings-dialog .add-feed input[type='url']";
    app.keys(input, &server.url("/twice.xml")).await;
    app.click("#settings-dialog .add-feed button[type='submit']").await;
    app.wait_text("#settings-dialog .feeds-table .feed-title", SECS, |t| t == "Concatenated").await;
    let articles = cli_json(&app.db, &["articles"]);
    assert_eq!(articles.as_array().map(Vec::len), Some(1), "{articles}");
    assert_eq!(articles[0]["title"], "After a second declaration");

    app.js(&format!("document.querySelector(\"{input}\").value = ''; return true")).await;
    app.keys(input, &server.url("/nofeed/")).await;
    app.click("#settings-dialog .add-feed button[type='submit']").await;
    app.wait_text("#toast", SECS, |t| t.contains("wurde kein Feed gefunden")).await;
    assert_eq!(cli_json(&app.db, &["feeds", "list"]).as_array().map(Vec::len), Some(1));
    app.close().await;
}
