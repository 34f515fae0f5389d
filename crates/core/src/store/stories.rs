//! Story ids for new articles, computed against the articles around them.

use super::Store;
use crate::error::Result;
use crate::model::NewArticle;
use crate::story::{self, Candidate, WINDOW_SECS};
use rusqlite::{Connection, params};
use std::collections::HashSet;
use std::thread::JoinHandle;

/// Story matching running on other threads; see `Batch::commit_clustering`.
pub(crate) struct Matching(JoinHandle<Vec<(i64, i64)>>);

impl Store {
    /// Clusters the articles in `new` (just stored) with their neighbours in
    /// time; returns how many joined an existing story. An article whose
    /// `story_id` is NULL is a story of its own (id = its own id), so only
    /// articles that join another story are written.
    pub fn cluster(&mut self, new: &[NewArticle]) -> Result<usize> {
        let tx = self.write()?;
        let joined = match start_matching(&tx, new)? {
            Some(matching) => write_stories(&tx, matching)?,
            None => 0,
        };
        tx.commit()?;
        Ok(joined)
    }
}

/// Articles stored before `new` that `new` is matched against: the newest
/// this many of the window around it. A usual sync's window holds far fewer;
/// a first sync of thousands of feeds would otherwise match each group of
/// new articles against everything stored so far (quadratic time, and memory
/// growing with the import).
const WINDOW_ARTICLES: i64 = 10_000;

/// Loads the articles around `new` (stored in this transaction or before) and
/// starts matching them on another thread; `None` when there is nothing to match.
pub(crate) fn start_matching(conn: &Connection, new: &[NewArticle]) -> Result<Option<Matching>> {
    let (Some(lo), Some(hi)) =
        (new.iter().map(|a| a.published.timestamp()).min(), new.iter().map(|a| a.published.timestamp()).max())
    else {
        return Ok(None);
    };
    let fresh: HashSet<i64> = new.iter().map(|a| a.id.0).collect();
    // New rows get ids above every stored one: those from the first new one
    // on are this sync's (including what arrived read), the rest came before.
    let (first, last) = (new.iter().map(|a| a.id.0).min(), new.iter().map(|a| a.id.0).max());
    let mut items: Vec<Candidate> = conn
        .prepare_cached(
            "SELECT * FROM (
                SELECT id, feed_id, published_at, COALESCE(story_id, id), signature FROM articles
                WHERE id < ?3 AND published_at BETWEEN ?1 AND ?2
                ORDER BY published_at DESC, id DESC LIMIT ?5
             )
             UNION ALL
             SELECT id, feed_id, published_at, COALESCE(story_id, id), signature FROM articles
             WHERE id BETWEEN ?3 AND ?4",
        )?
        .query_map(params![lo - WINDOW_SECS, hi + WINDOW_SECS, first, last, WINDOW_ARTICLES], |r| {
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
    let thread = std::thread::Builder::new().name("stories".into()).spawn(move || story::assign(&mut items))?;
    Ok(Some(Matching(thread)))
}

/// Waits for the matching and writes the story ids of the articles that joined one.
pub(crate) fn write_stories(conn: &Connection, matching: Matching) -> Result<usize> {
    let assigned = matching.0.join().map_err(|_| crate::invalid!("err-story-matching"))?;
    let mut update = conn.prepare_cached("UPDATE articles SET story_id = ?2 WHERE id = ?1")?;
    let mut joined = 0;
    for (id, story) in assigned.iter().filter(|(id, story)| id != story) {
        joined += 1;
        update.execute(params![id, story])?;
    }
    Ok(joined)
}
