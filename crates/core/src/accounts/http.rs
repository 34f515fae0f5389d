//! The HTTP both protocols share: one client, timeouts, a cap on every
//! answer's size, and statuses mapped to `AccountError`s.

use super::AccountError;
use crate::fetch::parse_retry_after;
use reqwest::{Client, RequestBuilder, StatusCode, header};
use std::time::Duration;

/// An API answer larger than this is refused (a full page of items with
/// bodies is a few MB).
const MAX_ANSWER_BYTES: usize = 64 * 1024 * 1024;

#[derive(Clone)]
pub struct Http {
    pub(crate) client: Client,
}

impl Http {
    pub fn new(timeout: Duration) -> Result<Http, AccountError> {
        let client = Client::builder()
            .user_agent(format!("Bulletin/{} (desktop news reader)", env!("CARGO_PKG_VERSION")))
            .connect_timeout(Duration::from_secs(10))
            .timeout(timeout)
            .gzip(true)
            .deflate(true)
            .brotli(true)
            .build()
            .map_err(|e| AccountError::Network(e.to_string()))?;
        Ok(Http { client })
    }

    /// Sends and reads the whole answer; `what` names the call in errors.
    pub async fn send(&self, request: RequestBuilder, what: &str) -> Result<Vec<u8>, AccountError> {
        let resp = request.send().await.map_err(|e| AccountError::from(crate::fetch::classify(e)))?;
        let status = resp.status();
        if status == StatusCode::UNAUTHORIZED || status == StatusCode::FORBIDDEN {
            return Err(AccountError::Auth);
        }
        if status == StatusCode::TOO_MANY_REQUESTS || status == StatusCode::SERVICE_UNAVAILABLE {
            let until = resp
                .headers()
                .get(header::RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| parse_retry_after(v, crate::time::now_utc()));
            return Err(match until {
                Some(until) => AccountError::RetryLater(until),
                None => AccountError::Status { status: status.as_u16(), what: what.to_owned() },
            });
        }
        if !status.is_success() {
            return Err(AccountError::Status { status: status.as_u16(), what: what.to_owned() });
        }
        crate::fetch::body::read_capped(resp, MAX_ANSWER_BYTES).await.map_err(AccountError::from)
    }

    pub async fn json<T: serde::de::DeserializeOwned>(
        &self,
        request: RequestBuilder,
        what: &str,
    ) -> Result<T, AccountError> {
        let body = self.send(request, what).await?;
        serde_json::from_slice(&body).map_err(|e| AccountError::protocol(what, e))
    }
}

/// `application/x-www-form-urlencoded` from pairs (repeated keys allowed).
pub fn form<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let mut s = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        s.append_pair(k, v);
    }
    s.finish()
}
