//! The article row shared by every listing, and local-time day ranges.

use crate::error::Result;
use crate::model::Article;
use crate::time::to_datetime;
use chrono::{Local, NaiveDate, TimeZone};
use rusqlite::Row;

pub const ARTICLE_COLUMNS: &str = "a.id, a.feed_id, f.title, c.name, a.title, a.url, a.author, a.published_at,
    a.read, s.article_id IS NOT NULL, a.summary, COALESCE(a.story_id, a.id),
    (SELECT COUNT(DISTINCT st.feed_id) FROM articles st
     WHERE st.story_id = COALESCE(a.story_id, a.id) OR st.id = COALESCE(a.story_id, a.id)),
    a.image_url, f.account_id, a.lang";

pub const ARTICLE_JOINS: &str = "JOIN feeds f ON f.id = a.feed_id
    LEFT JOIN categories c ON c.id = f.category_id
    LEFT JOIN saved s ON s.article_id = a.id";

pub fn article_row(r: &Row<'_>) -> rusqlite::Result<Article> {
    Ok(Article {
        id: r.get(0)?,
        feed_id: r.get(1)?,
        feed_title: r.get(2)?,
        category: r.get(3)?,
        title: r.get(4)?,
        url: r.get(5)?,
        author: r.get(6)?,
        published: to_datetime(r.get(7)?),
        read: r.get(8)?,
        saved: r.get(9)?,
        summary: r.get(10)?,
        story_id: r.get(11)?,
        story_sources: r.get::<_, i64>(12)?.max(1),
        image: r.get(13)?,
        account: r.get(14)?,
        lang: r.get(15)?,
    })
}

/// Unix seconds of local midnight starting `day`.
pub fn local_midnight(day: NaiveDate) -> Result<i64> {
    let naive = day.and_hms_opt(0, 0, 0).ok_or_else(|| crate::invalid!("err-bad-day", day = day.to_string()))?;
    Local
        .from_local_datetime(&naive)
        .earliest()
        .map(|t| t.timestamp())
        .ok_or_else(|| crate::invalid!("err-day-no-midnight", day = day.to_string()))
}

/// `[start, end)` in unix seconds for one local calendar day.
pub fn day_range(day: NaiveDate) -> Result<(i64, i64)> {
    let next = day.succ_opt().ok_or_else(|| crate::invalid!("err-bad-day", day = day.to_string()))?;
    Ok((local_midnight(day)?, local_midnight(next)?))
}

/// `[start, end)` for a month given as `YYYY-MM`.
pub fn month_range(month: &str) -> Result<(i64, i64)> {
    let bad = || crate::invalid!("err-bad-month", value = month.to_owned());
    let first = NaiveDate::parse_from_str(&format!("{}-01", month.trim()), "%Y-%m-%d").map_err(|_| bad())?;
    let next = first.checked_add_months(chrono::Months::new(1)).ok_or_else(bad)?;
    Ok((local_midnight(first)?, local_midnight(next)?))
}
