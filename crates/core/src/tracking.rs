//! What feeds add to follow their readers: campaign parameters on links
//! (`utm_*`, click ids) and tracking pixels (1×1 images, or images from
//! known counters). Both are removed before an article is stored.

use crate::text::attribute as attr;
use std::borrow::Cow;

/// Query parameters that only identify a campaign or a click.
fn is_tracking_param(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    key.starts_with("utm_")
        || matches!(key.as_str(), "fbclid" | "gclid" | "dclid" | "mc_cid" | "mc_eid" | "_hsenc" | "_hsmi")
}

/// Hosts (and path prefixes) that serve counting pixels, not pictures.
const PIXEL_SOURCES: &[&str] = &[
    "feeds.feedburner.com/~r/",
    "feeds.feedblitz.com/~/i/",
    "pixel.wp.com/",
    "stats.wordpress.com/",
    "pixel.quantserve.com/",
    "www.google-analytics.com/",
    "feedads.g.doubleclick.net/",
    "rss.feedsportal.com/c/",
    "pi.feedsportal.com/",
    "counter.theconversation.com/",
];

/// `url` without its campaign parameters (works on relative URLs too).
pub fn strip_params(url: &str) -> Cow<'_, str> {
    let Some(q) = url.find('?') else { return Cow::Borrowed(url) };
    let (base, rest) = url.split_at(q);
    let (query, fragment) = match rest[1..].find('#') {
        Some(h) => (&rest[1..h + 1], &rest[h + 1..]),
        None => (&rest[1..], ""),
    };
    let pairs: Vec<&str> = query.split('&').filter(|p| !p.is_empty()).collect();
    let kept: Vec<&str> =
        pairs.iter().copied().filter(|p| !is_tracking_param(p.split('=').next().unwrap_or(p))).collect();
    if kept.len() == pairs.len() {
        return Cow::Borrowed(url);
    }
    let mut out = base.to_owned();
    if !kept.is_empty() {
        out.push('?');
        out.push_str(&kept.join("&"));
    }
    out.push_str(fragment);
    Cow::Owned(out)
}

/// An image URL that is a known counter.
pub fn is_pixel_source(src: &str) -> bool {
    let rest = src.split_once("://").map_or(src, |(_, r)| r);
    PIXEL_SOURCES.iter().any(|p| rest.starts_with(p))
}

/// Removes `<img>` tags that are tracking pixels from sanitized HTML (whose
/// tags and attributes html5ever has serialized in one regular form).
pub fn drop_pixels(html: String) -> String {
    if !html.contains("<img") {
        return html;
    }
    let mut out = String::with_capacity(html.len());
    let mut rest = html.as_str();
    while let Some(start) = rest.find("<img") {
        let Some(len) = rest[start..].find('>') else { break };
        let tag = &rest[start..start + len + 1];
        out.push_str(&rest[..start]);
        if !is_pixel(tag) {
            out.push_str(tag);
        }
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}

/// The `src` of the first image in sanitized HTML.
pub fn first_image(html: &str) -> Option<String> {
    let start = html.find("<img")?;
    let tag = &html[start..start + html[start..].find('>')?];
    attr(tag, "src").filter(|s| s.starts_with("http://") || s.starts_with("https://")).map(|s| s.replace("&amp;", "&"))
}

fn is_pixel(tag: &str) -> bool {
    let tiny =
        |name| attr(tag, name).is_some_and(|v| v.trim().trim_end_matches("px").parse::<f32>().is_ok_and(|n| n <= 1.0));
    match attr(tag, "src") {
        None => true,
        Some(src) => tiny("width") || tiny("height") || is_pixel_source(src),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn campaign_parameters_go_the_rest_stays() {
        assert_eq!(
            strip_params("https://a.example/x?utm_source=rss&id=3&utm_medium=feed#top"),
            "https://a.example/x?id=3#top"
        );
        assert_eq!(strip_params("https://a.example/x?UTM_Campaign=y&fbclid=z"), "https://a.example/x");
        assert_eq!(strip_params("/rel?utm_term=q"), "/rel");
        assert!(matches!(strip_params("https://a.example/x?id=3"), Cow::Borrowed(_)));
    }

    #[test]
    fn pixels_are_dropped_pictures_kept() {
        let html = concat!(
            r#"<p>a<img src="https://t.example/p.gif" width="1" height="1" loading="lazy"></p>"#,
            r#"<img src="https://feeds.feedburner.com/~r/x/~4/abc" loading="lazy">"#,
            r#"<img src="https://a.example/photo.jpg" alt="A photo" width="640" loading="lazy">"#
        );
        let clean = drop_pixels(html.to_owned());
        assert_eq!(
            clean,
            r#"<p>a</p><img src="https://a.example/photo.jpg" alt="A photo" width="640" loading="lazy">"#
        );
        assert_eq!(first_image(&clean).as_deref(), Some("https://a.example/photo.jpg"));
    }
}
