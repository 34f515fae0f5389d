use super::Store;
use super::outbox::{self, Change};
use crate::error::{Error, Result};
use crate::ids::AccountId;
use crate::ids::CategoryId;
use crate::model::Category;
use rusqlite::{Connection, OptionalExtension, params};

impl Store {
    /// Every category in menu order, with unread and total article counts.
    pub fn categories(&self) -> Result<Vec<Category>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT c.id, c.name,
                    COALESCE(SUM(a.read = 0 AND f.muted = 0), 0), COUNT(a.id)
             FROM categories c
             LEFT JOIN feeds f ON f.category_id = c.id
             LEFT JOIN articles a ON a.feed_id = f.id AND a.hidden = 0
             GROUP BY c.id ORDER BY c.position, c.name",
        )?;
        let rows = stmt
            .query_map([], |r| Ok(Category { id: r.get(0)?, name: r.get(1)?, unread: r.get(2)?, total: r.get(3)? }))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn category_id(&self, name: &str) -> Result<Option<CategoryId>> {
        Ok(self
            .conn()
            .query_row("SELECT id FROM categories WHERE name = ?1", [name.trim()], |r| r.get(0))
            .optional()?)
    }

    /// The category named `name` (case-insensitively), created at the end of the menu if new.
    pub fn ensure_category(&mut self, name: &str) -> Result<CategoryId> {
        let name = name.trim();
        if name.is_empty() {
            return Err(crate::invalid!("err-category-name"));
        }
        if let Some(id) = self.category_id(name)? {
            return Ok(id);
        }
        let tx = self.write()?;
        tx.execute(
            "INSERT INTO categories (name, position)
             VALUES (?1, (SELECT COALESCE(MAX(position), -1) + 1 FROM categories))",
            [name],
        )?;
        let id = CategoryId(tx.last_insert_rowid());
        tx.commit()?;
        Ok(id)
    }

    pub fn rename_category(&mut self, old: &str, new: &str) -> Result<()> {
        let new = new.trim();
        if new.is_empty() {
            return Err(crate::invalid!("err-category-name"));
        }
        let tx = self.write()?;
        for account in accounts_using(&tx, old)? {
            outbox::queue(&tx, account, Change::RenameCategory, old.trim(), Some(new))?;
        }
        let n = tx.execute("UPDATE categories SET name = ?2 WHERE name = ?1", params![old.trim(), new])?;
        tx.commit()?;
        if n == 0 { Err(Error::CategoryNotFound(old.into())) } else { Ok(()) }
    }

    /// Removes the category; its feeds stay, uncategorized.
    pub fn remove_category(&mut self, name: &str) -> Result<()> {
        let tx = self.write()?;
        for account in accounts_using(&tx, name)? {
            outbox::queue(&tx, account, Change::RemoveCategory, name.trim(), None)?;
        }
        let n = tx.execute("DELETE FROM categories WHERE name = ?1", [name.trim()])?;
        tx.commit()?;
        if n == 0 { Err(Error::CategoryNotFound(name.into())) } else { Ok(()) }
    }
}

/// The server accounts with feeds in the category (its label on each server).
fn accounts_using(tx: &Connection, category: &str) -> Result<Vec<AccountId>> {
    let mut stmt = tx.prepare(
        "SELECT DISTINCT f.account_id FROM feeds f JOIN categories c ON c.id = f.category_id
         WHERE c.name = ?1 AND f.account_id IS NOT NULL AND f.remote_id IS NOT NULL",
    )?;
    let rows = stmt.query_map([category.trim()], |r| r.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}
