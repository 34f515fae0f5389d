//! Any text as a web page through "load full article" (Readability, then the
//! sanitizer; unguarded): no panic, and no script in what it keeps.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let url = url::Url::parse("https://fuzz.example/2026/12/story.html").expect("constant URL");
    if let Ok(article) = bulletin_core::fulltext::article_of(String::from_utf8_lossy(data).into_owned(), &url) {
        assert!(!article.to_ascii_lowercase().contains("<script"), "script survived: {article}");
    }
});
