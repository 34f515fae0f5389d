//! Checkpoints of the write-ahead log on a thread of their own while a sync
//! writes.
//!
//! SQLite copies the log back into the database file, and syncs both to
//! disk, on the connection whose commit fills the log: during a first sync of
//! thousands of feeds that was the single writer, every few commits, with two
//! disk syncs each time. Another connection checkpointing as the log grows
//! takes that off the writer, whose own checkpoints then find the log copied
//! already (and the log still restarts from its beginning, so it stays small).

use super::Store;
use rusqlite::Connection;
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::Duration;

/// How often the log is checkpointed while a sync runs. Each checkpoint
/// copies what was committed since the last one, and a page committed again
/// meanwhile is copied once.
const EVERY: Duration = Duration::from_millis(100);

/// Stops, and waits for the last checkpoint, when dropped.
pub(crate) struct BackgroundCheckpoints {
    stop: Option<Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Store {
    /// Checkpoints this store's log on another thread until the result is
    /// dropped; `None` for a store without a file, or when no thread can be had
    /// (the writer then checkpoints, as SQLite does by default).
    pub(crate) fn checkpoint_in_background(&self) -> Option<BackgroundCheckpoints> {
        let path = self.conn.path().filter(|p| !p.is_empty())?.to_owned();
        let conn = Connection::open(path).ok()?;
        let (stop, stopped) = mpsc::channel::<()>();
        let thread = std::thread::Builder::new()
            .name("checkpoints".into())
            .spawn(move || {
                while let Err(RecvTimeoutError::Timeout) = stopped.recv_timeout(EVERY) {
                    // Busy (the writer is checkpointing itself) or failed: the
                    // next one, or the writer's own, copies what this did not.
                    let _ = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()));
                }
            })
            .ok()?;
        Some(BackgroundCheckpoints { stop: Some(stop), thread: Some(thread) })
    }
}

impl Drop for BackgroundCheckpoints {
    fn drop(&mut self) {
        drop(self.stop.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_log_is_copied_into_the_file_while_the_writer_only_commits() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bulletin.db");
        let mut store = Store::open(&path).unwrap();
        // The writer never checkpoints itself here: only the other thread can.
        store.conn.pragma_update(None, "wal_autocheckpoint", 0).unwrap();
        let file_size = || std::fs::metadata(&path).unwrap().len();
        let before = file_size();
        let write = |store: &mut Store| {
            let tx = store.write().unwrap();
            for i in 0..200 {
                tx.execute("INSERT INTO settings (key, value) VALUES (?1, ?2)", (format!("k{i}"), "v".repeat(2_000)))
                    .unwrap();
            }
            tx.commit().unwrap();
        };
        write(&mut store);
        assert_eq!(file_size(), before, "committed to the log only");
        let checkpoints = store.checkpoint_in_background().expect("a file store checkpoints");
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        while file_size() == before && std::time::Instant::now() < deadline {
            std::thread::sleep(EVERY / 2);
        }
        drop(checkpoints);
        assert!(file_size() > before + 200 * 2_000, "the log was copied into the file: {} bytes", file_size());
        assert!(Store::open_in_memory().unwrap().checkpoint_in_background().is_none());
    }
}
