//! The notification decision: a pure function of one sync's new articles (as
//! candidates the store assembled), what is waiting from quiet hours, the
//! policy and the clock. No I/O, so every rule is unit-tested below.

use super::marker::has_marker;
use super::quiet::QuietHours;
use super::words;
use crate::error::{Error, Result};
use crate::ids::{ArticleId, FeedId};
use crate::tr;
use chrono::NaiveTime;
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::str::FromStr;

/// What a category or feed notifies about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    Off,
    Breaking,
    /// Every new article.
    All,
}

impl FromStr for Rule {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        match s {
            "off" => Ok(Rule::Off),
            "breaking" => Ok(Rule::Breaking),
            "all" => Ok(Rule::All),
            _ => Err(crate::invalid!("err-rule-mode", value = s.to_owned())),
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Rule::Off => "off",
            Rule::Breaking => "breaking",
            Rule::All => "all",
        })
    }
}

/// Why an article notifies; the order is the priority when the cap bites.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// "BREAKING:" and the like at the start of the headline.
    Marker,
    /// Enough distinct feeds published the story within the burst window.
    Sources,
    /// The headline matches one of the user's keywords.
    Keyword,
    /// The feed or category notifies every new article.
    Rule,
}

impl Reason {
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Marker => "marker",
            Reason::Sources => "sources",
            Reason::Keyword => "keyword",
            Reason::Rule => "rule",
        }
    }

    fn is_breaking(self) -> bool {
        matches!(self, Reason::Marker | Reason::Sources)
    }
}

impl FromStr for Reason {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        [Reason::Marker, Reason::Sources, Reason::Keyword, Reason::Rule]
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| crate::invalid!("err-notification-reason", value = s.to_owned()))
    }
}

/// The user's settings that shape notifications.
#[derive(Debug, Clone)]
pub struct Policy {
    pub keywords: Vec<String>,
    pub quiet_hours: Option<QuietHours>,
    /// Unix seconds; nothing pops up before then.
    pub paused_until: Option<i64>,
    /// Distinct feeds that make a story breaking…
    pub min_sources: usize,
    /// …when they publish it within this many seconds.
    pub burst_secs: i64,
    /// The language notifications speak (see `i18n`).
    pub lang: &'static str,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            keywords: Vec::new(),
            quiet_hours: None,
            paused_until: None,
            min_sources: 3,
            burst_secs: 90 * 60,
            lang: "en",
        }
    }
}

/// Older news is not news: nothing published longer ago than this notifies.
pub const MAX_AGE_SECS: i64 = 6 * 3600;
/// Pop-ups per sync; the rest fold into one summary.
pub const MAX_PER_SYNC: usize = 3;

/// Whether a new article can notify at all; the store checks this before it
/// gathers the rest of a candidate, so a feed's backlog costs nothing.
pub fn eligible(backlog: bool, published: i64, now: i64) -> bool {
    !backlog && published >= now - MAX_AGE_SECS
}

/// One article of a story, as far as counting sources goes.
#[derive(Debug, Clone)]
pub struct Source {
    pub feed_id: FeedId,
    pub feed_title: String,
    pub published: i64,
}

/// A new article of this sync, with what the decision needs to know about it.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub article_id: ArticleId,
    pub story_id: i64,
    pub feed_id: FeedId,
    pub title: String,
    pub summary: String,
    pub published: i64,
    /// From the feed's first successful fetch: its backlog, never notified.
    pub backlog: bool,
    /// The feed's rule, or else its category's.
    pub rule: Rule,
    /// Every article of the story so far, this one included.
    pub story: Vec<Source>,
    /// The story was notified (or decided on) before.
    pub story_notified: bool,
    /// One of the user's filters asks to be notified of it (a keyword alert).
    pub filter_notify: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Notification {
    pub article_id: ArticleId,
    pub story_id: i64,
    /// The headline, plain text.
    pub title: String,
    /// The sources, a newline, the first sentence; plain text.
    pub body: String,
    pub reason: Reason,
}

/// One notification standing for several ("5 more breaking stories").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub title: String,
    pub body: String,
    pub count: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Decision {
    /// Pop up now, most important first.
    pub shown: Vec<Notification>,
    /// Over the cap: counted in `summary`, kept in the history.
    pub folded: Vec<Notification>,
    pub summary: Option<Summary>,
    /// Quiet hours: kept for the digest.
    pub held: Vec<Notification>,
    /// Paused: recorded, never shown.
    pub paused: Vec<Notification>,
    /// What quiet hours held, now that they are over.
    pub digest: Option<Summary>,
    /// The language its texts and buttons speak.
    #[serde(skip)]
    pub lang: &'static str,
}

impl Decision {
    /// Everything that pops up: the notifications, the summary, the digest.
    pub fn popups(&self) -> usize {
        self.shown.len() + usize::from(self.summary.is_some()) + usize::from(self.digest.is_some())
    }

    /// Adds what a later decision of the same sync decided (a server
    /// account's articles after the local feeds'); one summary stands for both.
    pub fn merge(&mut self, other: Decision) {
        self.shown.extend(other.shown);
        self.folded.extend(other.folded);
        self.held.extend(other.held);
        self.paused.extend(other.paused);
        self.summary = match (self.summary.take(), other.summary) {
            (Some(mut a), Some(b)) => {
                a.count += b.count;
                Some(a)
            }
            (a, b) => a.or(b),
        };
        self.digest = self.digest.take().or(other.digest);
    }

    /// Nothing was decided at all (nothing to show, hold or record).
    pub fn is_empty(&self) -> bool {
        self.popups() == 0 && self.folded.is_empty() && self.held.is_empty() && self.paused.is_empty()
    }
}

/// Decides what one sync notifies. `held` is what quiet hours kept earlier;
/// `local` is the wall-clock time where the user is.
pub fn decide(
    candidates: &[Candidate],
    held: &[Notification],
    policy: &Policy,
    now: i64,
    local: NaiveTime,
) -> Decision {
    // One per story: the strongest reason wins, then the earliest report.
    let mut best: HashMap<i64, (Reason, &Candidate)> = HashMap::new();
    for c in candidates {
        if !eligible(c.backlog, c.published, now) || c.story_notified {
            continue;
        }
        let Some(reason) = reason(c, policy) else { continue };
        let better =
            |(r, o): &(Reason, &Candidate)| (reason, c.published, c.article_id) < (*r, o.published, o.article_id);
        if best.get(&c.story_id).is_none_or(better) {
            best.insert(c.story_id, (reason, c));
        }
    }
    let mut picked: Vec<(Reason, &Candidate)> = best.into_values().collect();
    picked.sort_by_key(|(r, c)| (*r, std::cmp::Reverse(c.published), c.article_id));
    let mut notes: Vec<Notification> = picked.into_iter().map(|(r, c)| notification(c, r, policy.lang)).collect();

    let mut d = Decision { lang: policy.lang, ..Decision::default() };
    if policy.paused_until.is_some_and(|until| now < until) {
        d.paused = notes;
        return d;
    }
    if policy.quiet_hours.is_some_and(|q| q.contains(local)) {
        d.held = notes;
        return d;
    }
    if !held.is_empty() {
        d.digest = Some(digest(held, policy.lang));
    }
    if notes.len() > MAX_PER_SYNC {
        d.folded = notes.split_off(MAX_PER_SYNC);
        let n = d.folded.len();
        let title = if d.folded.iter().all(|f| f.reason.is_breaking()) {
            tr!(policy.lang, "notify-more-breaking", count = n)
        } else {
            tr!(policy.lang, "notify-more-stories", count = n)
        };
        d.summary = Some(Summary { title, body: headlines(&d.folded, policy.lang), count: n });
    }
    d.shown = notes;
    d
}

fn reason(c: &Candidate, policy: &Policy) -> Option<Reason> {
    if c.rule != Rule::Off {
        if has_marker(&c.title) {
            return Some(Reason::Marker);
        }
        if burst(c, policy.burst_secs) >= policy.min_sources.max(1) {
            return Some(Reason::Sources);
        }
    }
    if c.filter_notify || policy.keywords.iter().any(|k| words::contains_phrase(&c.title, k)) {
        return Some(Reason::Keyword);
    }
    (c.rule == Rule::All).then_some(Reason::Rule)
}

/// The most distinct feeds that published the story within one window
/// that includes this article.
fn burst(c: &Candidate, window: i64) -> usize {
    c.story
        .iter()
        .filter(|s| s.published <= c.published && s.published >= c.published - window)
        .map(|start| {
            let span = start.published..=start.published + window;
            c.story.iter().filter(|s| span.contains(&s.published)).map(|s| s.feed_id).collect::<HashSet<_>>().len()
        })
        .max()
        .unwrap_or(1)
}

fn notification(c: &Candidate, reason: Reason, lang: &str) -> Notification {
    // This article's feed first, then the others by who reported first.
    let mut story: Vec<&Source> = c.story.iter().collect();
    story.sort_by_key(|s| (s.feed_id != c.feed_id, s.published));
    let mut seen = HashSet::new();
    let names: Vec<&str> =
        story.into_iter().filter(|s| seen.insert(s.feed_id)).map(|s| s.feed_title.as_str()).collect();
    let sentence = words::first_sentence(&c.summary);
    let sources = words::sources(&names, lang);
    let body = if sentence.is_empty() { sources } else { format!("{sources}\n{sentence}") };
    Notification { article_id: c.article_id, story_id: c.story_id, title: c.title.clone(), body, reason }
}

fn digest(held: &[Notification], lang: &str) -> Summary {
    let n = held.len();
    Summary { title: tr!(lang, "notify-quiet-digest", count = n), body: headlines(held, lang), count: n }
}

/// Up to three headlines, one per line, and how many more.
fn headlines(notes: &[Notification], lang: &str) -> String {
    let mut lines: Vec<String> = notes.iter().take(3).map(|n| n.title.clone()).collect();
    if notes.len() > 3 {
        lines.push(tr!(lang, "notify-and-more", count = notes.len() - 3));
    }
    lines.join("\n")
}

#[cfg(test)]
#[path = "rules_tests.rs"]
mod tests;
