//! Documents that broke a parser (found by hand and by fuzzing) through the
//! CLI: a clear error on that feed, never an exit 101 or a panic report, and
//! the other feeds still synced.

use crate::support::{Db, fixture};
use bulletin_testkit::{Route, TestServer};

/// What concatenated or templated feeds produce: a second XML declaration,
/// which made quick-xml (through feed-rs) panic — also behind junk bytes.
const TWICE_DECLARED: &[&str] = &[
    "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rdf> <?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Twice</title><item><title>One</title><link>https://twice.example/1</link></item></channel></rss>",
    "\u{1}junk <?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rdf> <?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Twice</title></channel></rss>",
];

fn no_panic(out: &std::process::Output, what: &str) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_ne!(out.status.code(), Some(101), "{what}: exit 101\n{stderr}");
    assert!(!stderr.contains("panicked"), "{what}: a panic report reached the terminal\n{stderr}");
    assert!(!stderr.contains("RUST_BACKTRACE"), "{what}: {stderr}");
}

#[test]
fn a_twice_declared_feed_never_crashes_feeds_add_or_sync() {
    let server = TestServer::start();
    server.set("/good.xml", Route::feed(fixture("rss2.xml")));
    for (i, doc) in TWICE_DECLARED.iter().enumerate() {
        server.set(&format!("/twice{i}.xml"), Route::bytes("application/rss+xml", doc.as_bytes().to_vec()));
    }
    let db = Db::new();
    for i in 0..TWICE_DECLARED.len() {
        let out = db.run(&["feeds", "add", &server.url(&format!("/twice{i}.xml"))]);
        no_panic(&out, "feeds add");
        if !out.status.success() {
            // Refused with words that say what is wrong with the feed.
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(stderr.starts_with("error: "), "{stderr}");
        }
    }
    let good = db.run(&["feeds", "add", &server.url("/good.xml")]);
    assert!(good.status.success(), "{}", String::from_utf8_lossy(&good.stderr));

    let out = db.run(&["sync", "--json"]);
    no_panic(&out, "sync");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let feeds = report["feeds"].as_array().unwrap();
    assert!(!feeds.is_empty());
    let good = feeds.iter().find(|f| f["url"] == server.url("/good.xml")).unwrap();
    assert!(good["error"].is_null(), "{good}");
    // The broken feeds that were added carry their error, in words.
    for f in feeds.iter().filter(|f| f["status"] == "error") {
        let error = f["error"].as_str().unwrap();
        assert!(!error.contains("panicked") && !error.is_empty(), "{error}");
    }
    let stored = db.json(&["articles"]);
    assert!(!stored.as_array().unwrap().is_empty(), "the good feed's articles are stored");
}
