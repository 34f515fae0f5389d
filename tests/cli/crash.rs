//! kill -9 in the middle of syncs, many times: the database stays sound and
//! saved articles are never lost.

use crate::support::*;
use bulletin_testkit::{Item, Route, TestServer, rss};
use std::time::Duration;

#[test]
fn kill_dash_nine_mid_sync_never_corrupts_or_loses_saved_articles() {
    let server = TestServer::start();
    let db = Db::new();
    let generation = |round: usize| {
        for f in 0..20 {
            let items: Vec<Item> = (0..30)
                .map(|i| {
                    Item::new(
                        &format!("r{round}-f{f}-i{i}"),
                        &format!("Round {round} feed {f} story {i}"),
                        (i * 7) as i64,
                    )
                })
                .collect();
            // Staggered delays keep writes happening while the process dies.
            let route = Route::bytes("application/rss+xml", rss(&format!("Feed {f}"), "https://crash.example", &items))
                .delayed(Duration::from_millis(20 * (f as u64 % 10)));
            server.set(&format!("/feed/{f}.xml"), route);
        }
    };
    generation(0);
    let urls: Vec<String> = (0..20).map(|f| server.url(&format!("/feed/{f}.xml"))).collect();
    let opml = format!(
        "<opml version=\"2.0\"><body>{}</body></opml>",
        urls.iter().map(|u| format!("<outline text=\"x\" xmlUrl=\"{u}\"/>")).collect::<String>()
    );
    let opml_path = db.dir.path().join("crash.opml");
    std::fs::write(&opml_path, opml).unwrap();
    db.json(&["opml", "import", opml_path.to_str().unwrap()]);
    db.json(&["sync"]);

    let mut saved = Vec::new();
    let mut killed_mid_sync = 0;
    for round in 1..=15 {
        // Save one article each round (each must survive every later kill).
        let latest = db.json(&["articles", "--limit", "1", "--unread"]);
        if let Some(a) = latest.as_array().unwrap().first() {
            let id = a["id"].as_i64().unwrap();
            db.json(&["save", &id.to_string()]);
            db.json(&["read", &id.to_string()]);
            saved.push(id);
        }
        generation(round);
        let mut child =
            bin().env("BULLETIN_DB", &db.path).args(["sync", "--json", "--concurrency", "4"]).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(30 + (round as u64 * 37) % 220));
        if child.try_wait().unwrap().is_none() {
            killed_mid_sync += 1;
        }
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
    }
    assert!(killed_mid_sync >= 10, "only {killed_mid_sync} kills landed mid-sync");

    let conn = rusqlite::Connection::open(&db.path).unwrap();
    let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok");
    drop(conn);
    let saved_now: Vec<i64> =
        db.json(&["articles", "--saved"]).as_array().unwrap().iter().map(|a| a["id"].as_i64().unwrap()).collect();
    for id in &saved {
        assert!(saved_now.contains(id), "saved article {id} lost");
    }
    // And it still works: a full sync completes and search finds the last round.
    db.json(&["sync"]);
    assert!(!db.json(&["search", "Round 15 feed 3"]).as_array().unwrap().is_empty());
}
