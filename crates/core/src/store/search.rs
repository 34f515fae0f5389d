use super::Store;
use super::query::{ARTICLE_COLUMNS, ARTICLE_JOINS, article_row};
use crate::error::Result;
use crate::model::{Article, Related};
use rusqlite::params;

// Weights for bm25 over (title, summary, body): a hit in the headline counts most.
const RANK: &str = "bm25(articles_fts, 10.0, 4.0, 1.0)";

const STOP_WORDS: &[&str] = &[
    "the", "and", "for", "are", "but", "not", "you", "all", "any", "can", "has", "have", "her", "his", "its", "was",
    "were", "with", "from", "this", "that", "they", "will", "would", "there", "their", "what", "when", "where",
    "which", "who", "why", "how", "about", "after", "again", "also", "into", "more", "most", "over", "says", "said",
    "than", "then", "them", "these", "those", "been", "being", "our", "out", "new", "news", "just", "like", "your",
];

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase)
}

/// A user's words → an FTS5 query that cannot be a syntax error: every word
/// quoted, all required, the last one a prefix (search as you type).
pub fn fts_query(input: &str) -> Option<String> {
    let words: Vec<String> = words(input).collect();
    let last = words.len().checked_sub(1)?;
    Some(
        words
            .iter()
            .enumerate()
            .map(|(i, w)| match crate::cjk::query_word(w) {
                // Chinese, Japanese, Korean: the phrase of the word's bigrams.
                Some(phrase) => phrase,
                None if i == last => format!("\"{w}\"*"),
                None => format!("\"{w}\""),
            })
            .collect::<Vec<_>>()
            .join(" "),
    )
}

impl Store {
    /// Re-indexes, once after the upgrade that asked for it (migration 0007),
    /// the stored articles whose text has Chinese, Japanese or Korean in it.
    pub(crate) fn finish_cjk_reindex(&mut self) -> Result<()> {
        let pending: bool = self.conn().query_row(
            "SELECT EXISTS (SELECT 1 FROM settings WHERE key = 'pending_cjk_reindex')",
            [],
            |r| r.get(0),
        )?;
        if !pending {
            return Ok(());
        }
        let tx = self.write()?;
        let rows: Vec<(i64, String, String, String)> = tx
            .prepare("SELECT id, title, summary, content_html FROM articles")?
            .query_map([], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, String>(3)?))
            })?
            .filter(|row| match row {
                Ok((_, title, summary, html)) => {
                    [title, summary, html].iter().any(|t| t.chars().any(crate::cjk::is_cjk))
                }
                Err(_) => true,
            })
            .collect::<rusqlite::Result<_>>()?;
        for (id, title, summary, html) in rows {
            let body = crate::text::html_to_text(&html);
            let index = |s: &str| crate::cjk::bigrams(s).into_owned();
            tx.execute("DELETE FROM articles_fts WHERE rowid = ?1", [id])?;
            tx.execute(
                "INSERT INTO articles_fts (rowid, title, summary, body) VALUES (?1, ?2, ?3, ?4)",
                params![id, index(&title), index(&summary), index(&body)],
            )?;
        }
        tx.execute("DELETE FROM settings WHERE key = 'pending_cjk_reindex'", [])?;
        tx.commit()?;
        Ok(())
    }

    /// Full-text search, best match first.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<Article>> {
        let Some(q) = fts_query(query) else {
            return Ok(Vec::new());
        };
        // Rank inside the index first and join only the best few: a common word can
        // match tens of thousands of articles, and joining them all before sorting
        // was most of a search's time.
        let sql = format!(
            "WITH hits AS (
                SELECT rowid, {RANK} AS score FROM articles_fts
                WHERE articles_fts MATCH ?1 ORDER BY score LIMIT ?2
             )
             SELECT {ARTICLE_COLUMNS} FROM hits JOIN articles a ON a.id = hits.rowid {ARTICLE_JOINS}
             WHERE a.hidden = 0
             ORDER BY hits.score, a.published_at DESC"
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map(params![q, limit as i64], article_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// "You may also like": the same story from other sources first, then the
    /// articles sharing the most distinctive headline words.
    pub fn related(&self, article: &Article, limit: usize) -> Result<Vec<Related>> {
        let mut out: Vec<Related> = self
            .conn()
            .prepare_cached(
                "SELECT a.id, a.title, f.title FROM articles a JOIN feeds f ON f.id = a.feed_id
                 WHERE (a.story_id = ?1 OR a.id = ?1) AND a.id != ?2 AND a.hidden = 0
                 ORDER BY a.published_at DESC LIMIT ?3",
            )?
            .query_map(params![article.story_id, article.id, limit as i64], |r| {
                Ok(Related { id: r.get(0)?, title: r.get(1)?, feed_title: r.get(2)? })
            })?
            .collect::<Result<_, _>>()?;
        for r in self.similar(article, limit)? {
            if out.len() >= limit {
                break;
            }
            if !out.iter().any(|o| o.id == r.id) {
                out.push(r);
            }
        }
        Ok(out)
    }

    fn similar(&self, article: &Article, limit: usize) -> Result<Vec<Related>> {
        let mut terms: Vec<String> = Vec::new();
        for w in words(&article.title) {
            if w.chars().count() >= 3 && !STOP_WORDS.contains(&w.as_str()) && !terms.contains(&w) {
                terms.push(w);
            }
        }
        if terms.is_empty() {
            return Ok(Vec::new());
        }
        let q = format!(
            "{{title summary}} : ({})",
            terms.iter().take(12).map(|t| format!("\"{t}\"")).collect::<Vec<_>>().join(" OR ")
        );
        let own: String =
            self.conn().query_row("SELECT signature FROM articles WHERE id = ?1", [article.id], |r| r.get(0))?;
        let mut stmt = self.conn().prepare_cached(&format!(
            "WITH hits AS (
                SELECT rowid, {RANK} AS score FROM articles_fts
                WHERE articles_fts MATCH ?1 AND rowid != ?2 ORDER BY score LIMIT 50
             )
             SELECT a.id, a.title, f.title, a.signature FROM hits
             JOIN articles a ON a.id = hits.rowid JOIN feeds f ON f.id = a.feed_id
             WHERE a.title != ?3 AND a.hidden = 0 ORDER BY hits.score, a.published_at DESC"
        ))?;
        let rows = stmt.query_map(params![q, article.id, article.title], |r| {
            Ok((Related { id: r.get(0)?, title: r.get(1)?, feed_title: r.get(2)? }, r.get::<_, String>(3)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (related, signature) = row?;
            // A word in common is not enough: below the floor, nothing is offered.
            if crate::story::is_related(&own, &signature) {
                out.push(related);
            }
            if out.len() >= limit {
                break;
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::fts_query;

    #[test]
    fn fts_query_quotes_everything() {
        assert_eq!(fts_query("drone strikes").as_deref(), Some("\"drone\" \"strikes\"*"));
        assert_eq!(fts_query("NEAR(\"a\" OR b) -x *").as_deref(), Some("\"near\" \"a\" \"or\" \"b\" \"x\"*"));
        assert_eq!(fts_query("  ()  "), None);
    }
}
