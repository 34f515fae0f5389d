//! The wall clock, in one place: everything that dates, schedules or expires
//! reads it here.

use chrono::{DateTime, TimeZone, Utc};
use std::sync::atomic::{AtomicI64, Ordering};

/// Seconds added to the system clock. Zero in the app; the soak run
/// (benches/soak.rs) moves it forward to live a week in minutes.
static SHIFT: AtomicI64 = AtomicI64::new(0);

pub fn now() -> i64 {
    now_utc().timestamp()
}

pub fn now_utc() -> DateTime<Utc> {
    Utc::now() + chrono::Duration::seconds(SHIFT.load(Ordering::Relaxed))
}

/// Moves this process's clock by `secs` (accelerated-time runs only).
#[doc(hidden)]
pub fn shift_clock(secs: i64) {
    SHIFT.fetch_add(secs, Ordering::Relaxed);
}

pub fn to_datetime(secs: i64) -> DateTime<Utc> {
    Utc.timestamp_opt(secs, 0).single().unwrap_or_default()
}
