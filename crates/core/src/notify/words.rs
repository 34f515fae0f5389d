//! The text of a notification: who reports it, what it says.

/// "World Desk", "World Desk and Wire B", "World Desk, Wire B and 1 more".
pub fn sources(names: &[&str], lang: &str) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [a, b] => crate::tr!(lang, "notify-sources-two", a = *a, b = *b),
        [a, b, rest @ ..] => crate::tr!(lang, "notify-sources-more", a = *a, b = *b, more = rest.len()),
    }
}

/// The first sentence of `text`, at most about 200 characters.
pub fn first_sentence(text: &str) -> String {
    const MAX: usize = 200;
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let ends_sentence = |i: usize, c: char| {
        if !text[i + 1..].starts_with(' ') {
            return false;
        }
        // "U.S. officials", "Mr. Smith": a period after an abbreviation goes on.
        let word = text[..i].rsplit(' ').next().unwrap_or_default();
        c != '.' || (word.chars().count() > 2 && !word.contains('.'))
    };
    let end = text
        .char_indices()
        .find(|&(i, c)| matches!(c, '.' | '!' | '?') && ends_sentence(i, c))
        .map_or(text.len(), |(i, _)| i + 1);
    let sentence = &text[..end];
    if sentence.chars().count() <= MAX {
        return sentence.to_owned();
    }
    let cut: String = sentence.chars().take(MAX).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{cut}…")
}

/// Whether `title` contains `phrase` as whole words, ignoring case.
pub fn contains_phrase(title: &str, phrase: &str) -> bool {
    let (title, phrase) = (title.to_lowercase(), phrase.trim().to_lowercase());
    if phrase.is_empty() {
        return false;
    }
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    title
        .match_indices(&phrase)
        .any(|(i, m)| !word(title[..i].chars().next_back()) && !word(title[i + m.len()..].chars().next()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_name_two_and_count_the_rest() {
        assert_eq!(sources(&["World Desk"], "en"), "World Desk");
        assert_eq!(sources(&["World Desk", "Wire B"], "en"), "World Desk and Wire B");
        assert_eq!(sources(&["World Desk", "Wire B", "Daily"], "en"), "World Desk, Wire B and 1 more");
        assert_eq!(sources(&["A", "B", "C", "D", "E"], "en"), "A, B and 3 more");
    }

    #[test]
    fn the_first_sentence_only() {
        assert_eq!(first_sentence("Drones hit Kyiv. Air raid alerts sounded."), "Drones hit Kyiv.");
        assert_eq!(first_sentence("  U.S.  officials   said so"), "U.S. officials said so");
        assert_eq!(first_sentence("Mr. Smith left. Then more."), "Mr. Smith left.");
        assert_eq!(first_sentence("Is it over? Nobody knows."), "Is it over?");
        let long = "word ".repeat(100);
        let s = first_sentence(&long);
        assert!(s.ends_with('…') && s.chars().count() <= 201, "{s}");
    }

    #[test]
    fn phrases_match_whole_words_ignoring_case() {
        assert!(contains_phrase("Earthquake strikes off Japan", "earthquake"));
        assert!(contains_phrase("Talks on the Iran nuclear deal resume", "Nuclear Deal"));
        assert!(!contains_phrase("Iranian officials meet", "iran"));
        assert!(!contains_phrase("Anything", "  "));
    }
}
