use super::Store;
use crate::error::Result;
use rusqlite::{OptionalExtension, params};

/// Settings with their defaults; stored as text in the `settings` table.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Settings {
    /// Read articles first seen longer ago than this, and gone from their
    /// feed, are removed (saved ones never are); 0 is never. See `policy::retention`.
    pub retention_days: u32,
    /// How often a feed is fetched when all is well.
    pub sync_interval_minutes: u32,
    /// "system", "light" or "dark".
    pub theme: String,
    /// Start with the session (desktop app; off by default).
    pub autostart: bool,
    /// Words or phrases, one per line: a new headline matching one notifies.
    pub notify_keywords: String,
    /// "22:00-07:00", or empty for none.
    pub quiet_hours: String,
    /// Distinct feeds that make a story breaking…
    pub breaking_min_sources: u32,
    /// …within this many minutes.
    pub breaking_window_minutes: u32,
    /// Unix seconds; 0 when notifications are not paused.
    pub notifications_paused_until: i64,
    /// Load pictures from the web (list thumbnails, images in articles).
    pub remote_images: bool,
    /// A server account's first sync takes the items of this many days
    /// (besides every unread and starred one).
    pub account_first_sync_days: u32,
    /// Reading one report of a story marks its other reports read.
    pub read_story_together: bool,
    /// The app marks articles read as they scroll past.
    pub mark_read_on_scroll: bool,
    /// "system" (the system's language) or a language Bulletin speaks
    /// ("en", "de", "es", "zh-CN"): the app's, the CLI's and notifications'.
    pub language: String,
}

impl Settings {
    pub fn keywords(&self) -> Vec<String> {
        self.notify_keywords.split(['\n', ',']).map(str::trim).filter(|k| !k.is_empty()).map(String::from).collect()
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            retention_days: 90,
            sync_interval_minutes: 15,
            theme: "system".into(),
            autostart: false,
            notify_keywords: String::new(),
            quiet_hours: String::new(),
            breaking_min_sources: 3,
            breaking_window_minutes: 90,
            notifications_paused_until: 0,
            remote_images: true,
            account_first_sync_days: 30,
            read_story_together: true,
            mark_read_on_scroll: false,
            language: "system".into(),
        }
    }
}

/// Checks a value before it is stored, so a bad one is an error now, not later.
fn validate(key: &str, value: &str) -> Result<()> {
    let number = |lo: u32, hi: u32| match value.parse::<u32>() {
        Ok(n) if (lo..=hi).contains(&n) => Ok(()),
        _ => {
            Err(crate::invalid!("err-setting-number", key = key.to_owned(), lo = lo, hi = hi, value = value.to_owned()))
        }
    };
    match key {
        "retention_days" => {
            number(0, 3650).map_err(|_| crate::invalid!("err-setting-retention", value = value.to_owned()))
        }
        "sync_interval_minutes" => number(1, 1440),
        "theme" if matches!(value, "system" | "light" | "dark") => Ok(()),
        "theme" => Err(crate::invalid!("err-setting-theme", value = value.to_owned())),
        "autostart" if matches!(value, "true" | "false") => Ok(()),
        "autostart" => Err(crate::invalid!("err-setting-boolean", key = "autostart")),
        "read_story_together" | "mark_read_on_scroll" if matches!(value, "true" | "false") => Ok(()),
        "read_story_together" | "mark_read_on_scroll" => {
            Err(crate::invalid!("err-setting-boolean", key = key.to_owned()))
        }
        "remote_images" if matches!(value, "true" | "false") => Ok(()),
        "remote_images" => Err(crate::invalid!("err-setting-boolean", key = "remote_images")),
        // Unix seconds; set by "Pause notifications".
        "notifications_paused_until" if value.parse::<i64>().is_ok() => Ok(()),
        "notifications_paused_until" => {
            Err(crate::invalid!("err-setting-seconds", key = key.to_owned(), value = value.to_owned()))
        }
        "notify_keywords" if value.len() <= 4096 => Ok(()),
        "notify_keywords" => Err(crate::invalid!("err-setting-keywords")),
        "quiet_hours" if value.is_empty() => Ok(()),
        "quiet_hours" => value.parse::<crate::notify::QuietHours>().map(drop),
        "breaking_min_sources" => number(2, 20),
        "breaking_window_minutes" => number(10, 1440),
        "account_first_sync_days" => number(1, 3650),
        "language" if value == "system" || crate::i18n::LANGUAGES.iter().any(|(tag, _)| *tag == value) => Ok(()),
        "language" => Err(crate::invalid!(
            "err-setting-language",
            languages = crate::i18n::LANGUAGES.iter().map(|(tag, _)| *tag).collect::<Vec<_>>().join(", "),
            value = value.to_owned()
        )),
        _ => Err(crate::invalid!("err-setting-unknown", key = key.to_owned())),
    }
}

impl Store {
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self.conn().query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| r.get(0)).optional()?)
    }

    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<()> {
        // "Keep articles: never remove" is stored as 0 days.
        let value = if key == "retention_days" && value.trim().eq_ignore_ascii_case("never") { "0" } else { value };
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
            remote_images: self.setting("remote_images")?.map_or(d.remote_images, |v| v == "true"),
            notify_keywords: self.setting("notify_keywords")?.unwrap_or(d.notify_keywords),
            quiet_hours: self.setting("quiet_hours")?.unwrap_or(d.quiet_hours),
            breaking_min_sources: self.number("breaking_min_sources")?.unwrap_or(d.breaking_min_sources),
            breaking_window_minutes: self.number("breaking_window_minutes")?.unwrap_or(d.breaking_window_minutes),
            account_first_sync_days: self.number("account_first_sync_days")?.unwrap_or(d.account_first_sync_days),
            read_story_together: self.setting("read_story_together")?.map_or(d.read_story_together, |v| v == "true"),
            mark_read_on_scroll: self.setting("mark_read_on_scroll")?.map_or(d.mark_read_on_scroll, |v| v == "true"),
            language: self.setting("language")?.unwrap_or(d.language),
            notifications_paused_until: self
                .setting("notifications_paused_until")?
                .and_then(|v| v.parse().ok())
                .unwrap_or(d.notifications_paused_until),
        })
    }

    fn number(&self, key: &str) -> Result<Option<u32>> {
        match self.setting(key)? {
            None => Ok(None),
            Some(v) => v
                .parse()
                .map(Some)
                .map_err(|_| crate::invalid!("err-setting-not-number", key = key.to_owned(), value = v.clone())),
        }
    }
}
