//! The last step before storage: untrusted feed HTML becomes safe HTML.
//!
//! An explicit allowlist (not ammonia's defaults, so a dependency update cannot
//! widen it): structure and text formatting, links, images, tables. No
//! scripts, handlers, styles, iframes, forms, meta or base; links only to
//! http, https and mailto, opened with `rel="noopener noreferrer"`. Images load
//! lazily; the reader sets the referrer policy for the whole frame.

use ammonia::{Builder, UrlRelative};
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashSet;
use url::Url;

const TAGS: &[&str] = &[
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "caption",
    "cite",
    "code",
    "col",
    "colgroup",
    "dd",
    "del",
    "details",
    "dfn",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "ins",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "picture",
    "pre",
    "q",
    "s",
    "samp",
    "small",
    "span",
    "strong",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "time",
    "tr",
    "u",
    "ul",
    "var",
    "wbr",
];

thread_local! {
    // Building an ammonia Builder fills a dozen hash sets; doing that per
    // article was a tenth of a cold sync. So each thread keeps one, and the
    // per-article base URL reaches its relative-URL hook through BASE.
    static BASE: RefCell<Option<Url>> = const { RefCell::new(None) };
    static SANITIZER: Builder<'static> = sanitizer();
}

fn resolve_relative(url: &str) -> Option<Cow<'_, str>> {
    BASE.with(|b| b.borrow().as_ref().and_then(|base| base.join(url).ok()).map(|u| Cow::Owned(u.into())))
}

fn sanitizer() -> Builder<'static> {
    let mut b = Builder::empty();
    b.tags(TAGS.iter().copied().collect())
        .clean_content_tags(["script", "style", "template", "noscript"].into_iter().collect())
        .generic_attributes(["lang", "title", "dir"].into_iter().collect())
        .add_tag_attributes("a", ["href", "hreflang"])
        .add_tag_attributes("img", ["src", "alt", "width", "height"])
        .add_tag_attributes("td", ["colspan", "rowspan"])
        .add_tag_attributes("th", ["colspan", "rowspan", "scope"])
        .add_tag_attributes("time", ["datetime"])
        .add_tag_attributes("blockquote", ["cite"])
        .add_tag_attributes("ol", ["start", "reversed"])
        .url_schemes(HashSet::from(["http", "https", "mailto"]))
        .link_rel(Some("noopener noreferrer"))
        .set_tag_attribute_value("img", "loading", "lazy")
        .strip_comments(true)
        // Runs before relative URLs are resolved, so it sees them as written.
        .attribute_filter(|element, attribute, value| match (element, attribute) {
            ("a", "href") | ("img", "src") => Some(crate::tracking::strip_params(value).into_owned().into()),
            _ => Some(value.into()),
        })
        .url_relative(UrlRelative::Custom(Box::new(resolve_relative)));
    b
}

/// Sanitizes `html`, resolving relative links and image sources against `base`
/// (the item's link, else the feed's URL). Without a base, relative URLs are dropped.
/// Campaign parameters leave links and tracking pixels leave altogether.
pub fn sanitize_html(html: &str, base: Option<&Url>) -> String {
    if html.trim().is_empty() {
        return String::new();
    }
    BASE.with(|b| *b.borrow_mut() = base.cloned());
    crate::tracking::drop_pixels(SANITIZER.with(|s| s.clean(html).to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> Url {
        Url::parse("https://news.example/world/story.html").unwrap()
    }

    #[test]
    fn drops_scripts_handlers_styles_and_frames() {
        let dirty = r#"<p onclick="x()" style="color:red">Hi<script>alert(1)</script></p>
            <iframe src="https://evil.example"></iframe><form><input></form><style>p{}</style>
            <meta http-equiv="refresh" content="0"><base href="https://evil.example/">"#;
        let clean = sanitize_html(dirty, Some(&base()));
        assert_eq!(clean.trim(), "<p>Hi</p>");
    }

    #[test]
    fn only_http_https_mailto_links() {
        let clean = sanitize_html(
            r#"<a href="javascript:alert(1)">a</a><a href="data:text/html,x">b</a><a href="mailto:x@y.z">c</a>"#,
            Some(&base()),
        );
        assert!(!clean.contains("javascript") && !clean.contains("data:"), "{clean}");
        assert!(clean.contains(r#"href="mailto:x@y.z""#), "{clean}");
    }

    #[test]
    fn resolves_relative_urls_and_marks_links() {
        let clean = sanitize_html(r#"<a href="../a.html">a</a><img src="/i.png">"#, Some(&base()));
        assert!(clean.contains(r#"href="https://news.example/a.html""#), "{clean}");
        assert!(clean.contains(r#"rel="noopener noreferrer""#), "{clean}");
        assert!(clean.contains(r#"src="https://news.example/i.png""#), "{clean}");
        assert!(clean.contains(r#"loading="lazy""#), "{clean}");
    }

    #[test]
    fn tracking_pixels_and_campaign_parameters_are_removed() {
        let clean = sanitize_html(
            r#"<p><a href="/a?utm_source=feed&amp;p=2">a</a><img src="https://t.example/o.gif?utm_medium=rss" width="1" height="1"></p>"#,
            Some(&base()),
        );
        assert_eq!(clean, r#"<p><a href="https://news.example/a?p=2" rel="noopener noreferrer">a</a></p>"#);
    }

    #[test]
    fn without_base_relative_urls_are_dropped() {
        let clean = sanitize_html(r#"<a href="/a">a</a>"#, None);
        assert!(!clean.contains("href"), "{clean}");
    }
}
