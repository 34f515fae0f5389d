//! What the app manages once: a store connection for the UI's commands, the
//! HTTP client, and the background sync service (which has its own connection,
//! so the UI's reads never wait for a sync).

use crate::error::{Error, Result};
use bulletin_core::service::{Accounts, SyncService};
use bulletin_core::{ArticleId, Fetcher, Store};
use std::path::PathBuf;
use std::sync::Mutex;
use tokio::sync::Semaphore;

pub struct AppState {
    pub db_path: PathBuf,
    pub fetcher: Fetcher,
    /// Server accounts: where passwords live, and their HTTP client.
    pub accounts: Accounts,
    pub sync: SyncService,
    /// `--article ID` at launch: the UI opens it once it is up.
    pub startup_article: Option<ArticleId>,
    /// One connection: a second let two commands run at once but cost 7.5 MiB
    /// and gained nothing measurable (`bench/ui_bench.rs`).
    store: Mutex<Store>,
    /// Commands wait for the connection here, not on the mutex: blocked on
    /// it, the five commands of a sidebar refresh held both of the app's
    /// async workers, and a category switch waited up to 341 ms behind them
    /// during a first sync of 2,000 feeds.
    turn: Semaphore,
}

impl AppState {
    pub fn new(
        db_path: PathBuf,
        store: Store,
        fetcher: Fetcher,
        accounts: Accounts,
        sync: SyncService,
        startup_article: Option<ArticleId>,
    ) -> AppState {
        AppState {
            db_path,
            fetcher,
            accounts,
            sync,
            startup_article,
            store: Mutex::new(store),
            turn: Semaphore::new(1),
        }
    }

    /// The UI calls this once, with its first list on screen: logs how long
    /// launching took (the UI benchmark reads it) and returns the article a
    /// notification click asked to open, if any.
    pub fn ui_ready(&self) -> Option<ArticleId> {
        if let Some(start) = crate::STARTED.get() {
            let epoch_ms =
                std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis() as u64);
            tracing::info!(after_ms = start.elapsed().as_millis() as u64, epoch_ms, "UI ready");
        }
        self.startup_article
    }

    /// Runs `f` on the UI's connection once it is free, waiting without
    /// holding an async worker (the app has one per core).
    pub async fn with<T>(&self, f: impl FnOnce(&mut Store) -> bulletin_core::Result<T>) -> Result<T> {
        let _turn = self.turn.acquire().await.map_err(|_| Error::Message("the store is unavailable".into()))?;
        self.with_blocking(f)
    }

    /// Like `with`, for callers outside the async runtime (the tray's menu,
    /// a notification's button): waits for the connection on this thread.
    pub fn with_blocking<T>(&self, f: impl FnOnce(&mut Store) -> bulletin_core::Result<T>) -> Result<T> {
        let mut store = self.store.lock().map_err(|_| Error::Message("the store is unavailable".into()))?;
        Ok(f(&mut store)?)
    }
}
