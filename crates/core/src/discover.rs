//! Feed autodiscovery: a web page names its feeds in `<link rel="alternate">`.

use scraper::{Html, Selector};
use url::Url;

const FEED_TYPES: &[&str] = &[
    "application/rss+xml",
    "application/atom+xml",
    "application/feed+json",
    "application/json",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
];

/// The feeds a page advertises, absolute, in page order, http(s) only.
pub fn feed_links(html: &str, base: &Url) -> Vec<Url> {
    // A page that breaks the HTML parser advertises no feeds.
    crate::guard::guarded("page", || links_in(html, base)).unwrap_or_default()
}

/// [`feed_links`] without its guard: for the fuzz targets.
#[doc(hidden)]
pub fn links_in(html: &str, base: &Url) -> Vec<Url> {
    let doc = Html::parse_document(html);
    let selector = Selector::parse("link[rel][href]").expect("static selector");
    // <base href> changes how relative links resolve.
    let base = Selector::parse("base[href]")
        .ok()
        .and_then(|s| doc.select(&s).next().and_then(|b| b.value().attr("href")).and_then(|h| base.join(h).ok()))
        .unwrap_or_else(|| base.clone());
    let mut out: Vec<Url> = Vec::new();
    for link in doc.select(&selector) {
        let el = link.value();
        let rel_alternate =
            el.attr("rel").is_some_and(|r| r.split_ascii_whitespace().any(|t| t.eq_ignore_ascii_case("alternate")));
        let is_feed = el.attr("type").is_some_and(|t| FEED_TYPES.contains(&t.trim().to_ascii_lowercase().as_str()));
        if !(rel_alternate && is_feed) {
            continue;
        }
        if let Some(url) = el.attr("href").and_then(|h| base.join(h.trim()).ok())
            && matches!(url.scheme(), "http" | "https")
            && !out.contains(&url)
        {
            out.push(url);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_alternate_feeds_and_resolves_them() {
        let page = r#"<html><head>
            <link rel="stylesheet" href="/s.css">
            <link rel="alternate" type="application/rss+xml" href="/rss.xml" title="RSS">
            <link rel="alternate" type="application/atom+xml" href="https://cdn.example/atom">
            <link rel="alternate" type="text/html" href="/fr/">
            <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
            </head></html>"#;
        let base = Url::parse("https://news.example/world/").unwrap();
        let found: Vec<String> = feed_links(page, &base).iter().map(Url::to_string).collect();
        assert_eq!(found, ["https://news.example/rss.xml", "https://cdn.example/atom"]);
    }

    #[test]
    fn a_page_without_feeds_has_none() {
        let base = Url::parse("https://news.example/").unwrap();
        assert!(feed_links("<html><body>hi</body></html>", &base).is_empty());
    }
}
