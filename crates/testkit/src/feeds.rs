//! Generated RSS documents, with dates relative to now so retention never bites.

use chrono::{Duration, Utc};

#[derive(Clone, Debug)]
pub struct Item {
    pub guid: String,
    pub title: String,
    pub description: String,
    pub minutes_ago: i64,
}

impl Item {
    pub fn new(guid: &str, title: &str, minutes_ago: i64) -> Item {
        Item { guid: guid.into(), title: title.into(), description: format!("About {title}."), minutes_ago }
    }
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// An RSS 2.0 document titled `title` whose site is `site`.
pub fn rss(title: &str, site: &str, items: &[Item]) -> String {
    let now = Utc::now();
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>{}</title><link>{}</link><description>test</description>\n",
        esc(title),
        esc(site)
    );
    for it in items {
        let date = (now - Duration::minutes(it.minutes_ago)).to_rfc2822();
        out.push_str(&format!(
            "<item><title>{}</title><link>{}/{}</link><guid>{}</guid><pubDate>{}</pubDate><description>{}</description></item>\n",
            esc(&it.title),
            esc(site.trim_end_matches('/')),
            esc(&it.guid),
            esc(&it.guid),
            date,
            esc(&it.description)
        ));
    }
    out.push_str("</channel></rss>\n");
    out
}
