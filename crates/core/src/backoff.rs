//! When to try a feed again after it failed: exponential, jittered, capped —
//! never given up. Permanent-looking failures start further out.

use crate::error::FetchError;
use std::time::Duration;

pub const CAP: Duration = Duration::from_secs(12 * 3600);
const TRANSIENT_BASE: Duration = Duration::from_secs(5 * 60);
const PERMANENT_BASE: Duration = Duration::from_secs(60 * 60);

/// Delay before the next attempt after `failures` consecutive failures (>= 1).
/// `jitter` in [0, 1) spreads feeds that failed together (±20 %).
pub fn delay(error: &FetchError, failures: u32, jitter: f64) -> Duration {
    let base = if error.is_permanent() { PERMANENT_BASE } else { TRANSIENT_BASE };
    let exp = failures.saturating_sub(1).min(16);
    let raw = base.saturating_mul(1u32 << exp).min(CAP);
    raw.mul_f64(0.8 + 0.4 * jitter.clamp(0.0, 1.0)).min(CAP)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grows_exponentially_from_the_base() {
        let e = FetchError::Timeout;
        assert_eq!(delay(&e, 1, 0.5), TRANSIENT_BASE);
        assert_eq!(delay(&e, 2, 0.5), TRANSIENT_BASE * 2);
        assert_eq!(delay(&e, 4, 0.5), TRANSIENT_BASE * 8);
    }

    #[test]
    fn is_capped_and_never_gives_up() {
        let e = FetchError::Status(500);
        for n in [10, 100, u32::MAX] {
            let d = delay(&e, n, 0.99);
            assert!(d <= CAP && d >= CAP.mul_f64(0.8), "{n}: {d:?}");
        }
    }

    #[test]
    fn permanent_errors_start_later() {
        assert!(delay(&FetchError::Status(404), 1, 0.5) > delay(&FetchError::Status(500), 1, 0.5));
    }

    #[test]
    fn jitter_spreads_within_twenty_percent() {
        let e = FetchError::Timeout;
        assert_eq!(delay(&e, 1, 0.0), TRANSIENT_BASE.mul_f64(0.8));
        assert!(delay(&e, 1, 0.999) < TRANSIENT_BASE.mul_f64(1.2));
    }
}
