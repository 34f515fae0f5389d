//! Polite, bounded HTTP: one shared client, conditional GET, manual redirects
//! (to learn about permanent moves), a body cap after decompression and a
//! per-host connection limit.

pub(crate) mod body;
mod hosts;
mod outcome;
mod retry_after;

pub use outcome::{FetchOutcome, Validators};
pub use retry_after::parse_retry_after;

use crate::error::FetchError;
use hosts::HostLimits;
use reqwest::header::{self, HeaderMap, HeaderValue};
use reqwest::{Client, StatusCode};
use std::time::Duration;
use url::Url;

#[derive(Debug, Clone)]
pub struct FetchConfig {
    pub connect_timeout: Duration,
    /// The whole request, redirects and body included.
    pub request_timeout: Duration,
    pub max_redirects: usize,
    /// Counted after decompression, so a gzip bomb stops here.
    pub max_body_bytes: usize,
    pub per_host: usize,
    pub user_agent: String,
}

impl Default for FetchConfig {
    fn default() -> Self {
        FetchConfig {
            connect_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(30),
            max_redirects: 10,
            max_body_bytes: 15 * 1024 * 1024,
            // Like a browser: a few connections per host, since many feeds share one.
            per_host: 6,
            user_agent: format!(
                "Bulletin/{} (desktop news reader; +https://github.com/bulletin-reader/bulletin)",
                env!("CARGO_PKG_VERSION")
            ),
        }
    }
}

/// Cheap to clone: the client and the host limits are shared.
#[derive(Clone)]
pub struct Fetcher {
    client: Client,
    config: FetchConfig,
    hosts: HostLimits,
}

impl Fetcher {
    pub fn new(config: FetchConfig) -> Result<Self, FetchError> {
        let client = Client::builder()
            .user_agent(config.user_agent.clone())
            .connect_timeout(config.connect_timeout)
            .timeout(config.request_timeout)
            // Redirects are followed by hand in `fetch` to spot permanent moves.
            .redirect(reqwest::redirect::Policy::none())
            .gzip(true)
            .deflate(true)
            .brotli(true)
            .build()
            .map_err(|e| FetchError::Network(e.to_string()))?;
        let hosts = HostLimits::new(config.per_host);
        Ok(Fetcher { client, config, hosts })
    }

    pub fn config(&self) -> &FetchConfig {
        &self.config
    }

    /// GET `url`, sending `validators` back verbatim.
    pub async fn fetch(&self, url: &Url, validators: &Validators) -> Result<FetchOutcome, FetchError> {
        let _permit = self.hosts.acquire(url).await;
        match tokio::time::timeout(self.config.request_timeout, self.fetch_inner(url, validators)).await {
            Ok(result) => result,
            Err(_) => Err(FetchError::Timeout),
        }
    }

    async fn fetch_inner(&self, start: &Url, validators: &Validators) -> Result<FetchOutcome, FetchError> {
        let mut url = start.clone();
        // A chain of only 301/308 hops means the feed moved for good.
        let mut permanent = true;
        let mut moved_to = None;
        for _ in 0..=self.config.max_redirects {
            let resp =
                self.client.get(url.clone()).headers(conditional_headers(validators)).send().await.map_err(classify)?;
            let status = resp.status();
            if status.is_redirection() && status != StatusCode::NOT_MODIFIED {
                let next = redirect_target(&url, resp.headers())?;
                permanent &= matches!(status, StatusCode::MOVED_PERMANENTLY | StatusCode::PERMANENT_REDIRECT);
                if permanent {
                    moved_to = Some(next.clone());
                }
                url = next;
                continue;
            }
            let new_validators = Validators::from_headers(resp.headers());
            let max_age = outcome::max_age(resp.headers());
            return match status.as_u16() {
                304 => {
                    Ok(FetchOutcome::NotModified { validators: validators.merged(new_validators), moved_to, max_age })
                }
                200..=299 => {
                    let content_type =
                        resp.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).map(str::to_owned);
                    let body = body::read_capped(resp, self.config.max_body_bytes).await?;
                    Ok(FetchOutcome::Fetched {
                        body,
                        validators: new_validators,
                        final_url: url,
                        moved_to,
                        content_type,
                        max_age,
                    })
                }
                410 => Err(FetchError::Gone),
                429 | 503 => match resp.headers().get(header::RETRY_AFTER).and_then(|v| v.to_str().ok()) {
                    Some(v) => match parse_retry_after(v, crate::time::now_utc()) {
                        Some(until) => Err(FetchError::RetryLater { status: status.as_u16(), until }),
                        None => Err(FetchError::Status(status.as_u16())),
                    },
                    None => Err(FetchError::Status(status.as_u16())),
                },
                s => Err(FetchError::Status(s)),
            };
        }
        Err(FetchError::TooManyRedirects(self.config.max_redirects))
    }
}

fn conditional_headers(v: &Validators) -> HeaderMap {
    let mut h = HeaderMap::new();
    if let Some(etag) = v.etag.as_deref().and_then(|e| HeaderValue::from_str(e).ok()) {
        h.insert(header::IF_NONE_MATCH, etag);
    }
    if let Some(lm) = v.last_modified.as_deref().and_then(|e| HeaderValue::from_str(e).ok()) {
        h.insert(header::IF_MODIFIED_SINCE, lm);
    }
    h
}

fn redirect_target(from: &Url, headers: &HeaderMap) -> Result<Url, FetchError> {
    let location = headers
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .ok_or_else(|| FetchError::BadRedirect("no Location header".into()))?;
    let next = from.join(location).map_err(|e| FetchError::BadRedirect(format!("{location:?}: {e}")))?;
    match next.scheme() {
        "http" | "https" => Ok(next),
        other => Err(FetchError::BadRedirect(format!("refusing to follow a redirect to a {other}: URL"))),
    }
}

pub(crate) fn classify(e: reqwest::Error) -> FetchError {
    if e.is_timeout() {
        FetchError::Timeout
    } else if e.is_connect() {
        FetchError::Connect(root_cause(&e))
    } else {
        FetchError::Network(root_cause(&e))
    }
}

// reqwest's Display is "error sending request for url (...)"; the cause is what helps.
fn root_cause(e: &(dyn std::error::Error + 'static)) -> String {
    let mut cur = e;
    while let Some(next) = cur.source() {
        cur = next;
    }
    cur.to_string()
}
