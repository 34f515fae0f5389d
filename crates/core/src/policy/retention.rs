//! When an article may be removed.
//!
//! Never while its feed still lists it: an article in the feed's current
//! document is what the feed offers, and removing it would only bring it back.
//! Otherwise an article is removed once it is read, not saved, and was first
//! seen more than the retention period ago (default 90 days; 0 is "never").
//! A removed article's identity is remembered, so it never returns as new.

use chrono::Duration;

/// The retention setting: days, or `None` for "never remove".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retention {
    pub days: Option<u32>,
}

impl Retention {
    /// From the `retention_days` setting, where 0 means never.
    pub fn from_setting(days: u32) -> Retention {
        Retention { days: (days > 0).then_some(days) }
    }

    /// Articles first seen before this (unix seconds) may go, if the rest of
    /// the rule holds; `None` when nothing is ever removed.
    pub fn first_seen_cutoff(&self, now: i64) -> Option<i64> {
        self.days.map(|d| now - Duration::days(i64::from(d)).num_seconds())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_days_is_never() {
        assert_eq!(Retention::from_setting(0).first_seen_cutoff(1_000_000), None);
        assert_eq!(Retention::from_setting(1).first_seen_cutoff(1_000_000), Some(1_000_000 - 86_400));
    }
}
