//! One function per command: arguments → one core call → output.

use crate::args::{Cli, Command, FeedsCommand, OpmlCommand};
use crate::{accounts, notifications, output, reading, sync, t};
use anyhow::{Context, Result, anyhow};
use bulletin_core::store::{ArticleFilter, ReadScope};
use bulletin_core::subscribe::{self, ImportReport};
use bulletin_core::{AccountId, ArticleId, FeedId, FetchConfig, Fetcher, Store, opml, paths, starter};
use serde_json::json;
use std::path::PathBuf;
use std::time::Duration;

pub fn run(cli: Cli) -> Result<()> {
    let path = match cli.db {
        Some(p) => p,
        None => paths::default_db_path().ok_or_else(|| anyhow!(t!("cli-no-data-dir")))?,
    };
    let mut store = Store::open(&path).with_context(|| t!("cli-opening", path = path.display().to_string()))?;
    let _ = crate::LANGUAGE.set(bulletin_core::i18n::resolve(&store.settings()?.language));
    let json = cli.json;
    match cli.command {
        Command::Feeds(FeedsCommand::Add { url, category, account: Some(account) }) => {
            accounts::feeds_add(&mut store, &path, AccountId(account), &url, category.as_deref(), json)
        }
        Command::Feeds(FeedsCommand::Add { url, category, account: None }) => {
            feeds_add(&mut store, &url, category.as_deref(), json)
        }
        Command::Account(command) => accounts::run(&mut store, &path, command, json),
        Command::Feeds(FeedsCommand::List) => {
            let feeds = store.feeds()?;
            output::emit(json, feeds.as_slice(), output::feeds)
        }
        Command::Feeds(FeedsCommand::Remove { id }) => {
            done(store.remove_feed(FeedId(id)), json, t!("cli-done-removed"))
        }
        Command::Feeds(FeedsCommand::Rename { id, title }) => {
            done(store.rename_feed(FeedId(id), &title), json, t!("cli-done-renamed"))
        }
        Command::Feeds(FeedsCommand::Move { id, category }) => {
            done(store.move_feed(FeedId(id), category.as_deref()), json, t!("cli-done-moved"))
        }
        Command::Feeds(FeedsCommand::Mute { id }) => {
            done(store.set_feed_muted(FeedId(id), true), json, t!("cli-done-muted"))
        }
        Command::Feeds(FeedsCommand::Unmute { id }) => {
            done(store.set_feed_muted(FeedId(id), false), json, t!("cli-done-unmuted"))
        }
        Command::Feeds(FeedsCommand::Set { id, title, interval, full_text }) => {
            reading::feed_set(&mut store, FeedId(id), title, interval, full_text, json)
        }
        Command::Filters(command) => reading::filters(&mut store, command, json),
        Command::Views(command) => reading::views(&mut store, command, json),
        Command::Starter => import(&mut store, &starter::starter_feeds()?, json),
        Command::Opml(OpmlCommand::Import { file, account }) => {
            let xml =
                std::fs::read_to_string(&file).with_context(|| t!("cli-reading", path = file.display().to_string()))?;
            match account {
                Some(id) => accounts::import(&mut store, &path, AccountId(id), &opml::parse(&xml)?, json),
                None => import(&mut store, &opml::parse(&xml)?, json),
            }
        }
        Command::Opml(OpmlCommand::Export { output }) => opml_export(&store, output),
        Command::Sync { due, concurrency, timeout, notify } => {
            sync::sync(&mut store, &path, due, concurrency.into(), timeout, notify, json)
        }
        Command::Watch { interval } => sync::watch(store, &path, interval, json),
        Command::Notifications { action, limit } => notifications::notifications(&mut store, action, limit, json),
        Command::Rules { action } => notifications::rules(&mut store, action, json),
        Command::Settings { action } => notifications::settings(&mut store, action, json),
        Command::Articles { category, feed, unread, saved, day, hidden, view, limit, offset } => {
            let filter = ArticleFilter {
                category,
                feed: feed.map(FeedId),
                unread,
                saved,
                day,
                hidden,
                view,
                limit,
                offset,
                ..ArticleFilter::default()
            };
            let articles = store.articles(&filter)?;
            output::emit(json, articles.as_slice(), output::articles)
        }
        Command::Show { id } => {
            let detail = store.article_detail(ArticleId(id))?;
            output::emit(json, &detail, output::detail)
        }
        Command::Save { id } => done(store.set_saved(ArticleId(id), true), json, t!("cli-done-saved")),
        Command::Unsave { id } => done(store.set_saved(ArticleId(id), false), json, t!("cli-done-unsaved")),
        Command::Read { id } => done(
            bulletin_core::policy::stories::set_read(&mut store, ArticleId(id), true).map(drop),
            json,
            t!("cli-done-read"),
        ),
        Command::Unread { id } => done(store.set_read(ArticleId(id), false), json, t!("cli-done-unread")),
        Command::MarkRead { category, feed, all } => {
            let scope = match (category, feed, all) {
                (Some(c), _, _) => ReadScope::Category(c),
                (_, Some(f), _) => ReadScope::Feed(FeedId(f)),
                _ => ReadScope::All,
            };
            let n = store.mark_read(&scope)?;
            output::emit(json, &json!({ "marked": n }), |_| println!("{}", t!("cli-marked-read", count = n)))
        }
        Command::Search { query, limit } => {
            let hits = store.search(&query, limit)?;
            output::emit(json, hits.as_slice(), output::articles)
        }
        Command::Categories => {
            let cats = store.categories()?;
            output::emit(json, cats.as_slice(), output::categories)
        }
        Command::Archive { month } => {
            let days = store.archive(&month)?;
            if json {
                output::json(&days)
            } else {
                days.iter().for_each(|d| println!("{}  {:>5}", d.day, d.count));
                Ok(())
            }
        }
    }
}

fn done(result: bulletin_core::Result<()>, json: bool, what: String) -> Result<()> {
    result?;
    output::emit(json, &json!({ "ok": true }), |_| println!("{what}"))
}

pub fn runtime() -> Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_multi_thread().enable_all().build()?)
}

pub fn fetcher(timeout_secs: u64) -> Result<Fetcher> {
    let config = FetchConfig { request_timeout: Duration::from_secs(timeout_secs), ..FetchConfig::default() };
    Ok(Fetcher::new(config)?)
}

fn feeds_add(store: &mut Store, url: &str, category: Option<&str>, json: bool) -> Result<()> {
    let fetcher = fetcher(30)?;
    let added = runtime()?.block_on(subscribe::subscribe(store, &fetcher, url, category))?;
    let feed = store.feed(added.id)?;
    if let Some(w) = &added.warning {
        eprintln!("{}", t!("cli-warning", message = w.in_language(crate::lang())));
    }
    if json {
        output::json(&feed)
    } else {
        println!(
            "{}",
            t!("cli-feed-added", id = feed.id.0, title = feed.title.as_str(), count = added.new_articles.len())
        );
        Ok(())
    }
}

fn import(store: &mut Store, feeds: &[opml::OpmlFeed], json: bool) -> Result<()> {
    let report: ImportReport = subscribe::import(store, feeds)?;
    if json {
        output::json(&report)
    } else {
        println!("{}", t!("cli-imported", added = report.added, existing = report.existing));
        Ok(())
    }
}

fn opml_export(store: &Store, out: Option<PathBuf>) -> Result<()> {
    let xml = opml::export(&store.feeds()?)?;
    match out {
        Some(path) => std::fs::write(&path, xml).with_context(|| t!("cli-writing", path = path.display().to_string())),
        None => {
            print!("{xml}");
            Ok(())
        }
    }
}
