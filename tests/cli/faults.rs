//! Faults of the machine: a database another program holds, a full disk, a
//! read-only file system, a clock turned back. Each is a clear error, nothing is corrupted
//! (`PRAGMA integrity_check`), and work resumes once the fault is gone.

use crate::support::Db;
use bulletin_testkit::{Route, TestServer};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn integrity(path: &Path) -> String {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap()
}

#[test]
fn a_database_another_program_holds_is_a_clear_error_and_work_resumes() {
    let db = Db::new();
    assert!(db.run(&["settings", "set", "theme", "light"]).status.success());
    let holder = rusqlite::Connection::open(&db.path).unwrap();
    holder.execute_batch("BEGIN EXCLUSIVE; UPDATE settings SET value = value;").unwrap();
    let out = db.run(&["settings", "set", "theme", "dark"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("in use by another program"), "{}", stderr(&out));
    assert!(!stderr(&out).contains("Error code"), "{}", stderr(&out));

    // Released while a command waits: the command goes through.
    let release = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_secs(1));
        holder.execute_batch("COMMIT").unwrap();
    });
    let out = db.run(&["settings", "set", "theme", "dark"]);
    release.join().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(db.json(&["settings"])["theme"], "dark");
    assert_eq!(integrity(&db.path), "ok");
}

/// A small tmpfs of its own, unmounted on drop; `None` where this process may
/// not mount (not root, or no such capability).
struct Tmpfs {
    point: PathBuf,
    // Holds the mount point's parent until the mount is gone.
    _dir: tempfile::TempDir,
}

impl Tmpfs {
    fn mount(kib: u32) -> Option<Tmpfs> {
        let dir = tempfile::tempdir().unwrap();
        let point = dir.path().join("fs");
        std::fs::create_dir(&point).unwrap();
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={kib}k"), "tmpfs"])
            .arg(&point)
            .output()
            .is_ok_and(|o| o.status.success());
        if !ok {
            eprintln!("skipping: cannot mount a tmpfs here (needs root)");
            return None;
        }
        Some(Tmpfs { point, _dir: dir })
    }

    fn remount(&self, options: &str) {
        let out = Command::new("mount").args(["-o", &format!("remount,{options}")]).arg(&self.point).output().unwrap();
        assert!(out.status.success(), "remount {options}: {}", String::from_utf8_lossy(&out.stderr));
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.point).status();
    }
}

/// A feed of `n` items with long bodies: enough to fill a small disk.
fn big_feed(n: usize) -> String {
    let body = "Storm crosses the coast and the harbour closes while crews work through the night. ".repeat(60);
    let items: String = (0..n)
        .map(|i| {
            format!(
                "<item><title>Report {i} on the storm</title><link>https://big.example/{i}</link>\
                 <description>{body} {i}</description></item>"
            )
        })
        .collect();
    format!("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Big</title>{items}</channel></rss>")
}

fn run_on(db: &Path, args: &[&str]) -> Output {
    crate::support::bin().env("BULLETIN_DB", db).args(args).output().unwrap()
}

#[test]
fn a_full_disk_is_a_clear_error_loses_nothing_and_sync_resumes_with_space() {
    let Some(fs) = Tmpfs::mount(1536) else { return };
    let server = TestServer::start();
    server.set("/small.xml", Route::feed(crate::support::fixture("rss2.xml")));
    server.set("/big.xml", Route::feed(big_feed(400)));
    let db = fs.point.join("bulletin.db");
    assert!(run_on(&db, &["feeds", "add", &server.url("/small.xml")]).status.success());
    let saved = run_on(&db, &["articles", "--json"]);
    let first: serde_json::Value = serde_json::from_slice(&saved.stdout).unwrap();
    let id = first[0]["id"].to_string();
    let out = run_on(&db, &["save", &id]);
    assert!(out.status.success(), "{}", stderr(&out));

    let out = run_on(&db, &["feeds", "add", &server.url("/big.xml")]);
    let out = if out.status.success() { run_on(&db, &["sync"]) } else { out };
    let err = stderr(&out);
    assert!(err.contains("disk is full"), "a full disk must say so:\n{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(integrity(&db), "ok");
    let saved = run_on(&db, &["articles", "--saved", "--json"]);
    let saved: serde_json::Value = serde_json::from_slice(&saved.stdout).unwrap();
    assert_eq!(saved.as_array().map(Vec::len), Some(1), "the saved article survived the full disk");

    // Space again: the next sync stores the big feed.
    fs.remount("size=64m");
    let out = run_on(&db, &["sync", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let all = run_on(&db, &["articles", "--limit", "1000", "--json"]);
    let all: serde_json::Value = serde_json::from_slice(&all.stdout).unwrap();
    assert!(all.as_array().unwrap().len() >= 400, "{} articles", all.as_array().unwrap().len());
    assert_eq!(integrity(&db), "ok");
}

#[test]
fn a_read_only_file_system_is_a_clear_error_and_writing_resumes() {
    let Some(fs) = Tmpfs::mount(8192) else { return };
    let db = fs.point.join("bulletin.db");
    assert!(run_on(&db, &["settings", "set", "theme", "light"]).status.success());
    fs.remount("ro");
    let out = run_on(&db, &["settings", "set", "theme", "dark"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("cannot be written") || err.contains("cannot be opened"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    fs.remount("rw");
    let out = run_on(&db, &["settings", "set", "theme", "dark"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(integrity(&db), "ok");
}

/// `bulletin ARGS` with the clock an hour behind, through libfaketime (what a
/// corrected clock or a wrong time zone does to a running machine). `None`
/// without faketime, unless the peers are required.
fn an_hour_ago(db: &Path, args: &[&str]) -> Option<Output> {
    let Ok(faketime) = which("faketime") else {
        assert!(
            std::env::var_os("BULLETIN_REQUIRE_PEERS").is_none(),
            "faketime is required (scripts/setup installs it)"
        );
        return None;
    };
    let out = Command::new(faketime)
        .args(["-f", "-1h"])
        .arg(env!("CARGO_BIN_EXE_bulletin"))
        .args(args)
        .env("BULLETIN_DB", db)
        .env("LANG", "C.UTF-8")
        // Timers (timeouts, the runtime) keep the real monotonic clock.
        .env("FAKETIME_DONT_FAKE_MONOTONIC", "1")
        .output()
        .unwrap();
    Some(out)
}

fn which(name: &str) -> Result<PathBuf, ()> {
    let path = std::env::var_os("PATH").ok_or(())?;
    std::env::split_paths(&path).map(|d| d.join(name)).find(|p| p.is_file()).ok_or(())
}

fn item(guid: &str, minutes_ago: i64) -> bulletin_testkit::Item {
    bulletin_testkit::Item::new(guid, &format!("Story {guid} from the harbour"), minutes_ago)
}

#[test]
fn a_clock_turned_back_an_hour_loses_nothing_and_due_feeds_still_sync() {
    let server = TestServer::start();
    let site = "https://clock.example";
    server.set("/clock.xml", Route::feed(bulletin_testkit::rss("Clock", site, &[item("a", 10), item("b", 20)])));
    let db = crate::support::Db::new();
    assert!(db.run(&["feeds", "add", &server.url("/clock.xml")]).status.success());
    let articles = db.json(&["articles"]);
    assert_eq!(articles.as_array().map(Vec::len), Some(2));
    let (a, b) = (articles[0]["id"].to_string(), articles[1]["id"].to_string());
    assert!(db.run(&["save", &a]).status.success());
    assert!(db.run(&["read", &b]).status.success());

    // A new item, and the clock an hour behind: the feed was fetched "in the
    // future", so a due-only sync (what the app's timer runs) fetches it now
    // instead of waiting out the hour.
    server.set(
        "/clock.xml",
        Route::feed(bulletin_testkit::rss("Clock", site, &[item("c", 5), item("a", 10), item("b", 20)])),
    );
    let Some(out) = an_hour_ago(&db.path, &["sync", "--due", "--json"]) else { return };
    assert!(out.status.success(), "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["new_articles"], 1, "the due feed synced with the clock turned back: {report}");
    let out = an_hour_ago(&db.path, &["articles", "--json"]).unwrap();
    assert!(out.status.success(), "{}", stderr(&out));

    // The clock right again: nothing duplicated, nothing the user did lost.
    let out = db.run(&["sync", "--due"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let articles = db.json(&["articles"]);
    let guids: std::collections::BTreeSet<String> =
        articles.as_array().unwrap().iter().map(|a| a["url"].as_str().unwrap_or_default().to_owned()).collect();
    assert_eq!((articles.as_array().unwrap().len(), guids.len()), (3, 3), "{articles}");
    let saved = db.json(&["articles", "--saved"]);
    assert_eq!(saved.as_array().map(Vec::len), Some(1));
    assert_eq!(saved[0]["id"].to_string(), a);
    let unread = db.json(&["articles", "--unread"]);
    assert!(
        unread.as_array().unwrap().iter().all(|x| x["id"] != b.parse::<serde_json::Value>().unwrap()),
        "b stays read: {unread}"
    );
    assert_eq!(integrity(&db.path), "ok");
}
