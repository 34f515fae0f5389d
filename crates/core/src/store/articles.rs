use super::Store;
use super::outbox::{self, Change};
use super::query::{ARTICLE_COLUMNS, ARTICLE_JOINS, article_row, day_range, month_range};
use crate::error::{Error, Result};
use crate::ids::{ArticleId, FeedId};
use crate::model::{ArchiveDay, Article, ArticleDetail};
use crate::parsed::Enclosure;
use crate::time::now;
use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::{OptionalExtension, params, params_from_iter};

/// Which articles to list; everything unset means all, newest first.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct ArticleFilter {
    pub category: Option<String>,
    pub feed: Option<FeedId>,
    pub unread: bool,
    pub saved: bool,
    pub day: Option<NaiveDate>,
    /// Only what filters hide (the "Filtered" view); otherwise hidden ones never show.
    pub hidden: bool,
    /// Leave muted feeds out (the front page; the unread view always does).
    pub unmuted: bool,
    /// The articles of this smart view.
    pub view: Option<String>,
    pub limit: Option<usize>,
    pub offset: usize,
}

/// What `mark_read` applies to.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(tag = "scope", content = "value", rename_all = "lowercase")]
pub enum ReadScope {
    All,
    Category(String),
    Feed(FeedId),
}

impl Store {
    pub fn articles(&self, filter: &ArticleFilter) -> Result<Vec<Article>> {
        let mut clauses = Vec::new();
        let mut args: Vec<Value> = Vec::new();
        if let Some(cat) = &filter.category {
            let id = self.category_id(cat)?.ok_or_else(|| Error::CategoryNotFound(cat.clone()))?;
            clauses.push("f.category_id = ?");
            args.push(Value::Integer(id.0));
        }
        if let Some(feed) = filter.feed {
            clauses.push("a.feed_id = ?");
            args.push(Value::Integer(feed.0));
        }
        clauses.push(if filter.hidden { "a.hidden = 1" } else { "a.hidden = 0" });
        if filter.unread {
            clauses.push("a.read = 0");
        }
        // Muted feeds stay out of unread views and the front page, not out of their own list.
        if filter.unmuted || (filter.unread && filter.feed.is_none()) {
            clauses.push("f.muted = 0");
        }
        if filter.saved {
            clauses.push("s.article_id IS NOT NULL");
        }
        let view_sql;
        if let Some(name) = &filter.view {
            let v = self.view_clause(name)?;
            view_sql = v.sql;
            clauses.push(&view_sql);
            args.extend(v.args);
        }
        if let Some(day) = filter.day {
            let (start, end) = day_range(day)?;
            clauses.push("a.published_at >= ? AND a.published_at < ?");
            args.extend([Value::Integer(start), Value::Integer(end)]);
        }
        let where_ = if clauses.is_empty() { String::new() } else { format!("WHERE {}", clauses.join(" AND ")) };
        let limit = filter.limit.map_or(-1, |l| l as i64);
        args.extend([Value::Integer(limit), Value::Integer(filter.offset as i64)]);
        let sql = format!(
            "SELECT {ARTICLE_COLUMNS} FROM articles a {ARTICLE_JOINS} {where_}
             ORDER BY a.published_at DESC, a.id DESC LIMIT ? OFFSET ?"
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map(params_from_iter(args), article_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn article(&self, id: ArticleId) -> Result<Article> {
        let sql = format!("SELECT {ARTICLE_COLUMNS} FROM articles a {ARTICLE_JOINS} WHERE a.id = ?1");
        self.conn().query_row(&sql, [id], article_row).optional()?.ok_or(Error::ArticleNotFound(id))
    }

    /// The article with its body, neighbours in its category and related stories.
    pub fn article_detail(&self, id: ArticleId) -> Result<ArticleDetail> {
        let article = self.article(id)?;
        let (content_html, site_url, feed_url, category_id, published): (
            String,
            Option<String>,
            String,
            Option<i64>,
            i64,
        ) = self.conn().query_row(
            "SELECT a.content_html, f.site_url, f.url, f.category_id, a.published_at
                 FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE a.id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )?;
        let neighbour = |sql: &str| -> Result<Option<ArticleId>> {
            Ok(self.conn().query_row(sql, params![category_id, published, id], |r| r.get(0)).optional()?)
        };
        let next_id = neighbour(
            "SELECT a.id FROM articles a JOIN feeds f ON f.id = a.feed_id
             WHERE f.category_id IS ?1 AND a.hidden = 0 AND (a.published_at < ?2 OR (a.published_at = ?2 AND a.id < ?3))
             ORDER BY a.published_at DESC, a.id DESC LIMIT 1",
        )?;
        let prev_id = neighbour(
            "SELECT a.id FROM articles a JOIN feeds f ON f.id = a.feed_id
             WHERE f.category_id IS ?1 AND a.hidden = 0 AND (a.published_at > ?2 OR (a.published_at = ?2 AND a.id > ?3))
             ORDER BY a.published_at ASC, a.id ASC LIMIT 1",
        )?;
        let related = self.related(&article, 5)?;
        let enclosures = self.enclosures(id)?;
        Ok(ArticleDetail { article, content_html, site_url, feed_url, prev_id, next_id, related, enclosures })
    }

    fn enclosures(&self, id: ArticleId) -> Result<Vec<Enclosure>> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT url, mime, length FROM enclosures WHERE article_id = ?1 ORDER BY position")?;
        let rows = stmt.query_map([id], |r| {
            Ok(Enclosure { url: r.get(0)?, mime: r.get(1)?, length: r.get::<_, Option<i64>>(2)?.map(|n| n as u64) })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn set_read(&mut self, id: ArticleId, read: bool) -> Result<()> {
        let tx = self.write()?;
        // A server article's change is queued in the same transaction: it is
        // sent at the next sync, whatever happens in between.
        let change = if read { Change::Read } else { Change::Unread };
        outbox::queue_articles(&tx, change, "a.id = ?1 AND a.read != ?2", params![id, read])?;
        let n = tx.execute("UPDATE articles SET read = ?2 WHERE id = ?1", params![id, read])?;
        tx.commit()?;
        if n == 0 { Err(Error::ArticleNotFound(id)) } else { Ok(()) }
    }

    pub fn set_saved(&mut self, id: ArticleId, saved: bool) -> Result<()> {
        let tx = self.write()?;
        let exists: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM articles WHERE id = ?1)", [id], |r| r.get(0))?;
        if !exists {
            return Err(Error::ArticleNotFound(id));
        }
        let change = if saved { Change::Save } else { Change::Unsave };
        let differs = "a.id = ?1 AND EXISTS (SELECT 1 FROM saved s WHERE s.article_id = a.id) != ?2";
        outbox::queue_articles(&tx, change, differs, params![id, saved])?;
        if saved {
            tx.execute("INSERT OR IGNORE INTO saved (article_id, saved_at) VALUES (?1, ?2)", params![id, now()])?;
        } else {
            tx.execute("DELETE FROM saved WHERE article_id = ?1", [id])?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Marks every report of `id`'s story read or unread (`id` itself
    /// included); returns how many changed.
    pub fn set_story_read(&mut self, id: ArticleId, read: bool) -> Result<usize> {
        let tx = self.write()?;
        let story: Option<i64> =
            tx.query_row("SELECT COALESCE(story_id, id) FROM articles WHERE id = ?1", [id], |r| r.get(0)).optional()?;
        let story = story.ok_or(Error::ArticleNotFound(id))?;
        let change = if read { Change::Read } else { Change::Unread };
        let condition = "(a.story_id = ?1 OR a.id = ?1) AND a.read != ?2 AND a.hidden = 0";
        outbox::queue_articles(&tx, change, condition, params![story, read])?;
        let n = tx.execute(
            "UPDATE articles SET read = ?2 WHERE (story_id = ?1 OR id = ?1) AND read != ?2 AND hidden = 0",
            params![story, read],
        )?;
        tx.commit()?;
        Ok(n)
    }

    /// Saves (or unsaves) every report of `id`'s story; returns how many changed.
    pub fn set_story_saved(&mut self, id: ArticleId, saved: bool) -> Result<usize> {
        let tx = self.write()?;
        let story: Option<i64> =
            tx.query_row("SELECT COALESCE(story_id, id) FROM articles WHERE id = ?1", [id], |r| r.get(0)).optional()?;
        let story = story.ok_or(Error::ArticleNotFound(id))?;
        let in_story = "(a.story_id = ?1 OR a.id = ?1) AND a.hidden = 0";
        let n = if saved {
            let differs = format!("{in_story} AND NOT EXISTS (SELECT 1 FROM saved s WHERE s.article_id = a.id)");
            outbox::queue_articles(&tx, Change::Save, &differs, [story])?;
            tx.execute(
                "INSERT OR IGNORE INTO saved (article_id, saved_at)
                 SELECT id, ?2 FROM articles WHERE (story_id = ?1 OR id = ?1) AND hidden = 0",
                params![story, now()],
            )?
        } else {
            let differs = format!("{in_story} AND EXISTS (SELECT 1 FROM saved s WHERE s.article_id = a.id)");
            outbox::queue_articles(&tx, Change::Unsave, &differs, [story])?;
            tx.execute(
                "DELETE FROM saved WHERE article_id IN (SELECT id FROM articles WHERE story_id = ?1 OR id = ?1)",
                [story],
            )?
        };
        tx.commit()?;
        Ok(n)
    }

    /// Marks every article in scope read; returns how many changed.
    pub fn mark_read(&mut self, scope: &ReadScope) -> Result<usize> {
        let category = match scope {
            ReadScope::Category(name) => {
                Some(self.category_id(name)?.ok_or_else(|| Error::CategoryNotFound(name.clone()))?)
            }
            _ => None,
        };
        let tx = self.write()?;
        match scope {
            ReadScope::All => outbox::queue_articles(&tx, Change::Read, "a.read = 0", [])?,
            ReadScope::Category(_) => {
                outbox::queue_articles(&tx, Change::Read, "a.read = 0 AND f.category_id = ?1", [category])?
            }
            ReadScope::Feed(id) => outbox::queue_articles(&tx, Change::Read, "a.read = 0 AND a.feed_id = ?1", [id])?,
        };
        let n = match scope {
            ReadScope::All => tx.execute("UPDATE articles SET read = 1 WHERE read = 0", [])?,
            ReadScope::Category(_) => tx.execute(
                "UPDATE articles SET read = 1 WHERE read = 0
                 AND feed_id IN (SELECT id FROM feeds WHERE category_id = ?1)",
                [category],
            )?,
            ReadScope::Feed(id) => tx.execute("UPDATE articles SET read = 1 WHERE read = 0 AND feed_id = ?1", [id])?,
        };
        tx.commit()?;
        Ok(n)
    }

    /// Articles per local day in the month `YYYY-MM`, days without any left out.
    pub fn archive(&self, month: &str) -> Result<Vec<ArchiveDay>> {
        let (start, end) = month_range(month)?;
        let mut stmt = self.conn().prepare_cached(
            "SELECT date(published_at, 'unixepoch', 'localtime') AS day, COUNT(*)
             FROM articles WHERE published_at >= ?1 AND published_at < ?2 AND hidden = 0
             GROUP BY day ORDER BY day",
        )?;
        let rows = stmt.query_map([start, end], |r| Ok(ArchiveDay { day: r.get(0)?, count: r.get(1)? }))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

impl Store {
    /// The front page: each category's latest `per_category` headlines, in menu order.
    pub fn front_page(&self, per_category: usize) -> Result<Vec<crate::model::FrontSection>> {
        let mut out = Vec::new();
        for cat in self.categories()? {
            let filter = ArticleFilter {
                category: Some(cat.name.clone()),
                limit: Some(per_category),
                unmuted: true,
                ..Default::default()
            };
            let articles = self.articles(&filter)?;
            if !articles.is_empty() {
                out.push(crate::model::FrontSection { category: cat.name, unread: cat.unread, articles });
            }
        }
        Ok(out)
    }

    /// Replaces an article's body (already sanitized), e.g. with its full text.
    pub fn set_content_html(&mut self, id: ArticleId, html: &str, text: &str) -> Result<()> {
        let tx = self.write()?;
        let n = tx.execute("UPDATE articles SET content_html = ?2 WHERE id = ?1", params![id, html])?;
        if n == 0 {
            return Err(Error::ArticleNotFound(id));
        }
        // Re-index with the fuller text; title and summary stay as they were.
        let (title, summary): (String, String) =
            tx.query_row("SELECT title, summary FROM articles WHERE id = ?1", [id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        tx.execute("DELETE FROM articles_fts WHERE rowid = ?1", [id])?;
        let index = |s: &str| crate::cjk::bigrams(s).into_owned();
        tx.execute(
            "INSERT INTO articles_fts (rowid, title, summary, body) VALUES (?1, ?2, ?3, ?4)",
            params![id, index(&title), index(&summary), index(text)],
        )?;
        tx.commit()?;
        Ok(())
    }
}
