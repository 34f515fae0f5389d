//! OPML round trip with newsboat: ours → `newsboat -i` → `newsboat -e` → ours.

use crate::support::*;
use std::process::Command;

fn newsboat_available() -> bool {
    Command::new("newsboat").arg("-v").output().is_ok_and(|o| o.status.success())
}

#[test]
fn opml_round_trips_through_newsboat() {
    if !newsboat_available() {
        // CI installs newsboat (.ci/run); a missing peer there is a failure, not a skip.
        assert!(
            std::env::var_os("BULLETIN_REQUIRE_PEERS").is_none(),
            "newsboat is required (scripts/setup installs it)"
        );
        eprintln!("newsboat not installed; skipping the round trip");
        return;
    }
    let db = Db::new();
    db.json(&["starter"]);
    let ours = db.dir.path().join("ours.opml");
    assert!(db.run(&["opml", "export", "-o", ours.to_str().unwrap()]).status.success());

    let home = tempfile::tempdir().unwrap();
    let urls = home.path().join("urls");
    let nb = |args: &[&str]| {
        Command::new("newsboat")
            .env("HOME", home.path())
            .arg("-u")
            .arg(&urls)
            .arg("-c")
            .arg(home.path().join("cache.db"))
            .args(args)
            .output()
            .unwrap()
    };
    let out = nb(&["-i", ours.to_str().unwrap()]);
    assert!(out.status.success(), "newsboat -i: {}", String::from_utf8_lossy(&out.stderr));
    let out = nb(&["-e"]);
    assert!(out.status.success(), "newsboat -e: {}", String::from_utf8_lossy(&out.stderr));
    let theirs = home.path().join("theirs.opml");
    std::fs::write(&theirs, &out.stdout).unwrap();

    let back = Db::new();
    let r = back.json(&["opml", "import", theirs.to_str().unwrap()]);
    let mut a: Vec<String> =
        db.json(&["feeds", "list"]).as_array().unwrap().iter().map(|f| f["url"].as_str().unwrap().to_owned()).collect();
    let mut b: Vec<String> = back
        .json(&["feeds", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["url"].as_str().unwrap().to_owned())
        .collect();
    a.sort();
    b.sort();
    assert_eq!(a, b, "import report: {r}");
}
