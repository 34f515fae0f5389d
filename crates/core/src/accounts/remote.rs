//! What a server says, whatever its protocol: parsed input types, kept apart
//! from stored rows. Items become `ParsedEntry`s through the same path as
//! feed entries, so server content is sanitized exactly like feed content.

use crate::parsed::ParsedEntry;
use chrono::{DateTime, Utc};
use feed_rs::model::{Content, Entry, Link, MediaContent, MediaObject, Person, Text};
use std::sync::LazyLock;
use url::Url;

/// A subscription on the server.
#[derive(Debug, Clone, PartialEq)]
pub struct RemoteFeed {
    /// The server's id for it (GReader `feed/…`, Fever's number): opaque.
    pub id: String,
    pub url: String,
    pub title: String,
    pub site_url: Option<String>,
    /// The server's label or group name, if any.
    pub category: Option<String>,
}

/// One article as the server gives it, before sanitizing.
#[derive(Debug, Clone, Default)]
pub struct RemoteItem {
    /// Opaque; the canonical form the protocol module chose.
    pub id: String,
    pub feed_id: String,
    pub title: String,
    pub url: Option<String>,
    pub author: Option<String>,
    pub html: String,
    pub published: Option<DateTime<Utc>>,
    pub read: bool,
    pub starred: bool,
    pub enclosures: Vec<(String, Option<String>, Option<u64>)>,
}

/// A server item ready to store: its feed, the parsed entry and its state.
#[derive(Debug, Clone)]
pub struct RemoteEntry {
    pub feed_id: String,
    pub entry: ParsedEntry,
    pub read: bool,
    pub starred: bool,
}

impl RemoteItem {
    /// Through the feed parser's own entry path: titles to text, bodies
    /// sanitized, tracking removed, a picture picked, terms for stories.
    pub fn into_entry(self, fetched_at: DateTime<Utc>) -> RemoteEntry {
        let base = self
            .url
            .as_deref()
            .and_then(|u| Url::parse(u).ok())
            .filter(|u| matches!(u.scheme(), "http" | "https"))
            .unwrap_or_else(|| Url::parse("https://invalid.example/").expect("a constant URL"));
        let media = self
            .enclosures
            .iter()
            .filter_map(|(href, mime, length)| {
                let url = Url::parse(href).ok()?;
                let mut object = MediaObject::default();
                object.content.push(MediaContent {
                    url: Some(url),
                    content_type: mime.as_deref().and_then(|m| m.parse().ok()),
                    size: *length,
                    height: None,
                    width: None,
                    duration: None,
                    rating: None,
                });
                Some(object)
            })
            .collect();
        // Servers send titles HTML-escaped; the entry path turns them into text.
        let title = Text { content_type: HTML.clone(), src: None, content: self.title };
        let entry = Entry {
            id: self.id,
            title: Some(title),
            links: self.url.into_iter().map(link).collect(),
            content: Some(Content { body: Some(self.html), content_type: HTML.clone(), length: None, src: None }),
            authors: self
                .author
                .into_iter()
                .map(|name| Person { name: Some(name), uri: None, email: None, role: None })
                .collect(),
            published: self.published,
            media,
            ..Entry::default()
        };
        RemoteEntry {
            feed_id: self.feed_id,
            entry: crate::parse::entry_from(entry, &base, fetched_at),
            read: self.read,
            starred: self.starred,
        }
    }
}

static HTML: LazyLock<mediatype::MediaTypeBuf> = LazyLock::new(|| "text/html".parse().expect("a valid media type"));

fn link(href: String) -> Link {
    Link { href, target: None, rel: None, media_type: None, href_lang: None, title: None, length: None }
}
