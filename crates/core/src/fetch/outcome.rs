use reqwest::header::{self, HeaderMap};
use url::Url;

/// HTTP cache validators, stored per feed and sent back verbatim.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

impl Validators {
    pub fn from_headers(h: &HeaderMap) -> Self {
        let get = |name| h.get(name).and_then(|v: &header::HeaderValue| v.to_str().ok()).map(str::to_owned);
        Validators { etag: get(header::ETAG), last_modified: get(header::LAST_MODIFIED) }
    }

    /// A 304 may repeat, update or omit validators; omitted ones stay as they were.
    pub fn merged(&self, newer: Validators) -> Validators {
        Validators {
            etag: newer.etag.or_else(|| self.etag.clone()),
            last_modified: newer.last_modified.or_else(|| self.last_modified.clone()),
        }
    }
}

/// The result of a conditional GET that the server answered.
#[derive(Debug)]
pub enum FetchOutcome {
    Fetched {
        body: Vec<u8>,
        validators: Validators,
        final_url: Url,
        /// Set when every redirect on the way was permanent (301/308).
        moved_to: Option<Url>,
        content_type: Option<String>,
        /// `Cache-Control: max-age`, seconds: how long the server says the document stays fresh.
        max_age: Option<u32>,
    },
    NotModified {
        validators: Validators,
        moved_to: Option<Url>,
        max_age: Option<u32>,
    },
}

/// `max-age=N` from a Cache-Control header (`s-maxage` and the rest ignored).
pub fn max_age(h: &HeaderMap) -> Option<u32> {
    let value = h.get(header::CACHE_CONTROL)?.to_str().ok()?;
    value.split(',').find_map(|part| part.trim().strip_prefix("max-age=")?.trim_matches('"').parse().ok())
}
