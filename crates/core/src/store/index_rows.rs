//! Search-index rows written after a batch's feeds, not with each of them.
//!
//! FTS5 flushes its pending index to disk at every savepoint. A sync may
//! write each feed in a savepoint of its own (so a bad feed rolls back alone,
//! see `Batch::each`), and indexing inside them wrote one small index segment
//! per feed, then merged them: an eighth of a cold sync. So a feed's writes collect the rows to
//! index here, and the batch indexes all of them at once before it commits —
//! still in the same transaction, so an article and its index row are
//! committed together or not at all.

use crate::error::Result;
use crate::ids::ArticleId;
use crate::parsed::ParsedEntry;
use rusqlite::{Connection, params};

struct Row {
    id: ArticleId,
    title: String,
    summary: String,
    body: String,
    /// The article was indexed before (its text changed).
    replace: bool,
}

/// Rows waiting to be indexed.
#[derive(Default)]
pub struct IndexRows(Vec<Row>);

impl IndexRows {
    pub(crate) fn add(&mut self, id: ArticleId, e: &ParsedEntry, replace: bool) {
        // CJK runs as bigrams, so a word inside a sentence is found (see `cjk`).
        let index = |s: &str| crate::cjk::bigrams(s).into_owned();
        let (title, summary, body) = (index(&e.title), index(&e.summary), index(&e.body_text));
        self.0.push(Row { id, title, summary, body, replace });
    }

    pub(crate) fn append(&mut self, other: IndexRows) {
        self.0.extend(other.0);
    }

    /// Writes the rows into the index; run inside the transaction that stored them.
    pub(crate) fn write(self, conn: &Connection) -> Result<()> {
        let mut insert =
            conn.prepare_cached("INSERT INTO articles_fts (rowid, title, summary, body) VALUES (?1, ?2, ?3, ?4)")?;
        let mut delete = conn.prepare_cached("DELETE FROM articles_fts WHERE rowid = ?1")?;
        for row in self.0 {
            if row.replace {
                delete.execute([row.id])?;
            }
            insert.execute(params![row.id, row.title, row.summary, row.body])?;
        }
        Ok(())
    }
}
