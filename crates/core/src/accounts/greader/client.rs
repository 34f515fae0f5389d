//! A Google Reader API client, written to what FreshRSS and Miniflux accept
//! (see `../shared/docs/feed-servers.md` and the servers' documentation):
//! `ClientLogin` for the token, the `Authorization: GoogleLogin` header on
//! every call **and** the `T` token on every write (FreshRSS checks one,
//! Miniflux the other), continuations passed back as given (a last id on one,
//! an offset on the other), ids kept opaque.

use super::answers;
use super::ids::LABEL;
use crate::accounts::AccountError;
use crate::accounts::http::{Http, form};
use crate::accounts::remote::{RemoteFeed, RemoteItem};
use url::Url;

/// Ids per `stream/items/ids` page.
const IDS_PAGE: usize = 10_000;
/// Ids per `stream/items/contents` or `edit-tag` request.
pub const ITEMS_PER_REQUEST: usize = 100;

pub struct GReader {
    http: Http,
    /// The API endpoint, ending in `/` (`…/api/greader.php/`, Miniflux's base URL).
    base: Url,
    auth: String,
    token: Option<String>,
    /// Requests sent, for the account's report and the benchmark.
    pub requests: usize,
}

impl GReader {
    pub async fn login(http: Http, endpoint: &str, user: &str, password: &str) -> Result<GReader, AccountError> {
        let mut base = Url::parse(endpoint.trim()).map_err(|e| {
            AccountError::Endpoint(crate::refusal!("err-endpoint-url", url = endpoint, reason = e.to_string()))
        })?;
        if !matches!(base.scheme(), "http" | "https") {
            return Err(AccountError::Endpoint(crate::refusal!("err-endpoint-scheme", scheme = base.scheme())));
        }
        if !base.path().ends_with('/') {
            base.set_path(&format!("{}/", base.path()));
        }
        let url = join(&base, "accounts/ClientLogin")?;
        let body = form([("Email", user), ("Passwd", password)]);
        let request =
            http.client.post(url).header(reqwest::header::CONTENT_TYPE, "application/x-www-form-urlencoded").body(body);
        let answer = http.send(request, "login").await?;
        let auth = answers::login(&answer).ok_or(AccountError::Auth)?;
        Ok(GReader { http, base, auth, token: None, requests: 1 })
    }

    /// A GET's whole answer, for `answers` to decode.
    async fn get(&mut self, path: &str, query: &[(&str, &str)], what: &str) -> Result<Vec<u8>, AccountError> {
        let mut url = join(&self.base, path)?;
        url.query_pairs_mut().append_pair("output", "json").extend_pairs(query);
        self.requests += 1;
        let request = self.http.client.get(url).header(reqwest::header::AUTHORIZATION, self.header());
        self.http.send(request, what).await
    }

    async fn post_raw(&mut self, path: &str, pairs: &[(&str, &str)], what: &str) -> Result<Vec<u8>, AccountError> {
        let mut url = join(&self.base, path)?;
        url.query_pairs_mut().append_pair("output", "json");
        let body = form(pairs.iter().copied());
        self.requests += 1;
        let request = self
            .http
            .client
            .post(url)
            .header(reqwest::header::AUTHORIZATION, self.header())
            .header(reqwest::header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(body);
        self.http.send(request, what).await
    }

    /// A write: with the `T` token, fetched once per session.
    async fn write(&mut self, path: &str, pairs: &[(&str, &str)], what: &str) -> Result<Vec<u8>, AccountError> {
        let token = self.token().await?;
        let mut with_token: Vec<(&str, &str)> = pairs.to_vec();
        with_token.push(("T", &token));
        let answer = self.post_raw(path, &with_token, what).await?;
        Ok(answer)
    }

    async fn token(&mut self) -> Result<String, AccountError> {
        if let Some(t) = &self.token {
            return Ok(t.clone());
        }
        let url = join(&self.base, "reader/api/0/token")?;
        self.requests += 1;
        let request = self.http.client.get(url).header(reqwest::header::AUTHORIZATION, self.header());
        let body = self.http.send(request, "token").await?;
        let token = String::from_utf8_lossy(&body).trim().to_owned();
        if token.is_empty() || token.len() > 1024 {
            return Err(AccountError::protocol("token", "an empty or oversized token"));
        }
        self.token = Some(token.clone());
        Ok(token)
    }

    fn header(&self) -> String {
        format!("GoogleLogin auth={}", self.auth)
    }

    pub async fn subscriptions(&mut self) -> Result<Vec<RemoteFeed>, AccountError> {
        answers::subscriptions(&self.get("reader/api/0/subscription/list", &[], "subscription/list").await?)
    }

    /// Every item id in `stream` (canonical), newest first, following
    /// continuations; `exclude` a state (`xt`), `since` unix seconds (`ot`),
    /// at most `limit` ids.
    pub async fn item_ids(
        &mut self,
        stream: &str,
        exclude: Option<&str>,
        since: Option<i64>,
        limit: usize,
    ) -> Result<Vec<String>, AccountError> {
        let mut out = Vec::new();
        let mut continuation: Option<String> = None;
        let since = since.map(|s| s.to_string());
        let n = IDS_PAGE.to_string();
        loop {
            let mut query: Vec<(&str, &str)> = vec![("s", stream), ("n", &n)];
            if let Some(x) = exclude {
                query.push(("xt", x));
            }
            if let Some(ot) = &since {
                query.push(("ot", ot));
            }
            if let Some(c) = &continuation {
                query.push(("c", c));
            }
            let page = self.get("reader/api/0/stream/items/ids", &query, "stream/items/ids").await?;
            let (page, next) = answers::item_ids(&page)?;
            let got = page.len();
            out.extend(page);
            match next {
                // A server that keeps answering with the same continuation
                // would loop forever: stop when a page adds nothing.
                Some(c) if got > 0 && out.len() < limit && Some(&c) != continuation.as_ref() => continuation = Some(c),
                _ => break,
            }
        }
        out.truncate(limit);
        Ok(out)
    }

    /// The items with these ids (any form), as the server has them.
    pub async fn contents(&mut self, ids: &[String]) -> Result<Vec<RemoteItem>, AccountError> {
        let pairs: Vec<(&str, &str)> = ids.iter().map(|i| ("i", i.as_str())).collect();
        let body = self.post_raw("reader/api/0/stream/items/contents", &pairs, "stream/items/contents").await?;
        answers::contents(&body)
    }

    /// Adds or removes a state tag on items (read, starred).
    pub async fn edit_tag(
        &mut self,
        ids: &[String],
        add: Option<&str>,
        remove: Option<&str>,
    ) -> Result<(), AccountError> {
        let mut pairs: Vec<(&str, &str)> = ids.iter().map(|i| ("i", i.as_str())).collect();
        if let Some(a) = add {
            pairs.push(("a", a));
        }
        if let Some(r) = remove {
            pairs.push(("r", r));
        }
        let answer = self.write("reader/api/0/edit-tag", &pairs, "edit-tag").await?;
        answers::write_ok(&answer, "edit-tag")
    }

    /// Subscribes; returns the server's id for the new feed.
    pub async fn subscribe(&mut self, url: &str, category: Option<&str>) -> Result<String, AccountError> {
        let answer =
            self.write("reader/api/0/subscription/quickadd", &[("quickadd", url)], "subscription/quickadd").await?;
        let stream = answers::quick_add(&answer, url)?;
        if let Some(c) = category {
            self.edit_subscription(&stream, None, Some(c), None).await?;
        }
        Ok(stream)
    }

    pub async fn unsubscribe(&mut self, stream: &str) -> Result<(), AccountError> {
        let answer = self
            .write("reader/api/0/subscription/edit", &[("ac", "unsubscribe"), ("s", stream)], "unsubscribe")
            .await?;
        answers::write_ok(&answer, "unsubscribe")
    }

    /// Renames a feed and/or moves it from one label to another.
    pub async fn edit_subscription(
        &mut self,
        stream: &str,
        title: Option<&str>,
        add_label: Option<&str>,
        remove_label: Option<&str>,
    ) -> Result<(), AccountError> {
        let add = add_label.map(|l| format!("{LABEL}{l}"));
        let remove = remove_label.map(|l| format!("{LABEL}{l}"));
        let mut pairs = vec![("ac", "edit"), ("s", stream)];
        if let Some(t) = title {
            pairs.push(("t", t));
        }
        if let Some(a) = &add {
            pairs.push(("a", a));
        }
        if let Some(r) = &remove {
            pairs.push(("r", r));
        }
        let answer = self.write("reader/api/0/subscription/edit", &pairs, "subscription/edit").await?;
        answers::write_ok(&answer, "subscription/edit")
    }

    pub async fn rename_label(&mut self, old: &str, new: &str) -> Result<(), AccountError> {
        let (s, dest) = (format!("{LABEL}{old}"), format!("{LABEL}{new}"));
        let answer = self.write("reader/api/0/rename-tag", &[("s", &s), ("dest", &dest)], "rename-tag").await?;
        answers::write_ok(&answer, "rename-tag")
    }

    pub async fn remove_label(&mut self, name: &str) -> Result<(), AccountError> {
        let s = format!("{LABEL}{name}");
        let answer = self.write("reader/api/0/disable-tag", &[("s", &s)], "disable-tag").await?;
        answers::write_ok(&answer, "disable-tag")
    }
}

fn join(base: &Url, path: &str) -> Result<Url, AccountError> {
    base.join(path).map_err(|e| AccountError::Endpoint(crate::refusal!("err-endpoint-join", reason = e.to_string())))
}
