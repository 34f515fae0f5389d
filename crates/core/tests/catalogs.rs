//! The message catalogs (ui/locales/<language>/*.ftl): each parses, each
//! language has every English message with no variable English does not
//! give, the UI's catalog stays within what ui/js/i18n.js reads, and every
//! message the code asks for exists.

use bulletin_core::i18n::{CATALOGS, LANGUAGES, catalog};
use bulletin_core::tr;
use fluent_bundle::FluentResource;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const FILES: &[&str] = &["app", "cli", "notifications", "desktop", "errors", "help"];

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// Variables a pattern uses, and whether it uses anything beyond the UI's subset.
fn walk(p: &Pattern<&str>, vars: &mut BTreeSet<String>, beyond: &mut Vec<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expression_vars(expression, vars, beyond);
        }
    }
}

fn inline(e: &InlineExpression<&str>, vars: &mut BTreeSet<String>, beyond: &mut Vec<String>) {
    match e {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
        InlineExpression::Placeable { expression } => expression_vars(expression, vars, beyond),
        other => beyond.push(format!("{other:?}")),
    }
}

fn expression_vars(e: &Expression<&str>, vars: &mut BTreeSet<String>, beyond: &mut Vec<String>) {
    match e {
        Expression::Inline(i) => inline(i, vars, beyond),
        Expression::Select { selector, variants } => {
            inline(selector, vars, beyond);
            for v in variants {
                walk(&v.value, vars, beyond);
            }
        }
    }
}

/// id → variables, for one catalog; fails on syntax errors and on what the UI cannot read.
fn messages(lang: &str, file: &str) -> BTreeMap<String, BTreeSet<String>> {
    let text = catalog(lang, file).unwrap_or_else(|| panic!("no {lang}/{file}.ftl"));
    let resource = FluentResource::try_new(text.to_owned())
        .unwrap_or_else(|(_, errors)| panic!("{lang}/{file}.ftl does not parse: {errors:?}"));
    let mut out = BTreeMap::new();
    for entry in resource.entries() {
        match entry {
            Entry::Message(m) => {
                assert!(m.attributes.is_empty(), "{lang}/{file}.ftl: {} has attributes", m.id.name);
                let (mut vars, mut beyond) = (BTreeSet::new(), Vec::new());
                let value = m.value.as_ref().unwrap_or_else(|| panic!("{lang}/{file}.ftl: {} has no value", m.id.name));
                walk(value, &mut vars, &mut beyond);
                assert!(beyond.is_empty(), "{lang}/{file}.ftl: {} uses {beyond:?} (not read by i18n.js)", m.id.name);
                assert!(out.insert(m.id.name.to_owned(), vars).is_none(), "{lang}/{file}.ftl: {} twice", m.id.name);
            }
            Entry::Term(t) => panic!("{lang}/{file}.ftl: term -{} (not read by i18n.js)", t.id.name),
            _ => {}
        }
    }
    out
}

#[test]
fn every_language_has_every_message_and_no_variable_english_lacks() {
    for file in FILES {
        let english = messages("en", file);
        assert!(english.len() >= 4, "{file}.ftl: {} messages", english.len());
        for (lang, _) in LANGUAGES.iter().filter(|(l, _)| *l != "en") {
            let other = messages(lang, file);
            let missing: Vec<&String> = english.keys().filter(|id| !other.contains_key(*id)).collect();
            assert!(missing.is_empty(), "{lang}/{file}.ftl lacks {missing:?}");
            let extra: Vec<&String> = other.keys().filter(|id| !english.contains_key(*id)).collect();
            assert!(extra.is_empty(), "{lang}/{file}.ftl has {extra:?}, which English has not");
            for (id, vars) in &other {
                let unknown: Vec<&String> = vars.difference(&english[id]).collect();
                assert!(unknown.is_empty(), "{lang}/{file}.ftl: {id} uses {unknown:?}, which are never given");
            }
        }
    }
}

#[test]
fn the_compiled_catalogs_are_the_files_on_disk() {
    assert_eq!(CATALOGS.len(), LANGUAGES.len() * FILES.len());
    for (lang, file, text) in CATALOGS {
        let disk = std::fs::read_to_string(root().join(format!("ui/locales/{lang}/{file}.ftl"))).unwrap();
        assert_eq!(&disk, text, "{lang}/{file}.ftl");
    }
}

/// Quoted ids after `marker` in `text` ("t('" → the ids of t('…') calls).
fn ids_after(text: &str, marker: &str, close: char) -> Vec<String> {
    text.match_indices(marker)
        // `t!("` inside `assert!("`, `t('` inside `split('`: not a call.
        .filter(|(i, _)| !text[..*i].ends_with(|c: char| c.is_alphanumeric() || c == '_'))
        .filter_map(|(i, _)| {
            let rest = &text[i + marker.len()..];
            let id: String = rest.chars().take_while(|&c| c != close).collect();
            let ok = !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
            ok.then_some(id)
        })
        .collect()
}

#[test]
fn every_message_the_ui_asks_for_exists() {
    let english = messages("en", "app");
    let mut asked = Vec::new();
    for entry in std::fs::read_dir(root().join("ui/js")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        asked.extend(ids_after(&text, "t('", '\''));
    }
    let html = std::fs::read_to_string(root().join("ui/index.html")).unwrap();
    for attr in ["data-l10n-id=\"", "data-l10n-title=\"", "data-l10n-aria-label=\"", "data-l10n-placeholder=\""] {
        asked.extend(ids_after(&html, attr, '"'));
    }
    // Ids the UI builds from a value: every value it can have.
    for (prefix, values) in [
        ("reason-", &["marker", "sources", "keyword", "rule"][..]),
        ("status-", &["folded", "held", "digest", "paused"][..]),
        ("theme-", &["system", "light", "dark"][..]),
        ("empty-", &["unread", "saved", "search", "hidden", "list"][..]),
        ("feed-status-", &["new", "ok", "error", "gone"][..]),
        ("filter-action-", &["hide", "read", "save", "notify"][..]),
        ("filter-field-", &["any", "title", "body", "author"][..]),
        ("account-status-", &["ok", "error", "auth"][..]),
        ("kind-", &["greader", "fever"][..]),
        ("rule-", &["off", "breaking", "all"][..]),
        (
            "change-",
            &[
                "read",
                "unread",
                "save",
                "unsave",
                "subscribe",
                "unsubscribe",
                "rename-feed",
                "move-feed",
                "rename-category",
                "remove-category",
            ][..],
        ),
    ] {
        for v in values {
            asked.push(format!("{prefix}{v}"));
            if prefix == "empty-" {
                asked.push(format!("{prefix}{v}-hint"));
            }
        }
    }
    assert!(asked.len() > 100, "the UI asks for {} messages", asked.len());
    let missing: BTreeSet<&String> = asked.iter().filter(|id| !english.contains_key(*id)).collect();
    assert!(missing.is_empty(), "the UI asks for messages en/app.ftl lacks: {missing:?}");
}

#[test]
fn every_message_the_engine_asks_for_exists() {
    let mut english = BTreeMap::new();
    for file in ["cli", "notifications", "desktop", "errors"] {
        english.extend(messages("en", file));
    }
    let mut asked = Vec::new();
    let mut dirs = vec![root().join("crates/core/src"), root().join("crates/cli/src"), root().join("src-tauri")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                // Comments show the macros with made-up ids.
                let text: String =
                    text.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
                for marker in
                    ["tr!(lang, \"", "tr!(policy.lang, \"", "t!(\"", "item(\"open\", \"", "refusal!(\"", "invalid!(\""]
                {
                    asked.extend(ids_after(&text, marker, '"'));
                }
                for marker in ["\", \"tray-", "tr!(\"en\", \""] {
                    asked.extend(
                        ids_after(&text, marker, '"')
                            .into_iter()
                            .map(|id| if marker.contains("tray") { format!("tray-{id}") } else { id }),
                    );
                }
            }
        }
    }
    assert!(asked.len() > 100, "the engine asks for {} messages", asked.len());
    let missing: BTreeSet<&String> =
        asked.iter().filter(|id| !english.contains_key(*id) && *id != "no-such-message").collect();
    assert!(missing.is_empty(), "the engine asks for messages the catalogs lack: {missing:?}");
}

#[test]
fn errors_speak_the_language_asked_for_and_english_in_logs() {
    use bulletin_core::refusal::Localized;
    use bulletin_core::{Error, FeedId, FetchError};
    let e = Error::FeedNotFound(FeedId(7));
    assert_eq!(e.to_string(), "no feed with id 7");
    assert_eq!(e.in_language("de"), "Kein Feed mit der ID 7");
    assert_eq!(e.in_language("zh-CN"), "没有 ID 为 7 的订阅源");
    let refused = bulletin_core::invalid!("err-setting-theme", value = "neon");
    assert_eq!(refused.to_string(), "theme must be system, light or dark, not \"neon\"");
    assert_eq!(refused.in_language("es"), "theme debe ser system, light o dark, no «neon»");
    let fetch = Error::from(FetchError::Status(404));
    assert_eq!((fetch.to_string(), fetch.in_language("ar")), ("HTTP 404".into(), "HTTP 404".into()));
    assert_eq!(FetchError::Timeout.in_language("de"), "Zeitüberschreitung");
    // A language without the message falls back to English, never to an id.
    assert_eq!(Error::FeedNotFound(FeedId(7)).in_language("xx"), "no feed with id 7");
}

#[test]
fn plural_forms_follow_each_language() {
    assert_eq!(tr!("en", "notify-quiet-digest", count = 1), "1 story during quiet hours");
    assert_eq!(tr!("en", "notify-quiet-digest", count = 2), "2 stories during quiet hours");
    assert_eq!(tr!("de", "notify-more-breaking", count = 1), "1 weitere Eilmeldung");
    assert_eq!(tr!("de", "notify-more-breaking", count = 4), "4 weitere Eilmeldungen");
    assert_eq!(tr!("es", "cli-marked-read", count = 1), "1 artículo marcado como leído");
    assert_eq!(tr!("es", "cli-marked-read", count = 2), "2 artículos marcados como leídos");
    assert_eq!(tr!("zh-CN", "notify-more-stories", count = 1), "另有 1 条新闻");
    let summary = |lang, accounts: usize| {
        tr!(
            lang,
            "cli-sync-summary",
            new = 1,
            feeds = 2,
            accounts = accounts,
            updated = 2,
            unchanged = 0,
            failed = 0,
            skipped = 0,
            ms = 5
        )
    };
    assert_eq!(summary("en", 0), "1 new article from 2 feeds (2 updated, 0 unchanged, 0 failed, 0 skipped) in 5 ms");
    assert_eq!(
        summary("en", 1),
        "1 new article from 2 feeds and 1 server account (2 updated, 0 unchanged, 0 failed, 0 skipped) in 5 ms"
    );
    assert!(summary("de", 3).starts_with("1 neuer Artikel aus 2 Feeds und 3 Serverkonten ("), "{}", summary("de", 3));
}
