//! Sends a GReader account's outbox: changes to feeds and categories one by
//! one, in the order they were made; read/saved changes batched, the last
//! word per item winning. Whatever the server took leaves the outbox; what it
//! refused is reported; a passing failure stops sending until the next sync.

use super::client::{GReader, ITEMS_PER_REQUEST};
use super::ids::{READ, STARRED};
use crate::accounts::AccountError;
use crate::error::Result;
use crate::ids::AccountId;
use crate::store::{Change, Queued, Store};
use std::collections::HashMap;

/// Tries before a change that keeps failing for passing reasons is reported.
pub const GIVE_UP_AFTER: i64 = 20;

/// What was sent: how many changes, and the read/saved ones to check against
/// the server's state once it is read again.
#[derive(Default)]
pub struct Sent {
    pub count: usize,
    pub states: Vec<Queued>,
}

pub async fn send_outbox(store: &mut Store, client: &mut GReader, account: AccountId) -> Result<Sent> {
    let queued = store.outbox(account)?;
    let mut sent = Sent::default();
    let (states, structure): (Vec<Queued>, Vec<Queued>) = queued
        .into_iter()
        .partition(|q| matches!(q.change, Change::Read | Change::Unread | Change::Save | Change::Unsave));

    for q in structure {
        let outcome = send_one(client, &q).await;
        if let (Ok(Some(remote)), Change::Subscribe) = (&outcome, q.change) {
            store.set_remote_feed_id(account, &q.target, remote)?;
        }
        settle(store, &[q.id], outcome.map(drop))?;
        sent.count += 1;
    }

    // The last word per item and per kind of state: read then unread is unread.
    let mut last: HashMap<(bool, &str), &Queued> = HashMap::new();
    for q in &states {
        let is_read_state = matches!(q.change, Change::Read | Change::Unread);
        last.insert((is_read_state, q.target.as_str()), q);
    }
    let all_ids: Vec<i64> = states.iter().map(|q| q.id).collect();
    let mut groups: HashMap<Change, Vec<&Queued>> = HashMap::new();
    for q in last.into_values() {
        groups.entry(q.change).or_default().push(q);
    }
    let mut failure = None;
    for (change, items) in &mut groups {
        items.sort_by_key(|q| q.id);
        for chunk in items.chunks(ITEMS_PER_REQUEST) {
            let ids: Vec<String> = chunk.iter().map(|q| q.target.clone()).collect();
            let result = match change {
                Change::Read => client.edit_tag(&ids, Some(READ), None).await,
                Change::Unread => client.edit_tag(&ids, None, Some(READ)).await,
                Change::Save => client.edit_tag(&ids, Some(STARRED), None).await,
                _ => client.edit_tag(&ids, None, Some(STARRED)).await,
            };
            match result {
                Ok(()) => sent.states.extend(chunk.iter().map(|q| (*q).clone())),
                Err(e) => {
                    failure = Some(e);
                    break;
                }
            }
        }
        if failure.is_some() {
            break;
        }
    }
    match failure {
        None => {
            // Superseded changes went with the ones that replaced them.
            store.outbox_sent(&all_ids)?;
            sent.count += sent.states.len();
            Ok(sent)
        }
        Some(e) => {
            // Keep it simple and safe: nothing of this batch leaves the outbox
            // unless the whole batch went; resending a read is harmless.
            settle(store, &all_ids, Err(e.clone()))?;
            Err(e.into())
        }
    }
}

/// Records a send's outcome on its outbox rows; a passing failure or a
/// refused login stops the sync (returned as the error).
fn settle(store: &mut Store, ids: &[i64], outcome: Result<(), AccountError>) -> Result<()> {
    match outcome {
        Ok(()) => store.outbox_sent(ids),
        Err(AccountError::Auth) => Err(AccountError::Auth.into()),
        Err(e) if e.is_permanent() => store.outbox_rejected(ids, &e.to_string()),
        Err(e) => {
            store.outbox_failed(ids, &e.to_string(), GIVE_UP_AFTER)?;
            Err(e.into())
        }
    }
}

/// One change to feeds or categories; a subscription returns the server's id.
async fn send_one(client: &mut GReader, q: &Queued) -> Result<Option<String>, AccountError> {
    let arg = q.arg.as_deref();
    match q.change {
        Change::Subscribe => client.subscribe(&q.target, arg).await.map(Some),
        Change::Unsubscribe => client.unsubscribe(&q.target).await.map(|()| None),
        Change::RenameFeed => client.edit_subscription(&q.target, arg, None, None).await.map(|()| None),
        Change::MoveFeed => {
            let v: serde_json::Value = arg.and_then(|a| serde_json::from_str(a).ok()).unwrap_or_default();
            let (from, to) = (v["from"].as_str(), v["to"].as_str());
            client.edit_subscription(&q.target, None, to, from).await.map(|()| None)
        }
        Change::RenameCategory => client.rename_label(&q.target, arg.unwrap_or_default()).await.map(|()| None),
        Change::RemoveCategory => client.remove_label(&q.target).await.map(|()| None),
        Change::Read | Change::Unread | Change::Save | Change::Unsave => Ok(None),
    }
}
