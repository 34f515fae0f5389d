//! Fever API accounts. The protocol knows items, feeds and groups, and
//! read/saved marks; it cannot subscribe, unsubscribe, rename or move (such
//! a change is reported as refused: make it on the server).
//!
//! First sync: every saved item and the newest unread ones, fetched by id.
//! Later syncs: items above the highest id seen, 50 at a time, and the
//! unread/saved id lists for state. (Fever cannot ask for "the last N days";
//! `max_id` paging is not ordered on every server, coldsweat's included.)

pub mod answers;
pub mod client;

pub use client::Fever;

use super::Synced;
use super::outbox::{plan, requeue_lost, settle};
use crate::accounts::AccountError;
use crate::arrivals::Arrivals;
use crate::error::Result;
use crate::ids::AccountId;
use crate::store::{Change, Store};
use client::ITEMS_PER_REQUEST;
use std::collections::{HashMap, HashSet};

/// Unread items fetched on a first sync (the newest ones).
const FIRST_SYNC_UNREAD: usize = 1_000;
/// Pages of new items per sync, at 50 items a page.
const MAX_PAGES: usize = 2_000;

/// New articles go into `arrivals` page by page (see `greader::sync`).
pub async fn sync(
    store: &mut Store,
    client: &mut Fever,
    account: AccountId,
    arrivals: &mut Arrivals,
) -> Result<Synced> {
    let (sent_count, sent_states) = send_outbox(store, client, account).await?;
    let feeds = store.apply_subscriptions(account, &client.feeds().await?)?;
    let (unread, saved) = client.state_ids().await?;

    let cursor: Option<u64> = store.account_cursor(account)?.and_then(|c| c.parse().ok());
    let first = cursor.is_none();
    let known = store.remote_item_ids(account)?;
    let mut highest = cursor.unwrap_or(0);
    let mut new = 0;

    // Newer than anything seen: pages of 50 from the cursor. (On a first
    // sync the cursor starts at the newest unread or saved item instead of 0,
    // so a server's whole history is not walked.)
    let mut by_number: Vec<u64> = unread.iter().chain(&saved).filter_map(|i| i.parse().ok()).collect();
    by_number.sort_unstable_by(|a, b| b.cmp(a));
    if first {
        let mut wanted: Vec<String> = saved.clone();
        wanted.extend(by_number.iter().take(FIRST_SYNC_UNREAD).map(u64::to_string));
        wanted.retain(|i| !known.contains(i));
        wanted.sort();
        wanted.dedup();
        for chunk in wanted.chunks(ITEMS_PER_REQUEST) {
            let items = client.items_with(chunk).await?;
            new += store_items(store, &feeds, items, true, &mut highest, arrivals).await?;
        }
        highest = highest.max(by_number.first().copied().unwrap_or(0));
    } else {
        // Unread or saved elsewhere and not here yet (older than the cursor).
        let missing: Vec<String> = unread
            .iter()
            .chain(&saved)
            .filter(|i| !known.contains(*i))
            .cloned()
            .collect::<HashSet<_>>()
            .into_iter()
            .collect();
        for chunk in missing.chunks(ITEMS_PER_REQUEST) {
            let items = client.items_with(chunk).await?;
            new += store_items(store, &feeds, items, false, &mut highest, arrivals).await?;
        }
    }
    for _ in 0..MAX_PAGES {
        let items = client.items_since(highest).await?;
        let full = items.len() >= ITEMS_PER_REQUEST;
        let before = highest;
        new += store_items(store, &feeds, items, first, &mut highest, arrivals).await?;
        if !full || highest == before {
            break;
        }
    }

    let unread: HashSet<String> = unread.into_iter().collect();
    let saved: HashSet<String> = saved.into_iter().collect();
    let lost = requeue_lost(store, account, sent_states, &unread, &saved)?;
    store.apply_remote_states(account, &unread, &saved)?;
    Ok(Synced { new, sent: sent_count - lost, cursor: highest.to_string(), requests: client.requests })
}

async fn store_items(
    store: &mut Store,
    feeds: &HashMap<String, crate::FeedId>,
    items: Vec<super::RemoteItem>,
    backlog: bool,
    highest: &mut u64,
    arrivals: &mut Arrivals,
) -> Result<usize> {
    *highest = items.iter().filter_map(|i| i.id.parse::<u64>().ok()).fold(*highest, u64::max);
    let fetched_at = crate::time::now_utc();
    let entries =
        tokio::task::spawn_blocking(move || items.into_iter().map(|i| i.into_entry(fetched_at)).collect::<Vec<_>>())
            .await
            .map_err(|e| crate::invalid!("err-server-items", reason = e.to_string()))?;
    let page = store.store_remote_items(feeds, &entries, fetched_at, backlog)?;
    arrivals.add_all(store, page)
}

/// Sends the outbox: one `mark` per item (Fever has no batches); changes to
/// feeds and categories are refused with the reason.
async fn send_outbox(
    store: &mut Store,
    client: &mut Fever,
    account: AccountId,
) -> Result<(usize, Vec<crate::store::Queued>)> {
    let plan = plan(store.outbox(account)?);
    for q in &plan.structure {
        let why = match q.change {
            Change::Subscribe => crate::refusal!("err-fever-subscribe-queued"),
            _ => crate::refusal!("err-fever-structure"),
        };
        settle(store, &[q.id], Err(AccountError::Unsupported(why)))?;
    }
    let mut sent = Vec::new();
    for (change, items) in &plan.states {
        let state = match change {
            Change::Read => "read",
            Change::Unread => "unread",
            Change::Save => "saved",
            _ => "unsaved",
        };
        for q in items {
            if let Err(e) = client.mark_item(&q.target, state).await {
                return settle(store, &plan.state_rows, Err(e)).map(|()| (0, Vec::new()));
            }
            sent.push(q.clone());
        }
    }
    store.outbox_sent(&plan.state_rows)?;
    Ok((sent.len(), sent))
}
