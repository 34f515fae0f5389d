use chrono::{DateTime, TimeZone, Utc};

pub fn now() -> i64 {
    Utc::now().timestamp()
}

pub fn to_datetime(secs: i64) -> DateTime<Utc> {
    Utc.timestamp_opt(secs, 0).single().unwrap_or_default()
}
