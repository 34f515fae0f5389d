//! Any bytes as a feed document (RSS, Atom, JSON Feed, the lenient paths), as
//! sync and `feeds add` parse them. The parse is guarded in the product (a
//! panic becomes an error on the feed); here the guard is bypassed so that
//! any panic counts as a crash to fix.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let url = url::Url::parse("https://fuzz.example/feed.xml").expect("constant URL");
    let at = chrono::DateTime::from_timestamp(1_800_000_000, 0).expect("constant time");
    for content_type in [None, Some("application/rss+xml; charset=iso-8859-1"), Some("application/feed+json")] {
        let _ = bulletin_core::parse::parse_document_unguarded(data, content_type, &url, at);
    }
});
