//! What both protocols do with a queued outbox before sending it: changes to
//! feeds and categories one by one, in order; read/saved changes reduced to
//! the last word per item (read then unread is unread) and grouped by kind.
//! And after: which sent state changes the server did not keep.

use crate::error::Result;
use crate::store::{Change, Queued, Store};
use std::collections::{HashMap, HashSet};

/// Tries before a change that keeps failing for passing reasons is reported.
pub const GIVE_UP_AFTER: i64 = 20;
/// Times a server may answer OK to a change and not keep it before the change
/// is reported as refused.
pub const LOST_LIMIT: i64 = 5;

pub struct Plan {
    /// Subscribe, unsubscribe, renames, moves: in the order they were made.
    pub structure: Vec<Queued>,
    /// Read, unread, save, unsave: the last word per item, oldest first per kind.
    pub states: Vec<(Change, Vec<Queued>)>,
    /// Every state change's outbox row, superseded ones included: they all
    /// leave the outbox when the plan's state changes were sent.
    pub state_rows: Vec<i64>,
}

pub fn plan(queued: Vec<Queued>) -> Plan {
    let (states, structure): (Vec<Queued>, Vec<Queued>) = queued
        .into_iter()
        .partition(|q| matches!(q.change, Change::Read | Change::Unread | Change::Save | Change::Unsave));
    let state_rows = states.iter().map(|q| q.id).collect();
    let mut last: HashMap<(bool, String), Queued> = HashMap::new();
    for q in states {
        let is_read_state = matches!(q.change, Change::Read | Change::Unread);
        last.insert((is_read_state, q.target.clone()), q);
    }
    let mut groups: HashMap<Change, Vec<Queued>> = HashMap::new();
    for q in last.into_values() {
        groups.entry(q.change).or_default().push(q);
    }
    let mut states: Vec<(Change, Vec<Queued>)> = groups.into_iter().collect();
    for (_, items) in &mut states {
        items.sort_by_key(|q| q.id);
    }
    states.sort_by_key(|(_, items)| items.first().map_or(0, |q| q.id));
    Plan { structure, states, state_rows }
}

/// The state changes the server answered OK to but whose state, read right
/// after, still disagrees: lost there. They are queued again, so the server's
/// state does not undo them here.
pub fn requeue_lost(
    store: &mut Store,
    account: crate::AccountId,
    sent: Vec<Queued>,
    unread: &HashSet<String>,
    starred: &HashSet<String>,
) -> Result<usize> {
    let lost: Vec<Queued> = sent
        .into_iter()
        .filter(|q| match q.change {
            Change::Read => unread.contains(&q.target),
            Change::Unread => !unread.contains(&q.target),
            Change::Save => !starred.contains(&q.target),
            Change::Unsave => starred.contains(&q.target),
            _ => false,
        })
        .collect();
    store.outbox_requeue(account, &lost, LOST_LIMIT)?;
    Ok(lost.len())
}

/// Records a send's outcome on its outbox rows. A passing failure or a
/// refused login stops the sync (returned as the error); a refusal is kept
/// with its reason and the sync goes on.
pub fn settle(store: &mut Store, ids: &[i64], outcome: Result<(), super::AccountError>) -> Result<()> {
    use super::AccountError;
    match outcome {
        Ok(()) => store.outbox_sent(ids),
        Err(AccountError::Auth) => Err(AccountError::Auth.into()),
        Err(e) if e.is_permanent() => store.outbox_rejected(ids, &e.to_string(), e.message().as_ref()),
        Err(e) => {
            store.outbox_failed(ids, &e.to_string(), e.message().as_ref(), GIVE_UP_AFTER)?;
            Err(e.into())
        }
    }
}
