//! Filters and smart views in the real app, and a layout that holds: a filter
//! added in Settings hides what it matches (counts drop, "Filtered" lists
//! them), a search saved as a view shows in the sidebar with its count, and at
//! 1280×800 and 800×600 nothing is wider than the window, a long feed name
//! never squeezes the list's actions, and the narrow window hides the sidebar
//! behind ☰.

use crate::harness::*;
use crate::reading::subscribe;
use bulletin_testkit::{Item, Route, TestServer, rss};
use std::time::Duration;

const SECS: Duration = Duration::from_secs(15);
const LONG: &str = "The Extraordinarily Long Name of a Regional Morning Newspaper and Its Evening Edition";

fn item(guid: &str, title: &str, minutes_ago: i64) -> Item {
    Item::new(guid, title, minutes_ago)
}

async fn no_horizontal_overflow(app: &App, what: &str) {
    let sizes =
        app.js("return [document.documentElement.scrollWidth, window.innerWidth, document.body.scrollWidth]").await;
    let (doc, inner, body) = (sizes[0].as_i64().unwrap(), sizes[1].as_i64().unwrap(), sizes[2].as_i64().unwrap());
    assert!(doc <= inner && body <= inner, "{what}: the page is {doc}/{body} px wide in a {inner} px window");
    // And no element sticks out of the window on the right.
    let out = app
        .js("return [...document.querySelectorAll('body *')].filter(e => { const r = e.getBoundingClientRect();
             return r.width > 0 && r.right > window.innerWidth + 1 && getComputedStyle(e).position !== 'fixed'
               && !e.closest('dialog:not([open])') && !e.closest('#sidebar'); }).map(e => e.tagName + '.' + e.className).slice(0, 5)")
        .await;
    assert_eq!(out, serde_json::json!([]), "{what}: elements past the right edge");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_filter_and_a_smart_view_change_the_counts_and_the_layout_holds_at_two_sizes() {
    let server = TestServer::start();
    server.set(
        "/world.xml",
        Route::feed(rss(
            "World Desk",
            "https://world.example",
            &[
                item("w1", "Election results are in", 10),
                item("w2", "Storm hits the coast", 20),
                item("w3", "Summit opens in Geneva", 30),
            ],
        )),
    );
    server.set(
        "/long.xml",
        Route::feed(rss(
            LONG,
            "https://long.example",
            &[item("b1", "Markets and the election", 15), item("b2", "Oil prices fall", 25)],
        )),
    );
    let feeds = vec![(server.url("/world.xml"), "World News"), (server.url("/long.xml"), "Business")];
    let Some(app) = App::launch(|db| subscribe(db, &feeds)).await else { return };
    app.wait_text("[data-category='World News'] [data-unread]", SECS, |t| t == "3").await;
    app.wait_text("[data-category='Business'] [data-unread]", SECS, |t| t == "2").await;

    // A filter from Settings: hide "election" everywhere.
    app.click("[data-action='settings']").await;
    app.wait_for("#settings-dialog [data-section='filters']", SECS).await;
    app.js("const f = document.querySelector(\"#settings-dialog .add-filter [name='match']\"); f.value = 'election'")
        .await;
    app.click("#settings-dialog .add-filter button[type='submit']").await;
    app.wait_text("#toast", SECS, |t| t.contains("2 stored articles changed")).await;
    app.wait_for("#settings-dialog [data-filter-id]", SECS).await;
    app.js("document.getElementById('settings-dialog').close()").await;
    app.wait_text("[data-category='World News'] [data-unread]", SECS, |t| t == "2").await;
    app.wait_text("[data-category='Business'] [data-unread]", SECS, |t| t == "1").await;
    app.wait_text("[data-view='hidden'] [data-hidden-count]", SECS, |t| t == "2").await;
    app.click("[data-view='hidden']").await;
    app.wait_text("#list .list-header h2", SECS, |t| t == "Filtered").await;
    assert_eq!(app.js("return document.querySelectorAll('#list .row').length").await, 2);
    assert_eq!(cli_json(&app.db, &["filters", "list"])[0]["match"], "election");

    // A search saved as a view: in the sidebar with its count.
    app.js("window.prompt = () => 'Storms'").await;
    app.keys("#search", "storm\u{E007}").await;
    app.wait_text("#list .list-header h2", SECS, |t| t == "Search: storm").await;
    app.click("#list [data-action='save-view']").await;
    app.wait_for("#smart-views [data-view-name='Storms']", SECS).await;
    let views = cli_json(&app.db, &["views", "list"]);
    assert_eq!((views[0]["name"].as_str(), views[0]["count"].as_i64()), (Some("Storms"), Some(1)));
    // Its count is its unread articles, kept current: marked unread, it shows 1.
    let storm = cli_json(&app.db, &["articles", "--view", "Storms"])[0]["id"].to_string();
    cli_json(&app.db, &["unread", &storm]);
    app.click("[data-action='sync']").await;
    app.wait_text("#smart-views [data-view-name='Storms'] [data-view-count]", SECS, |t| t == "1").await;
    app.click("#smart-views [data-view-name='Storms']").await;
    app.wait_text("#list .list-header h2", SECS, |t| t == "Storms").await;
    app.wait_text("#list .row .title", SECS, |t| t == "Storm hits the coast").await;

    // 1280×800: a long feed name is cut, the actions stay whole buttons.
    let long =
        cli_json(&app.db, &["feeds", "list"]).as_array().unwrap().iter().find(|f| f["title"] == LONG).unwrap()["id"]
            .clone();
    app.click(&format!("#categories [data-feed-id='{long}']")).await;
    app.wait_text("#list .list-header h2", SECS, |t| t == LONG).await;
    let lines = app
        .js("return [...document.querySelectorAll('#list .list-actions button')].map(b => b.getClientRects().length)")
        .await;
    assert_eq!(lines, serde_json::json!([1, 1]), "each action on one line");
    let h2 = app
        .js("const h = document.querySelector('#list .list-header h2'); return [h.clientWidth, h.scrollWidth]")
        .await;
    assert!(h2[0].as_i64().unwrap() >= 120, "the title keeps room: {h2}");
    no_horizontal_overflow(&app, "1280x800").await;
    app.screenshot("layout-1280x800").await;

    // 800×600: still nothing past the edge; the sidebar waits behind ☰.
    bounded("resize", app.client.set_window_size(800, 600)).await.unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;
    let width = app.js("return window.innerWidth").await.as_i64().unwrap();
    assert!(width <= 820, "the window became {width} px wide");
    no_horizontal_overflow(&app, "800x600").await;
    let shown =
        app.js("const r = document.getElementById('sidebar').getBoundingClientRect(); return r.right > 0").await;
    assert_eq!(shown, false, "the sidebar is tucked away");
    app.screenshot("layout-800x600").await;
    app.click("[data-action='toggle-sidebar']").await;
    tokio::time::sleep(Duration::from_millis(400)).await;
    let shown = app
        .js("const r = document.getElementById('sidebar').getBoundingClientRect(); return r.left >= 0 && r.right > 100")
        .await;
    assert_eq!(shown, true);
    app.screenshot("layout-800x600-menu").await;
    app.click("[data-category='World News'] .category-name").await;
    app.wait_text("#list .list-header h2", SECS, |t| t == "World News").await;
    let hidden = app.js("return document.body.classList.contains('sidebar-open')").await;
    assert_eq!(hidden, false, "choosing a category closes the menu");

    // Zoomed to 200 % (Ctrl +, as someone who needs large text would), back at 1280x800:
    // the narrow layout takes over and still nothing passes the edge.
    bounded("resize", app.client.set_window_size(1280, 800)).await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let wide = app.js("return window.innerWidth").await.as_f64().unwrap();
    app.js("return window.__TAURI__.webview.getCurrentWebview().setZoom(2).then(() => true)").await;
    tokio::time::sleep(Duration::from_millis(600)).await;
    let zoomed = app.js("return window.innerWidth").await.as_f64().unwrap();
    assert!(zoomed <= wide / 1.9, "200 % zoom: {wide} -> {zoomed} CSS px");
    no_horizontal_overflow(&app, "200 % zoom").await;
    app.wait_text("#list .row .title", SECS, |t| !t.is_empty()).await;
    app.screenshot("layout-zoom-200").await;
    app.close().await;
}
