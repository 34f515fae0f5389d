//! `notifications` (history, pause, resume), `rules` and `settings`.

use crate::args::{NotificationsCommand, RulesCommand, SettingsCommand};
use crate::{output, t};
use anyhow::Result;
use bulletin_core::notify::Rule;
use bulletin_core::{FeedId, Store};
use chrono::{Days, Local, NaiveTime, TimeZone, Utc};
use serde_json::json;

pub fn notifications(store: &mut Store, action: Option<NotificationsCommand>, limit: usize, json: bool) -> Result<()> {
    match action {
        None => {
            let history = store.notification_history(limit)?;
            output::emit(json, history.as_slice(), |h| {
                if h.is_empty() {
                    println!("{}", t!("cli-no-notifications"));
                }
                for n in h {
                    println!("{}  {:<7} {:<8} {}", &n.created_at[..16], n.status, n.reason.as_str(), n.title);
                }
            })
        }
        Some(NotificationsCommand::Pause { minutes, until_tomorrow: _ }) => {
            let until = match minutes {
                Some(m) => Utc::now().timestamp() + i64::from(m) * 60,
                None => tomorrow_morning(),
            };
            store.set_setting("notifications_paused_until", &until.to_string())?;
            let when = Local.timestamp_opt(until, 0).single().map(|t| t.format("%a %H:%M").to_string());
            output::emit(json, &json!({ "paused_until": until }), |_| {
                println!("{}", t!("cli-paused-until", when = when.unwrap_or_default()))
            })
        }
        Some(NotificationsCommand::Resume) => {
            store.set_setting("notifications_paused_until", "0")?;
            output::emit(json, &json!({ "paused_until": 0 }), |_| println!("{}", t!("cli-resumed")))
        }
    }
}

/// 07:00 tomorrow, local time, as unix seconds.
fn tomorrow_morning() -> i64 {
    let seven = NaiveTime::from_hms_opt(7, 0, 0).unwrap_or_default();
    let day = Local::now().date_naive().checked_add_days(Days::new(1)).unwrap_or_default();
    Local.from_local_datetime(&day.and_time(seven)).earliest().map_or(0, |t| t.timestamp())
}

pub fn rules(store: &mut Store, action: Option<RulesCommand>, json: bool) -> Result<()> {
    match action {
        Some(RulesCommand::Category { name, rule }) => store.set_category_rule(&name, rule.parse()?)?,
        Some(RulesCommand::Feed { id, rule }) => {
            let rule = if rule == "inherit" { None } else { Some(rule.parse::<Rule>()?) };
            store.set_feed_rule(FeedId(id), rule)?
        }
        None => {}
    }
    let rules = store.notification_rules()?;
    output::emit(json, &rules, |r| {
        for c in &r.categories {
            println!("{:<20} {}", c.category, c.rule);
        }
        for f in r.feeds.iter().filter(|f| f.rule.is_some()) {
            println!("  feed {:>4} {:<30} {}", f.feed_id, f.title, f.rule.map(|r| r.to_string()).unwrap_or_default());
        }
    })
}

pub fn settings(store: &mut Store, action: Option<SettingsCommand>, json: bool) -> Result<()> {
    if let Some(SettingsCommand::Set { key, value }) = action {
        store.set_setting(&key, &value)?;
    }
    let settings = store.settings()?;
    output::emit(json, &settings, |s| {
        if let Ok(serde_json::Value::Object(map)) = serde_json::to_value(s) {
            for (k, v) in map {
                println!("{k:<28} {v}");
            }
        }
    })
}
