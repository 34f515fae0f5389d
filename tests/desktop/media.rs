//! Media from real feeds: a podcast episode plays in the reader, lists show
//! each article's picture (loaded lazily, without a referrer), and turning
//! pictures off leaves nothing to load.

use crate::harness::*;
use crate::reading::subscribe;
use bulletin_testkit::{Route, TestServer};
use std::time::Duration;

const SECS: Duration = Duration::from_secs(15);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_podcast_episode_plays_in_the_reader_and_lists_show_thumbnails() {
    let server = TestServer::start();
    // The fixture podcast, its pictures and audio served from loopback.
    let base = server.url("/");
    let podcast = String::from_utf8(fixture("podcast.xml"))
        .unwrap()
        .replace("https://podcast.example/", &base)
        .replace("https://cdn.podcast.example/", &base);
    server.set("/podcast.xml", Route::feed(podcast));
    let png = std::fs::read(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("icons/32x32.png")).unwrap();
    for picture in ["/ep2.jpg", "/barley.jpg", "/show.jpg"] {
        server.set(picture, Route::bytes("image/png", png.clone()));
    }
    server.set("/ep2.mp3", Route::bytes("audio/mpeg", vec![0u8; 1024]));
    let feeds = vec![(server.url("/podcast.xml"), "Latest news")];
    let Some(app) = App::launch(|db| subscribe(db, &feeds)).await else { return };

    // A 2010 podcast: every episode listed (its backlog arrives read).
    app.wait_text("[data-view='all'] [data-total]", SECS, |t| t == "3").await;
    app.click("[data-category='Latest news'] .category-name").await;
    app.wait_text("#list .list-header h2", SECS, |t| t == "Latest news").await;
    app.wait_for("#list .row img[data-thumb]", SECS).await;
    let thumbs = app
        .js("return [...document.querySelectorAll('#list .row')].map(r => { const i = r.querySelector('img[data-thumb]');
             return i && [i.getAttribute('src'), i.getAttribute('loading'), i.getAttribute('referrerpolicy')]; })")
        .await;
    let expect = |path: &str| serde_json::json!([format!("{base}{}", &path[1..]), "lazy", "no-referrer"]);
    assert_eq!(thumbs, serde_json::json!([expect("/ep2.jpg"), expect("/barley.jpg"), expect("/show.jpg")]));
    // They really load (from loopback here); a picture that fails is removed, not shown broken.
    let loaded = app
        .js("return Promise.all([...document.querySelectorAll('#list img[data-thumb]')].map(i => i.decode().then(() => i.naturalWidth, () => 0)))")
        .await;
    assert_eq!(loaded, serde_json::json!([32, 32, 32]));
    app.screenshot("podcast-list").await;

    // The front page pictures its headlines too.
    app.click("[data-view='front']").await;
    app.wait_for("#list .front-section img[data-thumb]", SECS).await;
    let front = app.js("return document.querySelectorAll('#list .front-section img[data-thumb]').length").await;
    assert_eq!(front, 3);
    app.click("[data-category='Latest news'] .category-name").await;
    app.wait_for("#list .row img[data-thumb]", SECS).await;

    // The newest episode: its audio player, sourced from the enclosure, loading nothing until played.
    app.click("#list .row:first-child").await;
    app.wait_text("#reader h1", SECS, |t| t == "Episode 2: Hops").await;
    let audio = app.wait_for("#reader audio[data-enclosure='audio/mpeg']", SECS).await;
    assert_eq!(audio.attr("src").await.unwrap(), Some(format!("{base}ep2.mp3")));
    assert_eq!(audio.attr("preload").await.unwrap().as_deref(), Some("none"));
    assert!(audio.attr("controls").await.unwrap().is_some());
    let caption = app.wait_text("#reader .enclosure figcaption", SECS, |t| t.contains("Audio")).await;
    assert!(caption.contains("25.0 MB"), "{caption}");
    app.screenshot("podcast-player").await;

    // The video episode gets a video player.
    app.click("#list .row:nth-child(2)").await;
    app.wait_text("#reader h1", SECS, |t| t == "Episode 1: Barley").await;
    app.wait_for("#reader video[data-enclosure='video/mp4']", SECS).await;

    // Pictures off: no thumbnails, and the article frame may load no images.
    app.click("[data-action='settings']").await;
    app.click("#settings-dialog [data-setting='remote_images']").await;
    app.wait_text("#toast", SECS, |t| t.contains("Pictures off")).await;
    assert_eq!(cli_json(&app.db, &["settings"])["remote_images"], false);
    // Retention offers "never" (stored as 0 days).
    app.js("const s = document.querySelector(\"#settings-dialog [data-setting='retention_days']\"); s.value = '0'; s.dispatchEvent(new Event('change'))").await;
    app.wait_text("#toast", SECS, |t| t.contains("Retention saved")).await;
    assert_eq!(cli_json(&app.db, &["settings"])["retention_days"], 0);
    app.js("document.getElementById('settings-dialog').close()").await;
    app.click("[data-category='Latest news'] .category-name").await;
    app.wait_for("#list .row", SECS).await;
    let thumbs = app.js("return document.querySelectorAll('#list img[data-thumb]').length").await;
    assert_eq!(thumbs, 0);
    app.click("#list .row:nth-child(2)").await;
    app.wait_text("#reader h1", SECS, |t| t == "Episode 1: Barley").await;
    let csp = app.js("return document.querySelector('#reader iframe').srcdoc.match(/img-src [^;]*/)[0]").await;
    assert_eq!(csp, "img-src data:");
    app.close().await;
}
