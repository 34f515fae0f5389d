#![allow(dead_code)] // each test binary uses part of this

use bulletin_core::store::NewFeed;
use bulletin_core::{FeedId, FetchConfig, Fetcher, Store, SyncOptions, SyncReport};
use std::path::Path;
use std::time::Duration;

pub fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)).unwrap()
}

/// A store in a real file in a temporary directory.
pub fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("bulletin.db")).unwrap();
    (dir, store)
}

/// Short timeouts so the trickling server costs seconds, not half a minute.
pub fn fetcher() -> Fetcher {
    Fetcher::new(FetchConfig { request_timeout: Duration::from_secs(3), ..FetchConfig::default() }).unwrap()
}

pub fn add(store: &mut Store, url: &str, category: Option<&str>) -> FeedId {
    let category = category.map(|c| store.ensure_category(c).unwrap());
    store.add_feed(&NewFeed { url: url.into(), title: String::new(), site_url: None, category }).unwrap()
}

pub async fn sync(store: &mut Store, fetcher: &Fetcher) -> SyncReport {
    bulletin_core::sync(store, fetcher, &SyncOptions::default(), |_| {}).await.unwrap()
}

pub async fn sync_due(store: &mut Store, fetcher: &Fetcher) -> SyncReport {
    bulletin_core::sync(store, fetcher, &SyncOptions { only_due: true, ..SyncOptions::default() }, |_| {})
        .await
        .unwrap()
}
