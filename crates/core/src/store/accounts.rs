//! Server accounts: the rows, their sync state, and removing one (its saved
//! articles stay, as local copies).

use super::Store;
use crate::error::Result;
use crate::ids::{AccountId, FeedId};
use crate::model::{Account, AccountKind, AccountStatus, Refused};
use crate::refusal::Refusal;
use crate::time::{now, to_datetime};
use rusqlite::{OptionalExtension, Row, params};

const ACCOUNT_COLUMNS: &str = "a.id, a.kind, a.url, a.user, a.status, a.last_sync_at, a.last_error, a.last_error_message,
    (SELECT COUNT(*) FROM feeds f WHERE f.account_id = a.id),
    (SELECT COUNT(*) FROM articles r JOIN feeds f ON f.id = r.feed_id WHERE f.account_id = a.id AND r.read = 0 AND r.hidden = 0),
    (SELECT COUNT(*) FROM outbox o WHERE o.account_id = a.id AND o.rejected IS NULL),
    (SELECT COUNT(*) FROM outbox o WHERE o.account_id = a.id AND o.rejected IS NOT NULL)";

fn account_row(r: &Row<'_>) -> rusqlite::Result<Account> {
    let kind: String = r.get(1)?;
    let status: String = r.get(4)?;
    Ok(Account {
        id: r.get(0)?,
        kind: AccountKind::parse(&kind).unwrap_or(AccountKind::GReader),
        url: r.get(2)?,
        user: r.get(3)?,
        status: match status.as_str() {
            "auth" => AccountStatus::Auth,
            "error" => AccountStatus::Error,
            _ => AccountStatus::Ok,
        },
        last_sync: r.get::<_, Option<i64>>(5)?.map(to_datetime),
        last_error: r.get(6)?,
        last_error_message: r.get::<_, Option<String>>(7)?.as_deref().and_then(Refusal::from_json),
        feeds: r.get(8)?,
        unread: r.get(9)?,
        pending: r.get(10)?,
        rejected: r.get(11)?,
        refused: Vec::new(),
    })
}

impl Store {
    pub fn add_account(&mut self, kind: AccountKind, url: &str, user: &str) -> Result<AccountId> {
        let tx = self.write()?;
        let exists: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM accounts WHERE kind = ?1 AND url = ?2 AND user = ?3)",
            params![kind.as_str(), url, user],
            |r| r.get(0),
        )?;
        if exists {
            return Err(crate::invalid!(
                "err-account-exists",
                kind = kind.as_str(),
                user = user.to_owned(),
                url = url.to_owned()
            ));
        }
        tx.execute(
            "INSERT INTO accounts (kind, url, user, created_at) VALUES (?1, ?2, ?3, ?4)",
            params![kind.as_str(), url, user, now()],
        )?;
        let id = AccountId(tx.last_insert_rowid());
        tx.commit()?;
        Ok(id)
    }

    pub fn accounts(&self) -> Result<Vec<Account>> {
        let sql = format!("SELECT {ACCOUNT_COLUMNS} FROM accounts a ORDER BY a.id");
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map([], account_row)?;
        let mut accounts: Vec<Account> = rows.collect::<Result<_, _>>()?;
        for a in accounts.iter_mut().filter(|a| a.rejected > 0) {
            a.refused = self.refused(a.id)?;
        }
        Ok(accounts)
    }

    pub fn account(&self, id: AccountId) -> Result<Account> {
        let sql = format!("SELECT {ACCOUNT_COLUMNS} FROM accounts a WHERE a.id = ?1");
        let mut account = self
            .conn()
            .query_row(&sql, [id], account_row)
            .optional()?
            .ok_or_else(|| crate::invalid!("err-account-not-found", id = id.0))?;
        if account.rejected > 0 {
            account.refused = self.refused(id)?;
        }
        Ok(account)
    }

    fn refused(&self, id: AccountId) -> Result<Vec<Refused>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT op, target, rejected, created_at, rejected_message FROM outbox
             WHERE account_id = ?1 AND rejected IS NOT NULL ORDER BY id DESC LIMIT 20",
        )?;
        let rows = stmt.query_map([id], |r| {
            Ok(Refused {
                change: r.get(0)?,
                target: r.get(1)?,
                reason: r.get(2)?,
                at: to_datetime(r.get(3)?),
                message: r.get::<_, Option<String>>(4)?.as_deref().and_then(Refusal::from_json),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Where the account's next sync starts (the protocol's own cursor).
    pub fn account_cursor(&self, id: AccountId) -> Result<Option<String>> {
        Ok(self.conn().query_row("SELECT cursor FROM accounts WHERE id = ?1", [id], |r| r.get(0)).optional()?.flatten())
    }

    /// Until when the server asked to be left alone (Retry-After), if it did.
    pub fn account_retry_after(&self, id: AccountId) -> Result<Option<i64>> {
        Ok(self
            .conn()
            .query_row("SELECT retry_after_until FROM accounts WHERE id = ?1", [id], |r| r.get(0))
            .optional()?
            .flatten())
    }

    /// Records how a sync of the account ended; the cursor moves only on
    /// success; `retry_after` is a server's request to wait (or none).
    pub fn record_account_sync(
        &mut self,
        id: AccountId,
        status: AccountStatus,
        error: Option<(&str, Option<&Refusal>)>,
        cursor: Option<&str>,
        retry_after: Option<i64>,
    ) -> Result<()> {
        let (english, message) = error.map(|(e, m)| (e, m.map(Refusal::to_json))).unzip();
        let tx = self.write()?;
        tx.execute(
            "UPDATE accounts SET status = ?2, last_error = ?3, last_sync_at = ?4, cursor = COALESCE(?5, cursor),
                retry_after_until = ?6, last_error_message = ?7
             WHERE id = ?1",
            params![id, status.as_str(), english, now(), cursor, retry_after, message.flatten()],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Removes the account, its feeds and its articles, except saved
    /// articles: they move to a local feed of their own that is never fetched.
    pub fn remove_account(&mut self, id: AccountId) -> Result<Option<FeedId>> {
        let account = self.account(id)?;
        let tx = self.write()?;
        let saved: i64 = tx.query_row(
            "SELECT COUNT(*) FROM saved s JOIN articles a ON a.id = s.article_id JOIN feeds f ON f.id = a.feed_id
             WHERE f.account_id = ?1",
            [id],
            |r| r.get(0),
        )?;
        let mut kept = None;
        if saved > 0 {
            // `bulletin:` URLs are never fetched (see `sync_targets`).
            let url = format!("bulletin:saved/{}/{}@{}", account.kind.as_str(), account.user, account.url);
            tx.execute(
                "INSERT INTO feeds (url, title, created_at, gone, last_error) VALUES (?1, ?2, ?3, 1, ?4)
                 ON CONFLICT (url) WHERE account_id IS NULL DO NOTHING",
                params![
                    url,
                    format!("Saved from {}", account.url),
                    now(),
                    "kept for its saved articles after the account was removed; never fetched"
                ],
            )?;
            let feed: FeedId =
                tx.query_row("SELECT id FROM feeds WHERE url = ?1 AND account_id IS NULL", [&url], |r| r.get(0))?;
            tx.execute(
                "UPDATE OR IGNORE articles SET feed_id = ?2
                 WHERE id IN (SELECT s.article_id FROM saved s JOIN articles a ON a.id = s.article_id
                              JOIN feeds f ON f.id = a.feed_id WHERE f.account_id = ?1)",
                params![id, feed],
            )?;
            kept = Some(feed);
        }
        tx.execute("DELETE FROM accounts WHERE id = ?1", [id])?;
        tx.commit()?;
        Ok(kept)
    }
}
