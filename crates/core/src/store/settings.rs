use super::Store;
use crate::error::{Error, Result};
use rusqlite::{OptionalExtension, params};

/// Settings with their defaults; stored as text in the `settings` table.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Settings {
    /// Articles older than this are purged (saved ones never are).
    pub retention_days: u32,
    /// How often a feed is fetched when all is well.
    pub sync_interval_minutes: u32,
    /// "system", "light" or "dark".
    pub theme: String,
    /// Start with the session (desktop app; off by default).
    pub autostart: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { retention_days: 90, sync_interval_minutes: 15, theme: "system".into(), autostart: false }
    }
}

/// Checks a value before it is stored, so a bad one is an error now, not later.
fn validate(key: &str, value: &str) -> Result<()> {
    let number = |lo: u32, hi: u32| match value.parse::<u32>() {
        Ok(n) if (lo..=hi).contains(&n) => Ok(()),
        _ => Err(Error::Invalid(format!("{key} must be a whole number from {lo} to {hi}, not {value:?}"))),
    };
    match key {
        "retention_days" => number(1, 3650),
        "sync_interval_minutes" => number(1, 1440),
        "theme" if matches!(value, "system" | "light" | "dark") => Ok(()),
        "theme" => Err(Error::Invalid(format!("theme must be system, light or dark, not {value:?}"))),
        "autostart" if matches!(value, "true" | "false") => Ok(()),
        "autostart" => Err(Error::Invalid("autostart must be true or false".into())),
        // Unix seconds; set by "Pause notifications" (issue: notifications).
        "notifications_paused_until" if value.parse::<i64>().is_ok() => Ok(()),
        _ => Err(Error::Invalid(format!("unknown setting {key:?}"))),
    }
}

impl Store {
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self.conn().query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| r.get(0)).optional()?)
    }

    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<()> {
        validate(key, value)?;
        let tx = self.write()?;
        tx.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        tx.commit()?;
        Ok(())
    }

    pub fn settings(&self) -> Result<Settings> {
        let d = Settings::default();
        Ok(Settings {
            retention_days: self.number("retention_days")?.unwrap_or(d.retention_days),
            sync_interval_minutes: self.number("sync_interval_minutes")?.unwrap_or(d.sync_interval_minutes),
            theme: self.setting("theme")?.unwrap_or(d.theme),
            autostart: self.setting("autostart")?.map_or(d.autostart, |v| v == "true"),
        })
    }

    fn number(&self, key: &str) -> Result<Option<u32>> {
        match self.setting(key)? {
            None => Ok(None),
            Some(v) => v.parse().map(Some).map_err(|_| Error::Invalid(format!("setting {key} is not a number: {v:?}"))),
        }
    }
}
