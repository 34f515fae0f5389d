//! JSON Feed as written in the wild, made into what feed-rs accepts.
//!
//! feed-rs refuses a document whose `version` is not exactly
//! `https://jsonfeed.org/version/1…`, that has no `version` or `title`, or that
//! gives a scalar where the spec has a list (`"tags": "news"`) or a number
//! where it has a string (`"id": 123`). Publishers write all of these. So the
//! document is read as plain JSON and normalized first; feed-rs then maps it.
//! Item images (`image`, `banner_image`), which feed-rs drops, are returned
//! beside it, in item order.

use serde_json::{Map, Value};

pub struct Normalized {
    pub json: String,
    /// Each item's `image` (else `banner_image`), in document order.
    pub images: Vec<Option<String>>,
}

/// `None` when the text is not a JSON object at all.
pub fn normalize(text: &str) -> Option<Normalized> {
    let Value::Object(mut feed) = serde_json::from_str::<Value>(text).ok()? else {
        return None;
    };
    feed.insert("version".into(), Value::String("https://jsonfeed.org/version/1.1".into()));
    let title = feed.get("title").and_then(scalar_string).unwrap_or_default();
    feed.insert("title".into(), Value::String(title));
    for key in ["home_page_url", "feed_url", "description", "icon", "favicon", "language"] {
        fix_string(&mut feed, key);
    }
    fix_authors(&mut feed);
    let items = match feed.remove("items") {
        Some(Value::Array(items)) => items,
        Some(item @ Value::Object(_)) => vec![item],
        _ => Vec::new(),
    };
    let mut images = Vec::new();
    let items: Vec<Value> = items
        .into_iter()
        .filter_map(|item| match item {
            Value::Object(mut item) => {
                images.push(["image", "banner_image"].iter().find_map(|k| item.get(*k).and_then(scalar_string)));
                fix_item(&mut item);
                Some(Value::Object(item))
            }
            _ => None,
        })
        .collect();
    feed.insert("items".into(), Value::Array(items));
    Some(Normalized { json: Value::Object(feed).to_string(), images })
}

fn fix_item(item: &mut Map<String, Value>) {
    for key in [
        "id",
        "url",
        "external_url",
        "title",
        "content_html",
        "content_text",
        "summary",
        "date_published",
        "date_modified",
    ] {
        fix_string(item, key);
    }
    fix_authors(item);
    let tags: Vec<Value> = list(item.remove("tags")).iter().filter_map(scalar_string).map(Value::String).collect();
    if !tags.is_empty() {
        item.insert("tags".into(), Value::Array(tags));
    }
    let attachments: Vec<Value> = list(item.remove("attachments")).into_iter().filter_map(attachment).collect();
    if !attachments.is_empty() {
        item.insert("attachments".into(), Value::Array(attachments));
    }
}

fn attachment(v: Value) -> Option<Value> {
    let Value::Object(mut a) = v else { return None };
    let url = a.get("url").and_then(scalar_string)?;
    let mime = a.get("mime_type").and_then(scalar_string).unwrap_or_else(|| "application/octet-stream".into());
    let size = a.get("size_in_bytes").and_then(|s| s.as_u64().or_else(|| s.as_str()?.trim().parse().ok()));
    a.insert("url".into(), Value::String(url));
    a.insert("mime_type".into(), Value::String(mime));
    fix_string(&mut a, "title");
    match size {
        Some(n) => a.insert("size_in_bytes".into(), Value::from(n)),
        None => a.remove("size_in_bytes"),
    };
    Some(Value::Object(a))
}

/// `author` (1.0) and `authors` (1.1): objects, or plain names.
fn fix_authors(obj: &mut Map<String, Value>) {
    let person = |v: &Value| -> Option<Value> {
        match v {
            Value::Object(p) => {
                let mut out = Map::new();
                for key in ["name", "url"] {
                    if let Some(s) = p.get(key).and_then(scalar_string) {
                        out.insert(key.into(), Value::String(s));
                    }
                }
                Some(Value::Object(out))
            }
            other => scalar_string(other).map(|name| serde_json::json!({ "name": name })),
        }
    };
    let author = obj.remove("author").as_ref().and_then(person);
    let authors: Vec<Value> = list(obj.remove("authors")).iter().filter_map(person).collect();
    if let Some(a) = author {
        obj.insert("author".into(), a);
    }
    if !authors.is_empty() {
        obj.insert("authors".into(), Value::Array(authors));
    }
}

/// A scalar where a string belongs becomes that string; anything else goes.
fn fix_string(obj: &mut Map<String, Value>, key: &str) {
    match obj.get(key).map(scalar_string) {
        Some(Some(s)) => {
            obj.insert(key.into(), Value::String(s));
        }
        Some(None) => {
            obj.remove(key);
        }
        None => {}
    }
}

fn scalar_string(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// A list where the spec has one; a lone value is a list of one.
fn list(v: Option<Value>) -> Vec<Value> {
    match v {
        Some(Value::Array(items)) => items,
        Some(Value::Null) | None => Vec::new(),
        Some(one) => vec![one],
    }
}
