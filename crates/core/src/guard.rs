//! Bytes from outside never crash Bulletin. Every parse of a feed, an OPML
//! file, a web page or an article page runs here: a panic in a parser (ours
//! or a dependency's — quick-xml panicked on a second XML declaration behind
//! junk bytes) becomes an error on that feed or that action, never an exit
//! 101, a backtrace on the terminal or a UI waiting forever.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    /// How many guarded calls this thread is inside: their panics are not reported.
    static DEPTH: Cell<u32> = const { Cell::new(0) };
}
static QUIET_HOOK: Once = Once::new();

/// Runs `f`; a panic in it is `Err` with its message (logged as a warning,
/// kept off the terminal). Other threads' panics are reported as before.
pub fn guarded<T>(what: &str, f: impl FnOnce() -> T) -> Result<T, String> {
    QUIET_HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if DEPTH.with(Cell::get) == 0 {
                previous(info);
            }
        }));
    });
    DEPTH.with(|d| d.set(d.get() + 1));
    // The closure's state is dropped with the panic: nothing half-made escapes.
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    DEPTH.with(|d| d.set(d.get() - 1));
    result.map_err(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown cause".to_owned());
        tracing::warn!("{what}: the parser panicked: {message}");
        message
    })
}

#[cfg(test)]
mod tests {
    use super::guarded;

    #[test]
    fn a_panic_becomes_an_error_and_values_pass_through() {
        assert_eq!(guarded("test", || 7), Ok(7));
        let err = guarded("test", || -> u8 { panic!("bad bytes") }).unwrap_err();
        assert_eq!(err, "bad bytes");
        // Nested: the inner panic is contained, the outer call goes on.
        let outer = guarded("outer", || guarded("inner", || -> u8 { panic!("{}", 1 + 1) }));
        assert_eq!(outer, Ok(Err("2".to_owned())));
    }
}
