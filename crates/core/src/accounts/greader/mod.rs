//! Google Reader API accounts: the client, the outbox sender, and a sync.

pub mod answers;
pub mod client;
pub mod ids;
mod send;

pub use client::GReader;

use super::Synced;
use crate::accounts::outbox::requeue_lost;
use crate::arrivals::Arrivals;
use crate::error::Result;
use crate::ids::AccountId;
use crate::store::Store;
use client::ITEMS_PER_REQUEST;
use ids::{READ, READING_LIST, STARRED};
use std::collections::HashSet;

/// Items received this long before the last sync started are asked for
/// again: clocks differ, and a server may receive an item while we sync.
const OVERLAP_SECS: i64 = 10 * 60;
/// At most this many ids of one state list (unread, starred) per sync.
const MAX_STATE_IDS: usize = 200_000;
/// Unread items older than the first sync's window, fetched on that sync.
const FIRST_SYNC_UNREAD: usize = 1_000;

/// One sync: send the outbox, mirror the subscriptions, fetch what is new,
/// then take the server's read/saved state for everything else.
/// New articles go into `arrivals` page by page (grouped into stories as
/// groups fill): a first sync of a big account holds their ids, not their text.
pub async fn sync(
    store: &mut Store,
    client: &mut GReader,
    account: AccountId,
    days: u32,
    arrivals: &mut Arrivals,
) -> Result<Synced> {
    let started = crate::time::now();
    let sent = send::send_outbox(store, client, account).await?;
    let subscriptions = client.subscriptions().await?;
    let feeds = store.apply_subscriptions(account, &subscriptions)?;

    let cursor: Option<i64> = store.account_cursor(account)?.and_then(|c| c.parse().ok());
    let first = cursor.is_none();
    let since = cursor.map_or(started - i64::from(days) * 86_400, |c| c - OVERLAP_SECS);
    let recent = client.item_ids(READING_LIST, None, Some(since), MAX_STATE_IDS).await?;
    let unread = client.item_ids(READING_LIST, Some(READ), None, MAX_STATE_IDS).await?;
    let starred = client.item_ids(STARRED, None, None, MAX_STATE_IDS).await?;

    let known = store.remote_item_ids(account)?;
    let unread_wanted = if first { FIRST_SYNC_UNREAD } else { usize::MAX };
    let mut seen = HashSet::new();
    let wanted: Vec<String> = recent
        .iter()
        .chain(&starred)
        .chain(unread.iter().take(unread_wanted))
        .filter(|id| !known.contains(*id) && seen.insert(id.as_str()))
        .cloned()
        .collect();

    let mut new = 0;
    for chunk in wanted.chunks(ITEMS_PER_REQUEST) {
        let items = client.contents(chunk).await?;
        let fetched_at = crate::time::now_utc();
        // Sanitizing is CPU work: off the async workers.
        let entries = tokio::task::spawn_blocking(move || {
            items.into_iter().map(|i| i.into_entry(fetched_at)).collect::<Vec<_>>()
        })
        .await
        .map_err(|e| crate::invalid!("err-server-items", reason = e.to_string()))?;
        let page = store.store_remote_items(&feeds, &entries, fetched_at, first)?;
        new += arrivals.add_all(store, page)?;
    }

    let unread: HashSet<String> = unread.into_iter().collect();
    let starred: HashSet<String> = starred.into_iter().collect();
    let sent_count = sent.count;
    let lost = requeue_lost(store, account, sent.states, &unread, &starred)?;
    store.apply_remote_states(account, &unread, &starred)?;
    Ok(Synced { new, sent: sent_count - lost, cursor: started.to_string(), requests: client.requests })
}
