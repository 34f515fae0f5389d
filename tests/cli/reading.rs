//! The CLI contract of filters, muted feeds, feed settings, smart views and
//! reading a story together.

use crate::support::{Db, has_keys};
use bulletin_testkit::{Item, Route, TestServer, rss};

fn item(guid: &str, title: &str, body: &str, minutes_ago: i64) -> Item {
    Item { description: body.into(), ..Item::new(guid, title, minutes_ago) }
}

#[test]
fn filters_views_muting_and_feed_settings_through_the_contract() {
    let server = TestServer::start();
    server.set(
        "/world.xml",
        Route::feed(rss(
            "World",
            "https://world.example",
            &[
                item("w1", "Election results are in", "Voters chose.", 10),
                item("w2", "Storm hits the coast", "Rain.", 20),
            ],
        )),
    );
    server.set(
        "/biz.xml",
        Route::feed(rss("Biz", "https://biz.example", &[item("b1", "Markets and the election", "Stocks.", 15)])),
    );
    let db = Db::new();
    let world = db.json(&["feeds", "add", &server.url("/world.xml"), "--category", "World News"])["id"].clone();
    db.json(&["feeds", "add", &server.url("/biz.xml"), "--category", "Business"]);
    let count = |args: &[&str]| db.json(args).as_array().unwrap().len();
    assert_eq!(count(&["articles"]), 3);

    // A filter: JSON contract, on demand, then removed.
    let f = db.json(&["filters", "add", "--match", "election", "--in", "title", "--action", "hide", "--days", "7"]);
    has_keys(&f, &["id", "match", "regex", "in", "scope", "action", "expires"]);
    assert_eq!(
        (f["match"].as_str(), f["in"].as_str(), f["action"].as_str()),
        (Some("election"), Some("title"), Some("hide"))
    );
    assert!(f["expires"].is_string());
    assert_eq!(db.json(&["filters", "apply"])["changed"], 2);
    assert_eq!(count(&["articles"]), 1);
    assert_eq!(count(&["articles", "--hidden"]), 2);
    let cats = db.json(&["categories"]);
    let total: i64 = cats.as_array().unwrap().iter().map(|c| c["total"].as_i64().unwrap()).sum();
    assert_eq!(total, 1, "hidden articles are in no count");
    assert_eq!(db.json(&["filters", "list"]).as_array().unwrap().len(), 1);
    let bad = db.run(&["filters", "add", "--match", "(unclosed", "--regex", "--action", "hide"]);
    assert!(!bad.status.success() && String::from_utf8_lossy(&bad.stderr).contains("regex"));
    db.json(&["filters", "remove", &f["id"].to_string()]);
    assert_eq!(count(&["articles"]), 3, "back when the filter goes");

    // Muting and a feed's own settings.
    db.json(&["feeds", "mute", &world.to_string()]);
    let feed = db.json(&["feeds", "list"]).as_array().unwrap().iter().find(|f| f["id"] == world).unwrap().clone();
    has_keys(&feed, &["muted", "interval", "full_text"]);
    assert_eq!(feed["muted"], true);
    assert_eq!(count(&["articles", "--unread"]), 1);
    db.json(&["feeds", "unmute", &world.to_string()]);
    let set =
        db.json(&["feeds", "set", &world.to_string(), "--title", "My World", "--interval", "60", "--full-text", "on"]);
    assert_eq!(
        (set["title"].as_str(), set["interval"].as_i64(), set["full_text"].as_bool()),
        (Some("My World"), Some(60), Some(true))
    );

    // Smart views.
    let v = db.json(&["views", "add", "Elections", "--query", "election"]);
    assert_eq!(v["count"], 2);
    let views = db.json(&["views", "list"]);
    has_keys(&views[0], &["name", "query", "count", "unread"]);
    assert_eq!(count(&["articles", "--view", "Elections"]), 2);
    db.json(&["views", "remove", "Elections"]);
    assert!(db.json(&["views", "list"]).as_array().unwrap().is_empty());
}

#[test]
fn reading_one_report_reads_the_story_unless_the_setting_is_off() {
    let server = TestServer::start();
    let db = Db::new();
    let story = [
        "Ukraine, Russia say drone strikes continue after Trump-Putin call",
        "Russia launches 108 drones at Ukraine hours after Putin phone call",
        "Russian drones pound Ukraine after Trump-Putin phone call",
    ];
    for (i, title) in story.iter().enumerate() {
        let path = format!("/{i}.xml");
        let body = "Drone attacks on Ukraine continued after the call between Trump and Putin.";
        server.set(
            &path,
            Route::feed(rss(title, &format!("https://{i}.example"), &[item(&format!("s{i}"), title, body, 10)])),
        );
        db.json(&["feeds", "add", &server.url(&path), "--category", "World News"]);
    }
    let articles = db.json(&["articles"]);
    assert_eq!(articles.as_array().unwrap().len(), 3);
    assert_eq!(db.json(&["settings"])["read_story_together"], true);
    db.json(&["read", &articles[0]["id"].to_string()]);
    assert!(db.json(&["articles", "--unread"]).as_array().unwrap().is_empty(), "the whole story is read");
    db.json(&["settings", "set", "read_story_together", "false"]);
    for a in articles.as_array().unwrap() {
        db.json(&["unread", &a["id"].to_string()]);
    }
    db.json(&["read", &articles[0]["id"].to_string()]);
    assert_eq!(db.json(&["articles", "--unread"]).as_array().unwrap().len(), 2);
}
