//! What the app manages once: a store connection for the UI's commands, the
//! HTTP client, and the background sync service (which has its own connection,
//! so the UI's reads never wait for a sync).

use crate::error::{Error, Result};
use bulletin_core::service::SyncService;
use bulletin_core::{ArticleId, Fetcher, Store};
use std::path::PathBuf;
use std::sync::Mutex;

pub struct AppState {
    pub db_path: PathBuf,
    pub fetcher: Fetcher,
    pub sync: SyncService,
    /// `--article ID` at launch: the UI opens it once it is up.
    pub startup_article: Option<ArticleId>,
    store: Mutex<Store>,
}

impl AppState {
    pub fn new(
        db_path: PathBuf,
        store: Store,
        fetcher: Fetcher,
        sync: SyncService,
        startup_article: Option<ArticleId>,
    ) -> AppState {
        AppState { db_path, fetcher, sync, startup_article, store: Mutex::new(store) }
    }

    /// Runs `f` on the UI's connection.
    pub fn with<T>(&self, f: impl FnOnce(&mut Store) -> bulletin_core::Result<T>) -> Result<T> {
        let mut store = self.store.lock().map_err(|_| Error::Message("the store is unavailable".into()))?;
        Ok(f(&mut store)?)
    }
}
