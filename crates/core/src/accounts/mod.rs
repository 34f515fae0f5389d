//! Server accounts: a source of feeds beside `fetch/`. A server (Google Reader
//! API, Fever) fetches the feeds; an account mirrors its subscriptions,
//! articles and read/saved state, and sends local changes back through the
//! store's outbox. What arrives goes through the same sanitizing, search
//! index, stories and notification rules as local feeds.

pub mod credentials;
mod error;
pub mod fever;
pub mod greader;
mod http;
mod outbox;
mod remote;

pub use crate::model::{AccountKind, AccountStatus};
pub use credentials::{Credentials, Kept};
pub use error::AccountError;
pub use http::Http;
pub use remote::{RemoteEntry, RemoteFeed, RemoteItem};

use crate::arrivals::Arrivals;
use crate::error::{Error, Result};
use crate::ids::{AccountId, ArticleId};
use crate::model::Account;
use crate::notify::Decision;
use crate::store::Store;
use serde::Serialize;

/// What one account's sync brought.
pub struct Synced {
    /// New articles stored (they went to the sync's `Arrivals`).
    pub new: usize,
    /// Local changes the server took.
    pub sent: usize,
    /// Where the next sync starts.
    pub cursor: String,
    pub requests: usize,
}

/// One account in a sync's report (the CLI's `accounts` array).
#[derive(Debug, Clone, Serialize)]
pub struct AccountReport {
    pub id: AccountId,
    pub kind: AccountKind,
    pub status: AccountStatus,
    pub new: usize,
    pub sent: usize,
    pub error: Option<String>,
    /// HTTP requests this sync made (login included).
    pub requests: usize,
}

/// Every account's report, the new articles, and what they notify.
pub struct AccountsSynced {
    pub accounts: Vec<AccountReport>,
    /// Ids only: a first sync of a big account brings tens of thousands.
    pub new_articles: Vec<ArticleId>,
    pub notifications: Decision,
}

/// Checks the login, then stores the account and its password (the OS
/// credential store, else a private file: `Kept` says which).
pub async fn add(
    store: &mut Store,
    credentials: &Credentials,
    http: &Http,
    kind: AccountKind,
    url: &str,
    user: &str,
    password: &str,
) -> Result<(Account, Kept)> {
    let url = url.trim().trim_end_matches('/').to_owned();
    login(http, kind, &url, user, password).await?;
    let id = store.add_account(kind, &url, user)?;
    match credentials.save(kind, &url, user, password) {
        Ok(kept) => Ok((store.account(id)?, kept)),
        Err(e) => {
            store.remove_account(id)?;
            Err(crate::invalid!("err-password-keep", reason = e.to_string()))
        }
    }
}

/// "Test connection": logs in and says whether the server took it; stores nothing.
pub async fn test(http: &Http, kind: AccountKind, url: &str, user: &str, password: &str) -> Result<()> {
    login(http, kind, url.trim().trim_end_matches('/'), user, password).await.map(drop)
}

/// Removes the account (its saved articles stay, as local copies) and its password.
pub fn remove(store: &mut Store, credentials: &Credentials, id: AccountId) -> Result<()> {
    let account = store.account(id)?;
    store.remove_account(id)?;
    credentials
        .remove(account.kind, &account.url, &account.user)
        .map_err(|e| crate::invalid!("err-password-remove", reason = e))
}

async fn login(http: &Http, kind: AccountKind, url: &str, user: &str, password: &str) -> Result<Session> {
    match kind {
        AccountKind::GReader => Ok(Session::GReader(greader::GReader::login(http.clone(), url, user, password).await?)),
        AccountKind::Fever => Ok(Session::Fever(fever::Fever::login(http.clone(), url, user, password).await?)),
    }
}

enum Session {
    GReader(greader::GReader),
    Fever(fever::Fever),
}

/// Syncs every account, one after the other; one failing never stops the
/// others. New articles are grouped into stories and the notification rules
/// decide on them, exactly as for local feeds, and the store is tuned for
/// bulk writes once pages of them arrive (see `Arrivals`).
pub async fn sync_all(store: &mut Store, credentials: &Credentials, http: &Http) -> Result<AccountsSynced> {
    sync_accounts(store, credentials, http, None).await
}

/// Like [`sync_all`], for one account only (`Some`) or all (`None`).
pub async fn sync_accounts(
    store: &mut Store,
    credentials: &Credentials,
    http: &Http,
    only: Option<AccountId>,
) -> Result<AccountsSynced> {
    let accounts: Vec<Account> = store.accounts()?.into_iter().filter(|a| only.is_none_or(|id| id == a.id)).collect();
    let days = store.settings()?.account_first_sync_days;
    let mut reports = Vec::new();
    let mut arrivals = Arrivals::new(crate::time::now());
    for account in &accounts {
        match sync_one(store, credentials, http, account, days, &mut arrivals).await {
            Ok(report) => reports.push(report),
            Err(e) => {
                arrivals.end_bulk(store)?;
                return Err(e);
            }
        }
    }
    let (new_articles, notifications) = arrivals.finish(store)?;
    Ok(AccountsSynced { accounts: reports, new_articles, notifications })
}

/// One account; a server or network failure is its report's error, a
/// database failure is everyone's.
async fn sync_one(
    store: &mut Store,
    credentials: &Credentials,
    http: &Http,
    account: &Account,
    days: u32,
    arrivals: &mut Arrivals,
) -> Result<AccountReport> {
    let mut report = AccountReport {
        id: account.id,
        kind: account.kind,
        status: AccountStatus::Ok,
        new: 0,
        sent: 0,
        error: None,
        requests: 0,
    };
    // The server asked to wait (429/503 with Retry-After): not one request before then.
    if let Some(until) = store.account_retry_after(account.id)?.filter(|&u| u > crate::time::now()) {
        report.status = AccountStatus::Error;
        report.error = Some(AccountError::RetryLater(crate::time::to_datetime(until)).to_string());
        return Ok(report);
    }
    let outcome = async {
        let password =
            credentials.load(account.kind, &account.url, &account.user).map_err(AccountError::Credentials)?;
        match login(http, account.kind, &account.url, &account.user, &password).await? {
            Session::GReader(mut client) => greader::sync(store, &mut client, account.id, days, arrivals).await,
            Session::Fever(mut client) => fever::sync(store, &mut client, account.id, arrivals).await,
        }
    }
    .await;
    match outcome {
        Ok(synced) => {
            store.record_account_sync(account.id, AccountStatus::Ok, None, Some(&synced.cursor), None)?;
            report.new = synced.new;
            report.sent = synced.sent;
            report.requests = synced.requests;
            Ok(report)
        }
        Err(Error::Account(e)) => {
            report.status = match e {
                AccountError::Auth | AccountError::Credentials(_) => AccountStatus::Auth,
                _ => AccountStatus::Error,
            };
            report.error = Some(e.to_string());
            let wait = match &e {
                AccountError::RetryLater(until) => Some(until.timestamp()),
                _ => None,
            };
            let message = e.message();
            let error = report.error.as_deref().map(|english| (english, message.as_ref()));
            store.record_account_sync(account.id, report.status, error, None, wait)?;
            Ok(report)
        }
        Err(e) => Err(e),
    }
}
