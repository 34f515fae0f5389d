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
        crate::guard::guarded("article page", || article_of(page, &final_url))
            .unwrap_or_else(|cause| Err(crate::invalid!("err-page-broke-reader", reason = cause.to_string())))
    })
    .await
    .map_err(|e| crate::invalid!("err-extraction-failed", reason = e.to_string()))?
}

/// The sanitized article of a page, without the panic guard (`extract` holds
/// it): public for the fuzz target, which must see a panic to report it.
#[doc(hidden)]
pub fn article_of(page: String, url: &Url) -> Result<String> {
    let mut readability = dom_smoothie::Readability::new(page, Some(url.as_str()), None)
        .map_err(|e| crate::invalid!("err-page-unreadable", reason = e.to_string()))?;
    let article = readability.parse().map_err(|e| crate::invalid!("err-page-no-article", reason = e.to_string()))?;
    Ok(sanitize_html(&article.content, Some(url)))
}

/// Fetches the article's page and stores its full text in place of the teaser.
pub async fn load_full_article(store_path: &std::path::Path, fetcher: &Fetcher, id: ArticleId) -> Result<String> {
    // A connection of its own: the network wait never holds a shared one.
    let url = Store::open(store_path)?.article(id)?.url.ok_or_else(|| crate::invalid!("err-article-no-link"))?;
    let html = extract(fetcher, &url).await?;
    Store::open(store_path)?.set_content_html(id, &html, &html_to_text(&html))?;
    Ok(html)
}

/// Full texts loaded per sync at most; the rest keep their teaser (and the
/// reader's "Load full article" button).
pub(crate) const PER_SYNC: usize = 50;
/// Pages fetched at once.
const AT_ONCE: usize = 4;

/// For feeds set to "always load the full article": fetches each new
/// article's page and stores its full text. A page that fails leaves the
/// teaser; it never fails the sync. Returns how many were filled.
pub async fn fill_new(store: &mut Store, fetcher: &Fetcher, new: &[crate::model::NewArticle]) -> Result<usize> {
    let feeds = store.full_text_feeds()?;
    if feeds.is_empty() {
        return Ok(0);
    }
    let wanted: Vec<(ArticleId, String)> = new
        .iter()
        .filter(|a| !a.hidden && feeds.contains(&a.feed_id))
        .filter_map(|a| Some((a.id, a.url.clone()?)))
        .take(PER_SYNC)
        .collect();
    if wanted.is_empty() {
        return Ok(0);
    }
    let limit = std::sync::Arc::new(tokio::sync::Semaphore::new(AT_ONCE));
    let mut set = tokio::task::JoinSet::new();
    for (id, url) in wanted {
        let (fetcher, limit) = (fetcher.clone(), limit.clone());
        set.spawn(async move {
            let _permit = limit.acquire_owned().await;
            (id, extract(&fetcher, &url).await)
        });
    }
    let mut filled = 0;
    while let Some(joined) = set.join_next().await {
        match joined {
            Ok((id, Ok(html))) => {
                store.set_content_html(id, &html, &html_to_text(&html))?;
                filled += 1;
            }
            Ok((id, Err(e))) => tracing::info!(article = id.0, "full text not loaded: {e}"),
            Err(e) => tracing::warn!("a full-text task failed: {e}"),
        }
    }
    Ok(filled)
}
