//! `bulletin account …` and server articles through the CLI, against the
//! testkit's GReader server: the contract's JSON, the password kept out of
//! everything, queued changes surviving a kill -9.

use crate::support::{Db, has_keys};
use bulletin_testkit::greader::{Dialect, Fault, GReaderServer};
use bulletin_testkit::session::{self, Session};
use std::process::Stdio;
use std::time::Duration;

const PASSWORD: &str = "correct horse battery staple";

impl Db {
    /// `bulletin ARGS --json` with the password in the environment and the
    /// credentials in a file beside the database (never a developer's keyring).
    fn account_json(&self, args: &[&str]) -> serde_json::Value {
        let out = self.account_run(args, true);
        assert!(out.status.success(), "bulletin {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
        serde_json::from_slice(&out.stdout).unwrap()
    }

    fn account_run(&self, args: &[&str], json: bool) -> std::process::Output {
        let mut all = args.to_vec();
        if json {
            all.push("--json");
        }
        crate::support::bin()
            .env("BULLETIN_DB", &self.path)
            .env("BULLETIN_PASSWORD", PASSWORD)
            .env("BULLETIN_CREDENTIALS", "file")
            .args(&all)
            .output()
            .unwrap()
    }
}

fn server_with_news() -> GReaderServer {
    let server = GReaderServer::start(Dialect::FreshRss, "ann", PASSWORD);
    let world = server.add_feed("https://world.example/feed", "World Desk", Some("World News"));
    server.add_item(&world, "Summit opens in Geneva", "<p>Leaders met.</p>", Duration::from_secs(600));
    server.add_item(&world, "Markets close higher", "<p>Stocks rose.</p>", Duration::from_secs(1200));
    server
}

fn add_account(db: &Db, server: &GReaderServer) -> i64 {
    let account = db.account_json(&["account", "add", "greader", "--url", &server.endpoint(), "--user", "ann"]);
    has_keys(&account, &["id", "kind", "url", "user"]);
    assert_eq!(account["kind"], "greader");
    assert_eq!(account["user"], "ann");
    account["id"].as_i64().unwrap()
}

#[test]
fn an_account_syncs_and_its_articles_carry_it_through_the_contract() {
    let db = Db::new();
    let server = server_with_news();
    let out = db.account_run(&["account", "add", "greader", "--url", &server.endpoint(), "--user", "ann"], true);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("plain http"), "a visible warning for http: {stderr}");
    let id = serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()["id"].as_i64().unwrap();

    let sync = db.account_json(&["sync"]);
    let accounts = sync["accounts"].as_array().unwrap();
    assert_eq!(accounts.len(), 1);
    has_keys(&accounts[0], &["id", "kind", "status", "new", "sent", "error"]);
    assert_eq!((accounts[0]["status"].as_str(), accounts[0]["new"].as_i64()), (Some("ok"), Some(2)));
    assert_eq!(sync["new_articles"], 2);

    let list = db.account_json(&["account", "list"]);
    let a = &list.as_array().unwrap()[0];
    has_keys(a, &["id", "kind", "url", "user", "status", "last_sync", "last_error", "feeds", "unread", "pending"]);
    assert_eq!((a["feeds"].as_i64(), a["unread"].as_i64(), a["pending"].as_i64()), (Some(1), Some(2), Some(0)));

    let feeds = db.account_json(&["feeds", "list"]);
    assert_eq!(feeds[0]["account"], id);
    let articles = db.account_json(&["articles"]);
    assert_eq!(articles.as_array().unwrap().len(), 2);
    assert!(articles.as_array().unwrap().iter().all(|a| a["account"] == id));

    // A read and a save are queued, then sent by the next sync.
    let article = articles[0]["id"].as_i64().unwrap().to_string();
    db.account_json(&["read", &article]);
    db.account_json(&["save", &article]);
    assert_eq!(db.account_json(&["account", "list"])[0]["pending"], 2);
    let sync = db.account_json(&["sync"]);
    assert_eq!(sync["accounts"][0]["sent"], 2);
    assert_eq!(db.account_json(&["account", "list"])[0]["pending"], 0);

    // Subscribing on the server, from a URL and from OPML.
    db.account_json(&["feeds", "add", "https://tech.example/feed", "--category", "Tech", "--account", &id.to_string()]);
    let opml = db.dir.path().join("more.opml");
    std::fs::write(
        &opml,
        r#"<opml version="2.0"><body><outline text="S" xmlUrl="https://science.example/feed"/></body></opml>"#,
    )
    .unwrap();
    let imported = db.account_json(&["opml", "import", opml.to_str().unwrap(), "--account", &id.to_string()]);
    assert_eq!(imported["added"], 1);
    let urls: Vec<String> = server.feeds().into_iter().map(|f| f.url).collect();
    assert_eq!(urls, ["https://world.example/feed", "https://tech.example/feed", "https://science.example/feed"]);
    assert_eq!(db.account_json(&["feeds", "list"]).as_array().unwrap().len(), 3);

    // The password is nowhere but the private credentials file.
    let db_bytes = std::fs::read(&db.path).unwrap();
    let needle = PASSWORD.as_bytes();
    assert!(!db_bytes.windows(needle.len()).any(|w| w == needle), "the password is in the database");
    for f in std::fs::read_dir(db.dir.path()).unwrap().flatten() {
        let name = f.file_name().to_string_lossy().into_owned();
        let bytes = std::fs::read(f.path()).unwrap();
        let holds = bytes.windows(needle.len()).any(|w| w == needle);
        assert_eq!(holds, name == "bulletin.db.secrets", "{name}");
    }

    // Removing the account keeps the saved article.
    db.account_json(&["account", "remove", &id.to_string()]);
    let left = db.account_json(&["articles"]);
    assert_eq!(left.as_array().unwrap().len(), 1);
    assert_eq!(left[0]["saved"], true);
    assert_eq!(left[0]["account"], serde_json::Value::Null);
}

#[test]
fn a_wrong_password_is_a_clear_error_and_adds_nothing() {
    let db = Db::new();
    let server = GReaderServer::start(Dialect::Miniflux, "ann", "another password");
    let out = db.account_run(&["account", "add", "greader", "--url", &server.endpoint(), "--user", "ann"], false);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("refused the login"), "{stderr}");
    assert!(!stderr.contains(PASSWORD));
    assert_eq!(db.account_json(&["account", "list"]), serde_json::json!([]));
}

#[test]
fn a_change_queued_before_a_kill_9_is_sent_by_the_next_sync() {
    let db = Db::new();
    let server = server_with_news();
    add_account(&db, &server);
    db.account_json(&["sync"]);
    let articles = db.account_json(&["articles"]);
    let article = articles[0]["id"].as_i64().unwrap().to_string();
    db.account_json(&["read", &article]);

    // The server hangs; the sync is killed while its edit-tag is in flight.
    server.set_fault(Some(Fault::Hang("reader/api/0/edit-tag")));
    server.clear_requests();
    let mut child = crate::support::bin()
        .env("BULLETIN_DB", &db.path)
        .env("BULLETIN_CREDENTIALS", "file")
        .args(["sync", "--json"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while !server.requests().iter().any(|r| r == "reader/api/0/edit-tag") {
        assert!(std::time::Instant::now() < deadline, "the sync never sent the change: {:?}", server.requests());
        std::thread::sleep(Duration::from_millis(50));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();

    server.set_fault(None);
    let sync = db.account_json(&["sync"]);
    assert_eq!(sync["accounts"][0]["status"], "ok");
    assert_eq!(db.account_json(&["account", "list"])[0]["pending"], 0);
    assert_eq!(articles[0]["title"], "Summit opens in Geneva");
    assert!(server.is_read(1_795_621_455_265_061), "the first item, read here, is read there");
    assert_eq!(db.account_json(&["articles", "--unread"]).as_array().unwrap().len(), 1);
}

#[test]
fn the_password_goes_to_the_system_keyring_where_there_is_one() {
    if !session::require(&["Xvfb", "dbus-daemon", "dbus-send", "gnome-keyring-daemon", "secret-tool"]) {
        return;
    }
    let db = Db::new();
    let mut s = Session::start();
    s.start_secret_service(&db.dir.path().join("data"));
    let server = server_with_news();
    let bulletin = |args: &[&str], password: bool| {
        let mut cmd = s.command(env!("CARGO_BIN_EXE_bulletin"));
        cmd.env("BULLETIN_DB", &db.path).env_remove("BULLETIN_CREDENTIALS").args(args).arg("--json");
        if password {
            cmd.env("BULLETIN_PASSWORD", PASSWORD);
        }
        let out = cmd.output().unwrap();
        assert!(out.status.success(), "bulletin {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        (
            serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (account, warnings) =
        bulletin(&["account", "add", "greader", "--url", &server.endpoint(), "--user", "ann"], true);
    assert!(!warnings.contains("no credential store"), "{warnings}");
    assert!(!db.dir.path().join("bulletin.db.secrets").exists(), "no file where there is a keyring");
    let lookup = |s: &Session| {
        let out = s.command("secret-tool").args(["search", "service", "Bulletin"]).output().unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr)
    };
    assert!(lookup(&s).contains(&format!("ann@{}", server.endpoint())), "{}", lookup(&s));
    // The next run finds it there, with no password given.
    let (sync, _) = bulletin(&["sync"], false);
    assert_eq!(sync["accounts"][0]["status"], "ok", "{sync}");
    assert_eq!(sync["accounts"][0]["new"], 2);
    // Removing the account removes its password.
    bulletin(&["account", "remove", &account["id"].to_string()], false);
    assert!(!lookup(&s).contains("ann@"), "{}", lookup(&s));
}
