//! `sync` (once, with a progress bar) and `watch` (on a schedule), both able
//! to raise desktop notifications for what the rules decide.

use crate::commands::{fetcher, runtime};
use crate::{output, t};
use anyhow::Result;
use bulletin_core::accounts::{self, AccountReport, Credentials};
use bulletin_core::notify::deliver::{self, Action};
use bulletin_core::notify::{Decision, Notification, Summary};
use bulletin_core::service::{Accounts, Listener, ServiceEvent, SyncService};
use bulletin_core::sync::{FeedReport, FeedSyncStatus, SyncEvent, SyncOptions, SyncReport};
use bulletin_core::{ArticleId, Store};
use indicatif::{ProgressBar, ProgressStyle};
use serde::Serialize;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[derive(Serialize)]
struct SyncJson<'a> {
    feeds: &'a [FeedReport],
    /// One per server account (an account that fails does not fail the sync).
    accounts: &'a [AccountReport],
    new_articles: usize,
    purged: usize,
    elapsed_ms: u64,
    /// What popped up (or would have, without --notify), most important first.
    notifications: &'a [Notification],
    /// Over the per-sync cap, counted in `notification_summary`.
    notifications_folded: &'a [Notification],
    notification_summary: &'a Option<Summary>,
    /// What quiet hours held, shown now that they are over.
    notification_digest: &'a Option<Summary>,
    notifications_held: usize,
    notifications_paused: usize,
}

pub fn sync(
    store: &mut Store,
    db: &Path,
    due: bool,
    concurrency: usize,
    timeout: u64,
    notify: bool,
    json: bool,
) -> Result<()> {
    let fetcher = fetcher(timeout)?;
    let opts = SyncOptions { only_due: due, concurrency, interval_minutes: None };
    let bar = (!json && std::io::stderr().is_terminal()).then(progress_bar);
    let report = runtime()?.block_on(bulletin_core::sync(store, &fetcher, &opts, |event| {
        if let Some(bar) = &bar {
            match event {
                SyncEvent::Started { total } => bar.set_length(total as u64),
                SyncEvent::FeedDone { report, done, articles, .. } => {
                    bar.set_position(done as u64);
                    bar.set_message(format!("{} · {}", t!("cli-progress-new", count = articles), report.title));
                }
            }
        }
    }))?;
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let mut report = report;
    // Server accounts, when there are any (their HTTP client is not free to build).
    let accounts = if store.accounts()?.is_empty() {
        Vec::new()
    } else {
        let credentials = Credentials::beside(db);
        let synced = runtime()?.block_on(accounts::sync_all(store, &credentials, &crate::accounts::http()?))?;
        report.notifications.merge(synced.notifications);
        report.new_articles.extend(synced.new_articles.iter().copied());
        synced.accounts
    };
    if notify {
        // This process ends now, so a click cannot be answered here; `watch` can.
        show(&report.notifications, db);
    }
    print_report(&report, &accounts, json)
}

fn progress_bar() -> ProgressBar {
    let bar = ProgressBar::new(0);
    bar.set_style(
        ProgressStyle::with_template("{spinner} [{bar:30}] {pos}/{len} feeds {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    bar
}

fn print_report(report: &SyncReport, accounts: &[AccountReport], json: bool) -> Result<()> {
    let d = &report.notifications;
    let out = SyncJson {
        feeds: &report.feeds,
        accounts,
        new_articles: report.new_articles.len(),
        purged: report.purged,
        elapsed_ms: report.elapsed_ms,
        notifications: &d.shown,
        notifications_folded: &d.folded,
        notification_summary: &d.summary,
        notification_digest: &d.digest,
        notifications_held: d.held.len(),
        notifications_paused: d.paused.len(),
    };
    if json {
        return output::json(&out);
    }
    let count = |s| report.feeds.iter().filter(|f| f.status == s).count();
    for f in report.feeds.iter().filter(|f| matches!(f.status, FeedSyncStatus::Error | FeedSyncStatus::Gone)) {
        println!("  ! {} — {}", f.title, f.error.clone().unwrap_or_else(|| t!("cli-failed")));
    }
    for a in accounts.iter().filter(|a| a.error.is_some()) {
        let error = a.error.clone().unwrap_or_else(|| t!("cli-failed"));
        println!("  ! {}", t!("cli-account-failed", id = a.id.0, error = error));
    }
    for n in &d.shown {
        println!("  * {} ({})", n.title, n.reason.as_str());
    }
    let summary = t!(
        "cli-sync-summary",
        new = out.new_articles,
        feeds = report.feeds.len(),
        accounts = accounts.len(),
        updated = count(FeedSyncStatus::Ok),
        unchanged = count(FeedSyncStatus::NotModified),
        failed = count(FeedSyncStatus::Error) + count(FeedSyncStatus::Gone),
        skipped = count(FeedSyncStatus::Skipped),
        ms = out.elapsed_ms
    );
    println!("{summary}");
    Ok(())
}

/// Pops up what `decision` says; a failure (no notification server) is a
/// warning, never a failed sync.
fn show(decision: &Decision, db: &Path) {
    let db = db.to_path_buf();
    if let Err(e) = deliver::show_decision(decision, move |action| act(&db, action)) {
        eprintln!("{}", crate::t!("cli-warning", message = e.to_string()));
    }
}

/// Answers a click: "Save" saves; the notification itself opens the app there.
fn act(db: &Path, action: Action) {
    let result = match action {
        Action::Save(id) => Store::open(db).and_then(|mut s| s.set_saved(id, true)).map_err(|e| e.to_string()),
        Action::Open(id) => open_in_app(db, id),
    };
    if let Err(e) = result {
        eprintln!("{}", crate::t!("cli-warning", message = e.to_string()));
    }
}

/// Starts the desktop app at the article (a running one takes the request
/// over: it is single-instance).
fn open_in_app(db: &Path, id: ArticleId) -> Result<(), String> {
    let beside = std::env::current_exe().ok().map(|exe| exe.with_file_name("bulletin-desktop"));
    let app = beside.filter(|p| p.exists()).unwrap_or_else(|| PathBuf::from("bulletin-desktop"));
    std::process::Command::new(&app)
        .arg("--article")
        .arg(id.to_string())
        .env(bulletin_core::paths::DB_ENV, db)
        .spawn()
        .map(drop)
        .map_err(|e| format!("cannot start {}: {e}", app.display()))
}

/// Syncs due feeds every minute (each feed every `interval` minutes, failing
/// ones backing off) and notifies, until Ctrl-C.
pub fn watch(store: Store, db: &Path, interval: Option<u32>, json: bool) -> Result<()> {
    let fetcher = fetcher(30)?;
    let opts = SyncOptions { only_due: true, concurrency: 16, interval_minutes: interval };
    let db = db.to_path_buf();
    let accounts = Accounts { credentials: Credentials::beside(&db), http: crate::accounts::http()? };
    let listener: Listener = Arc::new(move |event| {
        if json {
            // One JSON document per line: a stream scripts can follow.
            if let Ok(line) = serde_json::to_string(&event) {
                println!("{line}");
            }
        }
        match event {
            ServiceEvent::Notifications { decision } => show(&decision, &db),
            ServiceEvent::SyncFinished { new_articles, failed, elapsed_ms, error } if !json => match error {
                Some(e) => eprintln!("{}", t!("cli-sync-failed", error = e)),
                None => println!("{}", t!("cli-watch-done", new = new_articles, failed = failed, ms = elapsed_ms)),
            },
            _ => {}
        }
    });
    runtime()?.block_on(async move {
        let service = SyncService::spawn(store, fetcher, accounts, opts, listener);
        tokio::signal::ctrl_c().await?;
        service.stop().await;
        Ok(())
    })
}
