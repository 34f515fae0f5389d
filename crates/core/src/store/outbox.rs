//! The outbox: local changes to a server account's state, durable from the
//! moment they are made (written in the same transaction as the change
//! itself), sent in order by the account's next sync, and removed only when
//! the server took them. A change the server refused keeps its reason.

use super::Store;
use crate::error::Result;
use crate::ids::AccountId;
use crate::refusal::Refusal;
use crate::time::now;
use rusqlite::{Connection, OptionalExtension, params};

/// What a queued change does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Change {
    Read,
    Unread,
    Save,
    Unsave,
    /// Target: the feed URL; arg: the category.
    Subscribe,
    /// Target: the server's feed id.
    Unsubscribe,
    /// Target: the server's feed id; arg: the new title.
    RenameFeed,
    /// Target: the server's feed id; arg: `{"from": …, "to": …}` category names.
    MoveFeed,
    /// Target: the old category name; arg: the new one.
    RenameCategory,
    /// Target: the category name.
    RemoveCategory,
}

impl Change {
    pub fn as_str(self) -> &'static str {
        match self {
            Change::Read => "read",
            Change::Unread => "unread",
            Change::Save => "save",
            Change::Unsave => "unsave",
            Change::Subscribe => "subscribe",
            Change::Unsubscribe => "unsubscribe",
            Change::RenameFeed => "rename_feed",
            Change::MoveFeed => "move_feed",
            Change::RenameCategory => "rename_category",
            Change::RemoveCategory => "remove_category",
        }
    }

    pub(crate) fn from_op(s: &str) -> Option<Change> {
        Some(match s {
            "read" => Change::Read,
            "unread" => Change::Unread,
            "save" => Change::Save,
            "unsave" => Change::Unsave,
            "subscribe" => Change::Subscribe,
            "unsubscribe" => Change::Unsubscribe,
            "rename_feed" => Change::RenameFeed,
            "move_feed" => Change::MoveFeed,
            "rename_category" => Change::RenameCategory,
            "remove_category" => Change::RemoveCategory,
            _ => return None,
        })
    }
}

/// One queued change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Queued {
    pub id: i64,
    pub change: Change,
    pub target: String,
    pub arg: Option<String>,
    /// Earlier tries: sends that failed, or that the server took but did not keep.
    pub attempts: i64,
}

/// Queues `change` for every server article `condition` selects (SQL over
/// `a` articles joined to `f` feeds, with `?1`… from `args`). Local articles
/// are left out by the join itself.
pub(crate) fn queue_articles(
    tx: &Connection,
    change: Change,
    condition: &str,
    args: impl rusqlite::Params,
) -> Result<usize> {
    let sql = format!(
        "INSERT INTO outbox (account_id, op, target, created_at)
         SELECT f.account_id, '{}', a.guid, {} FROM articles a JOIN feeds f ON f.id = a.feed_id
         WHERE f.account_id IS NOT NULL AND ({condition}) ORDER BY a.id",
        change.as_str(),
        now()
    );
    Ok(tx.execute(&sql, args)?)
}

pub(crate) fn queue(
    tx: &Connection,
    account: AccountId,
    change: Change,
    target: &str,
    arg: Option<&str>,
) -> Result<()> {
    tx.execute(
        "INSERT INTO outbox (account_id, op, target, arg, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![account, change.as_str(), target, arg, now()],
    )?;
    Ok(())
}

impl Store {
    /// Changes waiting to be sent, over all accounts (one cheap count).
    pub fn outbox_waiting(&self) -> Result<i64> {
        Ok(self.conn().query_row("SELECT COUNT(*) FROM outbox WHERE rejected IS NULL", [], |r| r.get(0))?)
    }

    /// The account's changes waiting to be sent, oldest first.
    pub fn outbox(&self, account: AccountId) -> Result<Vec<Queued>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, op, target, arg, attempts FROM outbox WHERE account_id = ?1 AND rejected IS NULL ORDER BY id",
        )?;
        let rows = stmt.query_map([account], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, op, target, arg, attempts) = row?;
            if let Some(change) = Change::from_op(&op) {
                out.push(Queued { id, change, target, arg, attempts });
            }
        }
        Ok(out)
    }

    /// The server took these: they leave the outbox.
    pub fn outbox_sent(&mut self, ids: &[i64]) -> Result<()> {
        let tx = self.write()?;
        {
            let mut del = tx.prepare_cached("DELETE FROM outbox WHERE id = ?1")?;
            for id in ids {
                del.execute([id])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// The server refused these for good: kept with the reason, never resent.
    /// `message` is the reason as a catalog message, when it is one.
    pub fn outbox_rejected(&mut self, ids: &[i64], reason: &str, message: Option<&Refusal>) -> Result<()> {
        let message = message.map(Refusal::to_json);
        let tx = self.write()?;
        {
            let mut mark = tx.prepare_cached(
                "UPDATE outbox SET rejected = ?2, rejected_message = ?3, attempts = attempts + 1 WHERE id = ?1",
            )?;
            for id in ids {
                mark.execute(params![id, reason, message])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// A try that failed for a passing reason; after `give_up_after` tries a
    /// change is rejected (reported), so nothing is retried forever.
    pub fn outbox_failed(
        &mut self,
        ids: &[i64],
        reason: &str,
        message: Option<&Refusal>,
        give_up_after: i64,
    ) -> Result<()> {
        let tx = self.write()?;
        {
            let mut attempts = tx.prepare_cached("SELECT attempts FROM outbox WHERE id = ?1")?;
            let mut mark = tx.prepare_cached(
                "UPDATE outbox SET attempts = ?2, rejected = ?3, rejected_message = ?4 WHERE id = ?1",
            )?;
            for id in ids {
                let Some(tries) = attempts.query_row([id], |r| r.get::<_, i64>(0)).optional()? else { continue };
                let tries = tries + 1;
                let gave_up = (tries >= give_up_after).then(|| {
                    let why = match message {
                        Some(m) => crate::refusal::Arg::from(m.clone()),
                        None => crate::refusal::Arg::from(reason),
                    };
                    let refusal = Refusal::new("err-outbox-gave-up").arg("tries", tries).arg("reason", why);
                    (refusal.in_language("en"), refusal.to_json())
                });
                let (rejected, message) = gave_up.unzip();
                mark.execute(params![id, tries, rejected, message])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Queues changes again that the server answered OK to but did not keep
    /// (its state, read right after, still disagrees); after `give_up_after`
    /// such tries they are reported as refused instead.
    pub fn outbox_requeue(&mut self, account: AccountId, lost: &[Queued], give_up_after: i64) -> Result<()> {
        let tx = self.write()?;
        for q in lost {
            let attempts = q.attempts + 1;
            let refusal =
                (attempts >= give_up_after).then(|| Refusal::new("err-outbox-not-kept").arg("tries", attempts));
            let rejected = refusal.as_ref().map(|r| r.in_language("en"));
            tx.execute(
                "INSERT INTO outbox (account_id, op, target, arg, created_at, attempts, rejected, rejected_message)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    account,
                    q.change.as_str(),
                    q.target,
                    q.arg,
                    now(),
                    attempts,
                    rejected,
                    refusal.map(|r| r.to_json())
                ],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Changes the server refused, newest first, with the reason.
    pub fn outbox_rejections(&self, account: AccountId) -> Result<Vec<(Queued, String)>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, op, target, arg, rejected, attempts FROM outbox
             WHERE account_id = ?1 AND rejected IS NOT NULL ORDER BY id DESC",
        )?;
        let rows = stmt.query_map([account], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get(2)?, r.get(3)?, r.get::<_, String>(4)?, r.get(5)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, op, target, arg, why, attempts) = row?;
            if let Some(change) = Change::from_op(&op) {
                out.push((Queued { id, change, target, arg, attempts }, why));
            }
        }
        Ok(out)
    }
}
