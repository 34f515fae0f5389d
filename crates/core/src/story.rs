//! Story clustering: articles from different feeds that report the same story
//! within a day and a half share a story id. Local and cheap: stemmed headline
//! and lead terms, TF-IDF weights from the articles around, cosine similarity.
//! Names that are everywhere ("Trump", "Russia") weigh little; the specific
//! words of a story ("drones", "phone call") weigh a lot.

use rust_stemmers::{Algorithm, Stemmer};
use std::collections::HashMap;
use std::sync::LazyLock;

/// Articles further apart than this are never the same story.
pub const WINDOW_SECS: i64 = 36 * 3600;
/// Cosine similarity at or above which two articles are the same story
/// (tuned on tests/stories/headlines.json; see the story_quality test).
pub const THRESHOLD: f32 = 0.30;
/// Headline terms count this many times a lead term.
const TITLE_WEIGHT: f32 = 2.0;
/// Only the lead of the summary speaks to the story.
const LEAD_WORDS: usize = 30;

static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

const STOP_WORDS: &[&str] = &[
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
    "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
    "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he",
    "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "last",
    "may", "me", "might", "more", "most", "much", "must", "my", "new", "news", "no", "nor", "not", "now", "of", "off",
    "on", "once", "only", "or", "other", "our", "out", "over", "own", "said", "same", "say", "says", "she", "should",
    "since", "so", "some", "still", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they",
    "this", "those", "through", "to", "too", "under", "until", "up", "us", "very", "was", "we", "were", "what", "when",
    "where", "which", "while", "who", "whom", "why", "will", "with", "would", "year", "years", "yet", "you", "your",
    "breaking", "live", "latest", "update", "updates", "watch", "video", "report", "reports", "week", "day", "today",
    "first", "next", "two", "three", "one",
];

/// Headline shorthand, spelled out so "quake" meets "earthquake".
fn expand(word: &str) -> &str {
    match word {
        "quake" | "quakes" => "earthquake",
        "fed" => "federal",
        "pm" => "premier",
        "prime" => "premier",
        "truce" => "ceasefire",
        "la" => "angeles",
        "uk" | "britain" | "british" => "britain",
        "us" | "usa" => "america",
        "hq" => "headquarters",
        other => other,
    }
}

/// The stemmed, meaningful terms of a text, in order.
pub fn terms(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| !STOP_WORDS.contains(&w.as_str()) && (w.chars().count() > 1))
        .filter(|w| !w.chars().all(|c| c.is_ascii_digit()) || w.len() >= 2)
        .map(|w| STEMMER.stem(expand(&w)).into_owned())
        .collect()
}

/// What clustering keeps per article: its terms as "term:weight" pairs,
/// space-separated (stored with the article).
pub fn signature(title: &str, summary: &str) -> String {
    let mut weights: HashMap<String, f32> = HashMap::new();
    for t in terms(title) {
        *weights.entry(t).or_default() += TITLE_WEIGHT;
    }
    let lead: String = summary.split_whitespace().take(LEAD_WORDS).collect::<Vec<_>>().join(" ");
    for t in terms(&lead) {
        *weights.entry(t).or_default() += 1.0;
    }
    let mut pairs: Vec<(String, f32)> = weights.into_iter().collect();
    pairs.sort_by(|a, b| a.0.cmp(&b.0));
    pairs.iter().map(|(t, w)| format!("{t}:{w}")).collect::<Vec<_>>().join(" ")
}

fn parse_signature(sig: &str) -> Vec<(&str, f32)> {
    sig.split_whitespace().filter_map(|p| p.rsplit_once(':').and_then(|(t, w)| Some((t, w.parse().ok()?)))).collect()
}

/// One article as clustering sees it.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub id: i64,
    pub feed_id: i64,
    pub published: i64,
    pub story_id: Option<i64>,
    pub signature: String,
}

/// TF-IDF vectors over a set of articles (the window around new ones).
struct Vectors {
    vecs: Vec<HashMap<String, f32>>,
}

impl Vectors {
    fn new(items: &[Candidate]) -> Vectors {
        let parsed: Vec<Vec<(&str, f32)>> = items.iter().map(|c| parse_signature(&c.signature)).collect();
        let mut df: HashMap<&str, f32> = HashMap::new();
        for sig in &parsed {
            for (t, _) in sig {
                *df.entry(t).or_default() += 1.0;
            }
        }
        // Smoothed like scikit-learn's idf (ln((1+n)/(1+df)) + 1): a tiny window
        // still weighs rare words above common ones, and a word every article
        // shares still counts (three copies of one headline are one story).
        let n = items.len() as f32;
        let vecs = parsed
            .iter()
            .map(|sig| {
                let mut v: HashMap<String, f32> =
                    sig.iter().map(|(t, w)| (t.to_string(), w * (((1.0 + n) / (1.0 + df[t])).ln() + 1.0))).collect();
                let norm = v.values().map(|x| x * x).sum::<f32>().sqrt();
                if norm > 0.0 {
                    v.values_mut().for_each(|x| *x /= norm);
                }
                v
            })
            .collect();
        Vectors { vecs }
    }

    fn cosine(&self, a: usize, b: usize) -> f32 {
        let (x, y) = (&self.vecs[a], &self.vecs[b]);
        let (small, large) = if x.len() <= y.len() { (x, y) } else { (y, x) };
        small.iter().filter_map(|(t, w)| large.get(t).map(|v| w * v)).sum()
    }
}

/// Assigns story ids to the articles of `items` that have none, in publication
/// order: each joins the story of its most similar earlier article from
/// another feed within the window, or starts its own (story id = its own id).
/// Returns `(article id, story id)` for the newly assigned ones.
pub fn assign(items: &mut [Candidate]) -> Vec<(i64, i64)> {
    items.sort_by_key(|c| (c.published, c.id));
    let vectors = Vectors::new(items);
    let mut out = Vec::new();
    for i in 0..items.len() {
        if items[i].story_id.is_some() {
            continue;
        }
        let mut best: Option<(f32, usize)> = None;
        for j in 0..items.len() {
            let (a, b) = (&items[i], &items[j]);
            if j == i
                || b.feed_id == a.feed_id
                || b.story_id.is_none()
                || (a.published - b.published).abs() > WINDOW_SECS
            {
                continue;
            }
            let sim = vectors.cosine(i, j);
            if sim >= THRESHOLD && best.is_none_or(|(s, _)| sim > s) {
                best = Some((sim, j));
            }
        }
        let story = best.and_then(|(_, j)| items[j].story_id).unwrap_or(items[i].id);
        items[i].story_id = Some(story);
        out.push((items[i].id, story));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_stemmed_without_stop_words() {
        assert_eq!(terms("Russia launches 108 drones at Ukraine"), ["russia", "launch", "108", "drone", "ukrain"]);
        assert_eq!(terms("Quake hits"), ["earthquak", "hit"]);
    }

    #[test]
    fn signatures_weigh_the_headline() {
        assert_eq!(signature("Drone strikes", "drone attacks"), "attack:1 drone:3 strike:2");
    }

    fn candidate(id: i64, feed_id: i64, title: &str) -> Candidate {
        Candidate { id, feed_id, published: 1_000 + id, story_id: None, signature: signature(title, "") }
    }

    #[test]
    fn identical_headlines_alone_in_the_window_are_one_story() {
        // Broke when every term was in every article: the idf was zero, so nothing matched.
        let mut items: Vec<Candidate> = (1..=3).map(|i| candidate(i, i, "Parliament approves budget")).collect();
        assert_eq!(assign(&mut items), [(1, 1), (2, 1), (3, 1)]);
    }

    #[test]
    fn a_shared_name_alone_is_not_a_story() {
        let mut items =
            vec![candidate(1, 1, "Trump signs budget bill"), candidate(2, 2, "Trump meets Putin in Alaska")];
        assert_eq!(assign(&mut items), [(1, 1), (2, 2)]);
    }
}
