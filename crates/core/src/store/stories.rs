//! Story ids for new articles, computed against the articles around them.
//!
//! A sync groups its new articles as they are stored, a bounded group at a
//! time ([`StoryGroups`]). Each group is matched against a window: the newest
//! articles around it, from the file for what was stored before the sync and
//! from memory for what this sync grouped already. Reading that part back
//! from the file cost a random page read per article (a tenth of a first sync
//! of 2,000 feeds, and a share that grew with the import).

use super::Store;
use crate::error::Result;
use crate::model::NewArticle;
use crate::story::{self, Candidate, WINDOW_SECS};
use rusqlite::{Connection, params};
use std::thread::JoinHandle;

/// Articles stored before a group that it is matched against: the newest
/// this many of the window around it. A usual sync's window holds far fewer;
/// a first sync of thousands of feeds would otherwise match each group of
/// new articles against everything stored so far (quadratic time, and memory
/// growing with the import).
const WINDOW_ARTICLES: usize = 10_000;

/// New articles grouped into stories at once when this many are waiting:
/// memory stays bounded on a first sync of thousands of feeds.
const GROUP_ARTICLES: usize = 10_000;

impl Store {
    /// Clusters the articles in `new` (just stored): the news among them joins
    /// stories; what arrived read or hidden is there to be joined. Returns how
    /// many joined an existing story.
    pub fn cluster(&mut self, new: &[NewArticle]) -> Result<usize> {
        let mut groups = StoryGroups::default();
        let mut joined = 0;
        for a in new {
            groups.add(a);
            if groups.full() {
                joined += self.group_stories(&mut groups)?;
            }
        }
        Ok(joined + self.group_stories(&mut groups)?)
    }

    /// Groups the articles waiting in `groups` into stories, in a write of
    /// its own; returns how many joined a story.
    pub(crate) fn group_stories(&mut self, groups: &mut StoryGroups) -> Result<usize> {
        let tx = self.write()?;
        let joined = match groups.start(&tx)? {
            Some(matching) => groups.finish(&tx, matching)?,
            None => 0,
        };
        tx.commit()?;
        Ok(joined)
    }
}

/// One sync's new articles on their way into stories.
///
/// An article whose `story_id` is NULL is a story of its own (id = its own
/// id), so only articles that join another story are written.
pub(crate) struct StoryGroups {
    /// Stored, not grouped yet. News has no story yet; what arrived read or
    /// hidden is a story of its own that news may join.
    waiting: Vec<Candidate>,
    news: usize,
    /// The newest `WINDOW_ARTICLES` of this sync's grouped articles, with their stories.
    grouped: Vec<Candidate>,
    /// This sync's first new article: what the file holds below it came before the sync.
    first: i64,
    /// Waiting articles that make a group (`GROUP_ARTICLES`; tests use fewer).
    group_size: usize,
}

impl Default for StoryGroups {
    fn default() -> Self {
        StoryGroups { waiting: Vec::new(), news: 0, grouped: Vec::new(), first: i64::MAX, group_size: GROUP_ARTICLES }
    }
}

/// What matching gives: the group's news as `(article id, story id)`, and
/// the group and its window, each with its story.
type Matched = (Vec<(i64, i64)>, Vec<Candidate>);

/// Story matching running on another thread.
pub(crate) struct Matching {
    thread: JoinHandle<Matched>,
    /// The group's first article: those from it on are the group, the rest its window.
    group_from: i64,
}

impl Matching {
    pub(crate) fn is_finished(&self) -> bool {
        self.thread.is_finished()
    }
}

impl StoryGroups {
    #[cfg(test)]
    fn with_group_size(group_size: usize) -> StoryGroups {
        StoryGroups { group_size, ..StoryGroups::default() }
    }

    /// Takes a newly stored article.
    pub(crate) fn add(&mut self, a: &NewArticle) {
        let news = !(a.arrived_read || a.hidden);
        self.news += usize::from(news);
        self.first = self.first.min(a.id.0);
        self.waiting.push(Candidate {
            id: a.id.0,
            feed_id: a.feed_id.0,
            published: a.published.timestamp(),
            story_id: if news { None } else { Some(a.id.0) },
            signature: a.signature.clone(),
        });
    }

    /// Enough articles wait to make a group.
    pub(crate) fn full(&self) -> bool {
        self.waiting.len() >= self.group_size
    }

    /// Starts matching the waiting group against its window on another
    /// thread; `None` when it has no news (it only joins the window).
    pub(crate) fn start(&mut self, conn: &Connection) -> Result<Option<Matching>> {
        let group = std::mem::take(&mut self.waiting);
        if std::mem::take(&mut self.news) == 0 {
            self.remember(group);
            return Ok(None);
        }
        let group_from = group.iter().map(|c| c.id).min().unwrap_or(i64::MAX);
        let lo = group.iter().map(|c| c.published).min().unwrap_or(0) - WINDOW_SECS;
        let hi = group.iter().map(|c| c.published).max().unwrap_or(0) + WINDOW_SECS;
        let mut window: Vec<Candidate> = conn
            .prepare_cached(
                "SELECT id, feed_id, published_at, COALESCE(story_id, id), signature FROM articles
                 WHERE id < ?3 AND published_at BETWEEN ?1 AND ?2
                 ORDER BY published_at DESC, id DESC LIMIT ?4",
            )?
            .query_map(params![lo, hi, self.first, WINDOW_ARTICLES as i64], |r| {
                Ok(Candidate {
                    id: r.get(0)?,
                    feed_id: r.get(1)?,
                    published: r.get(2)?,
                    story_id: Some(r.get(3)?),
                    signature: r.get(4)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        window.extend(self.grouped.iter().filter(|c| (lo..=hi).contains(&c.published)).cloned());
        newest(&mut window, WINDOW_ARTICLES);
        window.extend(group);
        let thread = std::thread::Builder::new().name("stories".into()).spawn(move || {
            let assigned = story::assign(&mut window);
            (assigned, window)
        })?;
        Ok(Some(Matching { thread, group_from }))
    }

    /// Waits for the matching and writes the story ids of the articles that
    /// joined one; returns how many did.
    pub(crate) fn finish(&mut self, conn: &Connection, matching: Matching) -> Result<usize> {
        let (assigned, matched) = matching.thread.join().map_err(|_| crate::invalid!("err-story-matching"))?;
        let mut update = conn.prepare_cached("UPDATE articles SET story_id = ?2 WHERE id = ?1")?;
        let mut joined = 0;
        for (id, story) in assigned.into_iter().filter(|(id, story)| id != story) {
            joined += 1;
            update.execute(params![id, story])?;
        }
        // New rows get ids above every stored one, so the group is what comes
        // from its first article on; its window is in the file or kept already.
        self.remember(matched.into_iter().filter(|c| c.id >= matching.group_from).collect());
        Ok(joined)
    }

    /// Keeps the newest of this sync's grouped articles for the next group's window.
    fn remember(&mut self, group: Vec<Candidate>) {
        self.grouped.extend(group);
        newest(&mut self.grouped, WINDOW_ARTICLES);
    }
}

/// Keeps the `n` newest of `items` (by publication, then id), in no particular order.
fn newest(items: &mut Vec<Candidate>, n: usize) {
    if items.len() > n {
        items.select_nth_unstable_by_key(n, |c| std::cmp::Reverse((c.published, c.id)));
        items.truncate(n);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fetch::Validators;
    use crate::ids::{ArticleId, FeedId};
    use crate::parsed::{ParsedEntry, ParsedFeed};
    use crate::store::{FetchMeta, NewFeed};

    fn entry(guid: &str, title: &str, minutes_ago: i64) -> ParsedEntry {
        ParsedEntry {
            guid: guid.into(),
            url: None,
            title: title.into(),
            author: None,
            summary: String::new(),
            content_html: String::new(),
            body_text: String::new(),
            published: Some(chrono::Utc::now() - chrono::Duration::minutes(minutes_ago)),
            enclosures: Vec::new(),
            image: None,
            lang: None,
            signature: story::signature(title, ""),
        }
    }

    /// Stores the headlines as one feed's document; returns its new articles.
    fn stored(store: &mut Store, feed: &str, titles: &[&str]) -> Vec<NewArticle> {
        let id: FeedId = store
            .add_feed(&NewFeed {
                url: format!("https://{feed}.example/feed"),
                title: feed.into(),
                site_url: None,
                category: None,
            })
            .unwrap();
        let entries = titles.iter().enumerate().map(|(i, t)| entry(&format!("{feed}-{i}"), t, 10 + i as i64)).collect();
        let parsed = ParsedFeed { title: None, site_url: None, entries, update_minutes: None };
        let now = crate::time::now();
        let meta = FetchMeta {
            validators: Validators::default(),
            moved_to: None,
            fetched_at: now,
            next_fetch_at: now + 3600,
            hint_minutes: None,
        };
        store.record_fetched(id, &parsed, &meta).unwrap()
    }

    fn group(store: &mut Store, groups: &mut StoryGroups, new: &[NewArticle]) -> usize {
        new.iter().for_each(|a| groups.add(a));
        assert!(groups.full(), "the test's groups are full");
        let tx = store.write().unwrap();
        let matching = groups.start(&tx).unwrap().expect("the group has news");
        let joined = groups.finish(&tx, matching).unwrap();
        tx.commit().unwrap();
        joined
    }

    fn story_of(store: &Store, id: ArticleId) -> i64 {
        store.article(id).unwrap().story_id
    }

    #[test]
    fn a_group_joins_a_story_from_an_earlier_group_of_the_same_sync() {
        let mut store = Store::open_in_memory().unwrap();
        let mut groups = StoryGroups::with_group_size(3);
        let first = stored(
            &mut store,
            "harbour",
            &[
                "Harbour fire forces evacuation of Rotterdam port district",
                "Orchestra announces winter season",
                "Rail strike called off",
            ],
        );
        assert_eq!(group(&mut store, &mut groups, &first), 0, "nothing before the first group to join");
        let second = stored(
            &mut store,
            "wire",
            &[
                "Rotterdam port district evacuated as harbour fire spreads",
                "Chess prodigy wins open",
                "Bakery chain expands north",
            ],
        );
        // The file's window is what came before the sync (nothing here): the
        // match comes from the groups kept in memory.
        assert_eq!(group(&mut store, &mut groups, &second), 1);
        assert_eq!(story_of(&store, second[0].id), first[0].id.0);
        assert_eq!(story_of(&store, second[1].id), second[1].id.0, "an unrelated headline stays its own story");
    }

    #[test]
    fn what_arrived_read_is_there_to_be_joined_but_joins_nothing() {
        let mut store = Store::open_in_memory().unwrap();
        let mut old = stored(&mut store, "archive", &["Parliament approves the harbour budget after long night"]);
        old[0].arrived_read = true;
        let new = stored(&mut store, "daily", &["Harbour budget approved by parliament after long night"]);
        let mut groups = StoryGroups::with_group_size(2);
        assert_eq!(group(&mut store, &mut groups, &[old[0].clone(), new[0].clone()]), 1);
        assert_eq!(story_of(&store, new[0].id), old[0].id.0);
        assert_eq!(story_of(&store, old[0].id), old[0].id.0);
    }

    #[test]
    fn the_window_kept_in_memory_is_the_newest_articles() {
        let c = |id, published| Candidate { id, feed_id: 1, published, story_id: Some(id), signature: String::new() };
        let mut items = vec![c(1, 50), c(2, 10), c(3, 40), c(4, 40), c(5, 30)];
        newest(&mut items, 3);
        let mut kept: Vec<i64> = items.iter().map(|c| c.id).collect();
        kept.sort();
        assert_eq!(kept, [1, 3, 4]);
        newest(&mut items, 5);
        assert_eq!(items.len(), 3, "fewer than asked: all kept");
    }
}
