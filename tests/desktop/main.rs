//! End-to-end tests of the real desktop app: the real binary in the real WebKit
//! webview, driven through tauri-driver + WebKitWebDriver, under Xvfb with a
//! private D-Bus, syncing fixture feeds from a server on 127.0.0.1.

mod a11y;
mod accounts;
mod filters;
mod harness;
mod hostile;
mod languages;
mod media;
mod notifications;
mod reading;
mod settings;
