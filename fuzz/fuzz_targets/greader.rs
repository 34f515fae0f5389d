//! Any bytes as each answer of a Google Reader API server (login, subscription
//! list, id pages, item contents, quickadd, writes), and every item decoded
//! through the entry path into what would be stored: no panic, no script.
#![no_main]
use libfuzzer_sys::fuzz_target;

use bulletin_core::accounts::greader::answers;

fuzz_target!(|data: &[u8]| {
    let _ = answers::login(data);
    let _ = answers::subscriptions(data);
    let _ = answers::item_ids(data);
    let _ = answers::quick_add(data, "https://fuzz.example/feed");
    let _ = answers::write_ok(data, "edit-tag");
    if let Ok(items) = answers::contents(data) {
        for item in items {
            let stored = item.into_entry(chrono::Utc::now());
            assert!(!stored.entry.content_html.to_ascii_lowercase().contains("<script"), "script survived");
        }
    }
});
