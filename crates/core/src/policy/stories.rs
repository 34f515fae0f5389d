//! Whole stories: reading one report of a story reads its other reports
//! (the `read_story_together` setting, on by default), so the same news from
//! five outlets is read once.

use crate::error::Result;
use crate::ids::ArticleId;
use crate::store::Store;

/// Marks the article read or unread; marking it read also marks its story's
/// other reports read when the setting says so. Returns how many changed.
pub fn set_read(store: &mut Store, id: ArticleId, read: bool) -> Result<usize> {
    store.set_read(id, read)?;
    if read && store.settings()?.read_story_together {
        return Ok(1 + store.set_story_read(id, true)?);
    }
    Ok(1)
}
