//! Breaking news reaches a real notification server: Xvfb, a private session
//! bus, Debian's dunst, and dbus-monitor capturing the `Notify` calls byte for
//! byte. First sync: nothing (backlog). Then a story from three feeds, a
//! single-source "BREAKING:" item and ordinary ones: exactly two pop-ups.

use crate::support::Db;
use bulletin_testkit::session::{self, Session, notify_calls, wait_until};
use bulletin_testkit::{Item, Route, TestServer, rss};
use std::path::Path;
use std::time::Duration;

const WORLD: [(&str, &str); 4] =
    [("/a.xml", "World Desk"), ("/b.xml", "Wire B"), ("/c.xml", "Daily Courier"), ("/d.xml", "Flash Wire")];
const BUSINESS: (&str, &str) = ("/e.xml", "Market Watch");

fn serve(server: &TestServer, (path, title): (&str, &str), items: &[Item]) {
    server.set(path, Route::feed(rss(title, &format!("https://{}.example", title.replace(' ', "")), items)));
}

fn item(guid: &str, title: &str, minutes_ago: i64, description: &str) -> Item {
    Item { description: description.into(), ..Item::new(guid, title, minutes_ago) }
}

fn opml(server: &TestServer, dir: &Path) -> String {
    let outline =
        |(path, title): (&str, &str)| format!(r#"<outline type="rss" text="{title}" xmlUrl="{}"/>"#, server.url(path));
    let world: String = WORLD.iter().copied().map(outline).collect();
    let xml = format!(
        r#"<?xml version="1.0"?><opml version="2.0"><head/><body><outline text="World News">{world}</outline><outline text="Business">{}</outline></body></opml>"#,
        outline(BUSINESS)
    );
    let file = dir.join("feeds.opml");
    std::fs::write(&file, xml).unwrap();
    file.display().to_string()
}

/// A scratch database and a desktop session running dunst, or `None` (a skip
/// outside CI) when the tools are missing.
fn notification_session() -> Option<(Db, Session)> {
    if !session::require(&["Xvfb", "dbus-daemon", "dunst", "dbus-monitor", "dbus-send"]) {
        return None;
    }
    let db = Db::new();
    let mut s = Session::start();
    s.start_notification_server(db.dir.path());
    Some((db, s))
}

#[test]
fn breaking_news_notifies_once_through_a_real_notification_server() {
    let Some((db, mut s)) = notification_session() else { return };
    let log = db.dir.path().join("monitor.log");
    s.monitor_notifications(&log);

    let bulletin = |args: &[&str]| -> serde_json::Value {
        let out = s.command(env!("CARGO_BIN_EXE_bulletin")).env("BULLETIN_DB", &db.path).args(args).output().unwrap();
        assert!(out.status.success(), "bulletin {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        serde_json::from_slice(&out.stdout).unwrap()
    };

    // Subscribed, never fetched: the first sync is every feed's backlog, even its BREAKING item.
    let server = TestServer::start();
    let old = item("old-1", "Parliament approves budget", 120, "The vote was 301 to 220.");
    for feed in WORLD {
        serve(&server, feed, std::slice::from_ref(&old));
    }
    serve(&server, WORLD[1], &[old.clone(), item("old-2", "BREAKING: Backlog story breaks", 30, "Old news.")]);
    serve(&server, BUSINESS, &[item("old-3", "Stocks rise", 60, "A quiet day.")]);
    bulletin(&["opml", "import", &opml(&server, db.dir.path()), "--json"]);
    let first = bulletin(&["sync", "--notify", "--json"]);
    assert_eq!(first["new_articles"], 6);
    assert_eq!(first["notifications"], serde_json::json!([]));

    // The burst, the marker item, and the ordinary news.
    let burst = [
        item(
            "drones-a",
            "Ukraine, Russia say drone strikes continue after Trump-Putin call",
            50,
            "Both sides reported overnight drone attacks & air-raid alerts. Talks are due next week.",
        ),
        item(
            "drones-b",
            "Russia launches 108 drones at Ukraine hours after Putin phone call",
            30,
            "Ukraine's air force said 108 drones were launched after the Trump-Putin call.",
        ),
        item(
            "drones-c",
            "Russian drones pound Ukraine after Trump-Putin phone call",
            10,
            "Drone attacks on Ukraine continued after the call between Trump and Putin.",
        ),
    ];
    let quake = item(
        "quake",
        "BREAKING: Magnitude 7.1 earthquake strikes off Japan",
        5,
        "A tsunami warning was issued for the coast. Residents were told to move inland.",
    );
    let markets = item("markets", "Markets steady as central banks hold rates", 20, "Stocks were little changed.");
    serve(&server, WORLD[0], &[old.clone(), burst[0].clone(), markets]);
    serve(&server, WORLD[1], &[old.clone(), burst[1].clone()]);
    serve(&server, WORLD[2], &[old.clone(), burst[2].clone()]);
    serve(&server, WORLD[3], &[old.clone(), quake.clone()]);
    // Business notifies nothing by default, marker or not.
    serve(&server, BUSINESS, &[item("merger", "BREAKING: Oil majors agree merger", 5, "A big deal.")]);
    let second = bulletin(&["sync", "--notify", "--json"]);
    assert_eq!(second["new_articles"], 6);
    let notes = second["notifications"].as_array().unwrap();
    let summary: Vec<(&str, &str)> =
        notes.iter().map(|n| (n["reason"].as_str().unwrap(), n["title"].as_str().unwrap())).collect();
    assert_eq!(summary, [("marker", quake.title.as_str()), ("sources", burst[0].title.as_str())], "{second:#}");
    let expected = [
        (quake.title.clone(), "Flash Wire\nA tsunami warning was issued for the coast.".to_owned()),
        (
            burst[0].title.clone(),
            "World Desk, Wire B and 1 more\nBoth sides reported overnight drone attacks &amp; air-raid alerts."
                .to_owned(),
        ),
    ];
    wait_until("two Notify calls", || notify_calls(&log).len() >= 2);
    assert_eq!(notify_calls(&log), expected, "the bodies are escaped for markup servers");

    // A fourth source joins the story: it is updated, never re-notified.
    let fourth = item("drones-d", "Drone strikes on Ukraine continue after Putin call", 2, "More drones.");
    serve(&server, WORLD[3], &[old, quake, fourth]);
    let third = bulletin(&["sync", "--notify", "--json"]);
    assert_eq!(third["new_articles"], 1);
    assert_eq!(third["notifications"], serde_json::json!([]));
    let story = &bulletin(&["articles", "--json"])
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["title"] == burst[0].title)
        .unwrap()
        .clone();
    assert_eq!(story["story_sources"], 4, "{story:#}");
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(notify_calls(&log).len(), 2, "no third pop-up");

    let history = bulletin(&["notifications", "--json"]);
    let statuses: Vec<&str> = history.as_array().unwrap().iter().map(|h| h["status"].as_str().unwrap()).collect();
    assert_eq!(statuses, ["shown", "shown"]);
}

#[test]
fn watch_syncs_at_once_streams_events_and_stops_on_interrupt() {
    let Some((db, mut s)) = notification_session() else { return };
    let server = TestServer::start();
    serve(&server, WORLD[0], &[item("one", "BREAKING: First sync is backlog", 5, "Quiet.")]);
    let added = s
        .command(env!("CARGO_BIN_EXE_bulletin"))
        .env("BULLETIN_DB", &db.path)
        .args(["opml", "import", &opml(&server, db.dir.path())])
        .status()
        .unwrap();
    assert!(added.success());
    let out = db.dir.path().join("watch.jsonl");
    let mut watch = s.command(env!("CARGO_BIN_EXE_bulletin"));
    watch.env("BULLETIN_DB", &db.path).args(["watch", "--interval", "5", "--json"]);
    watch.stdout(std::fs::File::create(&out).unwrap());
    let pid = s.spawn(&mut watch);
    let lines = || std::fs::read_to_string(&out).unwrap_or_default();
    wait_until("the first sync to finish", || lines().contains("\"type\":\"sync_finished\""));
    let events: Vec<serde_json::Value> = lines().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let types: Vec<&str> = events.iter().map(|e| e["type"].as_str().unwrap()).collect();
    assert_eq!(types.first(), Some(&"sync_started"));
    assert!(types.contains(&"new_articles") && !types.contains(&"notifications"), "{types:?}");
    // Ctrl-C: the loop stops and the process exits by itself.
    session::signal(pid as i32, 2);
    wait_until("watch to exit", || !Path::new(&format!("/proc/{pid}")).exists() || zombie(pid));
}

/// An exited child not yet reaped by the session still has a /proc entry.
fn zombie(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|s| s.split_whitespace().nth(2) == Some("Z"))
}
