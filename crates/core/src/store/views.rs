//! Smart views: saved searches (full-text query plus unread, saved, category
//! and age) shown in the sidebar with their counts, computed when asked, so they
//! are current as articles arrive.

use super::Store;
use super::search::fts_query;
use crate::error::{Error, Result};
use crate::model::SmartView;
use crate::time::now;
use rusqlite::types::Value;
use rusqlite::{OptionalExtension, params};

/// A view's conditions as SQL over `a` (articles) joined to `f` (feeds).
pub(crate) struct ViewClause {
    pub sql: String,
    pub args: Vec<Value>,
}

/// A view about to be stored.
#[derive(Debug, Clone, Default)]
pub struct NewView {
    pub name: String,
    /// The words searched for (full text).
    pub query: String,
    /// Only unread articles.
    pub unread: bool,
    /// Only saved articles.
    pub saved: bool,
    pub category: Option<String>,
    pub max_age_days: Option<u32>,
}

struct ViewRow {
    name: String,
    query: String,
    unread: bool,
    saved: bool,
    category_id: Option<i64>,
    category: Option<String>,
    max_age_days: Option<u32>,
}

impl Store {
    pub fn add_view(&mut self, view: &NewView) -> Result<SmartView> {
        let NewView { name, query, unread, saved, category, max_age_days } = view;
        let (unread, saved, max_age_days) = (*unread, *saved, *max_age_days);
        let category = category.as_deref();
        let name = name.trim();
        if name.is_empty() {
            return Err(crate::invalid!("err-view-name"));
        }
        if fts_query(query).is_none() {
            return Err(crate::invalid!("err-view-query"));
        }
        let category = match category {
            Some(c) => Some(self.category_id(c)?.ok_or_else(|| Error::CategoryNotFound(c.into()))?),
            None => None,
        };
        let tx = self.write()?;
        let exists: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM views WHERE name = ?1)", [name], |r| r.get(0))?;
        if exists {
            return Err(crate::invalid!("err-view-exists", name = name.to_owned()));
        }
        tx.execute(
            "INSERT INTO views (name, query, unread, saved, category_id, max_age_days, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![name, query.trim(), unread, saved, category, max_age_days, now()],
        )?;
        tx.commit()?;
        self.views()?
            .into_iter()
            .find(|v| v.name.eq_ignore_ascii_case(name))
            .ok_or_else(|| crate::invalid!("err-view-not-found", name = name.to_owned()))
    }

    pub fn remove_view(&mut self, name: &str) -> Result<()> {
        let tx = self.write()?;
        let n = tx.execute("DELETE FROM views WHERE name = ?1", [name.trim()])?;
        tx.commit()?;
        if n == 0 { Err(crate::invalid!("err-view-not-found", name = name.to_owned())) } else { Ok(()) }
    }

    /// Every view with how many articles it shows now, and how many are unread.
    pub fn views(&self) -> Result<Vec<SmartView>> {
        let rows = self.view_rows(None)?;
        let mut out = Vec::with_capacity(rows.len());
        for v in rows {
            let clause = clause(&v);
            let sql = format!(
                "SELECT COUNT(*), COALESCE(SUM(a.read = 0), 0) FROM articles a JOIN feeds f ON f.id = a.feed_id
                 WHERE {}",
                clause.sql
            );
            let (count, unread) =
                self.conn().query_row(&sql, rusqlite::params_from_iter(clause.args), |r| Ok((r.get(0)?, r.get(1)?)))?;
            out.push(SmartView {
                name: v.name,
                query: v.query,
                unread_only: v.unread,
                saved_only: v.saved,
                category: v.category,
                max_age_days: v.max_age_days,
                count,
                unread,
            });
        }
        Ok(out)
    }

    /// The conditions of the view named `name`, for listing its articles.
    pub(crate) fn view_clause(&self, name: &str) -> Result<ViewClause> {
        let v = self
            .view_rows(Some(name))?
            .into_iter()
            .next()
            .ok_or_else(|| crate::invalid!("err-view-not-found", name = name.to_owned()))?;
        Ok(clause(&v))
    }

    fn view_rows(&self, name: Option<&str>) -> Result<Vec<ViewRow>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT v.name, v.query, v.unread, v.category_id, c.name, v.max_age_days, v.saved
             FROM views v LEFT JOIN categories c ON c.id = v.category_id
             WHERE ?1 IS NULL OR v.name = ?1 ORDER BY v.name",
        )?;
        let rows = stmt.query_map([name.map(str::trim)], |r| {
            Ok(ViewRow {
                name: r.get(0)?,
                query: r.get(1)?,
                unread: r.get(2)?,
                category_id: r.get(3)?,
                category: r.get(4)?,
                max_age_days: r.get(5)?,
                saved: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Whether a view by that name exists.
    pub fn view_exists(&self, name: &str) -> Result<bool> {
        Ok(self
            .conn()
            .query_row("SELECT 1 FROM views WHERE name = ?1", [name.trim()], |_| Ok(()))
            .optional()?
            .is_some())
    }
}

fn clause(v: &ViewRow) -> ViewClause {
    // fts_query never fails for a stored view (checked when it was added).
    let q = fts_query(&v.query).unwrap_or_else(|| r#""""#.into());
    let mut sql = String::from("a.hidden = 0 AND a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)");
    let mut args = vec![Value::Text(q)];
    if v.unread {
        sql.push_str(" AND a.read = 0");
    }
    if v.saved {
        sql.push_str(" AND EXISTS (SELECT 1 FROM saved s WHERE s.article_id = a.id)");
    }
    if let Some(c) = v.category_id {
        sql.push_str(" AND f.category_id = ?");
        args.push(Value::Integer(c));
    }
    if let Some(days) = v.max_age_days {
        sql.push_str(" AND a.published_at >= ?");
        args.push(Value::Integer(now() - i64::from(days) * 86_400));
    }
    ViewClause { sql, args }
}
