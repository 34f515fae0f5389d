//! Printing: one JSON document with --json, readable text otherwise.

use crate::t;
use bulletin_core::model::{Article, ArticleDetail, Category, Feed};
use serde::Serialize;

pub fn json<T: Serialize + ?Sized>(value: &T) -> anyhow::Result<()> {
    println!("{}", serde_json::to_string_pretty(value)?);
    Ok(())
}

/// JSON with `--json`, else the human rendering.
pub fn emit<T: Serialize + ?Sized>(as_json: bool, value: &T, text: impl FnOnce(&T)) -> anyhow::Result<()> {
    if as_json {
        json(value)
    } else {
        text(value);
        Ok(())
    }
}

pub fn feeds(feeds: &[Feed]) {
    if feeds.is_empty() {
        println!("{}", t!("cli-no-feeds"));
    }
    for f in feeds {
        let status =
            serde_json::to_value(f.status).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
        println!(
            "{:>5}  {:<6} {:>4}/{:<5} {:<16} {}  <{}>",
            f.id,
            status,
            f.unread,
            f.total,
            f.category.as_deref().unwrap_or("-"),
            f.title,
            f.url
        );
        if let Some(e) = f.clone().in_language(crate::lang()).last_error {
            println!("       {}", t!("cli-last-error", error = e));
        }
    }
}

pub fn articles(articles: &[Article]) {
    if articles.is_empty() {
        println!("{}", t!("cli-no-articles"));
    }
    for a in articles {
        let flags = format!("{}{}", if a.read { ' ' } else { '●' }, if a.saved { '★' } else { ' ' });
        println!("{:>7} {} {}  {}  — {}", a.id, flags, a.published.format("%Y-%m-%d %H:%M"), a.title, a.feed_title);
    }
}

pub fn detail(d: &ArticleDetail) {
    let a = &d.article;
    println!("{}\n", a.title);
    println!(
        "{} · {}{}",
        a.feed_title,
        a.published.format("%Y-%m-%d %H:%M UTC"),
        a.author.as_deref().map(|x| format!(" · {x}")).unwrap_or_default()
    );
    if let Some(url) = &a.url {
        println!("{url}");
    }
    for e in &d.enclosures {
        let size = e.length.map(|n| format!(", {:.1} MB", n as f64 / 1e6)).unwrap_or_default();
        println!("{} ({}{size})", e.url, e.mime);
    }
    println!("\n{}\n", a.summary);
    if let Some(site) = &d.site_url {
        println!("{}", t!("cli-appeared-first", site = site.as_str()));
    }
    let id = |x: Option<bulletin_core::ArticleId>| x.map_or("-".to_owned(), |i| i.to_string());
    println!("{}", t!("cli-prev-next", prev = id(d.prev_id), next = id(d.next_id)));
    if !d.related.is_empty() {
        println!("\n{}", t!("cli-also-like"));
        for r in &d.related {
            println!("  {:>7}  {} — {}", r.id, r.title, r.feed_title);
        }
    }
}

pub fn categories(cats: &[Category]) {
    for c in cats {
        println!("{:<20} {}", c.name, t!("cli-category-counts", unread = c.unread, total = c.total));
    }
}
