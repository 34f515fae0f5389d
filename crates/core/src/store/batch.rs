//! One write transaction of a sync: each feed in its own savepoint, the
//! search-index rows after them, and on the last batch the story matching
//! beside that index write.

use super::Store;
use super::index_rows::IndexRows;
use super::stories::{start_matching, write_stories};
use crate::error::Result;
use crate::model::NewArticle;
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
    /// Runs `f` on each item, each in its own savepoint: an item that fails is
    /// rolled back alone, the rest commit together. The search-index rows of
    /// the items that succeeded are kept for the commit (see `IndexRows`).
    pub(crate) fn each<T, R>(
        &mut self,
        items: impl IntoIterator<Item = T>,
        mut f: impl FnMut(&Connection, T, &mut IndexRows) -> Result<R>,
    ) -> Result<Vec<Result<R>>> {
        let mut out = Vec::new();
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

    /// Writes the index rows and commits.
    pub(crate) fn commit(self) -> Result<()> {
        self.index.write(&self.tx)?;
        Ok(self.tx.commit()?)
    }

    /// Like `commit`, and groups `news` (this sync's new articles, stored in
    /// this batch or before) into stories: the matching runs on other threads
    /// while this one writes the index rows, and the story ids are committed
    /// with them. Returns how many articles joined a story.
    pub(crate) fn commit_clustering(self, news: &[NewArticle]) -> Result<usize> {
        let matching = start_matching(&self.tx, news)?;
        self.index.write(&self.tx)?;
        let joined = match matching {
            Some(m) => write_stories(&self.tx, m)?,
            None => 0,
        };
        self.tx.commit()?;
        Ok(joined)
    }
}
