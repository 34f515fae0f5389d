use crate::support::*;
use bulletin_testkit::{Route, TestServer};
use serde_json::Value;

const FEED_KEYS: &[&str] = &["id", "url", "title", "site_url", "category", "status", "last_error", "unread", "total"];
const ARTICLE_KEYS: &[&str] = &[
    "id",
    "feed_id",
    "feed_title",
    "category",
    "title",
    "url",
    "author",
    "published",
    "read",
    "saved",
    "summary",
    "story_id",
    "story_sources",
];

fn server() -> TestServer {
    let s = TestServer::with_hostile_endpoints();
    for name in ["rss2.xml", "atom.xml", "jsonfeed.json", "xss.xml"] {
        s.set(&format!("/{name}"), Route::feed(fixture(name)));
    }
    s
}

#[test]
fn the_cli_contract_end_to_end() {
    let s = server();
    let db = Db::new();

    // A new database has the four categories and no feeds.
    let cats = db.json(&["categories"]);
    let names: Vec<&str> = cats.as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["World News", "Business", "Politics", "Latest news"]);
    has_keys(&cats[0], &["name", "unread", "total"]);
    assert_eq!(db.json(&["feeds", "list"]), Value::Array(vec![]));

    let feed = db.json(&["feeds", "add", &s.url("/rss2.xml"), "--category", "World News"]);
    has_keys(&feed, FEED_KEYS);
    assert_eq!(feed["status"], "ok");
    assert_eq!(feed["title"], "World Desk");
    assert_eq!(feed["total"], 2);
    db.json(&["feeds", "add", &s.url("/atom.xml"), "--category", "World News"]);
    db.json(&["feeds", "add", &s.url("/jsonfeed.json"), "--category", "Politics"]);
    let gone = db.json(&["feeds", "add", &s.url("/gone")]);
    assert_eq!(gone["status"], "gone");
    let broken = db.json(&["feeds", "add", &s.url("/error"), "--category", "Business"]);
    assert_eq!(broken["status"], "error");
    assert_eq!(broken["last_error"], "HTTP 500");

    // A sync with failing feeds is still a success; the report says which.
    let out = db.run(&["sync", "--json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    has_keys(&report, &["feeds", "new_articles", "elapsed_ms", "notifications"]);
    assert!(report["elapsed_ms"].is_u64());
    let feeds = report["feeds"].as_array().unwrap();
    assert_eq!(feeds.len(), 5);
    for f in feeds {
        has_keys(f, &["id", "url", "title", "status", "new", "error"]);
        let status = f["status"].as_str().unwrap();
        assert!(["ok", "not_modified", "error", "gone", "skipped"].contains(&status), "{status}");
    }
    let by_url = |u: &str| feeds.iter().find(|f| f["url"] == s.url(u)).unwrap().clone();
    assert_eq!(by_url("/rss2.xml")["status"], "not_modified");
    assert_eq!(by_url("/gone")["status"], "gone");
    assert_eq!(by_url("/error")["status"], "error");
    assert_eq!(by_url("/error")["error"], "HTTP 500");
    assert_eq!(report["new_articles"], 0, "everything was fetched when added");

    // Listings.
    let articles = db.json(&["articles"]);
    let list = articles.as_array().unwrap();
    assert_eq!(list.len(), 6);
    for a in list {
        has_keys(a, ARTICLE_KEYS);
        chrono::DateTime::parse_from_rfc3339(a["published"].as_str().unwrap()).unwrap();
    }
    let world = db.json(&["articles", "--category", "World News", "--limit", "3"]);
    assert_eq!(world.as_array().unwrap().len(), 3);
    assert!(world.as_array().unwrap().iter().all(|a| a["category"] == "World News"));
    let second = &world[1];
    let id = second["id"].as_i64().unwrap().to_string();

    // The reader view.
    let shown = db.json(&["show", &id]);
    has_keys(&shown, ARTICLE_KEYS);
    has_keys(&shown, &["content_html", "prev_id", "next_id", "related"]);
    assert_eq!(shown["prev_id"], world[0]["id"]);
    assert_eq!(shown["next_id"], world[2]["id"]);
    let related = shown["related"].as_array().unwrap();
    assert!(!related.is_empty());
    has_keys(&related[0], &["id", "title", "feed_title"]);

    // State changes.
    assert_eq!(db.json(&["save", &id])["ok"], true);
    assert_eq!(db.json(&["read", &id])["ok"], true);
    let saved = db.json(&["articles", "--saved"]);
    assert_eq!(saved.as_array().unwrap().len(), 1);
    assert_eq!(saved[0]["saved"], true);
    assert_eq!(saved[0]["read"], true);
    assert!(!db.json(&["articles", "--unread"]).as_array().unwrap().iter().any(|a| a["id"] == saved[0]["id"]));
    db.json(&["unread", &id]);
    db.json(&["unsave", &id]);
    assert_eq!(db.json(&["articles", "--saved"]).as_array().unwrap().len(), 0);
    let feed_id = feed["id"].as_i64().unwrap().to_string();
    assert_eq!(db.json(&["mark-read", "--feed", &feed_id])["marked"], 2);
    db.json(&["mark-read", "--category", "Politics"]);
    let cats = db.json(&["categories"]);
    let politics = cats.as_array().unwrap().iter().find(|c| c["name"] == "Politics").unwrap();
    assert_eq!((politics["unread"].as_i64(), politics["total"].as_i64()), (Some(0), Some(2)));

    // Search, archive.
    let hits = db.json(&["search", "drone strikes", "--limit", "5"]);
    assert_eq!(hits[0]["title"], "Ukraine, Russia say drone strikes continue after Trump-Putin call");
    let month = world[0]["published"].as_str().unwrap()[..7].to_owned();
    let days = db.json(&["archive", "--month", &month]);
    has_keys(&days[0], &["day", "count"]);
    let day = days[0]["day"].as_str().unwrap().to_owned();
    let on_day = db.json(&["articles", "--day", &day]);
    assert_eq!(on_day.as_array().unwrap().len() as i64, days[0]["count"].as_i64().unwrap());

    // Feeds list, then removal.
    let listed = db.json(&["feeds", "list"]);
    for f in listed.as_array().unwrap() {
        has_keys(f, FEED_KEYS);
        assert!(["ok", "error", "gone", "new"].contains(&f["status"].as_str().unwrap()));
    }
    let gone_id = gone["id"].as_i64().unwrap().to_string();
    db.json(&["feeds", "remove", &gone_id]);
    assert_eq!(db.json(&["feeds", "list"]).as_array().unwrap().len(), 4);

    // OPML out and back in, to a second database.
    let opml_path = db.dir.path().join("subs.opml");
    let out = db.run(&["opml", "export", "--output", opml_path.to_str().unwrap()]);
    assert!(out.status.success());
    let stdout = db.run(&["opml", "export"]);
    assert_eq!(std::fs::read(&opml_path).unwrap(), stdout.stdout);
    let other = Db::new();
    let imported = other.json(&["opml", "import", opml_path.to_str().unwrap()]);
    assert_eq!(imported["added"], 4);
    let new_status: Vec<Value> =
        other.json(&["feeds", "list"]).as_array().unwrap().iter().map(|f| f["status"].clone()).collect();
    assert!(new_status.iter().all(|s| s == "new"), "{new_status:?}");
}

#[test]
fn human_output_without_json() {
    let s = server();
    let db = Db::new();
    db.json(&["feeds", "add", &s.url("/rss2.xml")]);
    let out = db.run(&["articles"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Markets steady as central banks hold rates"), "{text}");
    assert!(serde_json::from_str::<Value>(&text).is_err());
    // Piped: no progress bar escape codes in the sync summary.
    let out = db.run(&["sync"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("new articles from 1 feed "), "{text}");
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn exit_codes_and_errors() {
    let db = Db::new();
    // Usage errors: 2.
    assert_eq!(db.run(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(db.run(&["mark-read"]).status.code(), Some(2), "a scope is required");
    assert_eq!(db.run(&["show", "not-a-number"]).status.code(), Some(2));
    // Errors: 1 with one clear line on stderr.
    for args in [
        &["show", "424242"][..],
        &["save", "424242"],
        &["feeds", "remove", "7"],
        &["archive", "--month", "2026-13"],
        &["articles", "--category", "Nope"],
    ] {
        let out = db.run(args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
        assert!(err.starts_with("error: "), "{err}");
    }
    let out = db.run(&["feeds", "add", "ftp://example.com/x"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("only http and https"));
    let out = db.run(&["opml", "import", "/nonexistent.opml"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn db_flag_and_env_select_the_database() {
    let a = Db::new();
    let b = Db::new();
    let s = server();
    // --db wins over BULLETIN_DB.
    let out = bin()
        .env("BULLETIN_DB", &a.path)
        .args(["--db", b.path.to_str().unwrap(), "feeds", "add", &s.url("/atom.xml"), "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(a.json(&["feeds", "list"]).as_array().unwrap().len(), 0);
    assert_eq!(b.json(&["feeds", "list"]).as_array().unwrap().len(), 1);
    assert!(b.path.exists() && !a.path.with_extension("nope").exists());
    // The default is the platform data dir.
    let home = tempfile::tempdir().unwrap();
    let out =
        bin().env("HOME", home.path()).env_remove("XDG_DATA_HOME").args(["categories", "--json"]).output().unwrap();
    assert!(out.status.success());
    assert!(home.path().join(".local/share/bulletin/bulletin.db").exists());
}

#[test]
fn starter_adds_real_outlets_in_every_category() {
    let db = Db::new();
    let r = db.json(&["starter"]);
    assert!(r["added"].as_u64().unwrap() >= 15);
    assert_eq!(db.json(&["starter"])["added"], 0, "idempotent");
    let feeds = db.json(&["feeds", "list"]);
    for cat in ["World News", "Business", "Politics", "Latest news"] {
        assert!(feeds.as_array().unwrap().iter().any(|f| f["category"] == cat), "{cat}");
    }
    assert!(feeds.as_array().unwrap().iter().any(|f| f["url"].as_str().unwrap().contains("cnn.com")));
}
