//! What a Google Reader API server answers, decoded: the parsed input types
//! and pure functions from bytes, apart from the client that asks (and so
//! fuzzed on their own: fuzz/fuzz_targets/greader.rs). Anything a server
//! sends is untrusted: a malformed answer is a protocol error, never a panic.

use super::ids::{self, LABEL, normalise_stream};
use crate::accounts::AccountError;
use crate::accounts::remote::{RemoteFeed, RemoteItem};
use chrono::{TimeZone, Utc};
use serde::Deserialize;

/// `subscription/list`: the subscriptions, each with its first label.
pub fn subscriptions(body: &[u8]) -> Result<Vec<RemoteFeed>, AccountError> {
    let list: SubscriptionList =
        serde_json::from_slice(body).map_err(|e| AccountError::protocol("subscription/list", e))?;
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

/// A `stream/items/ids` page: its ids (canonical) and the continuation, if any.
pub fn item_ids(body: &[u8]) -> Result<(Vec<String>, Option<String>), AccountError> {
    let page: IdPage = serde_json::from_slice(body).map_err(|e| AccountError::protocol("stream/items/ids", e))?;
    let ids = page.item_refs.into_iter().map(|r| ids::canonical(&r.id)).collect();
    Ok((ids, page.continuation.filter(|c| !c.is_empty())))
}

/// `stream/items/contents`: the items (those without a feed are left out).
pub fn contents(body: &[u8]) -> Result<Vec<RemoteItem>, AccountError> {
    let page: ContentsPage =
        serde_json::from_slice(body).map_err(|e| AccountError::protocol("stream/items/contents", e))?;
    Ok(page.items.into_iter().filter_map(Item::into_remote).collect())
}

/// `subscription/quickadd`: the new feed's stream id. Errors come back as 200
/// with numResults 0 and a message.
pub fn quick_add(body: &[u8], url: &str) -> Result<String, AccountError> {
    let added: QuickAdd =
        serde_json::from_slice(body).map_err(|e| AccountError::protocol("subscription/quickadd", e))?;
    match added.stream_id.filter(|s| !s.is_empty() && added.num_results.unwrap_or(1) > 0) {
        Some(stream) => Ok(stream),
        None => {
            let why = added.error.unwrap_or_else(|| "the server added no feed".to_owned());
            Err(AccountError::Status { status: 400, what: format!("subscribing to {url}: {why}") })
        }
    }
}

/// `Auth=…` from ClientLogin's text answer, or `{"Auth": …}` (Miniflux with `output=json`).
pub fn login(body: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(body).ok()?;
    let from_lines = text.lines().find_map(|l| l.trim().strip_prefix("Auth=").map(str::to_owned));
    let from_json = || serde_json::from_str::<serde_json::Value>(text).ok()?.get("Auth")?.as_str().map(str::to_owned);
    from_lines.or_else(from_json).filter(|a| !a.is_empty() && !a.contains(['\r', '\n']))
}

/// Writes answer the text `OK` (or nothing).
pub fn write_ok(answer: &[u8], what: &str) -> Result<(), AccountError> {
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
        assert_eq!(login(b"SID=x\nLSID=y\nAuth=alice/8e6845e0\n").as_deref(), Some("alice/8e6845e0"));
        assert_eq!(login(br#"{"SID":"a","LSID":"a","Auth":"a/b"}"#).as_deref(), Some("a/b"));
        assert_eq!(login(b"Error=BadAuthentication"), None);
    }
}
