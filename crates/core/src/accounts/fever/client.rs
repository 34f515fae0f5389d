//! A Fever API client, written to the Fever API documentation and what
//! coldsweat and FreshRSS answer: every call is a POST to `<endpoint>?api&…`
//! with `api_key` = md5("user:password") in the form; `auth: 0` means the key
//! was refused. Items come 50 at a time; ids are numbers (kept as strings).

use crate::accounts::AccountError;
use crate::accounts::http::{Http, form};
use crate::accounts::remote::{RemoteFeed, RemoteItem};
use chrono::{TimeZone, Utc};
use md5::{Digest, Md5};
use serde_json::Value;
use std::collections::HashMap;
use url::Url;

/// The most items one call returns (the API's own limit).
pub const ITEMS_PER_REQUEST: usize = 50;

pub struct Fever {
    http: Http,
    endpoint: Url,
    key: String,
    pub requests: usize,
}

impl Fever {
    /// Checks the key with a bare `?api` call.
    pub async fn login(http: Http, endpoint: &str, user: &str, password: &str) -> Result<Fever, AccountError> {
        let endpoint = Url::parse(endpoint.trim())
            .map_err(|e| AccountError::Unsupported(format!("the server URL {endpoint:?} is not a URL: {e}")))?;
        if !matches!(endpoint.scheme(), "http" | "https") {
            return Err(AccountError::Unsupported(format!(
                "the server URL must be http or https, not {}:",
                endpoint.scheme()
            )));
        }
        let digest = Md5::digest(format!("{user}:{password}").as_bytes());
        let key = digest.iter().map(|b| format!("{b:02x}")).collect();
        let mut client = Fever { http, endpoint, key, requests: 0 };
        client.call(&[], &[], "login").await?;
        Ok(client)
    }

    async fn call(
        &mut self,
        query: &[(&str, &str)],
        fields: &[(&str, &str)],
        what: &str,
    ) -> Result<Value, AccountError> {
        let mut url = self.endpoint.clone();
        // `?api` is a bare key; the commands follow it.
        let mut q = String::from("api");
        for (k, v) in query {
            q.push('&');
            q.push_str(&form([(*k, *v)]));
            if v.is_empty() {
                q.truncate(q.len() - 1); // `name=` → `name`
            }
        }
        url.set_query(Some(&q));
        let mut body = vec![("api_key", self.key.as_str())];
        body.extend_from_slice(fields);
        self.requests += 1;
        let request = self
            .http
            .client
            .post(url)
            .header(reqwest::header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(form(body));
        let answer: Value = self.http.json(request, what).await?;
        match answer.get("auth").and_then(number) {
            Some(1) => Ok(answer),
            Some(_) => Err(AccountError::Auth),
            None => Err(AccountError::protocol(what, "no \"auth\" in the answer: is this a Fever endpoint?")),
        }
    }

    /// Feeds with their group (the first one, as a category).
    pub async fn feeds(&mut self) -> Result<Vec<RemoteFeed>, AccountError> {
        let answer = self.call(&[("feeds", ""), ("groups", "")], &[], "feeds").await?;
        let groups: HashMap<String, String> = list(&answer, "groups")
            .iter()
            .filter_map(|g| Some((id(g.get("id")?)?, g.get("title")?.as_str()?.to_owned())))
            .collect();
        let mut group_of: HashMap<String, String> = HashMap::new();
        for fg in list(&answer, "feeds_groups") {
            let (Some(group), Some(feeds)) =
                (fg.get("group_id").and_then(id), fg.get("feed_ids").and_then(Value::as_str))
            else {
                continue;
            };
            for feed in feeds.split(',').map(str::trim).filter(|f| !f.is_empty()) {
                if let Some(name) = groups.get(&group) {
                    group_of.entry(feed.to_owned()).or_insert_with(|| name.clone());
                }
            }
        }
        Ok(list(&answer, "feeds")
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
            .collect())
    }

    /// (unread ids, saved ids), in one call.
    pub async fn state_ids(&mut self) -> Result<(Vec<String>, Vec<String>), AccountError> {
        let answer = self.call(&[("unread_item_ids", ""), ("saved_item_ids", "")], &[], "item ids").await?;
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
        Ok((ids("unread_item_ids"), ids("saved_item_ids")))
    }

    /// Up to 50 items with ids above `since`.
    pub async fn items_since(&mut self, since: u64) -> Result<Vec<RemoteItem>, AccountError> {
        let since = since.to_string();
        let answer = self.call(&[("items", ""), ("since_id", &since)], &[], "items").await?;
        Ok(items(&answer))
    }

    /// The items with these ids (at most 50).
    pub async fn items_with(&mut self, ids: &[String]) -> Result<Vec<RemoteItem>, AccountError> {
        let with = ids.join(",");
        let answer = self.call(&[("items", ""), ("with_ids", &with)], &[], "items").await?;
        Ok(items(&answer))
    }

    /// `mark=item&as=read|unread|saved|unsaved&id=…`
    pub async fn mark_item(&mut self, id: &str, state: &str) -> Result<(), AccountError> {
        self.call(&[], &[("mark", "item"), ("as", state), ("id", id)], "mark").await.map(drop)
    }
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

fn items(answer: &Value) -> Vec<RemoteItem> {
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
