//! What a feed says, after parsing and sanitizing — apart from stored rows.

use chrono::{DateTime, Utc};

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ParsedFeed {
    pub title: Option<String>,
    pub site_url: Option<String>,
    pub entries: Vec<ParsedEntry>,
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
    /// Plain text of the body, for the search index.
    #[serde(skip)]
    pub body_text: String,
    /// Never in the future; the fetch time when the feed gives none.
    pub published: DateTime<Utc>,
    /// Weighted terms for story clustering (see `story::signature`).
    #[serde(skip)]
    pub signature: String,
}
