//! IPC commands: arguments → one core call → result. Nothing else lives here.

use crate::error::{Error, Result};
use crate::state::AppState;
use bulletin_core::accounts::{self, Kept};
use bulletin_core::model::{Account, AccountKind, Filter, FilterAction, FilterField, FilterScope, SmartView};
use bulletin_core::model::{ArchiveDay, Article, ArticleDetail, Category, Feed, FrontSection};
use bulletin_core::policy;
use bulletin_core::store::{ArticleFilter, HistoryEntry, NewView, ReadScope, Rules, Settings};
use bulletin_core::subscribe::{self, ImportReport};
use bulletin_core::{AccountId, ArticleId, FeedId, Store, fulltext, opml, starter};
use tauri::{AppHandle, State};
use tauri_plugin_autostart::ManagerExt as _;
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;

type S<'a> = State<'a, AppState>;

#[tauri::command]
pub async fn categories(state: S<'_>) -> Result<Vec<Category>> {
    state.with(|s| s.categories()).await
}

#[tauri::command]
pub async fn feeds(state: S<'_>) -> Result<Vec<Feed>> {
    let lang = bulletin_core::i18n::shown();
    state.with(|s| Ok(s.feeds()?.into_iter().map(|f| f.in_language(lang)).collect())).await
}

#[tauri::command]
pub async fn articles(state: S<'_>, filter: ArticleFilter) -> Result<Vec<Article>> {
    state.with(|s| s.articles(&filter)).await
}

#[tauri::command]
pub async fn front_page(state: S<'_>, per_category: usize) -> Result<Vec<FrontSection>> {
    state.with(|s| s.front_page(per_category.min(50))).await
}

#[tauri::command]
pub async fn article(state: S<'_>, id: ArticleId) -> Result<ArticleDetail> {
    state.with(|s| s.article_detail(id)).await
}

#[tauri::command]
pub async fn set_read(state: S<'_>, id: ArticleId, read: bool) -> Result<()> {
    state.with(|s| bulletin_core::policy::stories::set_read(s, id, read).map(drop)).await
}

#[tauri::command]
pub async fn set_saved(state: S<'_>, id: ArticleId, saved: bool) -> Result<()> {
    state.with(|s| s.set_saved(id, saved)).await
}

#[tauri::command]
pub async fn mark_read(state: S<'_>, scope: ReadScope) -> Result<usize> {
    state.with(|s| s.mark_read(&scope)).await
}

#[tauri::command]
pub async fn search(state: S<'_>, query: String, limit: usize) -> Result<Vec<Article>> {
    state.with(|s| s.search(&query, limit.min(500))).await
}

#[tauri::command]
pub async fn archive(state: S<'_>, month: String) -> Result<Vec<ArchiveDay>> {
    state.with(|s| s.archive(&month)).await
}

#[tauri::command]
pub async fn settings(state: S<'_>) -> Result<Settings> {
    state.with(|s| s.settings()).await
}

#[tauri::command]
pub async fn set_setting(state: S<'_>, key: String, value: String) -> Result<Settings> {
    state.with(|s| s.set_setting(&key, &value).and_then(|()| s.settings())).await
}

#[tauri::command]
pub async fn set_autostart(app: AppHandle, state: S<'_>, enabled: bool) -> Result<Settings> {
    let launcher = app.autolaunch();
    if enabled { launcher.enable() } else { launcher.disable() }.map_err(|e| Error::Message(e.to_string()))?;
    state.with(|s| s.set_setting("autostart", if enabled { "true" } else { "false" }).and_then(|()| s.settings())).await
}

/// Subscribes here, or on a server account (sent within seconds by the sync service).
#[tauri::command]
pub async fn add_feed(
    state: S<'_>,
    url: String,
    category: Option<String>,
    account: Option<AccountId>,
) -> Result<Option<String>> {
    if let Some(account) = account {
        return state.with(|s| subscribe::subscribe_remote(s, account, &url, category.as_deref())).await.map(|_| None);
    }
    let added = subscribe::subscribe_at(&state.db_path, &state.fetcher, &url, category.as_deref()).await?;
    Ok(added.warning.map(|w| w.in_language(bulletin_core::i18n::shown())))
}

#[tauri::command]
pub async fn accounts(state: S<'_>) -> Result<Vec<Account>> {
    let lang = bulletin_core::i18n::shown();
    state.with(|s| Ok(s.accounts()?.into_iter().map(|a| a.in_language(lang)).collect())).await
}

#[tauri::command]
pub async fn test_account(state: S<'_>, kind: AccountKind, url: String, user: String, password: String) -> Result<()> {
    Ok(accounts::test(&state.accounts.http, kind, &url, &user, &password).await?)
}

/// Adds the account (its login checked first), then syncs it.
#[tauri::command]
pub async fn add_account(
    state: S<'_>,
    kind: AccountKind,
    url: String,
    user: String,
    password: String,
) -> Result<AddedAccount> {
    let a = &state.accounts;
    let mut store = Store::open(&state.db_path)?;
    let (account, kept) = accounts::add(&mut store, &a.credentials, &a.http, kind, &url, &user, &password).await?;
    state.sync.sync_now();
    Ok(AddedAccount { account, password_in_file: matches!(kept, Kept::File(_)) })
}

#[tauri::command]
pub async fn remove_account(state: S<'_>, id: AccountId) -> Result<()> {
    state.with(|s| accounts::remove(s, &state.accounts.credentials, id)).await
}

#[tauri::command]
pub async fn remove_feed(state: S<'_>, id: FeedId) -> Result<()> {
    state.with(|s| s.remove_feed(id)).await
}

#[tauri::command]
pub async fn move_feed(state: S<'_>, id: FeedId, category: Option<String>) -> Result<()> {
    state.with(|s| s.move_feed(id, category.as_deref())).await
}

#[tauri::command]
pub async fn add_category(state: S<'_>, name: String) -> Result<()> {
    state.with(|s| s.ensure_category(&name).map(drop)).await
}

#[tauri::command]
pub async fn rename_category(state: S<'_>, old: String, new: String) -> Result<()> {
    state.with(|s| s.rename_category(&old, &new)).await
}

#[tauri::command]
pub async fn remove_category(state: S<'_>, name: String) -> Result<()> {
    state.with(|s| s.remove_category(&name)).await
}

/// Asks for an OPML file, adds its feeds and syncs; `None` if the dialog was cancelled.
#[tauri::command]
pub async fn import_opml(app: AppHandle, state: S<'_>) -> Result<Option<ImportReport>> {
    let Some(path) = app.dialog().file().add_filter("OPML", &["opml", "xml"]).blocking_pick_file() else {
        return Ok(None);
    };
    let path = path.into_path().map_err(|e| Error::Message(e.to_string()))?;
    let xml = std::fs::read_to_string(&path).map_err(|e| Error::Message(format!("{}: {e}", path.display())))?;
    let report = state.with(|s| subscribe::import(s, &opml::parse(&xml)?)).await?;
    state.sync.sync_now();
    Ok(Some(report))
}

/// Asks where to save, then writes the subscriptions as OPML; false if cancelled.
#[tauri::command]
pub async fn export_opml(app: AppHandle, state: S<'_>) -> Result<bool> {
    let dialog = app.dialog().file().add_filter("OPML", &["opml"]).set_file_name("bulletin.opml");
    let Some(path) = dialog.blocking_save_file() else { return Ok(false) };
    let path = path.into_path().map_err(|e| Error::Message(e.to_string()))?;
    let xml = state.with(|s| opml::export(&s.feeds()?)).await?;
    std::fs::write(&path, xml).map_err(|e| Error::Message(format!("{}: {e}", path.display())))?;
    Ok(true)
}

#[tauri::command]
pub async fn add_starter_feeds(state: S<'_>) -> Result<ImportReport> {
    let report = state.with(|s| subscribe::import(s, &starter::starter_feeds()?)).await?;
    state.sync.sync_now();
    Ok(report)
}

#[tauri::command]
pub async fn sync_now(state: S<'_>) -> Result<()> {
    state.sync.sync_now();
    Ok(())
}

/// Opens an article's link in the system browser; only http and https.
#[tauri::command]
pub async fn open_original(app: AppHandle, url: String) -> Result<()> {
    let parsed = url::Url::parse(&url).map_err(|e| Error::Message(format!("{url}: {e}")))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(Error::Message(format!("refusing to open a {}: link", parsed.scheme())));
    }
    app.opener().open_url(parsed.as_str(), None::<&str>).map_err(|e| Error::Message(e.to_string()))
}

#[tauri::command]
pub async fn load_full_article(state: S<'_>, id: ArticleId) -> Result<String> {
    Ok(fulltext::load_full_article(&state.db_path, &state.fetcher, id).await?)
}

#[tauri::command]
pub async fn notification_history(state: S<'_>, limit: usize) -> Result<Vec<HistoryEntry>> {
    state.with(|s| s.notification_history(limit.min(500))).await
}

#[tauri::command]
pub async fn notification_rules(state: S<'_>) -> Result<Rules> {
    state.with(|s| s.notification_rules()).await
}

#[tauri::command]
pub async fn set_category_rule(state: S<'_>, category: String, rule: String) -> Result<()> {
    state.with(|s| s.set_category_rule(&category, rule.parse()?)).await
}

#[tauri::command]
pub async fn set_feed_rule(state: S<'_>, id: FeedId, rule: Option<String>) -> Result<()> {
    state.with(|s| s.set_feed_rule(id, rule.map(|r| r.parse()).transpose()?)).await
}

#[tauri::command]
pub fn startup_article(state: S<'_>) -> Option<ArticleId> {
    state.ui_ready()
}

/// What adding an account tells the UI: the account, and whether its password
/// had to go to a file (no OS credential store), which the UI warns about.
#[derive(serde::Serialize)]
pub struct AddedAccount {
    account: Account,
    password_in_file: bool,
}

#[tauri::command]
pub async fn filters(state: S<'_>) -> Result<Vec<Filter>> {
    state.with(|s| s.filters()).await
}

/// Adds a filter and applies it to the stored articles at once; returns how many changed.
#[tauri::command]
pub async fn add_filter(state: S<'_>, filter: NewFilter) -> Result<usize> {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64);
    let expires = filter.days.map(|d| now + i64::from(d) * 86_400);
    state
        .with(|s| {
            s.add_filter(&filter.pattern, filter.regex, filter.field, &filter.scope, filter.action, expires)?;
            policy::filters::reapply(s, false)
        })
        .await
}

/// Removes a filter; what only it hid comes back.
#[tauri::command]
pub async fn remove_filter(state: S<'_>, id: i64) -> Result<usize> {
    state.with(|s| s.remove_filter(id).and_then(|()| policy::filters::reapply(s, true))).await
}

#[tauri::command]
pub async fn apply_filters(state: S<'_>) -> Result<usize> {
    state.with(|s| policy::filters::reapply(s, false)).await
}

#[tauri::command]
pub async fn views(state: S<'_>) -> Result<Vec<SmartView>> {
    state.with(|s| s.views()).await
}

#[tauri::command]
pub async fn add_view(
    state: S<'_>,
    name: String,
    query: String,
    unread: bool,
    category: Option<String>,
) -> Result<SmartView> {
    state.with(|s| s.add_view(&NewView { name, query, unread, category, ..NewView::default() })).await
}

#[tauri::command]
pub async fn remove_view(state: S<'_>, name: String) -> Result<()> {
    state.with(|s| s.remove_view(&name)).await
}

#[tauri::command]
pub async fn set_feed_muted(state: S<'_>, id: FeedId, muted: bool) -> Result<()> {
    state.with(|s| s.set_feed_muted(id, muted)).await
}

#[tauri::command]
pub async fn set_feed_interval(state: S<'_>, id: FeedId, minutes: Option<u32>) -> Result<()> {
    state.with(|s| s.set_feed_interval(id, minutes)).await
}

#[tauri::command]
pub async fn set_feed_full_text(state: S<'_>, id: FeedId, on: bool) -> Result<()> {
    state.with(|s| s.set_feed_full_text(id, on)).await
}

#[tauri::command]
pub async fn rename_feed(state: S<'_>, id: FeedId, title: String) -> Result<()> {
    state.with(|s| s.rename_feed(id, &title)).await
}

#[tauri::command]
pub async fn set_story_read(state: S<'_>, id: ArticleId, read: bool) -> Result<usize> {
    state.with(|s| s.set_story_read(id, read)).await
}

#[tauri::command]
pub async fn set_story_saved(state: S<'_>, id: ArticleId, saved: bool) -> Result<usize> {
    state.with(|s| s.set_story_saved(id, saved)).await
}

/// A filter as the UI sends it.
#[derive(serde::Deserialize)]
pub struct NewFilter {
    pattern: String,
    regex: bool,
    field: FilterField,
    scope: FilterScope,
    action: FilterAction,
    days: Option<u32>,
}

/// How many articles filters hide (the "Filtered" view's count).
#[tauri::command]
pub async fn hidden_count(state: S<'_>) -> Result<i64> {
    state.with(|s| s.hidden_count()).await
}

/// The UI's message catalog for the `language` setting ("system" or a tag).
#[tauri::command]
pub async fn ui_messages(language: String) -> Result<bulletin_core::i18n::UiCatalog> {
    Ok(bulletin_core::i18n::ui_catalog(&language))
}
