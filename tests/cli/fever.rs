//! A real Fever server: coldsweat from PyPI (installed by scripts/setup),
//! reading feeds from a testkit server. Two devices (two databases) share the
//! account: what one marks, the other sees; a story breaking across three of
//! the server's feeds notifies once.

use crate::support::Db;
use bulletin_testkit::coldsweat::{self, Coldsweat};
use bulletin_testkit::{Item, Route, TestServer, rss};

const EMAIL: &str = "ann@example.com";
const PASSWORD: &str = "fever password 1";
const WORLD: [&str; 3] = ["/a.xml", "/b.xml", "/c.xml"];

fn json(db: &Db, args: &[&str]) -> serde_json::Value {
    let mut all = args.to_vec();
    all.push("--json");
    let out = crate::support::bin()
        .env("BULLETIN_DB", &db.path)
        .env("BULLETIN_PASSWORD", PASSWORD)
        .env("BULLETIN_CREDENTIALS", "file")
        .args(&all)
        .output()
        .unwrap();
    assert!(out.status.success(), "bulletin {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn serve(server: &TestServer, path: &str, items: &[Item]) {
    let title = format!("Wire {}", &path[1..2]);
    server.set(path, Route::feed(rss(&title, &format!("https://{}.example", &path[1..2]), items)));
}

#[test]
fn a_coldsweat_account_round_trips_state_between_two_devices_and_notifies_once() {
    let Some(exe) = coldsweat::require() else { return };
    let feeds = TestServer::start();
    for (i, path) in WORLD.iter().enumerate() {
        let title = ["Council meets on budget", "Rail strike ends after talks", "Museum reopens its doors"][i];
        serve(&feeds, path, &[Item::new(&format!("old-{i}"), title, 120)]);
    }
    let outlines: String =
        WORLD.iter().map(|p| format!(r#"<outline type="rss" text="{p}" xmlUrl="{}"/>"#, feeds.url(p))).collect();
    let opml = format!(r#"<opml version="2.0"><body><outline text="World News">{outlines}</outline></body></opml>"#);
    let server = Coldsweat::start(&exe, EMAIL, PASSWORD, &opml);

    let (laptop, desktop) = (Db::new(), Db::new());
    for db in [&laptop, &desktop] {
        let account = json(db, &["account", "add", "fever", "--url", &server.endpoint(), "--user", EMAIL]);
        assert_eq!(account["kind"], "fever");
        let sync = json(db, &["sync"]);
        assert_eq!(sync["accounts"][0]["status"], "ok", "{sync}");
        assert_eq!(sync["accounts"][0]["new"], 3);
        assert!(sync["notifications"].as_array().unwrap().is_empty(), "a first sync is backlog");
    }
    let feeds_here = json(&laptop, &["feeds", "list"]);
    assert_eq!(feeds_here.as_array().unwrap().len(), 3);
    assert!(feeds_here.as_array().unwrap().iter().all(|f| f["category"] == "World News"), "groups are categories");

    // Read and save on the laptop; the desktop sees both.
    let articles = json(&laptop, &["articles"]);
    let (first, second) = (articles[0]["id"].to_string(), articles[1]["id"].to_string());
    json(&laptop, &["read", &first]);
    json(&laptop, &["save", &second]);
    assert_eq!(json(&laptop, &["sync"])["accounts"][0]["sent"], 2);
    json(&desktop, &["sync"]);
    let there = json(&desktop, &["articles"]);
    let title = |a: &serde_json::Value| a["title"].as_str().unwrap().to_owned();
    let on_desktop = |t: &str| there.as_array().unwrap().iter().find(|a| title(a) == t).unwrap().clone();
    assert_eq!(on_desktop(&title(&articles[0]))["read"], true);
    assert_eq!(on_desktop(&title(&articles[1]))["saved"], true);

    // Mark all read on the desktop; the laptop follows.
    json(&desktop, &["mark-read", "--all"]);
    json(&desktop, &["sync"]);
    json(&laptop, &["sync"]);
    assert!(json(&laptop, &["articles", "--unread"]).as_array().unwrap().is_empty());

    // Fever cannot subscribe: said plainly, nothing queued.
    let id = json(&laptop, &["account", "list"])[0]["id"].to_string();
    let out = crate::support::bin()
        .env("BULLETIN_DB", &laptop.path)
        .env("BULLETIN_CREDENTIALS", "file")
        .args(["feeds", "add", "https://new.example/feed", "--account", &id])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("Fever cannot subscribe"));
    assert_eq!(json(&laptop, &["account", "list"])[0]["pending"], 0);

    // A story breaks across the server's three feeds: one notification, once.
    let burst = [
        "Ukraine, Russia say drone strikes continue after Trump-Putin call",
        "Russia launches 108 drones at Ukraine hours after Putin phone call",
        "Russian drones pound Ukraine after Trump-Putin phone call",
    ];
    for (i, (path, headline)) in WORLD.iter().zip(burst).enumerate() {
        let item = Item {
            description: "Drone attacks on Ukraine continued after the call between Trump and Putin.".into(),
            ..Item::new(&format!("drones-{i}"), headline, 20 - 5 * i as i64)
        };
        serve(&feeds, path, &[item]);
    }
    server.fetch();
    let sync = json(&laptop, &["sync"]);
    assert_eq!(sync["accounts"][0]["new"], 3, "{sync}");
    let shown = sync["notifications"].as_array().unwrap();
    assert_eq!(shown.len(), 1, "{shown:?}");
    assert!(json(&laptop, &["sync"])["notifications"].as_array().unwrap().is_empty());
}
