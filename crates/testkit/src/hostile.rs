//! The misbehaving endpoints: each must end as a per-feed error or a clean
//! article, quickly, with memory bounded.

use super::{Route, RouteBody, TestServer};
use flate2::Compression;
use flate2::write::GzEncoder;
use std::io::Write;
use std::sync::OnceLock;
use std::time::Duration;

/// How much the gzip bomb inflates to: far past any sane body cap.
pub const BOMB_DECOMPRESSED: usize = 256 * 1024 * 1024;

/// ~256 KiB of gzip that inflates to 256 MiB of zeros (built once per process).
pub fn gzip_bomb() -> &'static [u8] {
    static BOMB: OnceLock<Vec<u8>> = OnceLock::new();
    BOMB.get_or_init(|| {
        let mut enc = GzEncoder::new(Vec::new(), Compression::best());
        let zeros = vec![0u8; 1024 * 1024];
        for _ in 0..BOMB_DECOMPRESSED / zeros.len() {
            enc.write_all(&zeros).expect("gzip into memory");
        }
        enc.finish().expect("gzip into memory")
    })
}

pub const RSS_HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Huge</title><link>http://example.invalid/</link>"#;

/// Paths: /bomb, /huge, /trickle, /loop-a, /moved, /moved-308, /temp, /gone,
/// /ratelimited, /unavailable, /error, /page.html, /empty, /binary. Anything else is 404.
pub fn install(s: &TestServer) {
    s.set("/bomb", Route::bytes("application/rss+xml", gzip_bomb().to_vec()).header("content-encoding", "gzip"));
    let item = format!("<item><title>filler</title><description>{}</description></item>", "A".repeat(4000));
    s.set(
        "/huge",
        Route {
            body: RouteBody::Endless {
                prefix: RSS_HEAD.as_bytes().to_vec(),
                chunk: item.repeat(16).into_bytes(),
                total: 200 * 1024 * 1024,
            },
            ..Route::bytes("application/rss+xml", Vec::new())
        },
    );
    s.set(
        "/trickle",
        Route {
            body: RouteBody::Trickle { bytes: RSS_HEAD.as_bytes().to_vec(), every: Duration::from_secs(2) },
            ..Route::bytes("application/rss+xml", Vec::new())
        },
    );
    s.set("/loop-a", Route::redirect(302, "/loop-b"));
    s.set("/loop-b", Route::redirect(302, "/loop-a"));
    s.set("/gone", Route::status(410));
    s.set("/ratelimited", Route::status(429).header("retry-after", "3600"));
    s.set("/unavailable", Route::status(503).header("retry-after", "Wed, 01 Jan 2099 00:00:00 GMT"));
    s.set("/error", Route::status(500));
    s.set(
        "/page.html",
        Route::bytes(
            "text/html",
            "<!doctype html><html><head><title>Just a page</title></head><body>No feeds here.</body></html>",
        ),
    );
    s.set("/empty", Route::bytes("application/rss+xml", ""));
    s.set("/binary", Route::bytes("application/octet-stream", (0u8..=255).cycle().take(10_000).collect::<Vec<u8>>()));
    s.set("/to-file", Route::redirect(301, "file:///etc/passwd"));
}
