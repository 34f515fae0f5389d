//! A Google Reader API client, written to what FreshRSS and Miniflux accept
//! (see `../shared/docs/feed-servers.md` and the servers' documentation):
//! `ClientLogin` for the token, the `Authorization: GoogleLogin` header on
//! every call **and** the `T` token on every write (FreshRSS checks one,
//! Miniflux the other), continuations passed back as given (a last id on one,
//! an offset on the other), ids kept opaque.

use super::ids::{self, LABEL, normalise_stream};
use crate::accounts::AccountError;
use crate::accounts::http::{Http, form};
use crate::accounts::remote::{RemoteFeed, RemoteItem};
use chrono::{TimeZone, Utc};
use serde::Deserialize;
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
        let mut base = Url::parse(endpoint.trim())
            .map_err(|e| AccountError::Unsupported(format!("the server URL {endpoint:?} is not a URL: {e}")))?;
        if !matches!(base.scheme(), "http" | "https") {
            return Err(AccountError::Unsupported(format!(
                "the server URL must be http or https, not {}:",
                base.scheme()
            )));
        }
        if !base.path().ends_with('/') {
            base.set_path(&format!("{}/", base.path()));
        }
        let url = join(&base, "accounts/ClientLogin")?;
        let body = form([("Email", user), ("Passwd", password)]);
        let request =
            http.client.post(url).header(reqwest::header::CONTENT_TYPE, "application/x-www-form-urlencoded").body(body);
        let answer = http.send(request, "login").await?;
        let auth = parse_login(&answer).ok_or(AccountError::Auth)?;
        Ok(GReader { http, base, auth, token: None, requests: 1 })
    }

    async fn get<T: serde::de::DeserializeOwned>(
        &mut self,
        path: &str,
        query: &[(&str, &str)],
        what: &str,
    ) -> Result<T, AccountError> {
        let mut url = join(&self.base, path)?;
        url.query_pairs_mut().append_pair("output", "json").extend_pairs(query);
        self.requests += 1;
        let request = self.http.client.get(url).header(reqwest::header::AUTHORIZATION, self.header());
        self.http.json(request, what).await
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
        let list: SubscriptionList = self.get("reader/api/0/subscription/list", &[], "subscription/list").await?;
        Ok(list
            .subscriptions
            .into_iter()
            .filter(|s| !s.id.is_empty())
            .map(|s| RemoteFeed {
                url: s.url.filter(|u| !u.is_empty()).unwrap_or_else(|| s.id.trim_start_matches("feed/").to_owned()),
                category: s.categories.iter().find_map(|c| label_name(&c.id)),
                site_url: s.html_url.filter(|u| !u.is_empty()),
                title: s.title,
                id: s.id,
            })
            .collect())
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
            let page: IdPage = self.get("reader/api/0/stream/items/ids", &query, "stream/items/ids").await?;
            let got = page.item_refs.len();
            out.extend(page.item_refs.into_iter().map(|r| ids::canonical(&r.id)));
            match page.continuation.filter(|c| !c.is_empty()) {
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
        let page: ContentsPage =
            serde_json::from_slice(&body).map_err(|e| AccountError::protocol("stream/items/contents", e))?;
        Ok(page.items.into_iter().filter_map(Item::into_remote).collect())
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
        expect_ok(&answer, "edit-tag")
    }

    /// Subscribes; returns the server's id for the new feed.
    pub async fn subscribe(&mut self, url: &str, category: Option<&str>) -> Result<String, AccountError> {
        let answer =
            self.write("reader/api/0/subscription/quickadd", &[("quickadd", url)], "subscription/quickadd").await?;
        let added: QuickAdd =
            serde_json::from_slice(&answer).map_err(|e| AccountError::protocol("subscription/quickadd", e))?;
        // Errors come back as 200 with numResults 0 and a message.
        let Some(stream) = added.stream_id.filter(|s| !s.is_empty() && added.num_results.unwrap_or(1) > 0) else {
            let why = added.error.unwrap_or_else(|| "the server added no feed".to_owned());
            return Err(AccountError::Status { status: 400, what: format!("subscribing to {url}: {why}") });
        };
        if let Some(c) = category {
            self.edit_subscription(&stream, None, Some(c), None).await?;
        }
        Ok(stream)
    }

    pub async fn unsubscribe(&mut self, stream: &str) -> Result<(), AccountError> {
        let answer = self
            .write("reader/api/0/subscription/edit", &[("ac", "unsubscribe"), ("s", stream)], "unsubscribe")
            .await?;
        expect_ok(&answer, "unsubscribe")
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
        expect_ok(&answer, "subscription/edit")
    }

    pub async fn rename_label(&mut self, old: &str, new: &str) -> Result<(), AccountError> {
        let (s, dest) = (format!("{LABEL}{old}"), format!("{LABEL}{new}"));
        let answer = self.write("reader/api/0/rename-tag", &[("s", &s), ("dest", &dest)], "rename-tag").await?;
        expect_ok(&answer, "rename-tag")
    }

    pub async fn remove_label(&mut self, name: &str) -> Result<(), AccountError> {
        let s = format!("{LABEL}{name}");
        let answer = self.write("reader/api/0/disable-tag", &[("s", &s)], "disable-tag").await?;
        expect_ok(&answer, "disable-tag")
    }
}

fn join(base: &Url, path: &str) -> Result<Url, AccountError> {
    base.join(path).map_err(|e| AccountError::Unsupported(format!("cannot build the API URL: {e}")))
}

/// `Auth=…` from ClientLogin's text answer, or `{"Auth": …}` (Miniflux with `output=json`).
fn parse_login(body: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(body).ok()?;
    let from_lines = text.lines().find_map(|l| l.trim().strip_prefix("Auth=").map(str::to_owned));
    let from_json = || serde_json::from_str::<serde_json::Value>(text).ok()?.get("Auth")?.as_str().map(str::to_owned);
    from_lines.or_else(from_json).filter(|a| !a.is_empty() && !a.contains(['\r', '\n']))
}

/// Writes answer the text `OK`.
fn expect_ok(answer: &[u8], what: &str) -> Result<(), AccountError> {
    let text = String::from_utf8_lossy(answer);
    if text.trim().eq_ignore_ascii_case("ok") || text.trim().is_empty() {
        Ok(())
    } else {
        let shown: String = text.chars().take(200).collect();
        Err(AccountError::Status { status: 400, what: format!("{what}: {shown}") })
    }
}

fn label_name(category: &str) -> Option<String> {
    normalise_stream(category).strip_prefix(LABEL).filter(|n| !n.is_empty()).map(str::to_owned)
}

#[derive(Deserialize)]
struct SubscriptionList {
    #[serde(default)]
    subscriptions: Vec<Subscription>,
}

#[derive(Deserialize)]
struct Subscription {
    id: String,
    #[serde(default)]
    title: String,
    url: Option<String>,
    #[serde(rename = "htmlUrl")]
    html_url: Option<String>,
    #[serde(default)]
    categories: Vec<Tag>,
}

#[derive(Deserialize)]
struct Tag {
    id: String,
}

#[derive(Deserialize)]
struct IdPage {
    #[serde(rename = "itemRefs", default)]
    item_refs: Vec<ItemRef>,
    continuation: Option<String>,
}

#[derive(Deserialize)]
struct ItemRef {
    id: String,
}

#[derive(Deserialize)]
struct QuickAdd {
    #[serde(rename = "numResults")]
    num_results: Option<i64>,
    #[serde(rename = "streamId")]
    stream_id: Option<String>,
    error: Option<String>,
}

#[derive(Deserialize)]
struct ContentsPage {
    #[serde(default)]
    items: Vec<Item>,
}

#[derive(Deserialize)]
struct Item {
    id: String,
    #[serde(default)]
    title: String,
    published: Option<serde_json::Value>,
    #[serde(default)]
    canonical: Vec<Href>,
    #[serde(default)]
    alternate: Vec<Href>,
    #[serde(default)]
    categories: Vec<String>,
    origin: Option<Origin>,
    summary: Option<Body>,
    content: Option<Body>,
    author: Option<String>,
    #[serde(default)]
    enclosure: Vec<Enclosure>,
}

#[derive(Deserialize)]
struct Href {
    href: String,
}

#[derive(Deserialize)]
struct Origin {
    #[serde(rename = "streamId")]
    stream_id: String,
}

#[derive(Deserialize)]
struct Body {
    #[serde(default)]
    content: String,
}

#[derive(Deserialize)]
struct Enclosure {
    href: String,
    #[serde(rename = "type")]
    mime: Option<String>,
    length: Option<serde_json::Value>,
}

impl Item {
    fn into_remote(self) -> Option<RemoteItem> {
        let feed_id = self.origin?.stream_id;
        let states: Vec<String> = self.categories.iter().map(|c| normalise_stream(c)).collect();
        let html = self.content.or(self.summary).map(|b| b.content).unwrap_or_default();
        Some(RemoteItem {
            id: ids::canonical(&self.id),
            feed_id,
            title: self.title,
            url: self.canonical.into_iter().chain(self.alternate).map(|h| h.href).find(|h| !h.is_empty()),
            author: self.author.filter(|a| !a.trim().is_empty()),
            html,
            published: self.published.as_ref().and_then(number).and_then(|s| Utc.timestamp_opt(s, 0).single()),
            read: states.iter().any(|s| s == ids::READ),
            starred: states.iter().any(|s| s == ids::STARRED),
            enclosures: self
                .enclosure
                .into_iter()
                .map(|e| (e.href, e.mime, e.length.as_ref().and_then(number).and_then(|n| u64::try_from(n).ok())))
                .collect(),
        })
    }
}

/// A number the server may send as a JSON number or a string.
fn number(v: &serde_json::Value) -> Option<i64> {
    v.as_i64().or_else(|| v.as_str()?.trim().parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn login_answers_in_text_or_json() {
        assert_eq!(parse_login(b"SID=x\nLSID=y\nAuth=alice/8e6845e0\n").as_deref(), Some("alice/8e6845e0"));
        assert_eq!(parse_login(br#"{"SID":"a","LSID":"a","Auth":"a/b"}"#).as_deref(), Some("a/b"));
        assert_eq!(parse_login(b"Error=BadAuthentication"), None);
    }
}
