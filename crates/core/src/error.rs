//! Error types. `Error` is what the engine's API returns; `FetchError` is one
//! feed's failure, kept per feed so a bad feed never stops the others.

use crate::ids::{ArticleId, FeedId};

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Not marked as the source: its message already says what SQLite said
    /// where that helps, and "database is locked: Error code 5: …" after
    /// it would only repeat it.
    #[error("{}", database_message(.0))]
    Db(rusqlite::Error),
    #[error("database migration failed: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    #[error("cannot open database {path}: {source}")]
    Open { path: String, source: std::io::Error },
    #[error("no feed with id {0}")]
    FeedNotFound(FeedId),
    #[error("no article with id {0}")]
    ArticleNotFound(ArticleId),
    #[error("no category named {0:?}")]
    CategoryNotFound(String),
    #[error("invalid URL {url:?}: {reason}")]
    InvalidUrl { url: String, reason: String },
    #[error("already subscribed to {0}")]
    FeedExists(String),
    #[error("no feed found at {0} (it is a web page without feed links)")]
    NoFeedFound(String),
    #[error("invalid OPML: {0}")]
    Opml(String),
    #[error("{0}")]
    Invalid(String),
    #[error("{0}")]
    Fetch(#[from] FetchError),
    #[error("I/O error: {0}")]
    Io(#[from] std::io::Error),
    #[error("{0}")]
    Account(#[from] crate::accounts::AccountError),
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        Error::Db(e)
    }
}

/// What a database error means for the person who met it: the faults of the
/// machine (another program holding the file, a full disk, a read-only file)
/// in words, with what to do; anything else as SQLite says it.
fn database_message(e: &rusqlite::Error) -> String {
    use rusqlite::ErrorCode::*;
    match e.sqlite_error_code() {
        Some(DatabaseBusy | DatabaseLocked) => "the database is in use by another program and stayed busy for 10 \
             seconds; nothing was changed: try again when it is done"
            .into(),
        Some(DiskFull) => "the disk is full: nothing was saved and the database is unharmed; free some space and \
             try again"
            .into(),
        Some(ReadOnly) => "the database file cannot be written (read-only file or file system): nothing was \
             saved; check its permissions"
            .into(),
        Some(CannotOpen) => format!("the database file cannot be opened: {e}"),
        Some(DatabaseCorrupt | NotADatabase) => format!("the database file is damaged or not Bulletin's: {e}"),
        _ => format!("database error: {e}"),
    }
}

/// Why fetching one feed failed, worded for the person reading the feed list.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    #[error("could not connect: {0}")]
    Connect(String),
    #[error("timed out")]
    Timeout,
    #[error("network error: {0}")]
    Network(String),
    #[error("HTTP {0}")]
    Status(u16),
    #[error("the feed is gone (HTTP 410); it will not be fetched again")]
    Gone,
    #[error("the server asked to wait (HTTP {status}) until {until}")]
    RetryLater { status: u16, until: chrono::DateTime<chrono::Utc> },
    #[error("too many redirects (more than {0})")]
    TooManyRedirects(usize),
    #[error("bad redirect: {0}")]
    BadRedirect(String),
    #[error("the response is larger than {0} bytes")]
    TooLarge(usize),
    #[error("not a feed: the server sent a web page")]
    HtmlPage,
    #[error("could not parse the feed: {0}")]
    Parse(String),
    #[error("could not parse the feed: its bytes are not text (neither {0} nor any encoding we can detect)")]
    Undecodable(String),
    #[error("invalid feed URL: {0}")]
    InvalidUrl(String),
}

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
