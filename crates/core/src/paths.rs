//! Where the database lives when neither `--db` nor `BULLETIN_DB` says.

use std::path::PathBuf;

/// The environment variable both the CLI and the desktop app read.
pub const DB_ENV: &str = "BULLETIN_DB";

/// `<platform data dir>/bulletin/bulletin.db`, e.g. `~/.local/share/bulletin/bulletin.db`.
pub fn default_db_path() -> Option<PathBuf> {
    directories::BaseDirs::new().map(|d| d.data_dir().join("bulletin").join("bulletin.db"))
}

/// `BULLETIN_DB` if set and non-empty, else the default.
pub fn db_path_from_env() -> Option<PathBuf> {
    match std::env::var_os(DB_ENV) {
        Some(p) if !p.is_empty() => Some(PathBuf::from(p)),
        _ => default_db_path(),
    }
}
