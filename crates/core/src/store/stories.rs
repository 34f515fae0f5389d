//! Story ids for new articles, computed against the articles around them.

use super::Store;
use crate::error::Result;
use crate::ids::ArticleId;
use crate::story::{self, Candidate, WINDOW_SECS};
use rusqlite::params;

impl Store {
    /// Clusters the articles in `new` (which have no story yet) with their
    /// neighbours in time; returns how many joined an existing story.
    pub fn cluster(&mut self, new: &[ArticleId]) -> Result<usize> {
        if new.is_empty() {
            return Ok(0);
        }
        let tx = self.write()?;
        // New articles are those with no story; the window spans them all.
        let (lo, hi): (Option<i64>, Option<i64>) = tx.query_row(
            "SELECT MIN(published_at), MAX(published_at) FROM articles WHERE story_id IS NULL",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let (Some(lo), Some(hi)) = (lo, hi) else { return Ok(0) };
        let mut items: Vec<Candidate> = tx
            .prepare_cached(
                "SELECT id, feed_id, published_at, story_id, signature FROM articles
                 WHERE published_at BETWEEN ?1 AND ?2",
            )?
            .query_map(params![lo - WINDOW_SECS, hi + WINDOW_SECS], |r| {
                Ok(Candidate {
                    id: r.get(0)?,
                    feed_id: r.get(1)?,
                    published: r.get(2)?,
                    story_id: r.get(3)?,
                    signature: r.get(4)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        let assigned = story::assign(&mut items);
        let mut joined = 0;
        {
            let mut update = tx.prepare_cached("UPDATE articles SET story_id = ?2 WHERE id = ?1")?;
            for (id, story) in &assigned {
                joined += usize::from(id != story);
                update.execute(params![id, story])?;
            }
        }
        tx.commit()?;
        Ok(joined)
    }
}
