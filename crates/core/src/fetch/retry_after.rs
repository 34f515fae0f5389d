use chrono::{DateTime, Duration, Utc};

/// Longest pause we accept from a server; beyond that it is treated as a day.
const MAX_RETRY_AFTER: Duration = Duration::hours(24);

/// `Retry-After` is either delay-seconds or an HTTP-date (RFC 9110 §10.2.3).
pub fn parse_retry_after(value: &str, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let value = value.trim();
    let until = if let Ok(secs) = value.parse::<u64>() {
        now + Duration::seconds(secs.min(MAX_RETRY_AFTER.num_seconds() as u64) as i64)
    } else {
        parse_http_date(value)?
    };
    Some(until.clamp(now, now + MAX_RETRY_AFTER))
}

/// IMF-fixdate, tolerating a wrong weekday (servers get it wrong; the date is what counts).
fn parse_http_date(value: &str) -> Option<DateTime<Utc>> {
    if let Ok(d) = DateTime::parse_from_rfc2822(value) {
        return Some(d.with_timezone(&Utc));
    }
    let without_weekday = value.split_once(',').map_or(value, |(_, rest)| rest).trim();
    chrono::NaiveDateTime::parse_from_str(without_weekday, "%d %b %Y %H:%M:%S GMT").ok().map(|n| n.and_utc())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-24T12:00:00Z").unwrap().with_timezone(&Utc)
    }

    #[test]
    fn seconds() {
        assert_eq!(parse_retry_after("120", now()), Some(now() + Duration::seconds(120)));
    }

    #[test]
    fn http_date() {
        let t = parse_retry_after("Tue, 24 Nov 2026 13:30:00 GMT", now()).unwrap();
        assert_eq!(t, now() + Duration::minutes(90));
    }

    #[test]
    fn past_date_means_now_and_huge_values_are_capped() {
        assert_eq!(parse_retry_after("Mon, 23 Nov 2026 00:00:00 GMT", now()), Some(now()));
        assert_eq!(parse_retry_after("99999999999", now()), Some(now() + MAX_RETRY_AFTER));
    }

    #[test]
    fn wrong_weekday_is_tolerated() {
        // 1 Jan 2099 is a Thursday, not a Wednesday.
        let t = parse_retry_after("Wed, 01 Jan 2099 00:00:00 GMT", now()).unwrap();
        assert_eq!(t, now() + MAX_RETRY_AFTER);
    }

    #[test]
    fn garbage_is_none() {
        assert_eq!(parse_retry_after("soon", now()), None);
    }
}
