//! How a feed's items arrive: their dates, and whether they count as unread.
//!
//! Every item of a feed's document is stored, whatever its age — a blog that
//! last posted in spring, a podcast's back catalogue. But a new subscription
//! can bring years of backlog, and "2,000 unread" says nothing. So an item
//! already older than [`UNREAD_MAX_AGE_DAYS`] when Bulletin first sees it
//! arrives read: it is listed, searchable and in the archive, and unread
//! counts keep meaning "news you have not seen". Such items are not news, so
//! they are not grouped into stories or considered for notifications either.

use crate::parsed::ParsedEntry;
use chrono::{DateTime, Duration, Utc};

/// Items published longer ago than this when first seen arrive read.
pub const UNREAD_MAX_AGE_DAYS: i64 = 14;

/// True when an item published at `published` and first seen at `seen_at` is backlog, not news.
pub fn arrives_read(published: DateTime<Utc>, seen_at: DateTime<Utc>) -> bool {
    published < seen_at - Duration::days(UNREAD_MAX_AGE_DAYS)
}

/// The date each entry is stored with, in document order.
///
/// A dated item keeps its date. An item without a readable date is new when a
/// later fetch brings it, so it is dated when first seen. On a feed's first
/// fetch, though, the undated items are the feed's past: they are placed just
/// below the oldest dated item of the document (never above news that is
/// dated), in document order; a document that dates nothing counts down from
/// the fetch time, one second per item, so the list keeps the feed's order.
pub fn dates(entries: &[ParsedEntry], first_fetch: bool, fetched_at: DateTime<Utc>) -> Vec<DateTime<Utc>> {
    let oldest_dated = entries.iter().filter_map(|e| e.published).min();
    let top = match oldest_dated {
        Some(oldest) if first_fetch => oldest - Duration::seconds(1),
        _ => fetched_at,
    };
    let mut undated = 0;
    entries
        .iter()
        .map(|e| {
            e.published.unwrap_or_else(|| {
                undated += 1;
                top - Duration::seconds(undated - 1)
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(published: Option<&str>) -> ParsedEntry {
        ParsedEntry {
            guid: String::new(),
            url: None,
            title: String::new(),
            author: None,
            summary: String::new(),
            content_html: String::new(),
            body_text: String::new(),
            published: published.map(|p| p.parse().unwrap()),
            enclosures: Vec::new(),
            image: None,
            lang: None,
            signature: String::new(),
        }
    }

    fn now() -> DateTime<Utc> {
        "2026-11-25T12:00:00Z".parse().unwrap()
    }

    #[test]
    fn undated_items_of_a_first_fetch_sit_below_the_dated_ones() {
        let entries =
            [entry(None), entry(Some("2010-09-25T01:30:00Z")), entry(None), entry(Some("2012-01-01T00:00:00Z"))];
        let dates = dates(&entries, true, now());
        assert_eq!(dates[1].to_rfc3339(), "2010-09-25T01:30:00+00:00");
        assert_eq!(dates[0].to_rfc3339(), "2010-09-25T01:29:59+00:00");
        assert_eq!(dates[2].to_rfc3339(), "2010-09-25T01:29:58+00:00");
    }

    #[test]
    fn a_document_without_dates_keeps_its_order_from_the_fetch_time() {
        let dates = dates(&[entry(None), entry(None)], true, now());
        assert_eq!(dates, [now(), now() - Duration::seconds(1)]);
    }

    #[test]
    fn an_undated_item_on_a_later_fetch_is_new() {
        let dates = dates(&[entry(None), entry(Some("2010-09-25T01:30:00Z"))], false, now());
        assert_eq!(dates[0], now());
    }

    #[test]
    fn old_items_arrive_read_recent_ones_unread() {
        assert!(arrives_read(now() - Duration::days(15), now()));
        assert!(!arrives_read(now() - Duration::days(13), now()));
    }
}
