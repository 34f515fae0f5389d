//! `filters …`, `views …` and `feeds set`: taming volume.

use crate::args::{FiltersCommand, ViewsCommand};
use crate::{output, t};
use anyhow::{Result, anyhow};
use bulletin_core::model::{Filter, FilterAction, FilterField, FilterScope, SmartView};
use bulletin_core::policy::filters;
use bulletin_core::store::NewView;
use bulletin_core::{FeedId, Store};
use serde_json::json;

pub fn filters(store: &mut Store, command: FiltersCommand, json: bool) -> Result<()> {
    match command {
        FiltersCommand::Add { pattern, regex, field, category, feed, action, days } => {
            let field =
                FilterField::parse(&field).ok_or_else(|| anyhow!(t!("cli-unknown-value", value = field.as_str())))?;
            let action = FilterAction::parse(&action)
                .ok_or_else(|| anyhow!(t!("cli-unknown-value", value = action.as_str())))?;
            let scope = match (category, feed) {
                (Some(c), _) => FilterScope::Category(c),
                (_, Some(f)) => FilterScope::Feed(FeedId(f)),
                _ => FilterScope::All,
            };
            let expires = days.map(|d| chrono::Utc::now().timestamp() + i64::from(d) * 86_400);
            let filter = store.add_filter(&pattern, regex, field, &scope, action, expires)?;
            output::emit(json, &filter, |f| println!("{}", t!("cli-filter-added", filter = line(f))))
        }
        FiltersCommand::List => {
            let list = store.filters()?;
            output::emit(json, list.as_slice(), |list| {
                if list.is_empty() {
                    println!("{}", t!("cli-no-filters"));
                }
                list.iter().for_each(|f| println!("{}", line(f)));
            })
        }
        FiltersCommand::Remove { id } => {
            store.remove_filter(id)?;
            // What only that filter hid comes back now.
            let changed = filters::reapply(store, true)?;
            output::emit(json, &json!({ "ok": true, "changed": changed }), |_| {
                println!("{}", t!("cli-filter-removed", id = id))
            })
        }
        FiltersCommand::Apply => {
            let changed = filters::reapply(store, false)?;
            output::emit(json, &json!({ "changed": changed }), |_| {
                println!("{}", t!("cli-articles-changed", count = changed))
            })
        }
    }
}

fn line(f: &Filter) -> String {
    let scope = match &f.scope {
        FilterScope::All => "everywhere".to_owned(),
        FilterScope::Category(c) => format!("in {c}"),
        FilterScope::Feed(id) => format!("in feed {id}"),
    };
    let until = f.expires.map(|e| format!(" until {}", e.format("%Y-%m-%d %H:%M"))).unwrap_or_default();
    let kind = if f.regex { "regex" } else { "words" };
    format!("{:>4}  {} {kind} {:?} in {} {scope}{until}", f.id, f.action.as_str(), f.pattern, f.field.as_str())
}

pub fn views(store: &mut Store, command: ViewsCommand, json: bool) -> Result<()> {
    match command {
        ViewsCommand::Add { name, query, unread, saved, category, days } => {
            let view = store.add_view(&NewView { name, query, unread, saved, category, max_age_days: days })?;
            output::emit(json, &view, |v| {
                println!("{}", t!("cli-view-added", name = v.name.as_str(), count = v.count, unread = v.unread))
            })
        }
        ViewsCommand::List => {
            let list: Vec<SmartView> = store.views()?;
            output::emit(json, list.as_slice(), |list| {
                if list.is_empty() {
                    println!("{}", t!("cli-no-views"));
                }
                for v in list {
                    println!("{:<24} {:>5} unread / {:>5}   {:?}", v.name, v.unread, v.count, v.query);
                }
            })
        }
        ViewsCommand::Remove { name } => {
            store.remove_view(&name)?;
            output::emit(json, &json!({ "ok": true }), |_| println!("{}", t!("cli-view-removed", name = name.as_str())))
        }
    }
}

pub fn feed_set(
    store: &mut Store,
    id: FeedId,
    title: Option<String>,
    interval: Option<u32>,
    full_text: Option<String>,
    json: bool,
) -> Result<()> {
    if let Some(t) = title {
        store.rename_feed(id, &t)?;
    }
    if let Some(minutes) = interval {
        store.set_feed_interval(id, (minutes > 0).then_some(minutes))?;
    }
    if let Some(on) = full_text {
        store.set_feed_full_text(id, on == "on")?;
    }
    let feed = store.feed(id)?;
    output::emit(json, &feed, |f| println!("{} — {}", f.id, f.title))
}
