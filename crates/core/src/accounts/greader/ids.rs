//! GReader item ids come in three forms: the long form
//! `tag:google.com,2005:reader/item/<16 hex>`, the same number in decimal
//! (what `stream/items/ids` returns), and other servers' own strings (The Old
//! Reader's 24 hex). Stored ids are canonical: the long form where the number
//! is known, else the string as given. Long form is also what writes send
//! (Miniflux reads a bare 16-character id as hex).

const LONG_PREFIX: &str = "tag:google.com,2005:reader/item/";

pub fn canonical(id: &str) -> String {
    let id = id.trim();
    if let Some(hex) = id.strip_prefix(LONG_PREFIX) {
        if hex.len() <= 16
            && let Ok(n) = u64::from_str_radix(hex, 16)
        {
            return long(n);
        }
        return id.to_owned();
    }
    if id.bytes().all(|b| b.is_ascii_digit())
        && let Ok(n) = id.parse::<u64>()
    {
        return long(n);
    }
    id.to_owned()
}

fn long(n: u64) -> String {
    format!("{LONG_PREFIX}{n:016x}")
}

/// Streams as GReader names them; Miniflux writes `user/<its id>/…`, which
/// means the same as `user/-/…`.
pub fn normalise_stream(s: &str) -> String {
    match s.strip_prefix("user/").and_then(|rest| rest.split_once('/')) {
        Some((_, rest)) => format!("user/-/{rest}"),
        None => s.to_owned(),
    }
}

pub const READING_LIST: &str = "user/-/state/com.google/reading-list";
pub const READ: &str = "user/-/state/com.google/read";
pub const STARRED: &str = "user/-/state/com.google/starred";
pub const LABEL: &str = "user/-/label/";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_three_id_forms_meet_in_one() {
        // FreshRSS: microsecond receive times; the same item in decimal and hex.
        let long = "tag:google.com,2005:reader/item/0006611bb2fdfd25";
        assert_eq!(canonical("1795621455265061"), long);
        assert_eq!(canonical(long), long);
        assert_eq!(canonical("tag:google.com,2005:reader/item/6611bb2fdfd25"), long);
        // Miniflux: small numbers.
        assert_eq!(canonical("42"), "tag:google.com,2005:reader/item/000000000000002a");
        // The Old Reader: 24 hex characters, kept as they are.
        assert_eq!(canonical("5c6b8d1e2f3a4b5c6d7e8f90"), "5c6b8d1e2f3a4b5c6d7e8f90");
    }

    #[test]
    fn miniflux_user_prefixes_are_the_current_user() {
        assert_eq!(normalise_stream("user/1/label/Tech"), "user/-/label/Tech");
        assert_eq!(normalise_stream("user/-/state/com.google/read"), READ);
        assert_eq!(normalise_stream("feed/12"), "feed/12");
    }
}
