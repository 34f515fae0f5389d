//! One write transaction of a sync: its feeds (a feed that fails is undone
//! alone), the search-index rows after them, and story matching: started
//! when a group of new articles is full, its story ids written by a later
//! batch, and on the last batch beside that batch's index write.

use super::Store;
use super::index_rows::IndexRows;
use super::stories::{Matching, StoryGroups};
use crate::error::Result;
use rusqlite::{Connection, Transaction};

pub(crate) struct Batch<'a> {
    tx: Transaction<'a>,
    index: IndexRows,
}

impl Store {
    /// Starts a write transaction for a batch of feeds.
    pub(crate) fn batch(&mut self) -> Result<Batch<'_>> {
        Ok(Batch { tx: self.write()?, index: IndexRows::default() })
    }
}

impl Batch<'_> {
    /// Runs `f` on each item; an item that fails is rolled back alone, the
    /// rest commit together. The search-index rows of the items that
    /// succeeded are kept for the commit (see `IndexRows`). Runs first in
    /// the batch: a failure undoes the batch's transaction so far.
    ///
    /// The items are first written with no savepoint at all. SQLite copies
    /// each page a savepoint changes aside, to undo it: a savepoint per item
    /// (or one for them all) cost a twelfth of a first sync of 2,000 feeds, a
    /// share that grew with the file. An item rarely fails; when one does,
    /// the batch is undone and written again an item at a time, each in its
    /// own savepoint — so `f` may run twice for an item, and must do nothing
    /// outside the transaction that a second run would repeat wrongly.
    pub(crate) fn each<T, R>(
        &mut self,
        items: &[T],
        mut f: impl FnMut(&Connection, &T, &mut IndexRows) -> Result<R>,
    ) -> Result<Vec<Result<R>>> {
        let mut rows = IndexRows::default();
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            match f(&self.tx, item, &mut rows) {
                Ok(r) => out.push(Ok(r)),
                Err(_) => break,
            }
        }
        if out.len() == items.len() {
            self.index.append(rows);
            return Ok(out);
        }
        // Some errors (a full disk) have rolled the transaction back already.
        let undo = if self.tx.is_autocommit() { "BEGIN IMMEDIATE" } else { "ROLLBACK; BEGIN IMMEDIATE" };
        self.tx.execute_batch(undo)?;
        out.clear();
        for item in items {
            let sp = self.tx.savepoint()?;
            let mut rows = IndexRows::default();
            let r = f(&sp, item, &mut rows);
            if r.is_ok() {
                sp.commit()?;
                self.index.append(rows);
            } // dropping an uncommitted savepoint rolls it back
            out.push(r);
        }
        Ok(out)
    }

    /// Starts grouping the articles waiting in `groups` into stories, on
    /// other threads; the story ids go in with a later batch (`finish_stories`).
    pub(crate) fn start_stories(&self, groups: &mut StoryGroups) -> Result<Option<Matching>> {
        groups.start(&self.tx)
    }

    /// Waits for a grouping started before and writes its story ids in this batch.
    pub(crate) fn finish_stories(&self, groups: &mut StoryGroups, matching: Matching) -> Result<usize> {
        groups.finish(&self.tx, matching)
    }

    /// Writes the index rows and commits.
    pub(crate) fn commit(self) -> Result<()> {
        self.index.write(&self.tx)?;
        Ok(self.tx.commit()?)
    }

    /// Like `commit`, and groups the articles waiting in `groups` (stored in
    /// this batch or before) into stories: the matching runs on other threads
    /// while this one writes the index rows, and the story ids are committed
    /// with them. Returns how many articles joined a story.
    pub(crate) fn commit_clustering(self, groups: &mut StoryGroups) -> Result<usize> {
        let matching = groups.start(&self.tx)?;
        self.index.write(&self.tx)?;
        let joined = match matching {
            Some(m) => groups.finish(&self.tx, m)?,
            None => 0,
        };
        self.tx.commit()?;
        Ok(joined)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Writes a setting per item; item 2 writes its own, then fails.
    fn write(store: &mut Store, items: &[i64]) -> Vec<bool> {
        let mut batch = store.batch().unwrap();
        let results = batch
            .each(items, |conn, &n, _| {
                conn.execute("INSERT INTO settings (key, value) VALUES (?1, 'x')", [format!("item{n}")])?;
                if n == 2 {
                    return Err(crate::invalid!("err-story-matching"));
                }
                Ok(n)
            })
            .unwrap();
        batch.commit().unwrap();
        results.iter().map(Result::is_ok).collect()
    }

    fn written(store: &Store) -> Vec<String> {
        store
            .conn()
            .prepare("SELECT key FROM settings WHERE key LIKE 'item%' ORDER BY key")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    }

    #[test]
    fn a_batch_without_failures_is_written_whole() {
        let mut store = Store::open_in_memory().unwrap();
        assert_eq!(write(&mut store, &[1, 3, 4]), [true, true, true]);
        assert_eq!(written(&store), ["item1", "item3", "item4"]);
    }

    #[test]
    fn an_item_that_fails_is_undone_alone_and_the_others_are_written() {
        let mut store = Store::open_in_memory().unwrap();
        assert_eq!(write(&mut store, &[1, 2, 3]), [true, false, true]);
        assert_eq!(written(&store), ["item1", "item3"]);
        // A failure first in the batch, too.
        assert_eq!(write(&mut store, &[2, 5]), [false, true]);
        assert_eq!(written(&store), ["item1", "item3", "item5"]);
    }
}
