// Declares the app's own commands so capabilities/ can grant exactly them
// (an app manifest makes app commands permission-controlled like plugins').
// Keep in step with `generate_handler!` in lib.rs.
const COMMANDS: &[&str] = &[
    "categories",
    "feeds",
    "articles",
    "front_page",
    "article",
    "set_read",
    "set_saved",
    "mark_read",
    "search",
    "archive",
    "settings",
    "set_setting",
    "add_feed",
    "remove_feed",
    "move_feed",
    "add_category",
    "rename_category",
    "remove_category",
    "import_opml",
    "export_opml",
    "add_starter_feeds",
    "sync_now",
    "set_autostart",
    "open_original",
    "load_full_article",
    "notification_history",
    "notification_rules",
    "set_category_rule",
    "set_feed_rule",
    "startup_article",
    "accounts",
    "test_account",
    "add_account",
    "remove_account",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri build script failed");
}
