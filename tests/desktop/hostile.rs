//! A hostile feed: its scripts must not run and its title markup is text.

use crate::harness::*;
use crate::reading::subscribe;
use bulletin_testkit::{Route, TestServer};
use std::time::Duration;

const SECS: Duration = Duration::from_secs(15);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_feed_scripts_never_run_and_markup_shows_as_text() {
    let server = TestServer::start();
    server.set("/xss.xml", Route::feed(fixture("xss.xml")));
    let feeds = vec![(server.url("/xss.xml"), "World News")];
    let Some(app) = App::launch(|db| subscribe(db, &feeds)).await else { return };

    app.wait_text("[data-category='World News'] [data-unread]", SECS, |t| t == "1").await;
    app.click("[data-view='all']").await;
    app.click("#list .row").await;
    let title = app.wait_text("#reader h1", SECS, |t| t.contains("Hostile headline")).await;
    // The markup in the title is shown as text, not parsed into an <img>.
    assert_eq!(title, "<img src=x onerror=\"window.__pwned=1\">Hostile headline");
    assert_eq!(app.js("return document.querySelectorAll('#reader h1 *').length").await, 0);
    // The feed's title, in the sidebar, is text too.
    let feed = app.js("return document.querySelector('#categories .feed .name').textContent").await;
    assert_eq!(feed, "<script>window.__pwned=1</script>Evil Feed");
    assert_eq!(app.js("return document.querySelectorAll('#categories .feed .name *').length").await, 0);

    // Give any script every chance to run, then look for its marker.
    tokio::time::sleep(Duration::from_millis(800)).await;
    app.js("document.querySelector('#reader iframe').dispatchEvent(new MouseEvent('mouseover'))").await;
    assert_eq!(app.js("return typeof window.__pwned").await, "undefined");
    let sandbox = app.js("return document.querySelector('#reader iframe').getAttribute('sandbox')").await;
    assert_eq!(sandbox, "", "the article frame must have an empty sandbox (no scripts, no same origin)");
    // The frame is opaque to the app: no same-origin access means no path to IPC.
    assert_eq!(
        app.js(
            "try { return document.querySelector('#reader iframe').contentDocument === null } catch (e) { return true }"
        )
        .await,
        true
    );
    app.screenshot("hostile").await;
    app.close().await;
}
