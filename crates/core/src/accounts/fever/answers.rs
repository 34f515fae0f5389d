//! What a Fever server answers, decoded: pure functions from its JSON, apart
//! from the client that asks (and so fuzzed on their own:
//! fuzz/fuzz_targets/fever.rs). Ids and numbers come as numbers from some
//! servers and strings from others; anything else is left out, never a panic.

use crate::accounts::AccountError;
use crate::accounts::remote::{RemoteFeed, RemoteItem};
use chrono::{TimeZone, Utc};
use serde_json::Value;
use std::collections::HashMap;

/// An answer whose `auth` is 1; `auth: 0` is a refused key.
pub fn checked(body: &[u8], what: &str) -> Result<Value, AccountError> {
    let answer: Value = serde_json::from_slice(body).map_err(|e| AccountError::protocol(what, e))?;
    match answer.get("auth").and_then(number) {
        Some(1) => Ok(answer),
        Some(_) => Err(AccountError::Auth),
        None => Err(AccountError::protocol(what, "no \"auth\" in the answer: is this a Fever endpoint?")),
    }
}

/// `feeds` and `groups`: the feeds, each with its first group as a category.
pub fn feeds(answer: &Value) -> Vec<RemoteFeed> {
    let groups: HashMap<String, String> = list(answer, "groups")
        .iter()
        .filter_map(|g| Some((id(g.get("id")?)?, g.get("title")?.as_str()?.to_owned())))
        .collect();
    let mut group_of: HashMap<String, String> = HashMap::new();
    for fg in list(answer, "feeds_groups") {
        let (Some(group), Some(feeds)) = (fg.get("group_id").and_then(id), fg.get("feed_ids").and_then(Value::as_str))
        else {
            continue;
        };
        for feed in feeds.split(',').map(str::trim).filter(|f| !f.is_empty()) {
            if let Some(name) = groups.get(&group) {
                group_of.entry(feed.to_owned()).or_insert_with(|| name.clone());
            }
        }
    }
    list(answer, "feeds")
        .iter()
        .filter_map(|f| {
            let fid = id(f.get("id")?)?;
            Some(RemoteFeed {
                category: group_of.get(&fid).cloned(),
                url: f.get("url").and_then(Value::as_str).unwrap_or_default().to_owned(),
                title: f.get("title").and_then(Value::as_str).unwrap_or_default().to_owned(),
                site_url: f.get("site_url").and_then(Value::as_str).filter(|s| !s.is_empty()).map(str::to_owned),
                id: fid,
            })
        })
        .collect()
}

/// `unread_item_ids` and `saved_item_ids`: (unread ids, saved ids).
pub fn state_ids(answer: &Value) -> (Vec<String>, Vec<String>) {
    let ids = |key: &str| -> Vec<String> {
        answer
            .get(key)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect()
    };
    (ids("unread_item_ids"), ids("saved_item_ids"))
}

fn list<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v.get(key).and_then(Value::as_array).map_or(&[], Vec::as_slice)
}

/// Ids are numbers on some servers, strings on others.
fn id(v: &Value) -> Option<String> {
    match v {
        Value::Number(n) => Some(n.to_string()),
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        _ => None,
    }
}

fn number(v: &Value) -> Option<i64> {
    v.as_i64().or_else(|| v.as_str()?.trim().parse().ok())
}

/// `items`: the items (those without an id or a feed are left out).
pub fn items(answer: &Value) -> Vec<RemoteItem> {
    list(answer, "items")
        .iter()
        .filter_map(|i| {
            Some(RemoteItem {
                id: id(i.get("id")?)?,
                feed_id: id(i.get("feed_id")?)?,
                title: i.get("title").and_then(Value::as_str).unwrap_or_default().to_owned(),
                url: i.get("url").and_then(Value::as_str).filter(|u| !u.is_empty()).map(str::to_owned),
                author: i.get("author").and_then(Value::as_str).filter(|a| !a.trim().is_empty()).map(str::to_owned),
                html: i.get("html").and_then(Value::as_str).unwrap_or_default().to_owned(),
                published: i.get("created_on_time").and_then(number).and_then(|s| Utc.timestamp_opt(s, 0).single()),
                read: i.get("is_read").and_then(number) == Some(1),
                starred: i.get("is_saved").and_then(number) == Some(1),
                enclosures: Vec::new(),
            })
        })
        .collect()
}
