//! What a sync keeps of the new articles it stores, as they are stored: their
//! ids, the few that may notify, and those waiting to be grouped into stories
//! (a bounded group, matched when full). Feeds and server accounts both bring
//! their new articles here, so a sync of hundreds of thousands of articles
//! holds their ids, not their text.

use crate::error::Result;
use crate::ids::ArticleId;
use crate::model::NewArticle;
use crate::notify::{Decision, rules};
use crate::store::{Store, StoryGroups};

pub struct Arrivals {
    ids: Vec<ArticleId>,
    stories: StoryGroups,
    /// Recent news, not backlog: a handful, whatever the sync's size.
    may_notify: Vec<NewArticle>,
    /// When the sync started: what is older than the notification rules allow is not kept.
    now: i64,
}

impl Arrivals {
    pub fn new(now: i64) -> Arrivals {
        Arrivals { ids: Vec::new(), stories: StoryGroups::default(), may_notify: Vec::new(), now }
    }

    /// Takes a new article, stored already. Backlog, what arrived read and
    /// what a filter hides notify nothing, but news may join their stories.
    pub(crate) fn add(&mut self, a: NewArticle) {
        self.ids.push(a.id);
        self.stories.add(&a);
        if !(a.arrived_read || a.hidden) && rules::eligible(a.backlog, a.published.timestamp(), self.now) {
            self.may_notify.push(a);
        }
    }

    /// Takes a page of new articles, and groups the waiting ones into
    /// stories once they make a full group. Returns how many joined a story.
    pub(crate) fn add_all(&mut self, store: &mut Store, new: Vec<NewArticle>) -> Result<usize> {
        let mut joined = 0;
        for a in new {
            self.add(a);
            if self.stories.full() {
                joined += store.group_stories(&mut self.stories)?;
            }
        }
        Ok(joined)
    }

    /// The articles waiting for their stories, for a sync that matches them
    /// beside its own writes (see `Batch::start_stories`).
    pub(crate) fn stories(&mut self) -> &mut StoryGroups {
        &mut self.stories
    }

    /// How many new articles so far.
    pub fn count(&self) -> usize {
        self.ids.len()
    }

    /// Groups what still waits into stories, then lets the notification rules
    /// decide on the news (recorded in the history). Returns the new articles' ids.
    pub(crate) fn finish(mut self, store: &mut Store) -> Result<(Vec<ArticleId>, Decision)> {
        store.group_stories(&mut self.stories)?;
        let decision = store.decide_notifications(&self.may_notify)?;
        Ok((self.ids, decision))
    }

    /// Like `finish`, for a sync that grouped its last articles itself.
    pub(crate) fn decide(self, store: &mut Store) -> Result<(Vec<ArticleId>, Decision)> {
        let decision = store.decide_notifications(&self.may_notify)?;
        Ok((self.ids, decision))
    }
}
