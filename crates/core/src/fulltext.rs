//! "Load full article" for feeds that carry only a teaser: fetch the page,
//! extract the article with a Readability port, sanitize, store.

use crate::error::{Error, FetchError, Result};
use crate::fetch::{FetchOutcome, Fetcher, Validators};
use crate::ids::ArticleId;
use crate::sanitize::sanitize_html;
use crate::store::Store;
use crate::text::html_to_text;
use url::Url;

/// The sanitized main content of the web page at `url`.
pub async fn extract(fetcher: &Fetcher, url: &str) -> Result<String> {
    let url = Url::parse(url).map_err(|e| Error::InvalidUrl { url: url.into(), reason: e.to_string() })?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(Error::InvalidUrl { url: url.into(), reason: "not http(s)".into() });
    }
    let FetchOutcome::Fetched { body, final_url, .. } = fetcher.fetch(&url, &Validators::default()).await? else {
        return Err(FetchError::Status(304).into());
    };
    let page = String::from_utf8_lossy(&body).into_owned();
    // Extraction is CPU work on untrusted markup: off the async workers.
    tokio::task::spawn_blocking(move || {
        let mut readability = dom_smoothie::Readability::new(page, Some(final_url.as_str()), None)
            .map_err(|e| Error::Invalid(format!("could not read the page: {e}")))?;
        let article = readability.parse().map_err(|e| Error::Invalid(format!("no article found on the page: {e}")))?;
        Ok(sanitize_html(&article.content, Some(&final_url)))
    })
    .await
    .map_err(|e| Error::Invalid(format!("extraction failed: {e}")))?
}

/// Fetches the article's page and stores its full text in place of the teaser.
pub async fn load_full_article(store_path: &std::path::Path, fetcher: &Fetcher, id: ArticleId) -> Result<String> {
    // A connection of its own: the network wait never holds a shared one.
    let url =
        Store::open(store_path)?.article(id)?.url.ok_or_else(|| Error::Invalid("the article has no link".into()))?;
    let html = extract(fetcher, &url).await?;
    Store::open(store_path)?.set_content_html(id, &html, &html_to_text(&html))?;
    Ok(html)
}
