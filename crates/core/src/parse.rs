//! Bytes from the network → a [`ParsedFeed`]: bytes to UTF-8 ([`decode`]),
//! lenient JSON Feed ([`jsonfeed`]), feed-rs for the formats with our own date
//! reader ([`dates`]), then our rules for identity, titles, media, and
//! sanitizing (last).
//!
//! [`decode`]: crate::decode
//! [`jsonfeed`]: crate::jsonfeed
//! [`dates`]: crate::dates

use crate::error::FetchError;
use crate::parsed::{ParsedEntry, ParsedFeed};
use crate::sanitize::sanitize_html;
use crate::text::{collapse_whitespace, html_to_text, stable_hash, title_from_text, truncate_words};
use chrono::{DateTime, Utc};
use feed_rs::model::{Entry, Link, Text};
use feed_rs::parser::{ParseErrorKind, ParseFeedError};
use std::collections::HashSet;
use url::Url;

const SUMMARY_CHARS: usize = 400;
const BODY_TEXT_CHARS: usize = 50_000;

/// True when the bytes are a web page rather than a feed.
pub fn looks_like_html(body: &[u8], content_type: Option<&str>) -> bool {
    if content_type.is_some_and(|ct| ct.to_ascii_lowercase().contains("text/html")) {
        return true;
    }
    let head: String = String::from_utf8_lossy(&body[..body.len().min(1024)]).to_ascii_lowercase();
    let head = head.trim_start_matches('\u{feff}').trim_start();
    ["<!doctype html", "<html", "<head>", "<body"].iter().any(|p| head.starts_with(p))
}

/// Parses a feed document fetched from `feed_url` at `fetched_at`. A parser
/// that panics on these bytes is an error on this feed (see [`crate::guard`]).
pub fn parse_feed(
    body: &[u8],
    content_type: Option<&str>,
    feed_url: &Url,
    fetched_at: DateTime<Utc>,
) -> Result<ParsedFeed, FetchError> {
    crate::guard::guarded("feed", || parse_document_unguarded(body, content_type, feed_url, fetched_at))
        .unwrap_or_else(|cause| Err(FetchError::Parse(format!("the document broke the feed parser ({cause})"))))
}

/// [`parse_feed`] without its guard: for the fuzz targets, to which a panic
/// must count as a crash.
#[doc(hidden)]
pub fn parse_document_unguarded(
    body: &[u8],
    content_type: Option<&str>,
    feed_url: &Url,
    fetched_at: DateTime<Utc>,
) -> Result<ParsedFeed, FetchError> {
    let parser = feed_rs::parser::Builder::new()
        .base_uri(Some(feed_url.as_str()))
        // Leave ids empty when the feed has none: we derive our own, stable, identity.
        .id_generator(|_, _, _| String::new())
        .timestamp_parser(crate::dates::parse)
        .sanitize_content(false)
        .build();
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(FetchError::Parse("the document is empty".into()));
    }
    let text = match crate::decode::to_utf8(body, content_type) {
        Ok(text) => text,
        Err(_) if looks_like_html(body, content_type) => return Err(FetchError::HtmlPage),
        Err(e) => return Err(e),
    };
    let is_json = text.trim_start().starts_with('{');
    let syndication = if is_json { None } else { crate::policy::schedule::syndication_minutes(&text) };
    let text = if is_json { text } else { crate::repair::root_element(text) };
    let json = is_json.then(|| crate::jsonfeed::normalize(&text)).flatten();
    let (document, json_images) = match &json {
        Some(n) => (n.json.as_bytes(), n.images.as_slice()),
        None => (text.as_bytes(), &[][..]),
    };
    let feed = match parser.parse(document) {
        Ok(feed) => feed,
        Err(_) if looks_like_html(body, content_type) => return Err(FetchError::HtmlPage),
        Err(ParseFeedError::ParseError(ParseErrorKind::NoFeedRoot)) => {
            let what = match crate::repair::root_name(&text) {
                Some(name) => format!("its root element is <{name}>"),
                None => "it has no root element".to_owned(),
            };
            return Err(FetchError::Parse(format!("not a feed: {what}, not RSS, Atom or JSON Feed")));
        }
        Err(e) => return Err(FetchError::Parse(e.to_string())),
    };

    let site_url = pick_link(&feed.links, Some(feed_url)).filter(|u| u != feed_url.as_str());
    let title = feed.title.as_ref().map(plain_title).filter(|t| !t.is_empty());
    // A podcast's cover art pictures any episode that has none of its own.
    let cover = feed.logo.as_ref().map(|l| l.uri.clone());
    let mut seen = HashSet::new();
    let entries = feed
        .entries
        .into_iter()
        .enumerate()
        .map(|(i, e)| {
            let image = json_images.get(i).cloned().flatten();
            entry(e, feed_url, fetched_at, image, cover.as_deref(), feed.language.as_deref())
        })
        // The same guid twice in one document is one article.
        .filter(|e| seen.insert(e.guid.clone()))
        .collect();
    Ok(ParsedFeed { title, site_url, entries, update_minutes: feed.ttl.or(syndication) })
}

/// A single entry through the same path as a feed's, for items that arrive
/// some other way (a feed server's API).
pub(crate) fn entry_from(e: Entry, base: &Url, fetched_at: DateTime<Utc>) -> ParsedEntry {
    entry(e, base, fetched_at, None, None, None)
}

fn entry(
    e: Entry,
    feed_url: &Url,
    fetched_at: DateTime<Utc>,
    json_image: Option<String>,
    cover: Option<&str>,
    feed_language: Option<&str>,
) -> ParsedEntry {
    let link = pick_link(&e.links, Some(feed_url));
    let base = link.as_deref().and_then(|u| Url::parse(u).ok()).unwrap_or_else(|| feed_url.clone());

    let summary_html = e.summary.as_ref().map(|t| t.content.as_str()).unwrap_or("");
    let content_html = e.content.as_ref().and_then(|c| c.body.as_deref()).unwrap_or("");
    let body_html = if content_html.trim().is_empty() { summary_html } else { content_html };
    let body_text = html_to_text(body_html);
    let summary_text = if summary_html.trim().is_empty() || std::ptr::eq(summary_html, body_html) {
        body_text.clone()
    } else {
        html_to_text(summary_html)
    };

    let title = e
        .title
        .as_ref()
        .map(plain_title)
        .filter(|t| !t.is_empty())
        .or_else(|| title_from_text(&summary_text))
        .unwrap_or_else(|| "(untitled)".to_owned());

    // Identity comes from the link as written, so it never changes for an
    // article already stored; the link shown loses its campaign parameters.
    let guid = if !e.id.trim().is_empty() {
        e.id.trim().to_owned()
    } else if let Some(u) = &link {
        u.clone()
    } else {
        stable_hash(&[&title, &summary_text])
    };

    let author = Some(
        e.authors
            .iter()
            .filter_map(|p| p.name.as_deref().map(collapse_whitespace).filter(|n| !n.is_empty()))
            .collect::<Vec<_>>()
            .join(", "),
    )
    .filter(|a| !a.is_empty());

    // A date in the future is a feed's mistake, not news from tomorrow.
    let published = e.published.or(e.updated).map(|d| d.min(fetched_at));

    let summary = truncate_words(&summary_text, SUMMARY_CHARS);
    let body_text = beyond_summary(truncate_words(&body_text, BODY_TEXT_CHARS), &summary);
    let title = truncate_words(&title, 500);
    let content_html = sanitize_html(body_html, Some(&base));
    let enclosures = crate::media::enclosures(&e, &base);
    let cover = cover.filter(|_| !enclosures.is_empty()).map(String::from);
    let image = crate::media::image(&e, &base, &[json_image, crate::tracking::first_image(&content_html), cover]);
    let lang = crate::lang::tag(feed_language, &title, &summary);
    ParsedEntry {
        lang,
        guid,
        url: link.map(|u| crate::tracking::strip_params(&u).into_owned()),
        signature: crate::story::signature(&title, &summary),
        title,
        author,
        summary,
        content_html,
        body_text,
        published,
        enclosures,
        image,
    }
}

/// The search index holds the summary in a column of its own; the body column
/// gets only what the summary does not already hold, so a lead paragraph is
/// not tokenized and stored twice (a quarter of a cold sync's indexing).
fn beyond_summary(body: String, summary: &str) -> String {
    match body.strip_prefix(summary.trim_end_matches('…')) {
        Some(rest) => rest.trim_start().to_owned(),
        None => body,
    }
}

/// Titles are plain text. HTML-typed titles have their markup removed and entities decoded.
fn plain_title(t: &Text) -> String {
    if t.content_type.subty() == "html" || t.content_type.subty() == "xhtml" {
        html_to_text(&t.content)
    } else {
        collapse_whitespace(&t.content)
    }
}

/// The alternate (human) link, absolute, http(s) only.
fn pick_link(links: &[Link], base: Option<&Url>) -> Option<String> {
    let preferred = links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .or_else(|| links.iter().find(|l| l.rel.as_deref() != Some("self")))?;
    let href = preferred.href.trim();
    let url = match base {
        Some(b) => b.join(href).ok()?,
        None => Url::parse(href).ok()?,
    };
    matches!(url.scheme(), "http" | "https").then(|| url.to_string())
}
