//! Any text as an OPML file (the import's parser, unguarded).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = bulletin_core::opml::parse_unguarded(text);
    }
});
