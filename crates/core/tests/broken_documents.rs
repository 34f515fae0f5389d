//! Documents that made a parser panic, each kept as a regression test: the
//! parse returns (a feed or an error that says why), it never panics.

use bulletin_core::parse::parse_feed;
use chrono::Utc;
use url::Url;

fn parse(doc: &[u8]) -> Result<bulletin_core::parsed::ParsedFeed, bulletin_core::FetchError> {
    let url = Url::parse("https://broken.example/feed.xml").unwrap();
    parse_feed(doc, Some("application/rss+xml"), &url, Utc::now())
}

#[test]
fn a_second_xml_declaration_is_read_not_a_panic() {
    // quick-xml: "set_encoding() called after prefix buffer was drained".
    let doc = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rdf> <?xml version=\"1.0\" encoding=\"UTF-8\"?>\
               <rss version=\"2.0\"><channel><title>Twice</title><item><title>One</title>\
               <link>https://twice.example/1</link></item></channel></rss>";
    match parse(doc.as_bytes()) {
        Ok(feed) => assert!(feed.entries.len() <= 1),
        Err(e) => assert!(!e.to_string().is_empty()),
    }
}

#[test]
fn a_second_xml_declaration_behind_junk_bytes_is_read_not_a_panic() {
    // Found by fuzzing: junk before the first declaration kept both in place.
    for junk in ["\u{1}", "junk ", "\u{feff}\u{feff}", "<!-- c -->"] {
        let doc = format!(
            "{junk}<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rdf> <?xml version=\"1.0\" encoding=\"UTF-16\"?><rss/>"
        );
        let result = parse(doc.as_bytes());
        if let Err(e) = result {
            assert!(!e.to_string().contains("panicked"), "{e}");
        }
    }
}

#[test]
fn a_root_with_a_broken_version_attribute_is_read_not_a_panic() {
    // Found by fuzzing: our root-element repair sliced inside the attribute.
    // And what the fuzzer of this session found: a version value never closed.
    let fuzzed = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"tem\n<item><title>nevnr dees\n";
    for doc in
        ["<rss version=\"2<rss>", "<rss version='", "<rss version=\"2.0", "<rdf", fuzzed, "<rss\tversion=\"0.9x\">"]
    {
        // The unguarded parser: this must not panic at all, not merely be caught.
        let url = Url::parse("https://broken.example/feed.xml").unwrap();
        let _ = bulletin_core::parse::parse_document_unguarded(doc.as_bytes(), None, &url, Utc::now());
    }
}

#[test]
fn a_date_with_a_multibyte_character_where_iso_has_digits_is_read_not_a_panic() {
    // Found by fuzzing: the ISO date reader sliced at a fixed byte.
    for date in ["2024-01-0é", "2024-01-0éT10:00:00Z", "202€-01-01", "2024-01-01T1é:00"] {
        let doc = format!(
            "<rss version=\"2.0\"><channel><title>D</title><item><title>x</title><link>https://d.example/1</link>\
             <pubDate>{date}</pubDate></item></channel></rss>"
        );
        let feed = parse(doc.as_bytes()).unwrap_or_else(|e| panic!("{date}: {e}"));
        assert_eq!(feed.entries.len(), 1, "{date}");
    }
}
