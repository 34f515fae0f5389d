//! Breaking news in the app: the background sync notifies through a real
//! notification server (dunst on the app's private bus), the bell lists the
//! history and opens the article, rules and pausing persist.

use crate::harness::*;
use crate::reading::subscribe;
use bulletin_testkit::session::{self, invoked_actions, notify_calls, wait_until};
use bulletin_testkit::{Item, Route, TestServer, rss};
use std::time::Duration;

const SECS: Duration = Duration::from_secs(15);
const FEEDS: [(&str, &str); 3] = [("/a.xml", "World Desk"), ("/b.xml", "Wire B"), ("/c.xml", "Daily Courier")];

fn serve(server: &TestServer, (path, title): (&str, &str), items: &[Item]) {
    server.set(path, Route::feed(rss(title, &format!("https://{}.example", title.replace(' ', "")), items)));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn breaking_stories_notify_and_the_bell_opens_them() {
    if !session::require(&["dunst", "dbus-monitor", "dbus-send"]) {
        return;
    }
    let server = TestServer::start();
    let old = Item::new("old", "Parliament approves budget", 120);
    for feed in FEEDS {
        serve(&server, feed, std::slice::from_ref(&old));
    }
    let feeds: Vec<(String, &str)> = FEEDS.iter().map(|(p, _)| (server.url(p), "World News")).collect();
    let setup = |s: &mut bulletin_testkit::session::Session, dir: &std::path::Path| {
        s.start_notification_server(dir);
        s.monitor_notifications(&dir.join("monitor.log"));
    };
    let Some(app) = App::launch_in(|db| subscribe(db, &feeds), &[], Some("body[data-ready='true']"), setup).await
    else {
        return;
    };
    let log = app.dir.path().join("monitor.log");
    // The sync at start is every feed's backlog: counted, never notified.
    app.wait_text("[data-category='World News'] [data-unread]", SECS, |t| t == "3").await;

    let burst = [
        "Ukraine, Russia say drone strikes continue after Trump-Putin call",
        "Russia launches 108 drones at Ukraine hours after Putin phone call",
        "Russian drones pound Ukraine after Trump-Putin phone call",
    ];
    for (i, feed) in FEEDS.iter().enumerate() {
        let mut items = vec![old.clone(), Item::new(&format!("drones-{i}"), burst[i], 40 - 15 * i as i64)];
        if i == 2 {
            items.push(Item::new("quake", "BREAKING: Magnitude 7.1 earthquake strikes off Japan", 3));
            items.push(Item::new("markets", "Markets steady as central banks hold rates", 20));
        }
        serve(&server, *feed, &items);
    }
    app.click("[data-action='sync']").await;
    app.wait_text("[data-unseen]", SECS, |t| t == "2").await;
    wait_until("two pop-ups", || notify_calls(&log).len() >= 2);
    let summaries: Vec<String> = notify_calls(&log).into_iter().map(|(s, _)| s).collect();
    assert_eq!(summaries, ["BREAKING: Magnitude 7.1 earthquake strikes off Japan", burst[0]]);
    // Clicking a pop-up (dunst's default action) opens its article.
    let clicked = app.session().command("dunstctl").args(["action", "0"]).status().unwrap();
    assert!(clicked.success());
    let titles = [summaries[0].clone(), summaries[1].clone()];
    let opened = app.wait_text("#reader h1", SECS, |t| titles.iter().any(|s| s == t)).await;

    // "Save" on the other pop-up. dunst offers named actions only through a
    // menu, so the test emits the server's ActionInvoked signal itself, with
    // the other pop-up's id: dunst numbers notifications in the order they came.
    let clicked_id = invoked_actions(&log).iter().find(|(_, a)| a == "default").map(|(id, _)| *id).unwrap();
    let opened_at = titles.iter().position(|t| *t == opened).unwrap();
    let other = 1 - opened_at;
    let other_id = clicked_id + other as u32 - opened_at as u32;
    let invoked = app
        .session()
        .command("dbus-send")
        .args(["--session", "--type=signal", "/org/freedesktop/Notifications"])
        .args(["org.freedesktop.Notifications.ActionInvoked", &format!("uint32:{other_id}"), "string:save"])
        .status()
        .unwrap();
    assert!(invoked.success());
    let saved_title = || {
        cli_json(&app.db, &["articles", "--saved"])
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["title"].as_str().unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    wait_until("the Save action to save the article", || saved_title() == [titles[other].clone()]);

    // The list says who else carries the story.
    app.click("[data-category='World News'] button").await;
    app.wait_for("#list [data-story-sources='3']", SECS).await;
    assert_eq!(app.js("return document.querySelectorAll('#list .row').length").await, 8);
    // One row per story: the three budget reports and the three drone reports fold.
    app.click("#list [data-action='collapse']").await;
    app.wait_text("#list [data-action='collapse']", SECS, |t| t == "Show every report").await;
    assert_eq!(app.js("return document.querySelectorAll('#list .row').length").await, 4);
    app.click("#list [data-action='collapse']").await;

    // The bell: the history, newest first; an entry opens its article.
    app.click("[data-action='notifications']").await;
    app.wait_for("#notifications-dialog .history li", SECS).await;
    assert_eq!(app.js("return document.querySelectorAll('#notifications-dialog .history li').length").await, 2);
    app.screenshot("notifications").await;
    app.click("#notifications-dialog .history li:last-child .link").await;
    app.wait_text("#reader h1", SECS, |t| t == burst[0]).await;
    app.wait_text("[data-unseen]", SECS, |t| t.is_empty()).await;

    // Pause for an hour, from the bell; the CLI sees it.
    app.click("[data-action='notifications']").await;
    app.click("#notifications-dialog [data-pause='hour']").await;
    app.wait_for("#notifications-dialog [data-pause='resume']", SECS).await;
    let paused = cli_json(&app.db, &["settings"])["notifications_paused_until"].as_i64().unwrap();
    assert!(paused > chrono::Utc::now().timestamp() + 3000, "{paused}");
    app.js("document.getElementById('notifications-dialog').close()").await;

    // Rules in Settings: Business notifies everything; one feed is silenced.
    app.click("[data-action='settings']").await;
    app.wait_for("[data-rule-category='Business']", SECS).await;
    app.js("const s = document.querySelector(\"[data-rule-category='Business']\"); s.value = 'all'; s.dispatchEvent(new Event('change'))").await;
    app.wait_text("#toast", SECS, |t| t == "Rule saved").await;
    app.js(
        "const s = document.querySelector('[data-rule-feed]'); s.value = 'off'; s.dispatchEvent(new Event('change'))",
    )
    .await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let rules = cli_json(&app.db, &["rules"]);
    let business = rules["categories"].as_array().unwrap().iter().find(|c| c["category"] == "Business").unwrap();
    assert_eq!(business["rule"], "all");
    assert!(rules["feeds"].as_array().unwrap().iter().any(|f| f["rule"] == "off"), "{rules:#}");
    app.screenshot("notification-rules").await;
    app.close().await;
}
