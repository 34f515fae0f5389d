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
}

impl Default for Settings {
    fn default() -> Self {
        Settings { retention_days: 90, sync_interval_minutes: 15 }
    }
}

impl Store {
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self.conn().query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| r.get(0)).optional()?)
    }

    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<()> {
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
        })
    }

    fn number(&self, key: &str) -> Result<Option<u32>> {
        match self.setting(key)? {
            None => Ok(None),
            Some(v) => v.parse().map(Some).map_err(|_| Error::Invalid(format!("setting {key} is not a number: {v:?}"))),
        }
    }
}
