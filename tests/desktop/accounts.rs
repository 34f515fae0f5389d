//! Settings → Accounts in the real app: test a connection (refused, then
//! accepted), add a Google Reader API account, see its feeds grouped under it
//! in the sidebar beside the local ones, read one of its articles and find
//! the server has it within seconds, then remove the account.

use crate::a11y::{check, load_axe};
use crate::harness::*;
use crate::reading::subscribe;
use bulletin_testkit::greader::{Dialect, GReaderServer};
use bulletin_testkit::{Route, TestServer};
use std::time::Duration;

const SECS: Duration = Duration::from_secs(15);

async fn fill(app: &App, field: &str, value: &str) {
    let script = format!(
        "const f = document.querySelector(\"#settings-dialog .add-account [name='{field}']\"); f.value = {}; f.dispatchEvent(new Event('input'))",
        serde_json::Value::from(value)
    );
    app.js(&script).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_account_is_added_tested_shown_in_the_sidebar_and_sent_changes() {
    let server = GReaderServer::start(Dialect::FreshRss, "ann", "api password");
    let world = server.add_feed("https://world.example/feed", "Server World Desk", Some("World News"));
    let first = server.add_item(&world, "Summit opens in Geneva", "<p>Leaders met.</p>", Duration::from_secs(600));
    server.add_item(&world, "Markets close higher", "<p>Stocks rose.</p>", Duration::from_secs(1200));
    let local = TestServer::start();
    local.set("/atom.xml", Route::feed(fixture("atom.xml")));
    let feeds = vec![(local.url("/atom.xml"), "World News")];
    let env = [("BULLETIN_CREDENTIALS", "file")];
    let Some(app) = App::launch_with(|db| subscribe(db, &feeds), &env, Some("body[data-ready='true']")).await else {
        return;
    };

    app.click("[data-action='settings']").await;
    app.wait_for("#settings-dialog [data-section='accounts']", SECS).await;
    fill(&app, "url", &server.endpoint()).await;
    // Plain http: the form says so before anything is sent.
    app.wait_text("#settings-dialog .add-account .hint", SECS, |t| t.contains("unencrypted")).await;
    fill(&app, "user", "ann").await;
    fill(&app, "password", "wrong").await;
    app.click("#settings-dialog [data-action='test-account']").await;
    app.wait_text("#toast", SECS, |t| t.contains("refused the login")).await;
    assert!(cli_json(&app.db, &["account", "list"]).as_array().unwrap().is_empty());
    fill(&app, "password", "api password").await;
    app.click("#settings-dialog [data-action='test-account']").await;
    app.wait_text("#toast", SECS, |t| t.contains("Connection works")).await;
    app.click("#settings-dialog .add-account button[type='submit']").await;
    app.wait_text("#toast", SECS, |t| t.contains("Account added")).await;
    app.wait_for("#settings-dialog [data-account-id] [data-account-status='ok']", SECS).await;
    app.wait_text("#settings-dialog [data-account-id] .hint", SECS, |t| t.contains("1 feed, 2 unread")).await;
    app.screenshot("accounts-settings").await;
    // Accessible with an account listed, in both themes (the view a11y.rs cannot reach).
    let mut violations = Vec::new();
    load_axe(&app).await;
    check(&app, "settings with an account", &mut violations).await;
    app.js("document.getElementById('settings-dialog').close()").await;

    // The sidebar: World News holds a local feed and the server's, each under its account.
    app.wait_for("[data-category='World News'] .account-group[data-account='local']", SECS).await;
    let groups = app
        .js("return [...document.querySelectorAll(\"[data-category='World News'] .feeds > li\")].map(li => li.textContent.replace(/\\d+ unread$/, ''))")
        .await;
    assert_eq!(groups[0], "On this computer", "{groups}");
    assert!(groups.as_array().unwrap().iter().any(|g| g.as_str().unwrap().starts_with("ann at 127.0.0.1")), "{groups}");
    assert!(groups.as_array().unwrap().iter().any(|g| g == "Server World Desk"), "{groups}");
    app.screenshot("accounts-sidebar").await;
    check(&app, "sidebar with an account", &mut violations).await;
    assert!(violations.is_empty(), "{} accessibility violations:\n{}", violations.len(), violations.join("\n"));

    // Reading a server article reaches the server within seconds.
    let summit = cli_json(&app.db, &["articles"])
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["title"] == "Summit opens in Geneva")
        .unwrap()["id"]
        .clone();
    app.click("[data-category='World News'] .category-name").await;
    app.click(&format!("#list [data-article-id='{summit}']")).await;
    app.wait_text("#reader h1", SECS, |t| t == "Summit opens in Geneva").await;
    let deadline = std::time::Instant::now() + SECS;
    while !server.is_read(first) {
        assert!(std::time::Instant::now() < deadline, "the read never reached the server");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }

    // Removing the account takes its feeds away and leaves the local ones.
    app.click("[data-action='settings']").await;
    app.js("window.confirm = () => true").await;
    app.click("#settings-dialog [data-action='remove-account']").await;
    app.wait_text("#toast", SECS, |t| t.contains("Account removed")).await;
    let feeds = cli_json(&app.db, &["feeds", "list"]);
    assert_eq!(feeds.as_array().unwrap().len(), 1);
    assert_eq!(feeds[0]["account"], serde_json::Value::Null);
    app.close().await;
}
