//! What notifications need from the store: candidates for the decision, the
//! rules, the policy, and the history (which also says a story was notified).

use super::Store;
use crate::error::Result;
use crate::ids::{ArticleId, FeedId};
use crate::model::NewArticle;
use crate::notify::rules::{self, Candidate, Decision, Notification, Policy, Reason, Rule, Source};
use crate::time;
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

/// One line of the notification history (the bell list).
#[derive(Debug, Clone, Serialize)]
pub struct HistoryEntry {
    pub id: i64,
    pub article_id: ArticleId,
    pub story_id: i64,
    pub title: String,
    pub body: String,
    pub reason: Reason,
    /// "shown", "folded", "held", "digest" or "paused".
    pub status: String,
    pub created_at: String,
}

/// The notification rules as the settings screen shows them.
#[derive(Debug, Clone, Serialize)]
pub struct Rules {
    pub categories: Vec<CategoryRule>,
    pub feeds: Vec<FeedRule>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CategoryRule {
    pub category: String,
    pub rule: Rule,
}

#[derive(Debug, Clone, Serialize)]
pub struct FeedRule {
    pub feed_id: FeedId,
    pub title: String,
    pub category: Option<String>,
    /// `None`: the category's rule applies.
    pub rule: Option<Rule>,
}

impl Store {
    /// Decides what this sync's new articles notify and records it; the
    /// caller shows `shown`, `summary` and `digest`.
    pub fn decide_notifications(&mut self, new: &[NewArticle]) -> Result<Decision> {
        let now = time::now();
        let policy = self.policy()?;
        let candidates = self.candidates(new, now)?;
        let held = self.held()?;
        let local = chrono::Local::now().time();
        let decision = rules::decide(&candidates, &held, &policy, now, local);
        self.record(&decision, now)?;
        Ok(decision)
    }

    pub fn policy(&self) -> Result<Policy> {
        let s = self.settings()?;
        Ok(Policy {
            keywords: s.keywords(),
            quiet_hours: s.quiet_hours.parse().ok(),
            paused_until: (s.notifications_paused_until > 0).then_some(s.notifications_paused_until),
            min_sources: s.breaking_min_sources as usize,
            burst_secs: i64::from(s.breaking_window_minutes) * 60,
            lang: crate::i18n::resolve(&s.language),
        })
    }

    fn candidates(&self, new: &[NewArticle], now: i64) -> Result<Vec<Candidate>> {
        let conn = self.conn();
        let mut out = Vec::new();
        for a in new.iter().filter(|a| rules::eligible(a.backlog, a.published.timestamp(), now)) {
            let row: Option<(i64, String)> = conn
                .prepare_cached(
                    "SELECT COALESCE(a.story_id, a.id), COALESCE(f.notify, c.notify, 'off')
                     FROM articles a JOIN feeds f ON f.id = a.feed_id LEFT JOIN categories c ON c.id = f.category_id
                     WHERE a.id = ?1 AND a.hidden = 0 AND f.muted = 0",
                )?
                .query_row([a.id], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            let Some((story_id, rule)) = row else { continue };
            out.push(Candidate {
                article_id: a.id,
                story_id,
                feed_id: a.feed_id,
                title: a.title.clone(),
                summary: a.summary.clone(),
                published: a.published.timestamp(),
                backlog: a.backlog,
                rule: rule.parse().unwrap_or(Rule::Off),
                story: story_sources(conn, story_id)?,
                story_notified: notified(conn, story_id)?,
                filter_notify: a.notify,
            });
        }
        Ok(out)
    }

    fn held(&self) -> Result<Vec<Notification>> {
        let mut stmt = self
            .conn()
            .prepare_cached(&format!("SELECT {NOTE_COLUMNS} FROM notifications WHERE status = 'held' ORDER BY id"))?;
        let rows = stmt.query_map([], note)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn record(&mut self, d: &Decision, now: i64) -> Result<()> {
        let groups = [("shown", &d.shown), ("folded", &d.folded), ("held", &d.held), ("paused", &d.paused)];
        if groups.iter().all(|(_, notes)| notes.is_empty()) && d.digest.is_none() {
            return Ok(());
        }
        let tx = self.write()?;
        if d.digest.is_some() {
            tx.execute("UPDATE notifications SET status = 'digest' WHERE status = 'held'", [])?;
        }
        {
            let mut insert = tx.prepare_cached(
                "INSERT INTO notifications (article_id, story_id, title, body, reason, status, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?;
            for (status, notes) in groups {
                for n in notes.iter() {
                    insert.execute(params![
                        n.article_id,
                        n.story_id,
                        n.title,
                        n.body,
                        n.reason.as_str(),
                        status,
                        now
                    ])?;
                }
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// The newest notifications first.
    pub fn notification_history(&self, limit: usize) -> Result<Vec<HistoryEntry>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT id, status, created_at, {NOTE_COLUMNS} FROM notifications ORDER BY created_at DESC, id LIMIT ?1"
        ))?;
        let rows = stmt.query_map([limit as i64], |r| {
            let n = note_at(r, 3)?;
            Ok(HistoryEntry {
                id: r.get(0)?,
                status: r.get(1)?,
                created_at: time::to_datetime(r.get(2)?).to_rfc3339(),
                article_id: n.article_id,
                story_id: n.story_id,
                title: n.title,
                body: n.body,
                reason: n.reason,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn notification_rules(&self) -> Result<Rules> {
        let conn = self.conn();
        let categories = conn
            .prepare_cached("SELECT name, notify FROM categories ORDER BY position, name")?
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
            .map(|r| r.map(|(category, rule)| CategoryRule { category, rule: rule.parse().unwrap_or(Rule::Off) }))
            .collect::<Result<_, _>>()?;
        let feeds = conn
            .prepare_cached(
                "SELECT f.id, COALESCE(NULLIF(f.title, ''), f.url), c.name, f.notify
                 FROM feeds f LEFT JOIN categories c ON c.id = f.category_id ORDER BY c.position, f.title, f.id",
            )?
            .query_map([], |r| {
                let rule: Option<String> = r.get(3)?;
                Ok(FeedRule {
                    feed_id: r.get(0)?,
                    title: r.get(1)?,
                    category: r.get(2)?,
                    rule: rule.and_then(|s| s.parse().ok()),
                })
            })?
            .collect::<Result<_, _>>()?;
        Ok(Rules { categories, feeds })
    }

    pub fn set_category_rule(&mut self, category: &str, rule: Rule) -> Result<()> {
        let tx = self.write()?;
        let n = tx.execute("UPDATE categories SET notify = ?2 WHERE name = ?1", params![category, rule.to_string()])?;
        if n == 0 {
            return Err(crate::Error::CategoryNotFound(category.to_owned()));
        }
        tx.commit()?;
        Ok(())
    }

    /// `None` makes the feed follow its category again.
    pub fn set_feed_rule(&mut self, feed: FeedId, rule: Option<Rule>) -> Result<()> {
        let tx = self.write()?;
        let n = tx.execute("UPDATE feeds SET notify = ?2 WHERE id = ?1", params![feed, rule.map(|r| r.to_string())])?;
        if n == 0 {
            return Err(crate::Error::FeedNotFound(feed));
        }
        tx.commit()?;
        Ok(())
    }
}

const NOTE_COLUMNS: &str = "article_id, story_id, title, body, reason";

fn note(r: &rusqlite::Row<'_>) -> rusqlite::Result<Notification> {
    note_at(r, 0)
}

fn note_at(r: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<Notification> {
    let reason: String = r.get(at + 4)?;
    Ok(Notification {
        article_id: r.get(at)?,
        story_id: r.get(at + 1)?,
        title: r.get(at + 2)?,
        body: r.get(at + 3)?,
        reason: reason.parse().unwrap_or(Reason::Rule),
    })
}

fn story_sources(conn: &Connection, story_id: i64) -> Result<Vec<Source>> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.feed_id, COALESCE(NULLIF(f.title, ''), f.url), a.published_at
         FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE a.story_id = ?1 OR a.id = ?1 ORDER BY a.published_at",
    )?;
    let rows =
        stmt.query_map([story_id], |r| Ok(Source { feed_id: r.get(0)?, feed_title: r.get(1)?, published: r.get(2)? }))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn notified(conn: &Connection, story_id: i64) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM notifications WHERE story_id = ?1)")?
        .query_row([story_id], |r| r.get(0))?)
}
