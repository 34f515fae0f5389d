//! Every fixture feed parses to exactly its golden expectation on disk
//! (`fixtures/<name>.golden.json`). After an intended change, regenerate with
//! `UPDATE_GOLDEN=1 cargo test -p bulletin-core --test golden` and review the diff.

use bulletin_core::parse::parse_feed;
use chrono::{DateTime, Utc};
use std::path::{Path, PathBuf};
use url::Url;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn fetched_at() -> DateTime<Utc> {
    "2026-11-24T12:00:00Z".parse().unwrap()
}

fn parse_fixture(name: &str) -> serde_json::Value {
    let body = std::fs::read(fixtures().join(name)).unwrap();
    let url = Url::parse(&format!("https://fixtures.example/{name}")).unwrap();
    match parse_feed(&body, None, &url, fetched_at()) {
        Ok(feed) => serde_json::to_value(feed).unwrap(),
        Err(e) => serde_json::json!({ "error": e.to_string(), "permanent": e.is_permanent() }),
    }
}

#[test]
fn fixtures_match_their_golden_files() {
    let mut names: Vec<String> = std::fs::read_dir(fixtures())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.ends_with(".golden.json"))
        .collect();
    names.sort();
    assert!(names.len() >= 10, "fixtures missing: {names:?}");
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut mismatched = Vec::new();
    for name in &names {
        let actual = parse_fixture(name);
        let golden_path = fixtures().join(format!("{name}.golden.json"));
        if update {
            std::fs::write(&golden_path, serde_json::to_string_pretty(&actual).unwrap() + "\n").unwrap();
            continue;
        }
        let golden: serde_json::Value = match std::fs::read_to_string(&golden_path) {
            Ok(s) => serde_json::from_str(&s).unwrap(),
            Err(_) => panic!("no golden file for {name}; run with UPDATE_GOLDEN=1"),
        };
        if golden != actual {
            mismatched.push(format!("{name}:\n{}", serde_json::to_string_pretty(&actual).unwrap()));
        }
    }
    assert!(mismatched.is_empty(), "differs from golden:\n{}", mismatched.join("\n"));
}

fn entries(name: &str) -> Vec<serde_json::Value> {
    parse_fixture(name)["entries"].as_array().cloned().unwrap_or_default()
}

#[test]
fn billion_laughs_is_not_expanded() {
    let v = parse_fixture("billion_laughs.xml");
    let text = v.to_string();
    assert!(text.len() < 10_000, "entities were expanded: {} bytes", text.len());
    assert!(!text.contains("lollol"), "{text}");
}

#[test]
fn xxe_does_not_read_files_or_the_network() {
    let text = parse_fixture("xxe.xml").to_string();
    assert!(!text.contains("root:"), "{text}");
}

#[test]
fn xss_in_every_field_is_neutralised() {
    let e = &entries("xss.xml")[0];
    let html = e["content_html"].as_str().unwrap();
    for bad in [
        "<script",
        "onerror",
        "onmouseover",
        "onload",
        "javascript:",
        "<iframe",
        "<form",
        "<input",
        "<object",
        "<embed",
        "<meta",
        "<base",
        "<style",
        "style=",
    ] {
        assert!(!html.to_lowercase().contains(bad), "{bad} survived in {html}");
    }
    assert!(html.contains("https://ok.example/"), "{html}");
    // Titles are plain text: markup in them is never HTML, and links must be http(s).
    assert_eq!(e["url"], serde_json::Value::Null);
    assert!(!e["summary"].as_str().unwrap().contains('<'));
}

#[test]
fn latin1_is_decoded_from_the_xml_declaration() {
    assert_eq!(entries("latin1.xml")[0]["title"], "Café crème et débat à l'Assemblée");
}

#[test]
fn identity_rules() {
    let e = entries("identity.xml");
    let guids: Vec<&str> = e.iter().map(|x| x["guid"].as_str().unwrap()).collect();
    assert_eq!(guids.iter().filter(|g| **g == "dup-guid").count(), 1, "{guids:?}");
    assert!(guids.contains(&"https://edge.example/two"), "{guids:?}");
    assert!(guids.iter().any(|g| g.starts_with("hash:")), "{guids:?}");
    let untitled = e.iter().find(|x| x["guid"].as_str().unwrap().starts_with("hash:")).unwrap();
    assert_eq!(untitled["title"], "No title, no link, no date.");
    assert_eq!(untitled["published"], serde_json::Value::Null, "no date → undated (the arrival policy dates it)");
    let future = e.iter().find(|x| x["guid"] == "future").unwrap();
    assert_eq!(future["published"], "2026-11-24T12:00:00Z", "future dates are clamped");
}

#[test]
fn the_same_document_always_yields_the_same_identities() {
    for name in ["identity.xml", "rss2.xml", "atom.xml", "jsonfeed.json"] {
        assert_eq!(parse_fixture(name), parse_fixture(name), "{name}");
    }
}
