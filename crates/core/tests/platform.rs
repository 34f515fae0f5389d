//! What differs per platform, run on each platform's CI runner (the GitHub
//! workflow runs the engine's tests on ubuntu, windows and macos): where the
//! database lives by default, and where account passwords go.

use bulletin_core::accounts::{AccountKind, Credentials, Kept};
use bulletin_core::paths::default_db_path;

fn db_path() -> String {
    default_db_path().expect("a home directory").to_string_lossy().replace('\\', "/")
}

#[test]
#[cfg(target_os = "linux")]
fn the_database_lives_in_the_xdg_data_dir() {
    let path = db_path();
    match std::env::var("XDG_DATA_HOME") {
        Ok(dir) if dir.starts_with('/') => assert_eq!(path, format!("{dir}/bulletin/bulletin.db")),
        _ => assert!(path.ends_with("/.local/share/bulletin/bulletin.db"), "{path}"),
    }
}

#[test]
#[cfg(target_os = "macos")]
fn the_database_lives_in_application_support() {
    let path = db_path();
    assert!(path.ends_with("/Library/Application Support/bulletin/bulletin.db"), "{path}");
}

#[test]
#[cfg(windows)]
fn the_database_lives_in_roaming_app_data() {
    let path = db_path();
    assert!(path.ends_with("/AppData/Roaming/bulletin/bulletin.db"), "{path}");
}

/// A user name no other run shares, so parallel runners never meet.
fn unique_user() -> String {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos();
    format!("platform-test-{}-{nanos}", std::process::id())
}

#[test]
#[cfg(any(target_os = "macos", windows))]
fn passwords_go_to_the_system_store_and_never_to_a_file() {
    if std::env::var(bulletin_core::accounts::credentials::ENV).is_ok_and(|v| v == "file") {
        return; // the machine asked for the file store
    }
    let dir = tempfile::tempdir().unwrap();
    let creds = Credentials::beside(&dir.path().join("bulletin.db"));
    let (url, user) = ("https://platform.test/api/greader.php", unique_user());
    let kept = creds.save(AccountKind::GReader, url, &user, "s3cret").unwrap();
    assert_eq!(kept, Kept::System, "the Keychain / Credential Manager took the password");
    assert!(!dir.path().join("bulletin.db.secrets").exists(), "no password file where the system has a store");
    assert_eq!(creds.load(AccountKind::GReader, url, &user).unwrap(), "s3cret");
    creds.remove(AccountKind::GReader, url, &user).unwrap();
    assert!(creds.load(AccountKind::GReader, url, &user).is_err(), "removed from the system store");
}

#[test]
fn the_file_store_is_the_fallback_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bulletin.db.secrets");
    let creds = Credentials::in_file(file.clone());
    let user = unique_user();
    assert_eq!(creds.save(AccountKind::Fever, "https://platform.test/fever/", &user, "pw").unwrap(), Kept::File(file));
    assert_eq!(creds.load(AccountKind::Fever, "https://platform.test/fever/", &user).unwrap(), "pw");
}
