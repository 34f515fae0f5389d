//! How the store's connection is tuned while a sync writes in bulk, and
//! given back afterwards.

use super::Store;
use crate::error::Result;

/// SQLite's page cache while a sync writes, in KiB (the default is 2,000):
/// a first sync of thousands of feeds otherwise re-reads the index pages it
/// just wrote (measured on 2,000 feeds × 50: 8.4 s → 8.3 s, and it keeps
/// the time per article flat as the file grows).
const PAGE_CACHE_KIB: i64 = 16 * 1024;

/// How far the log may grow while a sync writes before the writer copies it
/// back into the file itself. SQLite's default, 1,000 pages (16 MB here), is
/// less than one commit of a first sync of 2,000 feeds, so the writer
/// checkpointed after nearly every commit, and the thread meant to do it
/// (`checkpoints.rs`) rarely found anything left to copy. With a longer log
/// that thread copies most of it on the other core while the writer goes
/// on. Side by side, 4–5 rounds each, 2,000 feeds × 50 took 3–8 % less
/// time in five runs out of five with 128 MB or more (5.57 s against
/// 5.78 s, 5.75 against 6.26), and no less with 32 or 64 MB; 200 feeds were
/// unchanged. The writer still checkpoints at this size, so the log
/// restarts from its beginning and stays bounded.
const LOG_BYTES: i64 = 128 * 1024 * 1024;

/// What the log file is cut back to when it next restarts after a sync:
/// SQLite otherwise keeps it at its longest until the app closes.
const LOG_KEPT_BYTES: i64 = 16 * 1024 * 1024;

/// The connection's settings from before a sync, to give back.
pub(crate) struct Tuning {
    page_cache_kib: i64,
    log_pages: i64,
}

impl Store {
    /// Tunes the connection for a sync's writes; `restore` gives back what it had.
    pub(crate) fn tune_for_bulk_writes(&self) -> Result<Tuning> {
        let before = Tuning { page_cache_kib: self.page_cache_kib()?, log_pages: self.log_pages()? };
        self.set_page_cache_kib(PAGE_CACHE_KIB.max(before.page_cache_kib))?;
        self.set_log_pages((LOG_BYTES / self.page_size()?).max(before.log_pages))?;
        // No cut while the log restarts again and again: each cut file grows again.
        self.conn.pragma_update(None, "journal_size_limit", -1)?;
        Ok(before)
    }

    pub(crate) fn restore(&self, tuning: Tuning) -> Result<()> {
        self.set_page_cache_kib(tuning.page_cache_kib)?;
        self.conn.pragma_update(None, "journal_size_limit", LOG_KEPT_BYTES)?;
        self.set_log_pages(tuning.log_pages)
    }

    /// The page cache's size in KiB (SQLite's `cache_size`, whose negative
    /// values count KiB rather than pages).
    fn page_cache_kib(&self) -> Result<i64> {
        let size: i64 = self.conn.query_row("PRAGMA cache_size", [], |r| r.get(0))?;
        Ok(if size < 0 { -size } else { size * self.page_size()? / 1024 })
    }

    fn page_size(&self) -> Result<i64> {
        Ok(self.conn.query_row("PRAGMA page_size", [], |r| r.get(0))?)
    }

    fn set_page_cache_kib(&self, kib: i64) -> Result<()> {
        Ok(self.conn.pragma_update(None, "cache_size", -kib)?)
    }

    /// The log's length in pages at which the connection that commits
    /// checkpoints it (`wal_autocheckpoint`).
    fn log_pages(&self) -> Result<i64> {
        Ok(self.conn.query_row("PRAGMA wal_autocheckpoint", [], |r| r.get(0))?)
    }

    fn set_log_pages(&self, pages: i64) -> Result<()> {
        Ok(self.conn.pragma_update(None, "wal_autocheckpoint", pages)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Commits `mb` megabytes of settings in one transaction (`tag` keeps their keys apart).
    fn commit_mb(store: &mut Store, tag: &str, mb: usize) {
        let tx = store.write().unwrap();
        for i in 0..mb * 16 {
            tx.execute("INSERT INTO settings (key, value) VALUES (?1, ?2)", (format!("{tag}{i}"), "v".repeat(65_536)))
                .unwrap();
        }
        tx.commit().unwrap();
    }

    #[test]
    fn while_a_sync_writes_the_writer_leaves_a_log_longer_than_one_big_commit_to_the_checkpoint_thread() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bulletin.db");
        let mut store = Store::open(&path).unwrap();
        let file_size = || std::fs::metadata(&path).unwrap().len();
        let (cache, log) = (store.page_cache_kib().unwrap(), store.log_pages().unwrap());
        let default_log_bytes = log * store.page_size().unwrap();
        assert!(default_log_bytes < 20 << 20, "SQLite's default is shorter than the commit below");

        let tuning = store.tune_for_bulk_writes().unwrap();
        let before = file_size();
        commit_mb(&mut store, "sync", 20);
        assert_eq!(file_size(), before, "the writer did not checkpoint a 20 MB commit");
        assert_eq!(store.page_cache_kib().unwrap(), PAGE_CACHE_KIB);

        store.restore(tuning).unwrap();
        assert_eq!((store.page_cache_kib().unwrap(), store.log_pages().unwrap()), (cache, log));
        // Back to SQLite's default: the next commit finds the log long and copies it.
        commit_mb(&mut store, "after", 1);
        assert!(file_size() > before + (20 << 20), "checkpointed after the sync: {} bytes", file_size());
        // The log restarts with the next commit, and its file is cut back.
        let log = || std::fs::metadata(dir.path().join("bulletin.db-wal")).unwrap().len();
        assert!(log() > (20 << 20) as u64, "the log file grew: {} bytes", log());
        commit_mb(&mut store, "later", 1);
        assert!(log() <= LOG_KEPT_BYTES as u64, "the log file was cut back: {} bytes", log());
    }
}
