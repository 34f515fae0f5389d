//! When a feed is fetched again: the user's interval for that feed if set,
//! else the app-wide one — but never sooner than the feed itself (`<ttl>`,
//! `sy:updatePeriod`/`sy:updateFrequency`) or its server (`Cache-Control:
//! max-age`) asks, so a feed that changes daily is not polled every 15 minutes.

/// A hint is honoured up to a day: a feed saying "yearly" is still read daily.
const MAX_HINT_MINUTES: u32 = 24 * 60;

pub fn interval_minutes(everyone: u32, user: Option<u32>, hint: Option<u32>) -> u32 {
    match user {
        Some(u) => u.max(1),
        None => everyone.max(hint.unwrap_or(0).min(MAX_HINT_MINUTES)).max(1),
    }
}

/// True when a feed's next fetch has come — or its last fetch lies ahead of
/// now: the clock went back (a wrong clock corrected, a time zone mistake),
/// and waiting for the old schedule would leave the feed unread for as long
/// as the clock moved.
pub fn is_due(next_fetch_at: i64, last_fetched_at: Option<i64>, now: i64) -> bool {
    next_fetch_at <= now || last_fetched_at.is_some_and(|last| last > now)
}

/// The longer of what the feed and the server ask, in whole minutes.
pub fn hint_minutes(feed: Option<u32>, max_age_secs: Option<u32>) -> Option<u32> {
    let server = max_age_secs.filter(|&s| s > 0).map(|s| s.div_ceil(60));
    match (feed.filter(|&m| m > 0), server) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}

/// `sy:updatePeriod` / `sy:updateFrequency` (RSS 1.0's syndication module,
/// common in RSS 2.0 too): the period divided by the frequency, in minutes.
pub fn syndication_minutes(xml: &str) -> Option<u32> {
    // Channel-level elements come before the items.
    let mut end = xml.len().min(64 * 1024);
    // Never cut a character in two (feed text is anyone's).
    while !xml.is_char_boundary(end) {
        end -= 1;
    }
    let head = &xml[..end];
    let head = head.get(..head.find("<item").unwrap_or(head.len())).unwrap_or(head);
    let value = |name: &str| -> Option<&str> {
        let start = head.find(&format!("{name}>"))? + name.len() + 1;
        Some(head[start..].split('<').next()?.trim())
    };
    let period = match value("updatePeriod")?.to_ascii_lowercase().as_str() {
        "hourly" => 60,
        "daily" => 24 * 60,
        "weekly" => 7 * 24 * 60,
        "monthly" => 30 * 24 * 60,
        "yearly" => 365 * 24 * 60,
        _ => return None,
    };
    let frequency: u32 = value("updateFrequency").and_then(|f| f.parse().ok()).filter(|&f| f > 0).unwrap_or(1);
    Some((period / frequency).max(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_user_decides_else_the_longer_of_the_app_and_the_feed() {
        assert_eq!(interval_minutes(15, None, None), 15);
        assert_eq!(interval_minutes(15, None, Some(60)), 60, "a ttl of an hour is honoured");
        assert_eq!(interval_minutes(15, None, Some(5)), 15, "a hint never makes us poll faster");
        assert_eq!(interval_minutes(15, Some(5), Some(60)), 5, "the user overrides the hint");
        assert_eq!(interval_minutes(15, None, Some(100_000)), 1440, "at most a day");
    }

    #[test]
    fn a_clock_that_went_back_makes_a_feed_due() {
        let now = 1_000_000;
        assert!(is_due(now, Some(now - 900), now));
        assert!(!is_due(now + 600, Some(now - 300), now), "not yet");
        // Fetched "an hour from now": the clock went back an hour.
        assert!(is_due(now + 3600 + 900, Some(now + 3600), now));
        assert!(is_due(0, None, now), "never fetched");
    }

    #[test]
    fn hints_from_the_feed_and_the_server() {
        assert_eq!(hint_minutes(Some(30), Some(3600)), Some(60));
        assert_eq!(hint_minutes(None, Some(90)), Some(2));
        assert_eq!(hint_minutes(Some(0), Some(0)), None);
        let rss = r#"<rss><channel><sy:updatePeriod> hourly </sy:updatePeriod><sy:updateFrequency>2</sy:updateFrequency><item><sy:updatePeriod>yearly</sy:updatePeriod></item></channel></rss>"#;
        assert_eq!(syndication_minutes(rss), Some(30));
        assert_eq!(
            syndication_minutes("<rss><channel><sy:updatePeriod>daily</sy:updatePeriod></channel></rss>"),
            Some(1440)
        );
        assert_eq!(syndication_minutes("<rss><channel><title>x</title></channel></rss>"), None);
        // A multi-byte character across the 64 KiB mark is not cut in two.
        let long = format!("<rss><channel><title>{}é</title></channel></rss>", "a".repeat(64 * 1024 - 22));
        assert!(!long.is_char_boundary(64 * 1024));
        assert_eq!(syndication_minutes(&long), None);
    }
}
