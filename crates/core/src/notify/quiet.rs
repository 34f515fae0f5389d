//! Quiet hours: a daily span of local time ("22:00-07:00") when
//! notifications are held and shown afterwards as one digest.

use crate::error::{Error, Result};
use chrono::NaiveTime;
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuietHours {
    pub start: NaiveTime,
    pub end: NaiveTime,
}

impl QuietHours {
    /// Whether `t` falls inside; a span may cross midnight.
    pub fn contains(&self, t: NaiveTime) -> bool {
        if self.start <= self.end { self.start <= t && t < self.end } else { t >= self.start || t < self.end }
    }
}

impl FromStr for QuietHours {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        let bad = || crate::invalid!("err-quiet-hours-format", value = s.to_owned());
        let (a, b) = s.split_once('-').ok_or_else(bad)?;
        let time = |t: &str| NaiveTime::parse_from_str(t.trim(), "%H:%M").map_err(|_| bad());
        let q = QuietHours { start: time(a)?, end: time(b)? };
        if q.start == q.end {
            return Err(crate::invalid!("err-quiet-hours-same"));
        }
        Ok(q)
    }
}

impl fmt::Display for QuietHours {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.start.format("%H:%M"), self.end.format("%H:%M"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn spans_across_midnight_and_within_a_day() {
        let night: QuietHours = "22:00-07:00".parse().unwrap();
        assert!(night.contains(at(23, 30)) && night.contains(at(0, 0)) && night.contains(at(6, 59)));
        assert!(!night.contains(at(7, 0)) && !night.contains(at(12, 0)) && !night.contains(at(21, 59)));
        let lunch: QuietHours = "12:00-13:30".parse().unwrap();
        assert!(lunch.contains(at(12, 45)) && !lunch.contains(at(13, 30)));
        assert_eq!(night.to_string(), "22:00-07:00");
    }

    #[test]
    fn malformed_spans_are_clear_errors() {
        for bad in ["", "22:00", "25:00-07:00", "22:00-22:00", "ten-eleven"] {
            assert!(bad.parse::<QuietHours>().is_err(), "{bad}");
        }
    }
}
