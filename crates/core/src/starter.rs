//! The starter set offered on a new database: real public feeds of major
//! outlets, one folder per default category, kept as OPML so it goes through
//! the same import path as a user's own file.

use crate::error::Result;
use crate::opml::{self, OpmlFeed};

pub const STARTER_OPML: &str = include_str!("../starter.opml");

pub fn starter_feeds() -> Result<Vec<OpmlFeed>> {
    opml::parse(STARTER_OPML)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_category_has_feeds() {
        let feeds = starter_feeds().unwrap();
        for cat in ["World News", "Business", "Politics", "Latest news"] {
            let n = feeds.iter().filter(|f| f.category.as_deref() == Some(cat)).count();
            assert!(n >= 3, "{cat}: {n} feeds");
        }
        assert!(feeds.iter().all(|f| f.url.starts_with("http")));
    }
}
