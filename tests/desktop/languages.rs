//! The app speaks the system's language and switches at once from Settings.

use crate::a11y::{load_axe, violations};
use crate::harness::*;
use crate::reading::subscribe;
use bulletin_testkit::{Route, TestServer};
use std::time::Duration;

const SECS: Duration = Duration::from_secs(15);

/// The app on a system whose `LANG` is `lang`, with one World News feed from `server`.
async fn launch_in(server: &TestServer, lang: &str) -> Option<App> {
    server.set("/rss2.xml", Route::feed(fixture("rss2.xml")));
    let feeds = vec![(server.url("/rss2.xml"), "World News")];
    App::launch_with(|db| subscribe(db, &feeds), &[("LANG", lang)], Some("body[data-ready='true']")).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_german_system_gets_a_german_ui_and_settings_switch_it_at_once() {
    let server = TestServer::start();
    let Some(app) = launch_in(&server, "de_DE.UTF-8").await else { return };
    // The system's language: German, from the markup to what the code writes.
    assert_eq!(app.js("return document.documentElement.lang").await, "de");
    app.wait_text("[data-view='front']", SECS, |t| t == "Titelseite").await;
    app.wait_text("[data-action='sync']", SECS, |t| t == "Aktualisieren").await;
    app.wait_text("#list .list-header h2", SECS, |t| t == "Titelseite").await;
    app.wait_text("#reader .reader-empty p", SECS, |t| t.starts_with("Wähle einen Artikel")).await;
    app.wait_for("#list .row", SECS).await;
    app.click("#list .row").await;
    app.wait_text("#reader [data-action='toggle-read']", SECS, |t| t == "Als ungelesen markieren").await;
    // Shown in capitals by CSS; the text is the catalog's.
    app.wait_text("#reader .related h2", SECS, |t| t.to_lowercase() == "das könnte dich auch interessieren").await;
    let placeholder = app.js("return document.getElementById('search').placeholder").await;
    assert_eq!(placeholder, "Artikel durchsuchen");
    load_axe(&app).await;
    let found = violations(&app).await;
    assert!(found.is_empty(), "axe in German:\n{}", found.join("\n"));
    app.screenshot("german-reader").await;

    // Settings → Language: Spanish, at once, and kept.
    app.click("[data-action='settings']").await;
    app.wait_text("#settings-dialog h2", SECS, |t| t == "Einstellungen").await;
    let pick = |lang: &str| {
        format!(
            "const s = document.querySelector(\"[data-setting='language']\"); s.value = '{lang}'; s.dispatchEvent(new Event('change'))"
        )
    };
    app.js(&pick("es")).await;
    app.wait_text("[data-view='front']", SECS, |t| t == "Portada").await;
    app.wait_text("#settings-dialog h2", SECS, |t| t == "Ajustes").await;
    assert_eq!(app.js("return document.documentElement.lang").await, "es");
    assert_eq!(cli_json(&app.db, &["settings"])["language"], "es");
    app.screenshot("spanish-settings").await;

    app.js(&pick("zh-CN")).await;
    app.wait_text("[data-view='front']", SECS, |t| t == "首页").await;
    app.wait_text("[data-view='all'] [data-l10n-id]", SECS, |t| t == "全部文章").await;

    // Back to the system's language.
    app.js(&pick("system")).await;
    app.wait_text("[data-view='front']", SECS, |t| t == "Titelseite").await;
    app.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_arabic_ui_mirrors_the_layout_and_keeps_english_articles_left_to_right() {
    let server = TestServer::start();
    let Some(app) = launch_in(&server, "ar_EG.UTF-8").await else { return };
    assert_eq!(app.js("return document.documentElement.lang").await, "ar");
    assert_eq!(app.js("return document.documentElement.dir").await, "rtl");
    app.wait_text("[data-view='front']", SECS, |t| t == "الصفحة الأولى").await;
    app.wait_for("#list .row", SECS).await;
    app.click("#list .row").await;
    app.wait_text("#reader [data-action='toggle-read']", SECS, |t| t == "علّم كغير مقروءة").await;
    // Mirrored: the sidebar right of the list, the list right of the reader.
    let x = app
        .js("return ['#sidebar', '#list', '#reader'].map(s => document.querySelector(s).getBoundingClientRect().left)")
        .await;
    let x: Vec<f64> = serde_json::from_value(x).unwrap();
    assert!(x[0] > x[1] && x[1] > x[2], "panes left edges (sidebar, list, reader): {x:?}");
    // An English article keeps its own direction inside the mirrored UI.
    assert_eq!(app.js("return getComputedStyle(document.querySelector('#reader h1')).direction").await, "ltr");
    let wide = app.js("return document.documentElement.scrollWidth <= window.innerWidth").await;
    assert_eq!(wide, true, "nothing is wider than the window");
    load_axe(&app).await;
    let found = violations(&app).await;
    assert!(found.is_empty(), "axe in Arabic:\n{}", found.join("\n"));
    app.screenshot("arabic-ui").await;
    app.close().await;
}
