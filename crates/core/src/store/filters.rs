//! Filters as rows, and what applying them writes. What a filter does to an
//! article is decided in `policy::filters`.

use super::Store;
use super::outbox::{self, Change};
use crate::error::{Error, Result};
use crate::ids::{ArticleId, CategoryId, FeedId};
use crate::model::{Filter, FilterAction, FilterField, FilterScope};
use crate::policy::filters::{self, Filters};
use crate::time::{now, to_datetime};
use rusqlite::{Connection, OptionalExtension, Row, params};

/// A stored article as filters see it, for re-applying them.
pub struct FilterRow {
    pub id: ArticleId,
    pub feed: FeedId,
    pub category: Option<CategoryId>,
    pub title: String,
    pub author: String,
    pub summary: String,
    pub content_html: String,
    pub hidden: bool,
    pub read: bool,
    pub saved: bool,
}

/// What re-applying changes on one article.
pub struct FilterChange {
    pub id: ArticleId,
    pub hidden: bool,
    pub mark_read: bool,
    pub save: bool,
}

const FILTER_COLUMNS: &str = "f.id, f.pattern, f.regex, f.field, c.name, f.feed_id, f.action, f.expires_at";

fn filter_row(r: &Row<'_>) -> rusqlite::Result<Filter> {
    let category: Option<String> = r.get(4)?;
    let feed: Option<FeedId> = r.get(5)?;
    let field: String = r.get(3)?;
    let action: String = r.get(6)?;
    Ok(Filter {
        id: r.get(0)?,
        pattern: r.get(1)?,
        regex: r.get(2)?,
        field: FilterField::parse(&field).unwrap_or(FilterField::Any),
        scope: match (category, feed) {
            (Some(c), _) => FilterScope::Category(c),
            (_, Some(f)) => FilterScope::Feed(f),
            _ => FilterScope::All,
        },
        action: FilterAction::parse(&action).unwrap_or(FilterAction::Hide),
        expires: r.get::<_, Option<i64>>(7)?.map(to_datetime),
    })
}

impl Store {
    pub fn add_filter(
        &mut self,
        pattern: &str,
        regex: bool,
        field: FilterField,
        scope: &FilterScope,
        action: FilterAction,
        expires_at: Option<i64>,
    ) -> Result<Filter> {
        filters::validate(pattern, regex)?;
        let (category, feed) = match scope {
            FilterScope::All => (None, None),
            FilterScope::Category(name) => {
                (Some(self.category_id(name)?.ok_or_else(|| Error::CategoryNotFound(name.clone()))?), None)
            }
            FilterScope::Feed(id) => (None, Some(self.feed(*id)?.id)),
        };
        let tx = self.write()?;
        tx.execute(
            "INSERT INTO filters (pattern, regex, field, category_id, feed_id, action, expires_at, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![pattern.trim(), regex, field.as_str(), category, feed, action.as_str(), expires_at, now()],
        )?;
        let id = tx.last_insert_rowid();
        tx.commit()?;
        self.filter(id)
    }

    pub fn filter(&self, id: i64) -> Result<Filter> {
        let sql = format!(
            "SELECT {FILTER_COLUMNS} FROM filters f LEFT JOIN categories c ON c.id = f.category_id WHERE f.id = ?1"
        );
        self.conn()
            .query_row(&sql, [id], filter_row)
            .optional()?
            .ok_or_else(|| crate::invalid!("err-filter-not-found", id = id))
    }

    pub fn filters(&self) -> Result<Vec<Filter>> {
        let sql = format!(
            "SELECT {FILTER_COLUMNS} FROM filters f LEFT JOIN categories c ON c.id = f.category_id ORDER BY f.id"
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map([], filter_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn remove_filter(&mut self, id: i64) -> Result<()> {
        let tx = self.write()?;
        let n = tx.execute("DELETE FROM filters WHERE id = ?1", [id])?;
        tx.commit()?;
        if n == 0 { Err(crate::invalid!("err-filter-not-found", id = id)) } else { Ok(()) }
    }

    /// Removes filters whose time is up; returns how many.
    pub fn remove_expired_filters(&mut self, now: i64) -> Result<usize> {
        // A read first: most syncs have nothing to expire and need no write.
        let due: bool = self.conn().query_row(
            "SELECT EXISTS (SELECT 1 FROM filters WHERE expires_at IS NOT NULL AND expires_at <= ?1)",
            [now],
            |r| r.get(0),
        )?;
        if !due {
            return Ok(0);
        }
        let tx = self.write()?;
        let n = tx.execute("DELETE FROM filters WHERE expires_at IS NOT NULL AND expires_at <= ?1", [now])?;
        tx.commit()?;
        Ok(n)
    }

    /// The filters in force now, compiled.
    pub fn active_filters(&self) -> Result<Filters> {
        active_filters(self.conn())
    }

    /// How many articles filters hide now.
    pub fn hidden_count(&self) -> Result<i64> {
        Ok(self.conn().query_row("SELECT COUNT(*) FROM articles WHERE hidden = 1", [], |r| r.get(0))?)
    }

    /// A page of stored articles for re-applying filters, by id after `after`
    /// (only hidden ones with `only_hidden`).
    pub fn filter_rows(&self, after: i64, limit: usize, only_hidden: bool) -> Result<Vec<FilterRow>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT a.id, a.feed_id, f.category_id, a.title, COALESCE(a.author, ''), a.summary, a.content_html,
                    a.hidden, a.read, EXISTS (SELECT 1 FROM saved s WHERE s.article_id = a.id)
             FROM articles a JOIN feeds f ON f.id = a.feed_id
             WHERE a.id > ?1 AND (?3 = 0 OR a.hidden = 1) ORDER BY a.id LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![after, limit as i64, only_hidden], |r| {
            Ok(FilterRow {
                id: r.get(0)?,
                feed: r.get(1)?,
                category: r.get(2)?,
                title: r.get(3)?,
                author: r.get(4)?,
                summary: r.get(5)?,
                content_html: r.get(6)?,
                hidden: r.get(7)?,
                read: r.get(8)?,
                saved: r.get(9)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Writes what re-applying filters decided, in one transaction; a server
    /// article marked read or saved is queued for its server.
    pub fn apply_filter_changes(&mut self, changes: &[FilterChange]) -> Result<usize> {
        let tx = self.write()?;
        for c in changes {
            tx.prepare_cached("UPDATE articles SET hidden = ?2 WHERE id = ?1")?.execute(params![c.id, c.hidden])?;
            if c.mark_read {
                outbox::queue_articles(&tx, Change::Read, "a.id = ?1 AND a.read = 0", [c.id])?;
                tx.prepare_cached("UPDATE articles SET read = 1 WHERE id = ?1")?.execute([c.id])?;
            }
            if c.save {
                outbox::queue_articles(&tx, Change::Save, "a.id = ?1", [c.id])?;
                tx.prepare_cached("INSERT OR IGNORE INTO saved (article_id, saved_at) VALUES (?1, ?2)")?
                    .execute(params![c.id, now()])?;
            }
        }
        tx.commit()?;
        Ok(changes.len())
    }
}

/// The filters in force now, compiled (also inside a caller's transaction).
pub(crate) fn active_filters(conn: &Connection) -> Result<Filters> {
    let sql =
        format!("SELECT {FILTER_COLUMNS} FROM filters f LEFT JOIN categories c ON c.id = f.category_id ORDER BY f.id");
    let rows: Vec<Filter> = conn.prepare_cached(&sql)?.query_map([], filter_row)?.collect::<Result<_, _>>()?;
    let mut ids = std::collections::HashMap::new();
    for f in &rows {
        if let FilterScope::Category(name) = &f.scope {
            let id: Option<CategoryId> =
                conn.query_row("SELECT id FROM categories WHERE name = ?1", [name], |r| r.get(0)).optional()?;
            ids.insert(name.clone(), id);
        }
    }
    Ok(filters::compile(&rows, now(), |name| ids.get(name).copied().flatten()))
}
