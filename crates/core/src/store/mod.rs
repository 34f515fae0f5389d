//! The SQLite store: one file, WAL, short `BEGIN IMMEDIATE` write transactions
//! (the network is never touched inside one), so readers never wait for a sync.

mod accounts;
mod articles;
mod batch;
mod bulk;
mod categories;
mod checkpoints;
mod feeds;
mod filters;
mod index_rows;
pub(crate) mod ingest;
mod migrations;
mod notifications;
pub(crate) mod outbox;
mod query;
mod remote;
mod search;
mod settings;
mod stories;
mod turns;
mod views;

pub use articles::{ArticleFilter, ReadScope};
pub(crate) use bulk::Tuning;
pub(crate) use checkpoints::BackgroundCheckpoints;
pub use feeds::{NewFeed, SyncTarget};
pub(crate) use filters::active_filters;
pub use filters::{FilterChange, FilterRow};
pub use index_rows::IndexRows;
pub use ingest::FetchMeta;
pub use notifications::{CategoryRule, FeedRule, HistoryEntry, Rules};
pub use outbox::{Change, Queued};
pub use settings::Settings;
pub(crate) use stories::{Matching, StoryGroups};
pub(crate) use turns::Turns;
pub use views::NewView;

use crate::error::{Error, Result};
use rusqlite::{Connection, Transaction, TransactionBehavior};
use std::path::Path;

pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and migrates it.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref();
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| Error::Open { path: path.display().to_string(), source })?;
        }
        Self::setup(Connection::open(path)?)
    }

    pub fn open_in_memory() -> Result<Store> {
        Self::setup(Connection::open_in_memory()?)
    }

    fn setup(mut conn: Connection) -> Result<Store> {
        conn.busy_handler(Some(turns::wait_for_writer))?;
        // 16 KiB pages for a new file (an existing one keeps its size): a cold
        // sync writes a sixth fewer WAL frames and syscalls than with 4 KiB.
        conn.pragma_update(None, "page_size", 16384)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        migrations::migrate(&mut conn)?;
        let mut store = Store { conn };
        store.finish_cjk_reindex()?;
        Ok(store)
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    pub(crate) fn write(&mut self) -> Result<Transaction<'_>> {
        Ok(self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?)
    }

    /// `PRAGMA integrity_check`: "ok" when the file is sound.
    pub fn integrity_check(&self) -> Result<String> {
        Ok(self.conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }

    /// The schema version (`PRAGMA user_version`).
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self.conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }
}
