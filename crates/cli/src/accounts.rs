//! `account add|list|remove`, and subscribing on a server account.

use crate::args::AccountCommand;
use crate::commands::runtime;
use crate::output;
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
            let kind = AccountKind::parse(&kind).ok_or_else(|| anyhow!("unknown account kind {kind:?}"))?;
            let password = password(password_stdin)?;
            if url.trim_start().to_ascii_lowercase().starts_with("http://") {
                eprintln!(
                    "warning: {url} is plain http: your password and articles cross the network unencrypted. \
                     Use https unless the server is on your own network."
                );
            }
            let (account, kept) =
                runtime()?.block_on(accounts::add(store, &credentials, &http()?, kind, &url, &user, &password))?;
            if let Kept::File(file) = &kept {
                eprintln!(
                    "warning: this system has no credential store (Secret Service, Keychain, Credential Manager); \
                     the password is kept in {}, readable only by you",
                    file.display()
                );
            }
            output::emit(json, &account, |a| {
                println!("added account {} — {} {} at {}", a.id, a.kind.as_str(), a.user, a.url)
            })
        }
        AccountCommand::List => {
            let list = store.accounts()?;
            output::emit(json, list.as_slice(), print_accounts)
        }
        AccountCommand::Remove { id } => {
            accounts::remove(store, &credentials, AccountId(id))?;
            output::emit(json, &serde_json::json!({ "ok": true }), |_| println!("removed account {id}"))
        }
    }
}

fn password(from_stdin: bool) -> Result<String> {
    let password = if from_stdin {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).context("reading the password from standard input")?;
        s.trim_end_matches(['\r', '\n']).to_owned()
    } else {
        std::env::var(PASSWORD_ENV).map_err(|_| anyhow!("no password: pass --password-stdin or set {PASSWORD_ENV}"))?
    };
    if password.is_empty() {
        bail!("the password is empty");
    }
    Ok(password)
}

fn print_accounts(list: &[Account]) {
    if list.is_empty() {
        println!("No accounts. Add one with `bulletin account add greader --url URL --user USER`.");
    }
    for a in list {
        let last = a.last_sync.map_or("never".to_owned(), |t| t.format("%Y-%m-%d %H:%M").to_string());
        println!(
            "{:>3}  {:<7} {:<6} {} at {}  ({} feeds, {} unread, {} pending, last sync {last})",
            a.id,
            a.kind.as_str(),
            a.status.as_str(),
            a.user,
            a.url,
            a.feeds,
            a.unread,
            a.pending
        );
        if let Some(e) = &a.last_error {
            println!("     last error: {e}");
        }
        for r in &a.refused {
            println!("     refused by the server: {} {}: {}", r.change, r.target, r.reason);
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
        Some(f) => output::emit(json, f, |f| println!("subscribed to {} on account {account}", f.url))?,
        // The server knows it under its own URL: the local row became that feed.
        None => output::emit(json, &serde_json::json!({ "ok": true, "account": account }), |_| {
            println!("subscribed on account {account}")
        })?,
    }
    report_problem(&synced);
    Ok(())
}

pub fn import(store: &mut Store, db: &Path, account: AccountId, feeds: &[OpmlFeed], json: bool) -> Result<()> {
    let report = subscribe::import_remote(store, account, feeds)?;
    let synced = send_now(store, db, account)?;
    output::emit(json, &report, |r| {
        println!("{} feeds subscribed on account {account}, {} already there", r.added, r.existing)
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
            eprintln!("warning: account {} could not sync now ({e}); the change is queued for the next sync", a.id);
        }
    }
}
