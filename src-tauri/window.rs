//! The main window: created here (not in the config) so navigation can be
//! policed — the UI never leaves its own origin; web links go to the browser.

use tauri::{AppHandle, Manager, WebviewUrl, WebviewWindow, WebviewWindowBuilder};
use tauri_plugin_opener::OpenerExt;
use url::Url;

pub const MAIN: &str = "main";

/// The app's own pages and the reader's `srcdoc` frame; everything else is blocked.
fn is_internal(url: &Url) -> bool {
    match url.scheme() {
        "tauri" => true,
        "about" => matches!(url.path(), "blank" | "srcdoc"),
        "http" | "https" => url.host_str() == Some("tauri.localhost") || is_dev_server(url),
        _ => false,
    }
}

fn is_dev_server(url: &Url) -> bool {
    cfg!(debug_assertions) && url.host_str() == Some("localhost") && url.port() == Some(1430)
}

pub fn create(app: &AppHandle) -> tauri::Result<WebviewWindow> {
    let handle = app.clone();
    WebviewWindowBuilder::new(app, MAIN, WebviewUrl::App("index.html".into()))
        .title("Bulletin")
        .inner_size(1280.0, 800.0)
        .min_inner_size(720.0, 480.0)
        // Ctrl + / Ctrl - / Ctrl 0 zoom the whole UI (people who need larger text).
        .zoom_hotkeys_enabled(true)
        .on_navigation(move |url| {
            if is_internal(url) {
                return true;
            }
            // A link clicked in an article: the system browser gets it, the app stays.
            if matches!(url.scheme(), "http" | "https")
                && let Err(e) = handle.opener().open_url(url.as_str(), None::<&str>)
            {
                tracing::warn!("could not open {url}: {e}");
            }
            false
        })
        .build()
}

pub fn show(app: &AppHandle) {
    if let Some(w) = app.get_webview_window(MAIN) {
        let _ = w.unminimize();
        let _ = w.show();
        let _ = w.set_focus();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_app_and_the_reader_frame_are_internal() {
        for ok in ["tauri://localhost/index.html", "http://tauri.localhost/", "about:srcdoc", "about:blank"] {
            assert!(is_internal(&Url::parse(ok).unwrap()), "{ok}");
        }
        for bad in
            ["https://evil.example/", "file:///etc/passwd", "javascript:alert(1)", "data:text/html,x", "about:config"]
        {
            assert!(!is_internal(&Url::parse(bad).unwrap()), "{bad}");
        }
    }
}
