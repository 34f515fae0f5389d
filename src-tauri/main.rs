// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    // The UI benchmark's floor: this same binary with an empty window.
    if std::env::var_os("BULLETIN_EMPTY_WINDOW").is_some() {
        bulletin_desktop::run_empty_window();
    } else {
        bulletin_desktop::run();
    }
}
