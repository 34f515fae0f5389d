//! Filters: what the user asked to hide, mark read, save or be notified of,
//! decided here for an article's text, feed and category. Applied when
//! articles are stored (so counts stay one cheap query) and re-applied to
//! stored articles on demand. A filter never deletes.

use crate::error::Result;
use crate::ids::{CategoryId, FeedId};
use crate::model::{Filter, FilterAction, FilterField};

/// Longest pattern accepted, and the compiled size a regex may take.
const MAX_PATTERN: usize = 1000;
const REGEX_SIZE_LIMIT: usize = 1 << 20;

/// An article's text as filters see it.
pub struct Text<'a> {
    pub title: &'a str,
    /// Summary and body, plain text.
    pub body: &'a str,
    pub author: &'a str,
}

/// What the filters that match decide for one article.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Outcome {
    pub hide: bool,
    pub read: bool,
    pub save: bool,
    pub notify: bool,
}

/// A filter ready to match: its pattern compiled, its scope resolved to ids.
struct Compiled {
    action: FilterAction,
    field: FilterField,
    matcher: Matcher,
    category: Option<CategoryId>,
    feed: Option<FeedId>,
}

enum Matcher {
    /// Found by the set's automaton; this is its pattern's index there.
    Phrase(usize),
    Regex(regex::Regex),
}

/// The filters in force, compiled once per sync: every phrase in one
/// Aho-Corasick automaton, so an article's text is scanned once however many
/// phrase filters there are (50 filters scanned one by one cost a third of a
/// cold sync).
#[derive(Default)]
pub struct Filters {
    list: Vec<Compiled>,
    phrases: Option<aho_corasick::AhoCorasick>,
}

impl Filters {
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
}

/// Checks a pattern before it is stored: a bad regex is an error now.
pub fn validate(pattern: &str, regex: bool) -> Result<()> {
    checked(pattern)?;
    if regex {
        build_regex(pattern.trim())?;
    }
    Ok(())
}

fn checked(pattern: &str) -> Result<&str> {
    let pattern = pattern.trim();
    if pattern.is_empty() {
        return Err(crate::invalid!("err-filter-empty"));
    }
    if pattern.len() > MAX_PATTERN {
        return Err(crate::invalid!("err-filter-too-long", max = MAX_PATTERN));
    }
    Ok(pattern)
}

fn build_regex(pattern: &str) -> Result<regex::Regex> {
    // The regex crate runs in linear time: no pattern can hang a sync.
    regex::RegexBuilder::new(pattern)
        .case_insensitive(true)
        .size_limit(REGEX_SIZE_LIMIT)
        .build()
        .map_err(|e| crate::invalid!("err-filter-regex", reason = e.to_string()))
}

/// The active filters (not expired at `now`), compiled; `category_of` turns
/// a scope's category name into its id.
pub fn compile(filters: &[Filter], now: i64, category_of: impl Fn(&str) -> Option<CategoryId>) -> Filters {
    let mut phrases: Vec<String> = Vec::new();
    let list = filters
        .iter()
        .filter(|f| f.expires.is_none_or(|e| e.timestamp() > now))
        .filter_map(|f| {
            let pattern = checked(&f.pattern).ok()?;
            let matcher = if f.regex {
                Matcher::Regex(build_regex(pattern).ok()?)
            } else {
                phrases.push(pattern.to_lowercase());
                Matcher::Phrase(phrases.len() - 1)
            };
            let (category, feed) = match &f.scope {
                crate::model::FilterScope::All => (None, None),
                crate::model::FilterScope::Category(name) => (Some(category_of(name)?), None),
                crate::model::FilterScope::Feed(id) => (None, Some(*id)),
            };
            Some(Compiled { action: f.action, field: f.field, matcher, category, feed })
        })
        .collect();
    let phrases = (!phrases.is_empty()).then(|| aho_corasick::AhoCorasick::new(&phrases).ok()).flatten();
    Filters { list, phrases }
}

/// What the matching filters do to an article of `feed` in `category`.
pub fn decide(filters: &Filters, text: &Text<'_>, feed: FeedId, category: Option<CategoryId>) -> Outcome {
    let mut out = Outcome::default();
    let in_scope = |f: &Compiled| f.feed.is_none_or(|id| id == feed) && f.category.is_none_or(|c| Some(c) == category);
    if !filters.list.iter().any(in_scope) {
        return out;
    }
    // Which phrases occur as whole words in which field: one pass per field.
    let fields = [text.title, text.body, text.author];
    let found: Vec<[bool; 3]> = match &filters.phrases {
        Some(ac) => {
            let mut found = vec![[false; 3]; ac.patterns_len()];
            for (k, field) in fields.iter().enumerate() {
                let low = field.to_lowercase();
                for m in ac.find_overlapping_iter(&low) {
                    if whole_words(&low, m.start(), m.end()) {
                        found[m.pattern().as_usize()][k] = true;
                    }
                }
            }
            found
        }
        None => Vec::new(),
    };
    for f in filters.list.iter().filter(|f| in_scope(f)) {
        let looked: &[usize] = match f.field {
            FilterField::Title => &[0],
            FilterField::Body => &[1],
            FilterField::Author => &[2],
            FilterField::Any => &[0, 1, 2],
        };
        let hit = match &f.matcher {
            Matcher::Phrase(i) => looked.iter().any(|&k| found.get(*i).is_some_and(|row| row[k])),
            Matcher::Regex(re) => looked.iter().any(|&k| re.is_match(fields[k])),
        };
        if hit {
            match f.action {
                FilterAction::Hide => out.hide = true,
                FilterAction::Read => out.read = true,
                FilterAction::Save => out.save = true,
                FilterAction::Notify => out.notify = true,
            }
        }
    }
    out
}

/// Whether `text[start..end]` stands as whole words (no letter or digit on either side).
fn whole_words(text: &str, start: usize, end: usize) -> bool {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    !word(text[..start].chars().next_back()) && !word(text[end..].chars().next())
}

/// Re-applies every filter in force to the stored articles (only to hidden
/// ones with `only_hidden`, enough when a filter went away): hides what a
/// hide filter matches and shows again what none does, marks read and saves
/// what those filters match (never the reverse). Returns how many changed.
pub fn reapply(store: &mut crate::Store, only_hidden: bool) -> Result<usize> {
    use crate::store::FilterChange;
    let compiled = store.active_filters()?;
    let mut changed = 0;
    let mut after = 0;
    loop {
        let rows = store.filter_rows(after, 1000, only_hidden)?;
        let Some(last) = rows.last() else { break };
        after = last.id.0;
        let changes: Vec<FilterChange> = rows
            .iter()
            .filter_map(|r| {
                let body = format!("{} {}", r.summary, crate::text::html_to_text(&r.content_html));
                let text = Text { title: &r.title, body: &body, author: &r.author };
                let o = decide(&compiled, &text, r.feed, r.category);
                let change =
                    FilterChange { id: r.id, hidden: o.hide, mark_read: o.read && !r.read, save: o.save && !r.saved };
                (change.hidden != r.hidden || change.mark_read || change.save).then_some(change)
            })
            .collect();
        changed += store.apply_filter_changes(&changes)?;
    }
    Ok(changed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::FilterScope;

    fn filter(pattern: &str, regex: bool, field: FilterField, scope: FilterScope, action: FilterAction) -> Filter {
        Filter { id: 1, pattern: pattern.into(), regex, field, scope, action, expires: None }
    }

    const TEXT: Text<'static> = Text {
        title: "Election results: a landslide",
        body: "Voters in the capital turned out early. Football scores later.",
        author: "Jane Reporter",
    };

    fn run(f: Filter, feed: i64, category: Option<i64>) -> Outcome {
        let compiled = compile(&[f], 0, |name| (name == "Politics").then_some(CategoryId(7)));
        decide(&compiled, &TEXT, FeedId(feed), category.map(CategoryId))
    }

    #[test]
    fn each_field_is_looked_at_alone_or_all_together() {
        use FilterAction::Hide;
        use FilterField::*;
        assert!(run(filter("election", false, Title, FilterScope::All, Hide), 1, None).hide);
        assert!(!run(filter("election", false, Body, FilterScope::All, Hide), 1, None).hide);
        assert!(run(filter("football scores", false, Body, FilterScope::All, Hide), 1, None).hide);
        assert!(run(filter("jane", false, Author, FilterScope::All, Hide), 1, None).hide);
        assert!(!run(filter("jane", false, Title, FilterScope::All, Hide), 1, None).hide);
        assert!(run(filter("JANE REPORTER", false, Any, FilterScope::All, Hide), 1, None).hide);
    }

    #[test]
    fn words_match_whole_words_only_and_a_regex_matches_anywhere() {
        use FilterAction::Read;
        use FilterField::Any;
        assert!(!run(filter("elect", false, Any, FilterScope::All, Read), 1, None).read, "not inside a word");
        assert!(run(filter(r"elect(ion|ed)", true, Any, FilterScope::All, Read), 1, None).read);
        assert!(run(filter(r"^election", true, FilterField::Title, FilterScope::All, Read), 1, None).read);
        assert!(!run(filter(r"^voters", true, FilterField::Title, FilterScope::All, Read), 1, None).read);
    }

    #[test]
    fn scopes_and_actions() {
        use FilterField::Any;
        let politics = FilterScope::Category("Politics".into());
        assert!(run(filter("landslide", false, Any, politics.clone(), FilterAction::Save), 1, Some(7)).save);
        assert!(!run(filter("landslide", false, Any, politics, FilterAction::Save), 1, Some(8)).save);
        assert!(
            run(filter("landslide", false, Any, FilterScope::Feed(FeedId(3)), FilterAction::Notify), 3, None).notify
        );
        assert!(
            !run(filter("landslide", false, Any, FilterScope::Feed(FeedId(3)), FilterAction::Notify), 4, None).notify
        );
        // A category that no longer exists scopes nothing in.
        let gone = FilterScope::Category("Gone".into());
        assert_eq!(run(filter("landslide", false, Any, gone, FilterAction::Hide), 1, Some(7)), Outcome::default());
    }

    #[test]
    fn an_expired_filter_does_nothing_and_a_bad_regex_is_refused() {
        let mut f = filter("landslide", false, FilterField::Any, FilterScope::All, FilterAction::Hide);
        f.expires = chrono::DateTime::from_timestamp(100, 0);
        let compiled = compile(&[f], 200, |_| None);
        assert!(compiled.is_empty());
        assert!(validate("(unclosed", true).is_err());
        assert!(validate("   ", false).is_err());
        assert!(validate("(a+)+$", true).is_ok(), "linear time: no catastrophic backtracking to fear");
    }
}
