//! `account add|list|remove`, and subscribing on a server account.

use crate::args::AccountCommand;
use crate::commands::runtime;
use crate::{output, t};
use anyhow::{Context, Result, anyhow, bail};
use bulletin_core::accounts::{self, AccountsSynced, Credentials, Http, Kept};
use bulletin_core::model::{Account, AccountKind};
use bulletin_core::opml::OpmlFeed;
use bulletin_core::{AccountId, Store, subscribe};
use std::io::Read;
use std::path::Path;
use std::time::Duration;

/// The environment variable `account add` reads the password from.
const PASSWORD_ENV: &str = "BULLETIN_PASSWORD";

pub fn http() -> Result<Http> {
    Ok(Http::new(Duration::from_secs(60))?)
}

pub fn run(store: &mut Store, db: &Path, command: AccountCommand, json: bool) -> Result<()> {
    let credentials = Credentials::beside(db);
    match command {
        AccountCommand::Add { kind, url, user, password_stdin } => {
            let kind =
                AccountKind::parse(&kind).ok_or_else(|| anyhow!(t!("cli-unknown-value", value = kind.as_str())))?;
            let password = password(password_stdin)?;
            if url.trim_start().to_ascii_lowercase().starts_with("http://") {
                eprintln!("{}", t!("cli-warning", message = t!("cli-warn-plain-http", url = url.as_str())));
            }
            let (account, kept) =
                runtime()?.block_on(accounts::add(store, &credentials, &http()?, kind, &url, &user, &password))?;
            if let Kept::File(file) = &kept {
                eprintln!(
                    "{}",
                    t!("cli-warning", message = t!("cli-warn-no-keyring", file = file.display().to_string()))
                );
            }
            output::emit(json, &account, |a| {
                let (id, kind) = (a.id.0, a.kind.as_str());
                println!(
                    "{}",
                    t!("cli-account-added", id = id, kind = kind, user = a.user.as_str(), url = a.url.as_str())
                )
            })
        }
        AccountCommand::List => {
            let list = store.accounts()?;
            output::emit(json, list.as_slice(), print_accounts)
        }
        AccountCommand::Remove { id } => {
            accounts::remove(store, &credentials, AccountId(id))?;
            output::emit(json, &serde_json::json!({ "ok": true }), |_| {
                println!("{}", t!("cli-account-removed", id = id))
            })
        }
    }
}

fn password(from_stdin: bool) -> Result<String> {
    let password = if from_stdin {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).with_context(|| t!("cli-password-stdin"))?;
        s.trim_end_matches(['\r', '\n']).to_owned()
    } else {
        std::env::var(PASSWORD_ENV).map_err(|_| anyhow!(t!("cli-no-password", env = PASSWORD_ENV)))?
    };
    if password.is_empty() {
        bail!(t!("cli-empty-password"));
    }
    Ok(password)
}

fn print_accounts(list: &[Account]) {
    if list.is_empty() {
        println!("{}", t!("cli-no-accounts"));
    }
    for a in list {
        // Errors and refusals in the reader's language; the JSON keeps English.
        let a = &a.clone().in_language(crate::lang());
        let last = a.last_sync.map_or_else(|| t!("cli-never"), |t| t.format("%Y-%m-%d %H:%M").to_string());
        let (user, url) = (a.user.as_str(), a.url.as_str());
        let line = t!(
            "cli-account-line",
            user = user,
            url = url,
            feeds = a.feeds,
            unread = a.unread,
            pending = a.pending,
            last = last
        );
        println!("{:>3}  {:<7} {:<6} {line}", a.id, a.kind.as_str(), a.status.as_str());
        if let Some(e) = &a.last_error {
            println!("     {}", t!("cli-last-error", error = e.as_str()));
        }
        for r in &a.refused {
            let (change, target, reason) = (r.change.as_str(), r.target.as_str(), r.reason.as_str());
            println!("     {}", t!("cli-account-refused", change = change, target = target, reason = reason));
        }
    }
}

/// Queues the subscription and sends it now; offline, it waits for the next sync.
pub fn feeds_add(
    store: &mut Store,
    db: &Path,
    account: AccountId,
    url: &str,
    category: Option<&str>,
    json: bool,
) -> Result<()> {
    let feed = subscribe::subscribe_remote(store, account, url, category)?;
    let synced = send_now(store, db, account)?;
    let feed = store.feed(feed).ok();
    match &feed {
        Some(f) => output::emit(json, f, |f| {
            println!("{}", t!("cli-subscribed-on", url = f.url.as_str(), account = account.0))
        })?,
        // The server knows it under its own URL: the local row became that feed.
        None => output::emit(json, &serde_json::json!({ "ok": true, "account": account }), |_| {
            println!("{}", t!("cli-subscribed-on-queued", account = account.0))
        })?,
    }
    report_problem(&synced);
    Ok(())
}

pub fn import(store: &mut Store, db: &Path, account: AccountId, feeds: &[OpmlFeed], json: bool) -> Result<()> {
    let report = subscribe::import_remote(store, account, feeds)?;
    let synced = send_now(store, db, account)?;
    output::emit(json, &report, |r| {
        println!("{}", t!("cli-imported-on", added = r.added, account = account.0, existing = r.existing))
    })?;
    report_problem(&synced);
    Ok(())
}

fn send_now(store: &mut Store, db: &Path, account: AccountId) -> Result<AccountsSynced> {
    let credentials = Credentials::beside(db);
    Ok(runtime()?.block_on(accounts::sync_accounts(store, &credentials, &http()?, Some(account)))?)
}

fn report_problem(synced: &AccountsSynced) {
    for a in &synced.accounts {
        if let Some(e) = &a.error {
            eprintln!("{}", t!("cli-warning", message = t!("cli-account-queued", id = a.id.0, error = e.as_str())));
        }
    }
}
