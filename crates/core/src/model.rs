//! Rows as the store returns them; serialized as the CLI's JSON contract.

use crate::ids::{AccountId, ArticleId, CategoryId, FeedId};
use chrono::{DateTime, Utc};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FeedStatus {
    /// Never fetched yet.
    New,
    Ok,
    Error,
    /// The server said 410: not polled again.
    Gone,
}

#[derive(Debug, Clone, Serialize)]
pub struct Feed {
    pub id: FeedId,
    pub url: String,
    pub title: String,
    pub site_url: Option<String>,
    pub category: Option<String>,
    pub status: FeedStatus,
    pub last_error: Option<String>,
    pub unread: i64,
    pub total: i64,
    pub http_status: Option<u16>,
    pub error_count: i64,
    pub last_fetched: Option<DateTime<Utc>>,
    pub next_fetch: Option<DateTime<Utc>>,
    /// The server account the feed belongs to; `None` for a local feed.
    pub account: Option<AccountId>,
    /// Syncs, but stays out of unread counts, the front page and notifications.
    pub muted: bool,
    /// The user's refresh interval for this feed, minutes (`None`: the app's).
    pub interval: Option<u32>,
    /// What the feed or its server asks (`<ttl>`, `sy:`, `max-age`), minutes.
    pub hint_interval: Option<u32>,
    /// Each new article's full text is loaded at sync (teaser-only feeds).
    pub full_text: bool,
    /// `last_error` as a catalog message, for [`Feed::in_language`]; not in
    /// the JSON (`last_error` is there, in English).
    #[serde(skip)]
    pub last_error_message: Option<crate::refusal::Refusal>,
}

impl Feed {
    /// The feed as shown to a reader of `lang`: its last error in that language.
    pub fn in_language(mut self, lang: &str) -> Feed {
        if let Some(m) = &self.last_error_message {
            self.last_error = Some(m.in_language(lang));
        }
        self
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Category {
    pub id: CategoryId,
    pub name: String,
    pub unread: i64,
    pub total: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Article {
    pub id: ArticleId,
    pub feed_id: FeedId,
    pub feed_title: String,
    pub category: Option<String>,
    pub title: String,
    pub url: Option<String>,
    pub author: Option<String>,
    pub published: DateTime<Utc>,
    pub read: bool,
    pub saved: bool,
    pub summary: String,
    /// Articles about the same story, from any feed, share this id.
    pub story_id: i64,
    /// How many distinct feeds carry the story.
    pub story_sources: i64,
    /// A picture for lists (http/https), when the item has one.
    pub image: Option<String>,
    /// The server account the article came from; `None` for a local feed.
    pub account: Option<AccountId>,
    /// Its language (BCP 47), when the feed says or the text tells reliably.
    pub lang: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Related {
    pub id: ArticleId,
    pub title: String,
    pub feed_title: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ArticleDetail {
    #[serde(flatten)]
    pub article: Article,
    pub content_html: String,
    /// Where the article "appeared first": the feed's web site.
    pub site_url: Option<String>,
    pub feed_url: String,
    /// The newer neighbour in its category's newest-first list.
    pub prev_id: Option<ArticleId>,
    /// The older neighbour in its category's newest-first list.
    pub next_id: Option<ArticleId>,
    pub related: Vec<Related>,
    /// Podcast audio and video, playable in the reader.
    pub enclosures: Vec<crate::parsed::Enclosure>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArchiveDay {
    pub day: String,
    pub count: i64,
}

/// An article a sync stored for the first time (what notifications look at).
#[derive(Debug, Clone, Serialize)]
pub struct NewArticle {
    pub id: ArticleId,
    pub feed_id: FeedId,
    pub title: String,
    pub url: Option<String>,
    pub published: DateTime<Utc>,
    pub summary: String,
    /// Stored by the feed's first successful fetch: its backlog, not news.
    pub backlog: bool,
    /// Already old when first seen, so stored as read (see `policy::arrival`),
    /// or marked read by a filter.
    pub arrived_read: bool,
    /// A filter hides it: no story news, no notification.
    #[serde(skip)]
    pub hidden: bool,
    /// A filter asks to be notified of it.
    #[serde(skip)]
    pub notify: bool,
    /// Its weighted terms, for story matching (see `story::signature`).
    #[serde(skip)]
    pub signature: String,
}

/// One category's latest headlines, for the front page.
#[derive(Debug, Clone, Serialize)]
pub struct FrontSection {
    pub category: String,
    pub unread: i64,
    pub articles: Vec<Article>,
}

/// Which protocol a server account speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AccountKind {
    /// The Google Reader API (FreshRSS, Miniflux, Inoreader, The Old Reader, …).
    GReader,
    /// The Fever API (FreshRSS, coldsweat, Tiny Tiny RSS with a plugin, …).
    Fever,
}

impl AccountKind {
    pub fn as_str(self) -> &'static str {
        match self {
            AccountKind::GReader => "greader",
            AccountKind::Fever => "fever",
        }
    }

    pub fn parse(s: &str) -> Option<AccountKind> {
        match s.trim().to_ascii_lowercase().as_str() {
            "greader" => Some(AccountKind::GReader),
            "fever" => Some(AccountKind::Fever),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AccountStatus {
    Ok,
    /// The last sync failed (network, server error); the next one retries.
    Error,
    /// The server refused the login: the user must fix the password.
    Auth,
}

impl AccountStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            AccountStatus::Ok => "ok",
            AccountStatus::Error => "error",
            AccountStatus::Auth => "auth",
        }
    }
}

/// A feed server account, as `account list` shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Account {
    pub id: AccountId,
    pub kind: AccountKind,
    pub url: String,
    pub user: String,
    pub status: AccountStatus,
    pub last_sync: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
    pub feeds: i64,
    pub unread: i64,
    /// Local changes waiting to be sent.
    pub pending: i64,
    /// Local changes the server refused.
    pub rejected: i64,
    /// The latest refused changes, with the server's reason (at most 20).
    pub refused: Vec<Refused>,
    /// `last_error` as a catalog message, for [`Account::in_language`]; the
    /// JSON keeps `last_error` in English.
    #[serde(skip)]
    pub last_error_message: Option<crate::refusal::Refusal>,
}

impl Account {
    /// The account as shown to a reader of `lang`: its errors and the
    /// server's refusals in that language (where they are catalog messages).
    pub fn in_language(mut self, lang: &str) -> Account {
        if let Some(m) = &self.last_error_message {
            self.last_error = Some(m.in_language(lang));
        }
        for r in &mut self.refused {
            if let Some(m) = &r.message {
                r.reason = m.in_language(lang);
            }
        }
        self
    }
}

/// A local change a server refused: kept, reported, never sent again.
#[derive(Debug, Clone, Serialize)]
pub struct Refused {
    /// read, unread, save, unsave, subscribe, unsubscribe, rename_feed, move_feed,
    /// rename_category, remove_category
    pub change: String,
    /// The item, feed or category it was about (the server's id, or a URL or name).
    pub target: String,
    pub reason: String,
    pub at: DateTime<Utc>,
    /// `reason` as a catalog message (see [`Account::in_language`]).
    #[serde(skip)]
    pub message: Option<crate::refusal::Refusal>,
}

/// Where a filter looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FilterField {
    Title,
    Body,
    Author,
    Any,
}

/// What a filter does to the articles it matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FilterAction {
    /// Out of every list and count but "Filtered".
    Hide,
    Read,
    Save,
    /// A desktop notification, like a keyword alert.
    Notify,
}

/// Which articles a filter looks at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "lowercase")]
pub enum FilterScope {
    All,
    Category(String),
    Feed(FeedId),
}

/// A stored filter, as `filters list` shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Filter {
    pub id: i64,
    /// Words or a phrase (whole words, any case), or a regex.
    #[serde(rename = "match")]
    pub pattern: String,
    pub regex: bool,
    #[serde(rename = "in")]
    pub field: FilterField,
    pub scope: FilterScope,
    pub action: FilterAction,
    pub expires: Option<DateTime<Utc>>,
}

/// A saved search in the sidebar, with its counts now.
#[derive(Debug, Clone, Serialize)]
pub struct SmartView {
    pub name: String,
    pub query: String,
    /// Only unread articles.
    pub unread_only: bool,
    /// Only saved articles.
    pub saved_only: bool,
    pub category: Option<String>,
    pub max_age_days: Option<u32>,
    /// Articles the view shows now.
    pub count: i64,
    /// Of which unread.
    pub unread: i64,
}

impl FilterField {
    pub fn as_str(self) -> &'static str {
        match self {
            FilterField::Title => "title",
            FilterField::Body => "body",
            FilterField::Author => "author",
            FilterField::Any => "any",
        }
    }

    pub fn parse(s: &str) -> Option<FilterField> {
        Some(match s {
            "title" => FilterField::Title,
            "body" => FilterField::Body,
            "author" => FilterField::Author,
            "any" => FilterField::Any,
            _ => return None,
        })
    }
}

impl FilterAction {
    pub fn as_str(self) -> &'static str {
        match self {
            FilterAction::Hide => "hide",
            FilterAction::Read => "read",
            FilterAction::Save => "save",
            FilterAction::Notify => "notify",
        }
    }

    pub fn parse(s: &str) -> Option<FilterAction> {
        Some(match s {
            "hide" => FilterAction::Hide,
            "read" => FilterAction::Read,
            "save" => FilterAction::Save,
            "notify" => FilterAction::Notify,
            _ => return None,
        })
    }
}
