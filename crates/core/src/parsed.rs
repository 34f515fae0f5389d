//! What a feed says, after parsing and sanitizing — apart from stored rows.

use chrono::{DateTime, Utc};

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ParsedFeed {
    pub title: Option<String>,
    pub site_url: Option<String>,
    pub entries: Vec<ParsedEntry>,
    /// How often the feed says it changes, in minutes (`<ttl>`,
    /// `sy:updatePeriod`/`sy:updateFrequency`), when it says.
    #[serde(skip)]
    pub update_minutes: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ParsedEntry {
    /// Stable across refetches: the feed's guid, else the link, else a hash of the text.
    pub guid: String,
    pub url: Option<String>,
    /// Plain text, never markup.
    pub title: String,
    pub author: Option<String>,
    /// Plain text, short.
    pub summary: String,
    /// Sanitized HTML.
    pub content_html: String,
    /// Plain text of the body beyond the summary, for the search index.
    #[serde(skip)]
    pub body_text: String,
    /// As the feed dates the item, never in the future; `None` when it gives
    /// no date we can read (the arrival policy dates it when it is stored).
    pub published: Option<DateTime<Utc>>,
    /// Audio and video attached to the item (podcast episodes).
    pub enclosures: Vec<Enclosure>,
    /// A picture for lists (http/https), when the item has one.
    pub image: Option<String>,
    /// Its language as a BCP 47 tag (the feed's `<language>`, else detected), if known.
    pub lang: Option<String>,
    /// Weighted terms for story clustering (see `story::signature`).
    #[serde(skip)]
    pub signature: String,
}

/// A media file attached to an item.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Enclosure {
    /// http or https only.
    pub url: String,
    /// `audio/…` or `video/…`.
    pub mime: String,
    /// Bytes, when the feed says.
    pub length: Option<u64>,
}
