//! Turns at the write lock while a sync writes.
//!
//! SQLite has no queue for its write lock: another writer (the user marking an
//! article read in the app, or `bulletin save` beside a sync) gets it only by
//! trying at a moment when no transaction holds it. A first sync of thousands
//! of feeds commits batch after batch with microseconds between them, and a
//! user's write waited up to 2 s. So a writer that has held the lock for a
//! while leaves it free for a moment after a commit, and every connection
//! tries again each millisecond while it waits (see [`wait_for_writer`]).

use std::time::{Duration, Instant};

/// How long the sync may hold the lock, batch after batch, before it leaves a gap.
const TURN: Duration = Duration::from_millis(50);
/// The gap: longer than another connection's wait between tries.
const GAP: Duration = Duration::from_millis(2);
/// How long a connection waits for the write lock before it reports "database is locked".
const WAIT: Duration = Duration::from_secs(10);
/// How long a waiting connection sleeps between tries.
const TRY_EVERY: Duration = Duration::from_millis(1);

/// Tracks how long the sync has held the write lock without a gap.
pub(crate) struct Turns {
    since: Instant,
}

impl Turns {
    pub(crate) fn new() -> Turns {
        Turns { since: Instant::now() }
    }

    /// The sync waited `waited` for its next documents with no transaction
    /// open: a gap long enough for another writer counts as its turn.
    pub(crate) fn waited(&mut self, waited: Duration) {
        if waited >= GAP {
            self.since = Instant::now();
        }
    }

    /// Called after a commit: leaves the lock free for a moment when the sync
    /// has held it for a turn.
    pub(crate) fn committed(&mut self) {
        if self.since.elapsed() >= TURN {
            std::thread::sleep(GAP);
            self.since = Instant::now();
        }
    }
}

/// SQLite's busy handler for every connection: one try a millisecond for up
/// to ten seconds. SQLite's own timeout sleeps ever longer between tries (up
/// to 100 ms), so it mostly missed the gaps a sync leaves.
pub(crate) fn wait_for_writer(tries: i32) -> bool {
    std::thread::sleep(TRY_EVERY);
    (tries as u128) < WAIT.as_millis() / TRY_EVERY.as_millis()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sync_that_held_the_lock_for_a_turn_leaves_a_gap_and_starts_a_new_turn() {
        let mut turns = Turns { since: Instant::now() - TURN };
        let before = Instant::now();
        turns.committed();
        assert!(before.elapsed() >= GAP, "it slept");
        assert!(turns.since >= before, "a new turn began");
        // Within the turn: no gap.
        let since = turns.since;
        turns.committed();
        assert_eq!(turns.since, since);
    }

    #[test]
    fn waiting_for_documents_long_enough_counts_as_a_gap() {
        let start = Instant::now() - TURN;
        let mut turns = Turns { since: start };
        turns.waited(GAP / 4);
        assert_eq!(turns.since, start, "too short for another writer's try");
        turns.waited(GAP);
        assert!(turns.since > start);
    }

    #[test]
    fn a_waiting_connection_gives_up_after_ten_seconds_of_tries() {
        assert!(wait_for_writer(0));
        assert!(wait_for_writer(9_999));
        assert!(!wait_for_writer(10_000));
    }

    #[test]
    fn a_write_waits_for_another_connections_transaction_and_then_succeeds() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("turns.db");
        let holder = crate::store::Store::open(&path).unwrap();
        let waiter = crate::store::Store::open(&path).unwrap();
        holder.conn().execute_batch("BEGIN IMMEDIATE").unwrap();
        let released = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(50));
            holder.conn().execute_batch("COMMIT").unwrap();
        });
        let started = Instant::now();
        waiter.conn().execute("INSERT INTO settings (key, value) VALUES ('turns', 'x')", []).unwrap();
        assert!(started.elapsed() >= Duration::from_millis(50), "it waited for the lock");
        released.join().unwrap();
    }
}
