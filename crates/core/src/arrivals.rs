//! What a sync keeps of the new articles it stores, as they are stored: their
//! ids, the few that may notify, and those waiting to be grouped into stories
//! (a bounded group, matched when full). Feeds and server accounts both bring
//! their new articles here, so a sync of hundreds of thousands of articles
//! holds their ids, not their text.

use crate::error::Result;
use crate::ids::ArticleId;
use crate::model::NewArticle;
use crate::notify::{Decision, rules};
use crate::store::{BackgroundCheckpoints, Store, StoryGroups, Tuning};

pub struct Arrivals {
    ids: Vec<ArticleId>,
    stories: StoryGroups,
    /// Recent news, not backlog: a handful, whatever the sync's size.
    may_notify: Vec<NewArticle>,
    /// When the sync started: what is older than the notification rules allow is not kept.
    now: i64,
    /// The store tuned for bulk writes (`store/bulk.rs`), with the log
    /// checkpointed on another thread, from the first page of new articles
    /// on (`add_all`): a sync with nothing new pays nothing for it (a quiet
    /// account sync took 7 ms longer with a bigger page cache to fill).
    bulk: Option<(Tuning, Option<BackgroundCheckpoints>)>,
}

impl Arrivals {
    pub fn new(now: i64) -> Arrivals {
        Arrivals { ids: Vec::new(), stories: StoryGroups::default(), may_notify: Vec::new(), now, bulk: None }
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
    /// stories once they make a full group. Returns how many it took.
    /// The first page that brings any tunes the store for the pages after
    /// it; `end_bulk` gives the tuning back.
    pub(crate) fn add_all(&mut self, store: &mut Store, new: Vec<NewArticle>) -> Result<usize> {
        if self.bulk.is_none() && !new.is_empty() {
            self.bulk = Some((store.tune_for_bulk_writes()?, store.checkpoint_in_background()));
        }
        let taken = new.len();
        for a in new {
            self.add(a);
            if self.stories.full() {
                store.group_stories(&mut self.stories)?;
            }
        }
        Ok(taken)
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
        self.end_bulk(store)?;
        store.group_stories(&mut self.stories)?;
        let decision = store.decide_notifications(&self.may_notify)?;
        Ok((self.ids, decision))
    }

    /// Gives back the store's tuning for bulk writes, if `add_all` took it;
    /// run on every way out of a sync that stores pages with `add_all`.
    pub(crate) fn end_bulk(&mut self, store: &mut Store) -> Result<()> {
        match self.bulk.take() {
            Some((tuning, checkpoints)) => {
                drop(checkpoints); // the thread stops before the log is cut back
                store.restore(tuning)
            }
            None => Ok(()),
        }
    }

    /// Like `finish`, for a sync that grouped its last articles itself.
    pub(crate) fn decide(self, store: &mut Store) -> Result<(Vec<ArticleId>, Decision)> {
        let decision = store.decide_notifications(&self.may_notify)?;
        Ok((self.ids, decision))
    }
}
