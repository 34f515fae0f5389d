//! Any text as an article's HTML through the sanitizer; what comes out must
//! hold no script.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let base = url::Url::parse("https://fuzz.example/a/").expect("constant URL");
    let clean = bulletin_core::sanitize::sanitize_html(&String::from_utf8_lossy(data), Some(&base));
    let lower = clean.to_ascii_lowercase();
    assert!(!lower.contains("<script"), "script survived: {clean}");
});
