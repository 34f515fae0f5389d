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
    // In the language of the setting, as every message.
    assert!(err.contains("language debe ser system o uno de en, de, es, zh-CN, ar, no «klingon»"), "{err}");

    text(&db.run(&["settings", "set", "language", "system"]));
    assert_eq!(run_in(&db, "zh_CN.UTF-8", &["articles"]).trim(), "没有文章。");
}

#[test]
fn errors_speak_the_language_too() {
    let db = Db::new();
    let err = |lang: &str, args: &[&str]| {
        let out = bin().env("BULLETIN_DB", &db.path).env("LANG", lang).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?} must fail");
        String::from_utf8_lossy(&out.stderr).trim().to_owned()
    };
    let theme = ["settings", "set", "theme", "neon"];
    assert_eq!(err("C.UTF-8", &theme), "error: theme must be system, light or dark, not \"neon\"");
    assert_eq!(err("de_DE.UTF-8", &theme), "Fehler: theme muss system, light oder dark sein, nicht „neon“");
    assert_eq!(err("zh_CN.UTF-8", &["feeds", "remove", "99"]), "错误：没有 ID 为 99 的订阅源");
    assert_eq!(err("es_ES.UTF-8", &["read", "12345"]), "error: no hay ningún artículo con el id 12345");
}

#[test]
fn help_follows_the_system_language() {
    let help = |lang: &str, args: &[&str]| {
        let out = bin().env("LANG", lang).args(args).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let german = help("de_DE.UTF-8", &["--help"]);
    assert!(german.contains("Aufruf: bulletin") && german.contains("Befehle:"), "{german}");
    assert!(german.contains("feeds          Abonnements verwalten"), "{german}");
    let chinese = help("zh_CN.UTF-8", &["sync", "--help"]);
    assert!(chinese.contains("立即获取订阅源") && chinese.contains("--concurrency"), "{chinese}");
    let english = help("C.UTF-8", &["sync", "--help"]);
    assert!(english.contains("Usage: bulletin sync") && english.contains("Fetch feeds now"), "{english}");
    // Usage errors still exit 2.
    let out = bin().env("LANG", "de_DE.UTF-8").args(["sync", "--concurrency", "0"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_feeds_last_error_is_worded_in_the_readers_language_and_json_stays_english() {
    let server = bulletin_testkit::TestServer::start();
    let feed =
        bulletin_testkit::rss("Gone soon", "https://gone.example", &[bulletin_testkit::Item::new("a", "A story", 5)]);
    server.set("/gone.xml", bulletin_testkit::Route::feed(feed));
    let db = Db::new();
    text(&db.run(&["feeds", "add", &server.url("/gone.xml")]));
    server.set("/gone.xml", bulletin_testkit::Route::status(410));
    text(&db.run(&["sync"]));
    let german = run_in(&db, "de_DE.UTF-8", &["feeds", "list"]);
    assert!(german.contains("Der Feed existiert nicht mehr (HTTP 410); er wird nicht mehr abgerufen"), "{german}");
    let json = db.json(&["feeds", "list"]);
    assert_eq!(json[0]["last_error"], "the feed is gone (HTTP 410); it will not be fetched again");
}

#[test]
fn usage_errors_and_help_brackets_speak_the_language_too() {
    let run = |lang: &str, args: &[&str]| {
        let out = bin().env("LANG", lang).args(args).output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    let (code, err, _) = run("de_DE.UTF-8", &["sync", "--conc", "3"]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.starts_with("Fehler: unerwartetes Argument „--conc“"), "{err}");
    assert!(err.contains("Tipp: es gibt ein ähnliches Argument: „--concurrency“"), "{err}");
    assert!(err.contains("Aufruf: bulletin sync") && err.contains("Mehr dazu mit „--help“."), "{err}");
    let (code, err, _) = run("de_DE.UTF-8", &["sync", "--concurrency", "0"]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("ungültiger Wert „0“ für „--concurrency <CONCURRENCY>“: muss eine ganze Zahl von 1 bis 256 sein"),
        "{err}"
    );
    let (code, err, _) = run("zh_CN.UTF-8", &["synk"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("无法识别的子命令“synk”") && err.contains("提示：有相似的子命令：“sync”"), "{err}");
    let (code, err, _) = run("es_ES.UTF-8", &["show", "abc"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("valor no válido «abc» para «<ID>»: no es un número entero"), "{err}");
    // English is clap's own, as before.
    let (code, err, _) = run("C.UTF-8", &["sync", "--conc", "3"]);
    assert_eq!(code, Some(2));
    assert!(err.starts_with("error: unexpected argument '--conc' found"), "{err}");

    // Help: defaults, choices, the environment and the `help` command worded too.
    let (_, _, help) = run("de_DE.UTF-8", &["sync", "--help"]);
    assert!(help.contains("[Standard: 16]") && help.contains("[Umgebung: BULLETIN_DB]"), "{help}");
    assert!(!help.contains("[default:") && !help.contains("[env:"), "{help}");
    let (_, _, help) = run("de_DE.UTF-8", &["feeds", "--help"]);
    assert!(help.contains("Befehle:") && help.contains("help    Diese Hilfe"), "{help}");
    let (_, _, help) = run("es_ES.UTF-8", &["filters", "add", "--help"]);
    assert!(help.contains("[valores posibles: title, body, author, any]"), "{help}");
}

#[test]
fn the_clis_own_refusals_speak_the_language() {
    let db = Db::new();
    let out = bin()
        .env("BULLETIN_DB", &db.path)
        .env("LANG", "de_DE.UTF-8")
        .env_remove("BULLETIN_PASSWORD")
        .args(["account", "add", "greader", "--url", "https://news.example/api/greader.php", "--user", "me"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim(), "Fehler: kein Passwort: --password-stdin angeben oder BULLETIN_PASSWORD setzen");
    // A database whose directory is a file: the CLI's own context, then the engine's reason.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("file"), "").unwrap();
    let path = dir.path().join("file").join("b.db");
    let out = bin().env("LANG", "zh_CN.UTF-8").arg("--db").arg(&path).arg("articles").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with(&format!("错误：打开 {} 时：", path.display())), "{err}");
}
