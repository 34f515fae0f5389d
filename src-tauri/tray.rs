//! Tray icon: Open, Sync now, Pause notifications for 1 hour, Quit.

use crate::state::AppState;
use crate::window;
use tauri::menu::{Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::{MouseButton, MouseButtonState, TrayIconBuilder, TrayIconEvent};
use tauri::{AppHandle, Manager};

/// Builds the tray; `false` when the platform has none (closing then quits).
pub fn create(app: &AppHandle) -> bool {
    match build(app) {
        Ok(()) => true,
        Err(e) => {
            tracing::info!("no tray icon: {e}");
            false
        }
    }
}

fn build(app: &AppHandle) -> tauri::Result<()> {
    // In the language of the setting (or the system's) at start.
    let setting = app.state::<AppState>().with_blocking(|s| Ok(s.settings()?.language)).unwrap_or_default();
    let lang = bulletin_core::i18n::resolve(&setting);
    let item = |id: &str, text: &str| {
        MenuItem::with_id(app, id, bulletin_core::i18n::message(lang, text, None), true, None::<&str>)
    };
    let open = item("open", "tray-open")?;
    let sync = item("sync", "tray-sync")?;
    let pause = item("pause", "tray-pause")?;
    let quit = item("quit", "tray-quit")?;
    let sep = PredefinedMenuItem::separator(app)?;
    let menu = Menu::with_items(app, &[&open, &sync, &pause, &sep, &quit])?;
    let icon = app.default_window_icon().cloned().ok_or_else(|| tauri::Error::AssetNotFound("window icon".into()))?;
    TrayIconBuilder::with_id("bulletin")
        .icon(icon)
        .tooltip("Bulletin")
        .menu(&menu)
        .show_menu_on_left_click(false)
        .on_menu_event(|app, event| match event.id.as_ref() {
            "open" => window::show(app),
            "sync" => app.state::<AppState>().sync.sync_now(),
            "pause" => {
                let until = (std::time::SystemTime::now() + std::time::Duration::from_secs(3600))
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_secs())
                    .unwrap_or_default();
                let result = app
                    .state::<AppState>()
                    .with_blocking(|s| s.set_setting("notifications_paused_until", &until.to_string()));
                if let Err(e) = result {
                    tracing::warn!("could not pause notifications: {e}");
                }
            }
            "quit" => app.exit(0),
            _ => {}
        })
        .on_tray_icon_event(|tray, event| {
            if let TrayIconEvent::Click { button: MouseButton::Left, button_state: MouseButtonState::Up, .. } = event {
                window::show(tray.app_handle());
            }
        })
        .build(app)?;
    Ok(())
}
