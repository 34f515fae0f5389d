//! Why talking to a feed server failed, worded for the account's status line.
//! Passwords and tokens never appear in these messages.

use crate::refusal::Localized;
use chrono::{DateTime, Utc};

#[derive(Debug, Clone, PartialEq)]
pub enum AccountError {
    Auth,
    RetryLater(DateTime<Utc>),
    Status {
        status: u16,
        what: String,
    },
    /// Already worded (a fetch error's text).
    Network(String),
    Protocol {
        what: String,
        reason: String,
    },
    /// What this server or protocol cannot do.
    Unsupported(crate::refusal::Refusal),
    /// The server URL given is not one the client can use.
    Endpoint(crate::refusal::Refusal),
    Credentials(String),
}

impl AccountError {
    /// The error as a catalog message, if it is one of ours (a network
    /// error's text comes worded).
    pub fn message(&self) -> Option<crate::refusal::Refusal> {
        use crate::refusal;
        Some(match self {
            AccountError::Auth => refusal!("err-account-auth"),
            AccountError::RetryLater(until) => refusal!("err-account-retry-later", until = until.to_string()),
            AccountError::Status { status, what } => {
                refusal!("err-account-status", status = *status, what = what.clone())
            }
            AccountError::Protocol { what, reason } => {
                refusal!("err-account-protocol", what = what.clone(), reason = reason.clone())
            }
            AccountError::Credentials(reason) => refusal!("err-account-credentials", reason = reason.clone()),
            AccountError::Endpoint(r) | AccountError::Unsupported(r) => r.clone(),
            AccountError::Network(_) => return None,
        })
    }
}

impl Localized for AccountError {
    fn in_language(&self, lang: &str) -> String {
        // The network's error comes worded by the HTTP library; every other is a catalog message.
        match self {
            AccountError::Network(text) => text.clone(),
            other => other.message().map(|r| r.in_language(lang)).unwrap_or_default(),
        }
    }
}

impl std::fmt::Display for AccountError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.in_language("en"))
    }
}

impl std::error::Error for AccountError {}

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
            | AccountError::Endpoint(_)
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
