//! Sends a GReader account's outbox (see `accounts::outbox` for the plan):
//! state changes in `edit-tag` batches, the rest one request each.

use super::client::{GReader, ITEMS_PER_REQUEST};
use super::ids::{READ, STARRED};
use crate::accounts::AccountError;
use crate::accounts::outbox::{plan, settle};
use crate::error::Result;
use crate::ids::AccountId;
use crate::store::{Change, Queued, Store};

/// What was sent: how many changes, and the read/saved ones to check against
/// the server's state once it is read again.
#[derive(Default)]
pub struct Sent {
    pub count: usize,
    pub states: Vec<Queued>,
}

pub async fn send_outbox(store: &mut Store, client: &mut GReader, account: AccountId) -> Result<Sent> {
    let plan = plan(store.outbox(account)?);
    let mut sent = Sent::default();
    for q in plan.structure {
        let outcome = send_one(client, &q).await;
        if let (Ok(Some(remote)), Change::Subscribe) = (&outcome, q.change) {
            store.set_remote_feed_id(account, &q.target, remote)?;
        }
        settle(store, &[q.id], outcome.map(drop))?;
        sent.count += 1;
    }
    for (change, items) in &plan.states {
        let (add, remove) = match change {
            Change::Read => (Some(READ), None),
            Change::Unread => (None, Some(READ)),
            Change::Save => (Some(STARRED), None),
            _ => (None, Some(STARRED)),
        };
        for chunk in items.chunks(ITEMS_PER_REQUEST) {
            let ids: Vec<String> = chunk.iter().map(|q| q.target.clone()).collect();
            if let Err(e) = client.edit_tag(&ids, add, remove).await {
                // Nothing of the batch leaves the outbox unless all of it went:
                // sending a read twice is harmless, losing one is not.
                return settle(store, &plan.state_rows, Err(e)).map(|()| sent);
            }
            sent.states.extend(chunk.iter().cloned());
        }
    }
    store.outbox_sent(&plan.state_rows)?;
    sent.count += sent.states.len();
    Ok(sent)
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
