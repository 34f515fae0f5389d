//! Why talking to a feed server failed, worded for the account's status line.
//! Passwords and tokens never appear in these messages.

use chrono::{DateTime, Utc};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AccountError {
    #[error("the server refused the login: check the user name and the API password")]
    Auth,
    #[error("the server asked to wait until {0}")]
    RetryLater(DateTime<Utc>),
    #[error("HTTP {status} from the server ({what})")]
    Status { status: u16, what: String },
    #[error("{0}")]
    Network(String),
    #[error("the server's answer to {what} is not what the protocol says: {reason}")]
    Protocol { what: String, reason: String },
    #[error("{0}")]
    Unsupported(String),
    #[error("no password for this account: {0}")]
    Credentials(String),
}

impl AccountError {
    /// Failures that retrying soon will not mend: the request or the
    /// credentials are wrong, not the network. A queued change that fails this
    /// way is reported as rejected instead of being sent again.
    pub fn is_permanent(&self) -> bool {
        match self {
            AccountError::Status { status, .. } => (400..500).contains(status) && !matches!(status, 408 | 425 | 429),
            AccountError::Auth
            | AccountError::Protocol { .. }
            | AccountError::Unsupported(_)
            | AccountError::Credentials(_) => true,
            AccountError::RetryLater(_) | AccountError::Network(_) => false,
        }
    }

    pub(crate) fn protocol(what: &str, reason: impl std::fmt::Display) -> Self {
        AccountError::Protocol { what: what.to_owned(), reason: reason.to_string() }
    }
}

impl From<crate::error::FetchError> for AccountError {
    fn from(e: crate::error::FetchError) -> Self {
        AccountError::Network(e.to_string())
    }
}
