//! Reading: sync at start → counts, lists, the reader, save (seen by the CLI),
//! previous/next, related, search, archive, keyboard. Screenshots of each view.

use crate::harness::*;
use bulletin_core::Store;
use bulletin_core::store::NewFeed;
use bulletin_testkit::{Route, TestServer};
use std::path::Path;
use std::time::Duration;

const SECS: Duration = Duration::from_secs(15);

pub fn subscribe(db: &Path, feeds: &[(String, &str)]) {
    let mut store = Store::open(db).unwrap();
    for (url, category) in feeds {
        let category = Some(store.ensure_category(category).unwrap());
        store.add_feed(&NewFeed { url: url.clone(), title: String::new(), site_url: None, category }).unwrap();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn read_save_navigate_search_and_archive() {
    let server = TestServer::start();
    for name in ["rss2.xml", "atom.xml", "jsonfeed.json"] {
        server.set(&format!("/{name}"), Route::feed(fixture(name)));
    }
    let feeds = vec![
        (server.url("/rss2.xml"), "World News"),
        (server.url("/atom.xml"), "World News"),
        (server.url("/jsonfeed.json"), "Politics"),
    ];
    let Some(app) = App::launch(|db| subscribe(db, &feeds)).await else { return };

    // The sync at start fills the counts, live.
    app.wait_text("[data-category='World News'] [data-unread]", SECS, |t| t == "4").await;
    app.wait_text("[data-category='Politics'] [data-unread]", SECS, |t| t == "2").await;
    app.wait_for("#list .front-section [data-article-id]", SECS).await;
    app.screenshot("front-page").await;

    // A category's list, newest first; open the second article.
    app.click("[data-category='World News'] .category-name").await;
    app.wait_text("#list .list-header h2", SECS, |t| t == "World News").await;
    let ids = app.js("return [...document.querySelectorAll('#list .row')].map(r => Number(r.dataset.articleId))").await;
    let ids: Vec<i64> = serde_json::from_value(ids).unwrap();
    assert_eq!(ids.len(), 4);
    app.click(&format!("#list [data-article-id='{}']", ids[1])).await;
    app.wait_text("#reader h1", SECS, |t| t == "Ukraine, Russia say drone strikes continue after Trump-Putin call")
        .await;
    // Opening marks it read, and the other wire's report of the same story
    // with it (read_story_together, on by default): the count drops by two.
    app.wait_text("[data-category='World News'] [data-unread]", SECS, |t| t == "2").await;
    let unread = cli_json(&app.db, &["articles", "--unread", "--category", "World News"]);
    assert!(unread.as_array().unwrap().iter().all(|a| a["id"] != ids[0] && a["id"] != ids[1]), "{unread}");
    let appeared = app.wait_text("#reader .appeared", SECS, |t| t.contains("appeared first on")).await;
    assert!(appeared.contains("worlddesk.example"), "{appeared}");
    // The same story from the other wire is the first related article.
    let related = app.wait_for("#reader [data-related] [data-article-id]", SECS).await;
    assert_eq!(related.attr("data-article-id").await.unwrap().as_deref(), Some(ids[0].to_string().as_str()));
    app.screenshot("reader").await;

    // Save: the CLI on the same database sees it.
    app.click("#reader [data-action='save']").await;
    app.wait_text("#reader [data-action='save']", SECS, |t| t.contains("Saved")).await;
    let saved = cli_json(&app.db, &["articles", "--saved"]);
    assert_eq!(saved.as_array().unwrap().iter().map(|a| a["id"].as_i64().unwrap()).collect::<Vec<_>>(), [ids[1]]);

    // Previous/next within the category.
    app.click("#reader [data-action='next']").await;
    app.wait_text("#reader h1", SECS, |t| t == "Markets steady as central banks hold rates").await;
    app.click("#reader [data-action='prev']").await;
    app.wait_text("#reader h1", SECS, |t| t.starts_with("Ukraine, Russia")).await;

    // Keyboard: j moves down the list and opens; s saves; m toggles read.
    app.js("document.activeElement.blur()").await;
    app.keys("body", "j").await;
    app.wait_text("#reader h1", SECS, |t| t == "Markets steady as central banks hold rates").await;
    app.keys("body", "s").await;
    app.wait_text("#reader [data-action='save']", SECS, |t| t.contains("Saved")).await;
    assert_eq!(cli_json(&app.db, &["articles", "--saved"]).as_array().unwrap().len(), 2);
    app.keys("body", "k").await;
    app.wait_text("#reader h1", SECS, |t| t.starts_with("Ukraine, Russia")).await;

    // The saved view.
    app.click("[data-view='saved']").await;
    app.wait_text("#list .list-header h2", SECS, |t| t == "Saved for later").await;
    assert_eq!(app.js("return document.querySelectorAll('#list .row').length").await, 2);

    // Search (Enter searches), ranked.
    app.keys("#search", "senate\u{E007}").await;
    app.wait_text("#list .list-header h2", SECS, |t| t == "Search: senate").await;
    app.wait_text("#list .row .title", SECS, |t| t == "Senate passes stopgap spending bill").await;
    app.screenshot("search").await;

    // Archive: a calendar with counts; a day lists its articles.
    app.click("[data-view='archive']").await;
    let month = chrono::Local::now().format("%Y-%m").to_string();
    app.wait_for(&format!("[data-month='{month}']"), SECS).await;
    app.click("[data-action='prev-month']").await;
    app.click("[data-action='next-month']").await;
    app.click("[data-action='prev-month']").await;
    // Fixture articles are dated November 2026 (clamped to now if in the future).
    let target = "2026-11";
    while app.js(&format!("return !!document.querySelector(\"[data-month='{target}']\")")).await != true {
        app.click("[data-action='next-month']").await;
    }
    let day = app.wait_for(".calendar .day.has", SECS).await;
    let count: i64 = day.find(fantoccini::Locator::Css(".n")).await.unwrap().text().await.unwrap().parse().unwrap();
    app.screenshot("archive").await;
    day.click().await.unwrap();
    app.wait_for("#list .row", SECS).await;
    assert_eq!(app.js("return document.querySelectorAll('#list .row').length").await, count);
    app.close().await;
}
