//! Any bytes as a Fever server's answer (auth, feeds and groups, id lists,
//! items), every item decoded into what would be stored: no panic, no script.
#![no_main]
use libfuzzer_sys::fuzz_target;

use bulletin_core::accounts::fever::answers;

fuzz_target!(|data: &[u8]| {
    let Ok(answer) = answers::checked(data, "items") else { return };
    let _ = answers::feeds(&answer);
    let _ = answers::state_ids(&answer);
    for item in answers::items(&answer) {
        let stored = item.into_entry(chrono::Utc::now());
        assert!(!stored.entry.content_html.to_ascii_lowercase().contains("<script"), "script survived");
    }
});
