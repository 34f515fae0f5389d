//! Memory stays bounded when a sync meets a gzip bomb and a 200 MB feed.
//! Its own test binary, so the process's peak RSS is this test's alone.

mod common;

use bulletin_core::sync::FeedSyncStatus;
use bulletin_testkit::{BOMB_DECOMPRESSED, Route, TestServer, gzip_bomb};
use common::*;

fn peak_rss_mib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).unwrap();
    line.split_whitespace().nth(1).unwrap().parse::<u64>().unwrap() / 1024
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gzip_bomb_and_huge_feed_stop_at_the_body_cap() {
    assert!(gzip_bomb().len() < 2 * 1024 * 1024 && BOMB_DECOMPRESSED > 100 * 1024 * 1024);
    let server = TestServer::with_hostile_endpoints();
    server.set("/good.xml", Route::feed(fixture("rss2.xml")));
    let (_dir, mut store) = store();
    for path in ["/bomb", "/huge", "/bomb?again", "/good.xml"] {
        add(&mut store, &server.url(path), None);
    }
    let report = sync(&mut store, &fetcher()).await;
    let statuses: Vec<_> = report.feeds.iter().map(|f| f.status).collect();
    assert_eq!(statuses, [FeedSyncStatus::Error, FeedSyncStatus::Error, FeedSyncStatus::Error, FeedSyncStatus::Ok]);
    let peak = peak_rss_mib();
    eprintln!("peak RSS: {peak} MiB");
    assert!(peak < 150, "peak RSS {peak} MiB");
}
