//! Story ids for new articles, computed against the articles around them.

use super::Store;
use crate::error::Result;
use crate::model::NewArticle;
use crate::story::{self, Candidate, WINDOW_SECS};
use rusqlite::params;
use std::collections::HashSet;

impl Store {
    /// Clusters the articles in `new` (just stored) with their neighbours in
    /// time; returns how many joined an existing story. An article whose
    /// `story_id` is NULL is a story of its own (id = its own id), so only
    /// articles that join another story are written.
    pub fn cluster(&mut self, new: &[NewArticle]) -> Result<usize> {
        let (Some(lo), Some(hi)) =
            (new.iter().map(|a| a.published.timestamp()).min(), new.iter().map(|a| a.published.timestamp()).max())
        else {
            return Ok(0);
        };
        let fresh: HashSet<i64> = new.iter().map(|a| a.id.0).collect();
        let tx = self.write()?;
        let mut items: Vec<Candidate> = tx
            .prepare_cached(
                "SELECT id, feed_id, published_at, COALESCE(story_id, id), signature FROM articles
                 WHERE published_at BETWEEN ?1 AND ?2",
            )?
            .query_map(params![lo - WINDOW_SECS, hi + WINDOW_SECS], |r| {
                let id: i64 = r.get(0)?;
                Ok(Candidate {
                    id,
                    feed_id: r.get(1)?,
                    published: r.get(2)?,
                    story_id: if fresh.contains(&id) { None } else { Some(r.get(3)?) },
                    signature: r.get(4)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        let assigned = story::assign(&mut items);
        let mut joined = 0;
        {
            let mut update = tx.prepare_cached("UPDATE articles SET story_id = ?2 WHERE id = ?1")?;
            for (id, story) in assigned.iter().filter(|(id, story)| id != story) {
                joined += 1;
                update.execute(params![id, story])?;
            }
        }
        tx.commit()?;
        Ok(joined)
    }
}
