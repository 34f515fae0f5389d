// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    #[cfg(target_os = "linux")]
    prefer_software_compositing();
    // The UI benchmark's floor: this same binary with an empty window.
    if std::env::var_os("BULLETIN_EMPTY_WINDOW").is_some() {
        bulletin_desktop::run_empty_window();
    } else {
        bulletin_desktop::run();
    }
}

/// WebKitGTK's accelerated compositing costs ~90 MB per window here (measured:
/// web process 197 → 109 MiB PSS) and is known to blank windows on some GPU
/// drivers; a reader of text and images scrolls smoothly without it. Users can
/// still choose by setting the variable themselves.
#[cfg(target_os = "linux")]
fn prefer_software_compositing() {
    const VAR: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";
    if std::env::var_os(VAR).is_none() {
        // SAFETY: first thing in main, before any other thread exists.
        unsafe { std::env::set_var(VAR, "1") };
    }
}
