//! An item's media: enclosures (podcast audio, video) and one picture for the
//! list, from wherever the feed put them — RSS `<enclosure>`, Media RSS
//! `media:content`/`media:thumbnail`, `itunes:image`, Atom `rel="enclosure"`
//! links, JSON Feed `attachments` and `image` — else the body's first image.
//! Only http and https URLs are kept; relative ones are resolved.

use crate::parsed::Enclosure;
use feed_rs::model::Entry;
use url::Url;

/// At most this many enclosures per item (a podcast has one).
const MAX_ENCLOSURES: usize = 4;

fn absolute(href: &str, base: &Url) -> Option<String> {
    let url = base.join(href.trim()).ok()?;
    matches!(url.scheme(), "http" | "https").then(|| crate::tracking::strip_params(url.as_str()).into_owned())
}

fn is_playable(mime: &str) -> bool {
    mime.starts_with("audio/") || mime.starts_with("video/")
}

/// A type from the file's extension, for enclosures that give none.
fn mime_from_url(url: &str) -> Option<&'static str> {
    let path = url.split(['?', '#']).next()?.to_ascii_lowercase();
    let ext = path.rsplit('.').next()?;
    Some(match ext {
        "mp3" => "audio/mpeg",
        "m4a" | "aac" => "audio/mp4",
        "ogg" | "oga" | "opus" => "audio/ogg",
        "wav" => "audio/wav",
        "mp4" | "m4v" => "video/mp4",
        "webm" => "video/webm",
        "mov" => "video/quicktime",
        _ => return None,
    })
}

/// Audio and video attached to the item, first of each URL only.
pub fn enclosures(e: &Entry, base: &Url) -> Vec<Enclosure> {
    let mut out: Vec<Enclosure> = Vec::new();
    let mut push = |url: Option<String>, mime: Option<String>, length: Option<u64>| {
        let Some(url) = url else { return };
        let mime = mime.filter(|m| !m.is_empty()).or_else(|| mime_from_url(&url).map(String::from));
        if !mime.as_deref().is_some_and(is_playable) || out.iter().any(|x| x.url == url) || out.len() >= MAX_ENCLOSURES
        {
            return;
        }
        out.push(Enclosure { url, mime: mime.unwrap_or_default(), length: length.filter(|&n| n > 0) });
    };
    for m in &e.media {
        for c in &m.content {
            let url = c.url.as_ref().and_then(|u| absolute(u.as_str(), base));
            push(url, c.content_type.as_ref().map(|t| t.essence().to_string()), c.size);
        }
    }
    for l in &e.links {
        let enclosure = l.rel.as_deref() == Some("enclosure") || l.media_type.as_deref().is_some_and(is_playable);
        if enclosure {
            push(absolute(&l.href, base), l.media_type.clone(), l.length);
        }
    }
    out
}

/// The picture for the list: a thumbnail the feed names, else an image
/// enclosure, else `fallback` (JSON Feed's `image`, then the body's first image).
pub fn image(e: &Entry, base: &Url, fallbacks: &[Option<String>]) -> Option<String> {
    let thumbnail = e.media.iter().flat_map(|m| &m.thumbnails).find_map(|t| absolute(&t.image.uri, base));
    let image_content = || {
        e.media.iter().flat_map(|m| &m.content).find_map(|c| {
            let is_image = c.content_type.as_ref().is_some_and(|t| t.essence().to_string().starts_with("image/"));
            is_image.then(|| c.url.as_ref().and_then(|u| absolute(u.as_str(), base))).flatten()
        })
    };
    let image_link = || {
        e.links.iter().find_map(|l| {
            let is_image = l.media_type.as_deref().is_some_and(|m| m.starts_with("image/"));
            is_image.then(|| absolute(&l.href, base)).flatten()
        })
    };
    thumbnail
        .or_else(image_content)
        .or_else(image_link)
        .or_else(|| fallbacks.iter().flatten().find_map(|f| absolute(f, base)))
        .filter(|u| !crate::tracking::is_pixel_source(u))
}
