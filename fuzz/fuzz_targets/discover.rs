//! Any text as a web page whose feed links autodiscovery reads (unguarded).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let base = url::Url::parse("https://fuzz.example/page/").expect("constant URL");
    let _ = bulletin_core::discover::links_in(&String::from_utf8_lossy(data), &base);
});
