//! Error types. `Error` is what the engine's API returns; `FetchError` is one
//! feed's failure, kept per feed so a bad feed never stops the others.

use crate::ids::{ArticleId, FeedId};
use crate::refusal::{Localized, Refusal};
use std::fmt;

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Each variant's words are a message of the catalogs (`errors.ftl`):
/// `Display` gives English (logs, JSON), [`Localized`] the user's language.
#[derive(Debug)]
pub enum Error {
    /// Worded for what it means to the user (see `database_refusal`); SQLite's
    /// own text only where it helps.
    Db(rusqlite::Error),
    Migration(rusqlite_migration::Error),
    Open {
        path: String,
        source: std::io::Error,
    },
    FeedNotFound(FeedId),
    ArticleNotFound(ArticleId),
    CategoryNotFound(String),
    InvalidUrl {
        url: String,
        reason: String,
    },
    FeedExists(String),
    NoFeedFound(String),
    Opml(String),
    /// A refused request or value (see `refusal!` and `invalid!`).
    Invalid(Refusal),
    Fetch(FetchError),
    Io(std::io::Error),
    Account(crate::accounts::AccountError),
}

impl Error {
    /// The catalog message of this error, with its arguments.
    fn refusal(&self) -> Option<Refusal> {
        use crate::refusal;
        Some(match self {
            Error::Db(e) => database_refusal(e),
            Error::Migration(e) => refusal!("err-migration", detail = e.to_string()),
            Error::Open { path, source } => refusal!("err-open", path = path.clone(), detail = source.to_string()),
            Error::FeedNotFound(id) => refusal!("err-feed-not-found", id = id.0),
            Error::ArticleNotFound(id) => refusal!("err-article-not-found", id = id.0),
            Error::CategoryNotFound(name) => refusal!("err-category-not-found", name = name.clone()),
            Error::InvalidUrl { url, reason } => {
                refusal!("err-invalid-url", url = url.clone(), reason = reason.clone())
            }
            Error::FeedExists(url) => refusal!("err-feed-exists", url = url.clone()),
            Error::NoFeedFound(url) => refusal!("err-no-feed-found", url = url.clone()),
            Error::Opml(detail) => refusal!("err-opml", detail = detail.clone()),
            Error::Invalid(r) => r.clone(),
            Error::Io(e) => refusal!("err-io", detail = e.to_string()),
            Error::Fetch(_) | Error::Account(_) => return None,
        })
    }
}

impl Localized for Error {
    fn in_language(&self, lang: &str) -> String {
        match (self, self.refusal()) {
            (_, Some(r)) => r.in_language(lang),
            (Error::Fetch(e), None) => e.in_language(lang),
            (Error::Account(e), None) => e.in_language(lang),
            _ => unreachable!("every other variant has a refusal"),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_language("en"))
    }
}

// No `source()`: each message already holds its cause's words, and a
// reporter that prints the chain would say them twice.
impl std::error::Error for Error {}

impl From<rusqlite_migration::Error> for Error {
    fn from(e: rusqlite_migration::Error) -> Self {
        Error::Migration(e)
    }
}

impl From<FetchError> for Error {
    fn from(e: FetchError) -> Self {
        Error::Fetch(e)
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io(e)
    }
}

impl From<crate::accounts::AccountError> for Error {
    fn from(e: crate::accounts::AccountError) -> Self {
        Error::Account(e)
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        Error::Db(e)
    }
}

/// What a database error means for the person who met it: the faults of the
/// machine (another program holding the file, a full disk, a read-only file)
/// in words, with what to do; anything else as SQLite says it.
fn database_refusal(e: &rusqlite::Error) -> Refusal {
    use crate::refusal;
    use rusqlite::ErrorCode::*;
    match e.sqlite_error_code() {
        Some(DatabaseBusy | DatabaseLocked) => refusal!("err-db-busy"),
        Some(DiskFull) => refusal!("err-db-full"),
        Some(ReadOnly) => refusal!("err-db-read-only"),
        Some(CannotOpen) => refusal!("err-db-cannot-open", detail = e.to_string()),
        Some(DatabaseCorrupt | NotADatabase) => refusal!("err-db-damaged", detail = e.to_string()),
        _ => refusal!("err-db-other", detail = e.to_string()),
    }
}

/// Why fetching one feed failed, worded for the person reading the feed list
/// (English in `Display`, which is what the feed list stores).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    Connect(String),
    Timeout,
    Network(String),
    Status(u16),
    Gone,
    RetryLater {
        status: u16,
        until: chrono::DateTime<chrono::Utc>,
    },
    TooManyRedirects(usize),
    BadRedirect(String),
    TooLarge(usize),
    HtmlPage,
    Parse(String),
    /// The encoding it was read as.
    Undecodable(String),
    InvalidUrl(String),
}

impl FetchError {
    /// The catalog message of this failure, with its arguments.
    pub fn refusal(&self) -> Refusal {
        use crate::refusal;
        match self {
            FetchError::Connect(d) => refusal!("err-fetch-connect", detail = d.clone()),
            FetchError::Timeout => refusal!("err-fetch-timeout"),
            FetchError::Network(d) => refusal!("err-fetch-network", detail = d.clone()),
            FetchError::Status(s) => refusal!("err-fetch-status", status = *s),
            FetchError::Gone => refusal!("err-fetch-gone"),
            FetchError::RetryLater { status, until } => {
                refusal!("err-fetch-retry-later", status = *status, until = until.to_string())
            }
            FetchError::TooManyRedirects(n) => refusal!("err-fetch-redirects", max = *n),
            FetchError::BadRedirect(d) => refusal!("err-fetch-bad-redirect", detail = d.clone()),
            FetchError::TooLarge(n) => refusal!("err-fetch-too-large", max = *n),
            FetchError::HtmlPage => refusal!("err-fetch-html"),
            FetchError::Parse(d) => refusal!("err-fetch-parse", detail = d.clone()),
            FetchError::Undecodable(e) => refusal!("err-fetch-undecodable", encoding = e.clone()),
            FetchError::InvalidUrl(d) => refusal!("err-fetch-invalid-url", detail = d.clone()),
        }
    }
}

impl Localized for FetchError {
    fn in_language(&self, lang: &str) -> String {
        self.refusal().in_language(lang)
    }
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_language("en"))
    }
}

impl std::error::Error for FetchError {}

impl FetchError {
    /// Failures that will not go away by retrying soon: the feed is wrong, not
    /// the network. They back off faster (but are still retried, never dropped).
    pub fn is_permanent(&self) -> bool {
        match self {
            FetchError::Status(s) => (400..500).contains(s) && !matches!(s, 408 | 425 | 429),
            FetchError::Gone
            | FetchError::TooManyRedirects(_)
            | FetchError::BadRedirect(_)
            | FetchError::TooLarge(_)
            | FetchError::HtmlPage
            | FetchError::Parse(_)
            | FetchError::Undecodable(_)
            | FetchError::InvalidUrl(_) => true,
            FetchError::Connect(_) | FetchError::Timeout | FetchError::Network(_) | FetchError::RetryLater { .. } => {
                false
            }
        }
    }

    /// The HTTP status behind the failure, if the server answered at all.
    pub fn http_status(&self) -> Option<u16> {
        match self {
            FetchError::Status(s) => Some(*s),
            FetchError::Gone => Some(410),
            FetchError::RetryLater { status, .. } => Some(*status),
            _ => None,
        }
    }
}
