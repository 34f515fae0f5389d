//! Bulletin's desktop shell: Tauri over bulletin-core. Commands, events, tray
//! and window live in their own modules; this wires them together.

mod commands;
mod error;
mod events;
mod notifications;
mod state;
mod tray;
mod window;

use bulletin_core::accounts::{Credentials, Http};
use bulletin_core::service::{Accounts, SyncService};
use bulletin_core::{FetchConfig, Fetcher, Store, SyncOptions, paths};
use state::AppState;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;
use tauri::{App, Manager, WindowEvent};

/// Set when a tray icon exists: closing the window then hides it instead of quitting.
static HAS_TRAY: AtomicBool = AtomicBool::new(false);

/// When `run` began: the UI reports readiness against it (see `AppState::ui_ready`).
pub(crate) static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

pub fn run() {
    STARTED.get_or_init(std::time::Instant::now);
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        // Colour for a person at a terminal, plain text for a log file.
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_env("BULLETIN_LOG").unwrap_or_else(|_| "warn".into()))
        .init();
    let app = tauri::Builder::default()
        // First, so a second launch only focuses the running one.
        .plugin(tauri_plugin_single_instance::init(|app, args, _cwd| match notifications::article_arg(&args) {
            Some(id) => notifications::open_article(app, id),
            None => window::show(app),
        }))
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .plugin(tauri_plugin_autostart::init(tauri_plugin_autostart::MacosLauncher::LaunchAgent, None))
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .setup(setup)
        .on_window_event(|window, event| {
            if let WindowEvent::CloseRequested { api, .. } = event
                && HAS_TRAY.load(Ordering::Relaxed)
            {
                // Keep syncing in the background; the tray brings it back.
                api.prevent_close();
                let _ = window.hide();
            }
        })
        .invoke_handler(tauri::generate_handler![
            commands::categories,
            commands::feeds,
            commands::articles,
            commands::front_page,
            commands::article,
            commands::set_read,
            commands::set_saved,
            commands::mark_read,
            commands::search,
            commands::archive,
            commands::settings,
            commands::set_setting,
            commands::set_autostart,
            commands::add_feed,
            commands::remove_feed,
            commands::move_feed,
            commands::add_category,
            commands::rename_category,
            commands::remove_category,
            commands::import_opml,
            commands::export_opml,
            commands::add_starter_feeds,
            commands::sync_now,
            commands::open_original,
            commands::load_full_article,
            commands::notification_history,
            commands::notification_rules,
            commands::set_category_rule,
            commands::set_feed_rule,
            commands::startup_article,
            commands::accounts,
            commands::test_account,
            commands::add_account,
            commands::remove_account,
            commands::filters,
            commands::add_filter,
            commands::remove_filter,
            commands::apply_filters,
            commands::views,
            commands::add_view,
            commands::remove_view,
            commands::set_feed_muted,
            commands::set_feed_interval,
            commands::set_feed_full_text,
            commands::rename_feed,
            commands::set_story_read,
            commands::set_story_saved,
            commands::hidden_count,
            commands::ui_messages,
        ])
        .build(tauri::generate_context!())
        .expect("failed to build the Bulletin app");
    app.run(|_, _| {});
}

/// An empty window from the same shell: what the UI benchmark measures memory against.
pub fn run_empty_window() {
    tauri::Builder::default()
        .setup(|app| {
            let blank = tauri::WebviewUrl::External("about:blank".parse()?);
            tauri::WebviewWindowBuilder::new(app, window::MAIN, blank).title("Empty").build()?;
            Ok(())
        })
        .run(tauri::generate_context!())
        .expect("failed to run the empty window");
}

fn setup(app: &mut App) -> Result<(), Box<dyn std::error::Error>> {
    let db_path = paths::db_path_from_env().ok_or("no data directory on this system; set BULLETIN_DB")?;
    // Two connections: the UI's, and the sync loop's own.
    let ui_store = Store::open(&db_path)?;
    let sync_store = Store::open(&db_path)?;
    let fetcher = Fetcher::new(FetchConfig::default())?;
    let accounts = Accounts { credentials: Credentials::beside(&db_path), http: Http::new(Duration::from_secs(60))? };
    let handle = app.handle().clone();
    let listener = Arc::new(move |event| events::forward(&handle, event));
    let sync = tauri::async_runtime::block_on(async {
        SyncService::spawn(sync_store, fetcher.clone(), accounts.clone(), SyncOptions::default(), listener)
    });
    let startup = notifications::article_arg(&std::env::args().collect::<Vec<_>>());
    app.manage(AppState::new(db_path, ui_store, fetcher, accounts, sync, startup));
    window::create(app.handle())?;
    HAS_TRAY.store(tray::create(app.handle()), Ordering::Relaxed);
    Ok(())
}
