//! The CLI speaks the system's language, or the `language` setting; JSON never changes.

use crate::support::{Db, bin};

fn text(out: &std::process::Output) -> String {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn run_in(db: &Db, lang: &str, args: &[&str]) -> String {
    text(&bin().env("BULLETIN_DB", &db.path).env("LANG", lang).args(args).output().unwrap())
}

#[test]
fn messages_follow_the_system_language() {
    let db = Db::new();
    assert_eq!(run_in(&db, "C.UTF-8", &["articles"]).trim(), "No articles.");
    assert_eq!(run_in(&db, "de_DE.UTF-8", &["articles"]).trim(), "Keine Artikel.");
    assert_eq!(run_in(&db, "es_ES.UTF-8", &["articles"]).trim(), "No hay artículos.");
    assert_eq!(run_in(&db, "zh_CN.UTF-8", &["articles"]).trim(), "没有文章。");
    // A language Bulletin does not speak: English.
    assert_eq!(run_in(&db, "fr_FR.UTF-8", &["articles"]).trim(), "No articles.");
    // Plural forms: one and other.
    assert_eq!(run_in(&db, "de_DE.UTF-8", &["mark-read", "--all"]).trim(), "0 Artikel als gelesen markiert");
    assert_eq!(run_in(&db, "C.UTF-8", &["mark-read", "--all"]).trim(), "0 articles marked read");
}

#[test]
fn the_setting_wins_over_the_system_and_json_is_never_translated() {
    let db = Db::new();
    let json_before = db.json(&["articles"]);
    text(&db.run(&["settings", "set", "language", "es"]));
    assert_eq!(run_in(&db, "de_DE.UTF-8", &["articles"]).trim(), "No hay artículos.");
    assert_eq!(db.json(&["articles"]), json_before);
    let settings = db.json(&["settings"]);
    assert_eq!(settings["language"], "es");

    let refused = db.run(&["settings", "set", "language", "klingon"]);
    assert!(!refused.status.success());
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(err.contains("language must be system or one of en, de, es, zh-CN, ar"), "{err}");

    text(&db.run(&["settings", "set", "language", "system"]));
    assert_eq!(run_in(&db, "zh_CN.UTF-8", &["articles"]).trim(), "没有文章。");
}
