//! A Fever API client, written to the Fever API documentation and what
//! coldsweat and FreshRSS answer: every call is a POST to `<endpoint>?api&…`
//! with `api_key` = md5("user:password") in the form; `auth: 0` means the key
//! was refused. Items come 50 at a time; ids are numbers (kept as strings).

use super::answers;
use crate::accounts::AccountError;
use crate::accounts::http::{Http, form};
use crate::accounts::remote::{RemoteFeed, RemoteItem};
use md5::{Digest, Md5};
use serde_json::Value;
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
        let endpoint = Url::parse(endpoint.trim()).map_err(|e| {
            AccountError::Endpoint(crate::refusal!("err-endpoint-url", url = endpoint, reason = e.to_string()))
        })?;
        if !matches!(endpoint.scheme(), "http" | "https") {
            return Err(AccountError::Endpoint(crate::refusal!("err-endpoint-scheme", scheme = endpoint.scheme())));
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
        answers::checked(&self.http.send(request, what).await?, what)
    }

    /// Feeds with their group (the first one, as a category).
    pub async fn feeds(&mut self) -> Result<Vec<RemoteFeed>, AccountError> {
        let answer = self.call(&[("feeds", ""), ("groups", "")], &[], "feeds").await?;
        Ok(answers::feeds(&answer))
    }

    /// (unread ids, saved ids), in one call.
    pub async fn state_ids(&mut self) -> Result<(Vec<String>, Vec<String>), AccountError> {
        let answer = self.call(&[("unread_item_ids", ""), ("saved_item_ids", "")], &[], "item ids").await?;
        Ok(answers::state_ids(&answer))
    }

    /// Up to 50 items with ids above `since`.
    pub async fn items_since(&mut self, since: u64) -> Result<Vec<RemoteItem>, AccountError> {
        let since = since.to_string();
        let answer = self.call(&[("items", ""), ("since_id", &since)], &[], "items").await?;
        Ok(answers::items(&answer))
    }

    /// The items with these ids (at most 50).
    pub async fn items_with(&mut self, ids: &[String]) -> Result<Vec<RemoteItem>, AccountError> {
        let with = ids.join(",");
        let answer = self.call(&[("items", ""), ("with_ids", &with)], &[], "items").await?;
        Ok(answers::items(&answer))
    }

    /// `mark=item&as=read|unread|saved|unsaved&id=…`
    pub async fn mark_item(&mut self, id: &str, state: &str) -> Result<(), AccountError> {
        self.call(&[], &[("mark", "item"), ("as", state), ("id", id)], "mark").await.map(drop)
    }
}
