//! Explicit "this is breaking" markers at the start of a headline.

const MARKERS: [&str; 5] = ["breaking news", "breaking", "just in", "urgent", "flash"];

/// True for "BREAKING: …", "Breaking news - …", "JUST IN | …", "URGENT …".
/// A marker must be set off by punctuation, or shouted in capitals, so that
/// "Breaking Bad star…" or "Flash floods hit…" are ordinary headlines.
pub fn has_marker(title: &str) -> bool {
    let title = title.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '[' | '(' | '*'));
    MARKERS.iter().any(|m| {
        let Some(head) = title.get(..m.len()) else { return false };
        if !head.eq_ignore_ascii_case(m) {
            return false;
        }
        let rest = &title[m.len()..];
        let after = rest.trim_start();
        let punctuated = after.starts_with([':', '-', '–', '—', '|', ']', ')', '!', '*']);
        let shouted = head.chars().all(|c| !c.is_lowercase()) && rest.starts_with(' ');
        rest.is_empty() || punctuated || shouted
    })
}

#[cfg(test)]
mod tests {
    use super::has_marker;

    #[test]
    fn markers_at_the_start_set_off_or_shouted() {
        for t in [
            "BREAKING: Earthquake strikes off Japan",
            "Breaking news - Parliament dissolved",
            "breaking: lowercase still counts",
            "JUST IN: Central bank cuts rates",
            "Just in | Ceasefire announced",
            "URGENT Evacuations ordered",
            "FLASH — Plane lands on river",
            "[BREAKING] Markets halted",
        ] {
            assert!(has_marker(t), "{t}");
        }
    }

    #[test]
    fn words_that_merely_start_a_headline_are_not_markers() {
        for t in [
            "Breaking Bad star returns to Broadway",
            "Flash floods hit Texas hill country",
            "Urgent care clinics face staff shortage",
            "Justin Bieber announces tour",
            "Markets react to BREAKING news from Tokyo",
            "",
        ] {
            assert!(!has_marker(t), "{t}");
        }
    }
}
