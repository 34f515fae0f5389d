//! Accessibility, checked in the real webview: axe-core (npm) runs inside the
//! app in every view — first run, front page, lists, reader, archive, search,
//! the Filtered view, settings, notifications, help (and accounts, in
//! accounts.rs) — in the light and the dark theme, and must find 0 violations (the list is printed when not).

use crate::harness::*;
use crate::reading::subscribe;
use bulletin_testkit::{Route, TestServer};
use std::time::Duration;

const SECS: Duration = Duration::from_secs(15);

/// Loads axe-core into the page once.
pub(crate) async fn load_axe(app: &App) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("node_modules/axe-core/axe.min.js");
    let source =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e} (npm ci installs it)", path.display()));
    app.js(&format!("{source}\n;return typeof axe")).await;
}

/// Runs axe on the document as shown; returns "rule: target (message)" lines.
pub(crate) async fn violations(app: &App) -> Vec<String> {
    // The article itself is a sandboxed frame without scripts: axe checks the app around it.
    let found = app
        .js("return axe.run(document, { iframes: false, resultTypes: ['violations'] }).then(r => r.violations.flatMap(v =>
               v.nodes.map(n => v.id + ': ' + n.target.join(' ') + ' (' + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 160) + ')')))")
        .await;
    serde_json::from_value(found).unwrap_or_default()
}

/// Runs axe in the light and the dark theme, adding what it finds to `all`.
pub(crate) async fn check(app: &App, view: &str, all: &mut Vec<String>) {
    for theme in ["light", "dark"] {
        app.js(&format!("document.documentElement.dataset.theme = '{theme}'")).await;
        tokio::time::sleep(Duration::from_millis(100)).await;
        for v in violations(app).await {
            all.push(format!("[{view}, {theme}] {v}"));
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn axe_finds_no_violations_in_any_view_in_either_theme() {
    let server = TestServer::start();
    for name in ["rss2.xml", "atom.xml", "jsonfeed.json", "podcast.xml"] {
        server.set(&format!("/{name}"), Route::feed(fixture(name)));
    }
    let mut all = Vec::new();

    // First run: an empty database.
    let Some(app) = App::launch(|_| {}).await else { return };
    app.wait_for("#list [data-action='add-starter']", SECS).await;
    load_axe(&app).await;
    check(&app, "first run", &mut all).await;
    app.close().await;

    let feeds = vec![
        (server.url("/rss2.xml"), "World News"),
        (server.url("/atom.xml"), "World News"),
        (server.url("/jsonfeed.json"), "Politics"),
        (server.url("/podcast.xml"), "Latest news"),
    ];
    let Some(app) = App::launch(|db| subscribe(db, &feeds)).await else { return };
    app.wait_text("[data-category='World News'] [data-unread]", SECS, |t| t == "4").await;
    load_axe(&app).await;
    app.wait_for("#list .front-section", SECS).await;
    check(&app, "front page", &mut all).await;

    app.click("[data-category='World News'] .category-name").await;
    app.wait_text("#list .list-header h2", SECS, |t| t == "World News").await;
    check(&app, "category list", &mut all).await;
    app.click("#list .row").await;
    app.wait_for("#reader h1", SECS).await;
    check(&app, "reader", &mut all).await;

    app.click("[data-category='Latest news'] .category-name").await;
    app.wait_for("#list .row", SECS).await;
    app.click("#list .row").await;
    app.wait_for("#reader audio[data-enclosure]", SECS).await;
    check(&app, "reader with a podcast", &mut all).await;

    app.click("[data-view='archive']").await;
    app.wait_for("#list .calendar, #list [data-day]", SECS).await;
    check(&app, "archive", &mut all).await;

    app.keys("#search", "senate\u{E007}").await;
    app.wait_text("#list .list-header h2", SECS, |t| t == "Search: senate").await;
    check(&app, "search", &mut all).await;

    app.click("[data-view='hidden']").await;
    app.wait_text("#list .list-header h2", SECS, |t| t == "Filtered").await;
    check(&app, "filtered", &mut all).await;

    app.click("[data-action='settings']").await;
    app.wait_for("#settings-dialog [data-section='accounts']", SECS).await;
    check(&app, "settings", &mut all).await;
    app.js("document.getElementById('settings-dialog').close()").await;

    app.click("[data-action='notifications']").await;
    app.wait_for("#notifications-dialog[open]", SECS).await;
    check(&app, "notifications", &mut all).await;
    app.js("document.getElementById('notifications-dialog').close()").await;

    app.click("[data-action='help']").await;
    app.wait_for("#help-dialog[open]", SECS).await;
    check(&app, "help", &mut all).await;
    app.close().await;

    assert!(all.is_empty(), "{} accessibility violations:\n{}", all.len(), all.join("\n"));
}

/// The element that has the keyboard focus, described.
async fn focused(app: &App) -> String {
    app.js("const e = document.activeElement; return e ? (e.id || e.dataset.articleId || e.dataset.view || e.getAttribute('aria-label') || e.tagName) : ''")
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reading_saving_searching_and_settings_work_from_the_keyboard_alone() {
    let server = TestServer::start();
    for name in ["rss2.xml", "atom.xml"] {
        server.set(&format!("/{name}"), Route::feed(fixture(name)));
    }
    let feeds = vec![(server.url("/rss2.xml"), "World News"), (server.url("/atom.xml"), "World News")];
    let Some(app) = App::launch(|db| subscribe(db, &feeds)).await else { return };
    app.wait_text("[data-category='World News'] [data-unread]", SECS, |t| t == "4").await;

    // Enter on a focused sidebar button does what the button says (not a shortcut).
    app.js("document.querySelector(\"[data-category='World News'] .category-name\").focus()").await;
    app.keys("[data-category='World News'] .category-name", "\u{E007}").await;
    app.wait_text("#list .list-header h2", SECS, |t| t == "World News").await;
    // Counts are words for a screen reader.
    let label =
        app.js("return document.querySelector(\"[data-category='World News'] .category-name\").textContent").await;
    assert_eq!(label, "World News4 unread", "the count is read as \"4 unread\"");

    // Tab reaches the list (one row in the tab order), arrows move, Enter opens.
    app.js("document.querySelector('#list .row[tabindex=\"0\"]').focus()").await;
    let first = focused(&app).await;
    app.keys("#list .row[tabindex='0']", "\u{E015}").await; // ArrowDown
    app.wait_for("#reader h1", SECS).await;
    let second = focused(&app).await;
    assert_ne!(first, second, "focus follows the selection");
    let row_text = app.js("return document.activeElement.textContent").await;
    let row_text = row_text.as_str().unwrap_or_default();
    assert!(row_text.contains("World Desk") || row_text.contains("Wire B"), "{row_text}");
    // An unread row says so in words (the dot is for eyes).
    let unread = app.js("return document.querySelector('#list .row:not(.read)').textContent").await;
    assert!(unread.as_str().unwrap_or_default().starts_with("Unread: "), "{unread}");
    app.keys("#list .row[tabindex='0']", "\u{E013}").await; // ArrowUp
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(focused(&app).await, first);
    app.keys("#list .row[tabindex='0']", "\u{E007}").await; // Enter
    app.wait_for("#reader h1", SECS).await;

    // s saves, m marks unread.
    app.keys("#list .row[tabindex='0']", "s").await;
    app.wait_text("#reader [data-action='save']", SECS, |t| t.contains("Saved")).await;
    assert_eq!(cli_json(&app.db, &["articles", "--saved"]).as_array().unwrap().len(), 1);
    app.keys("#list .row[tabindex='0']", "m").await;
    app.wait_text("#reader [data-action='toggle-read']", SECS, |t| t == "Mark read").await;

    // / searches; letters typed there are text, not shortcuts; Escape leaves the box.
    app.keys("#list .row[tabindex='0']", "/").await;
    assert_eq!(focused(&app).await, "search");
    app.keys("#search", "jsenate").await;
    assert_eq!(app.js("return document.getElementById('search').value").await, "jsenate");
    app.js("document.getElementById('search').value = ''").await;
    app.keys("#search", "stopgap\u{E007}").await;
    app.wait_text("#list .list-header h2", SECS, |t| t == "Search: stopgap").await;
    app.keys("#search", "\u{E00C}").await; // Escape
    assert_ne!(focused(&app).await, "search");

    // ? opens help as a modal dialog; Escape closes it and gives focus back.
    app.js("document.querySelector(\"[data-view='saved']\").focus()").await;
    app.keys("[data-view='saved']", "?").await;
    app.wait_for("#help-dialog[open]", SECS).await;
    assert!(
        app.js("return document.getElementById('help-dialog').contains(document.activeElement)")
            .await
            .as_bool()
            .unwrap()
    );
    app.keys("#help-dialog button", "\u{E00C}").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(app.js("return document.getElementById('help-dialog').open").await, false);
    assert_eq!(focused(&app).await, "saved", "focus returns to where it was");

    // Settings from the keyboard: Enter on the button, a checkbox toggled with Space.
    app.js("document.querySelector(\"[data-action='settings']\").focus()").await;
    app.keys("[data-action='settings']", "\u{E007}").await;
    app.wait_for("#settings-dialog[open]", SECS).await;
    app.js("document.querySelector(\"#settings-dialog [data-setting='mark_read_on_scroll']\").focus()").await;
    app.keys("#settings-dialog [data-setting='mark_read_on_scroll']", "\u{E00D}").await; // Space
    app.wait_text("#toast", SECS, |t| t.contains("Saved")).await;
    assert_eq!(cli_json(&app.db, &["settings"])["mark_read_on_scroll"], true);
    app.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_arabic_article_reads_right_to_left_beside_english_ones() {
    let server = TestServer::start();
    let feed = bulletin_testkit::rss(
        "Mixed",
        "https://mixed.example",
        &[
            bulletin_testkit::Item {
                description: "قال الأمين العام إن المحادثات ستستمر في جنيف.".into(),
                ..bulletin_testkit::Item::new("ar", "الأمم المتحدة تدعو إلى وقف إطلاق النار", 5)
            },
            bulletin_testkit::Item::new("en", "Storms batter the northern coast", 10),
        ],
    );
    server.set("/mixed.xml", Route::feed(feed));
    let feeds = vec![(server.url("/mixed.xml"), "World News")];
    let Some(app) = App::launch(|db| subscribe(db, &feeds)).await else { return };
    app.wait_text("[data-category='World News'] [data-unread]", SECS, |t| t == "2").await;
    app.click("[data-category='World News'] .category-name").await;
    app.wait_for("#list .row", SECS).await;
    let dirs = app
        .js("return [...document.querySelectorAll('#list .row .title')].map(t => [t.textContent.slice(0, 5), getComputedStyle(t).direction])")
        .await;
    let dirs = dirs.as_array().unwrap();
    assert!(dirs.iter().any(|d| d[1] == "rtl" && d[0].as_str().unwrap().starts_with("الأمم")), "{dirs:?}");
    assert!(dirs.iter().any(|d| d[1] == "ltr" && d[0] == "Storm"), "{dirs:?}");
    app.click("#list .row").await;
    app.wait_for("#reader h1", SECS).await;
    assert_eq!(app.js("return getComputedStyle(document.querySelector('#reader h1')).direction").await, "rtl");
    // And says which language it is (detected: the feed declares none).
    assert_eq!(app.js("return document.querySelector('#reader h1').getAttribute('lang')").await, "ar");
    app.screenshot("arabic-article").await;
    app.close().await;
}
