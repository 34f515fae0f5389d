//! Story clustering: articles from different feeds that report the same story
//! within a day and a half share a story id. Local and cheap: stemmed headline
//! and lead terms, TF-IDF weights from the articles around, cosine similarity.
//! Names that are everywhere ("Trump", "Russia") weigh little; the specific
//! words of a story ("drones", "phone call") weigh a lot.

use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;
use std::cell::RefCell;
use std::fmt::Write as _;
use std::sync::LazyLock;

/// Articles further apart than this are never the same story.
pub const WINDOW_SECS: i64 = 36 * 3600;
/// Cosine similarity at or above which two articles are the same story
/// (tuned on tests/stories/headlines.json; see the story_quality test).
pub const THRESHOLD: f32 = 0.30;
/// Candidates per common term (see `assign`).
const RECENT: usize = 16;
/// The least a candidate must score on the terms that offered it before its
/// full cosine is worth computing. Nine in ten candidates come from a common
/// term's latest articles and share little else with the article; below a
/// sixth of the threshold, 1 in 1,400 of them reached it (scale bench, 100,000
/// articles), while their cosines were over half the cost of matching.
const OFFERED_FLOOR: f32 = THRESHOLD / 6.0;
/// A term in more articles than this is common whatever the window's size.
/// Proportional alone (1 in 50), a window of 40,000 articles let a term in 800
/// of them offer all 800 to every article: matching took twice as long per
/// article at 100,000 as at 10,000, and a first sync grew faster than the work.
const MAX_DISTINCTIVE: usize = 64;
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

static STOP_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| STOP_WORDS.iter().copied().collect());

/// Stems already computed on this thread. News repeats its words, and stemming
/// every word of every headline and lead was a third of parsing a feed. The
/// 20,000 most frequent words cover nearly all of news text; a full cache
/// starts again (so a week in the tray holds at most this per parsing thread).
const STEM_CACHE_WORDS: usize = 20_000;
thread_local! {
    static STEMS: RefCell<HashMap<String, String>> = RefCell::new(HashMap::default());
}

fn stem(word: &str) -> String {
    // Numbers have no stem, and each is new: caching them only filled the
    // cache (the soak run's memory grew with every item number it read).
    if word.bytes().all(|b| b.is_ascii_digit()) {
        return word.to_owned();
    }
    STEMS.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some(s) = cache.get(word) {
            return s.clone();
        }
        if cache.len() >= STEM_CACHE_WORDS {
            cache.clear();
        }
        let s = STEMMER.stem(expand(word)).into_owned();
        cache.insert(word.to_owned(), s.clone());
        s
    })
}

/// The stemmed, meaningful terms of a text, in order.
pub fn terms(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        // Most words are lower case already: a copy only for the others.
        .map(|w| if w.chars().any(char::is_uppercase) { Cow::Owned(w.to_lowercase()) } else { Cow::Borrowed(w) })
        .filter(|w| !STOP_SET.contains(w.as_ref()) && (w.chars().count() > 1))
        .filter(|w| !w.chars().all(|c| c.is_ascii_digit()) || w.len() >= 2)
        .map(|w| stem(&w))
        .collect()
}

/// The terms of a text in another language: stemmed with that language's
/// stemmer where there is one, CJK split into character pairs, each marked
/// with the language ("deu_wahl").
fn foreign_terms(text: &str, l: crate::lang::Language) -> Vec<String> {
    let text = if l.cjk { crate::cjk::bigrams(text) } else { std::borrow::Cow::Borrowed(text) };
    let stemmer = l.stemmer.map(Stemmer::create);
    let stop = crate::lang::stop_words(l.code);
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 1)
        .map(str::to_lowercase)
        .filter(|w| !stop.contains(&w.as_str()))
        .map(|w| match &stemmer {
            Some(s) => s.stem(&w).into_owned(),
            None => w,
        })
        .map(|w| format!("{}_{w}", l.code))
        .collect()
}

/// English's commonest words: text in which they are common is English
/// without asking a detector (whatlang costs more than the rest of a signature).
const ENGLISH_MARKERS: &[&str] = &[
    "the", "of", "and", "to", "in", "is", "for", "on", "with", "as", "at", "by", "from", "after", "says", "said",
    "was", "are", "has", "have", "will", "its", "their", "over", "into", "amid", "new", "be", "it", "that", "this",
];

/// True when ASCII text reads as English: one word in twelve or more is one
/// of English's commonest, or the text is too short to tell otherwise.
fn plainly_english(title: &str, lead: &str) -> bool {
    let (mut words, mut english) = (0usize, 0usize);
    for w in title.split_whitespace().chain(lead.split_whitespace()) {
        let w = w.trim_matches(|c: char| !c.is_ascii_alphanumeric());
        if w.is_empty() {
            continue;
        }
        words += 1;
        if ENGLISH_MARKERS.iter().any(|m| w.eq_ignore_ascii_case(m)) {
            english += 1;
        }
    }
    words < 6 || english * 12 >= words
}

/// What clustering keeps per article: its terms as "term:weight" pairs,
/// space-separated (stored with the article).
pub fn signature(title: &str, summary: &str) -> String {
    // Weights are whole numbers (a headline term counts TITLE_WEIGHT times a lead
    // term), kept as integers: they print as a float would ("3"), and without
    // float formatting, which was a visible part of parsing a feed.
    const TITLE: u32 = TITLE_WEIGHT as u32;
    let mut weights: HashMap<String, u32> = HashMap::default();
    let lead = lead(summary);
    // Another language: its own terms, marked with it, so they never meet English ones.
    let ascii = !crate::lang::worth_asking(title) && !crate::lang::worth_asking(lead);
    let language = if ascii && plainly_english(title, lead) {
        None // read as English without asking (most feeds, and the fast path)
    } else {
        crate::lang::detect_any(&format!("{title} {lead}"))
    };
    let terms_of = |text: &str| match language {
        Some(l) => foreign_terms(text, l),
        None => terms(text),
    };
    for t in terms_of(title) {
        *weights.entry(t).or_default() += TITLE;
    }
    for t in terms_of(lead) {
        *weights.entry(t).or_default() += 1;
    }
    let mut pairs: Vec<(String, u32)> = weights.into_iter().collect();
    pairs.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let mut out = String::with_capacity(pairs.iter().map(|(t, _)| t.len() + 4).sum());
    for (t, w) in pairs {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&t);
        let _ = write!(out, ":{w}");
    }
    out
}

/// The first LEAD_WORDS words of a summary (whose whitespace is collapsed
/// already), as a slice of it.
fn lead(summary: &str) -> &str {
    let summary = summary.trim_start();
    let mut words = 0;
    let mut in_word = false;
    for (i, c) in summary.char_indices() {
        if c.is_whitespace() {
            if in_word {
                words += 1;
                if words == LEAD_WORDS {
                    return &summary[..i];
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    summary.trim_end()
}

/// How alike two signatures are for "You may also like": the cosine of their
/// term weights and how many terms they share. Below [`RELATED_FLOOR`] or with
/// a single shared word, two articles are not related, and nothing is offered
/// rather than noise (a beer podcast under a football live blog).
pub fn relatedness(a: &str, b: &str) -> (f32, usize) {
    let (a, b) = (parse_signature(a), parse_signature(b));
    let weights: HashMap<&str, f32> = b.iter().copied().collect();
    let (mut dot, mut shared) = (0.0, 0);
    for (t, w) in &a {
        if let Some(v) = weights.get(t) {
            dot += w * v;
            shared += 1;
        }
    }
    let norm = |v: &[(&str, f32)]| v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
    let denom = norm(&a) * norm(&b);
    (if denom > 0.0 { dot / denom } else { 0.0 }, shared)
}

/// The least [`relatedness`] cosine at which an article is offered as related…
pub const RELATED_FLOOR: f32 = 0.15;
/// …and the least number of terms it must share.
pub const RELATED_MIN_SHARED: usize = 2;

/// True when `b` is worth offering beside `a`.
pub fn is_related(a: &str, b: &str) -> bool {
    let (cosine, shared) = relatedness(a, b);
    cosine >= RELATED_FLOOR && shared >= RELATED_MIN_SHARED
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

/// TF-IDF vectors over a set of articles (the window around new ones), with
/// terms interned so vectors are sorted `(term, weight)` lists.
struct Vectors {
    vecs: Vec<Vec<(u32, f32)>>,
    /// Articles containing each term.
    df: Vec<usize>,
}

impl Vectors {
    fn new(items: &[Candidate]) -> Vectors {
        let mut ids: HashMap<&str, u32> = HashMap::default();
        let mut df: Vec<usize> = Vec::new();
        let raw: Vec<Vec<(u32, f32)>> = items
            .iter()
            .map(|c| {
                parse_signature(&c.signature)
                    .into_iter()
                    .map(|(t, w)| {
                        let next = ids.len() as u32;
                        let id = *ids.entry(t).or_insert(next);
                        if id as usize == df.len() {
                            df.push(0);
                        }
                        df[id as usize] += 1;
                        (id, w)
                    })
                    .collect()
            })
            .collect();
        // Smoothed like scikit-learn's idf (ln((1+n)/(1+df)) + 1): a tiny window
        // still weighs rare words above common ones, and a word every article
        // shares still counts (three copies of one headline are one story).
        let n = items.len() as f32;
        let vecs = raw
            .into_iter()
            .map(|mut v| {
                for (t, w) in &mut v {
                    *w *= ((1.0 + n) / (1.0 + df[*t as usize] as f32)).ln() + 1.0;
                }
                let norm = v.iter().map(|(_, x)| x * x).sum::<f32>().sqrt();
                if norm > 0.0 {
                    v.iter_mut().for_each(|(_, x)| *x /= norm);
                }
                v.sort_unstable_by_key(|(t, _)| *t);
                v
            })
            .collect();
        Vectors { vecs, df }
    }
}

/// Assigns story ids to the articles of `items` that have none, in publication
/// order: each joins the story of its most similar article from another feed
/// within the window, or starts its own (story id = its own id).
/// Returns `(article id, story id)` for the newly assigned ones.
///
/// Candidates come from an inverted index of the window's terms. For a common
/// term (in more than 1 article in 50, or `MAX_DISTINCTIVE`) only its latest `RECENT` articles are
/// candidates: the reports of a big story cluster in time, joining any one of
/// them joins the story, and a cold sync of 10 000 articles stays linear
/// instead of quadratic. The similarity itself is the full cosine.
///
/// A new article may join any article that has a story already, or a new one
/// published before it. That set is fixed in advance, so the best match of
/// every new article is found in parallel; the story ids then follow in order.
pub fn assign(items: &mut [Candidate]) -> Vec<(i64, i64)> {
    let threads =
        if items.len() < 2_000 { 1 } else { std::thread::available_parallelism().map_or(1, |n| n.get().min(4)) };
    assign_with(items, threads)
}

fn assign_with(items: &mut [Candidate], threads: usize) -> Vec<(i64, i64)> {
    items.sort_by_key(|c| (c.published, c.id));
    let vectors = Vectors::new(items);
    let fresh: Vec<usize> = (0..items.len()).filter(|&i| items[i].story_id.is_none()).collect();
    let index = Index::new(items, &vectors, &fresh);
    let chunk = fresh.len().div_ceil(threads).max(1);
    let best: Vec<Option<usize>> = std::thread::scope(|scope| {
        let workers: Vec<_> = fresh
            .chunks(chunk)
            .map(|part| {
                let index = &index;
                scope.spawn(move || {
                    let mut scratch = Scratch::new(index.items.len(), index.vectors.df.len());
                    part.iter().map(|&i| index.best_match(i, &mut scratch)).collect::<Vec<_>>()
                })
            })
            .collect();
        workers.into_iter().flat_map(|w| w.join().expect("story matching panicked")).collect()
    });
    let mut out = Vec::with_capacity(fresh.len());
    for (&i, best) in fresh.iter().zip(best) {
        // The match is an article with a story, or a new one assigned before this one.
        let story = best.and_then(|j| items[j].story_id).unwrap_or(items[i].id);
        items[i].story_id = Some(story);
        out.push((items[i].id, story));
    }
    out
}

/// A term's articles with their weights: those that had a story first, then
/// the new ones in publication order — the order a one-by-one pass adds them.
struct Posting {
    /// (article index, weight): 8 bytes, so a list's tail is one or two cache lines.
    entries: Vec<(u32, f32)>,
    existing: usize,
}

struct Index<'a> {
    items: &'a [Candidate],
    vectors: &'a Vectors,
    /// By term id (terms are interned densely).
    postings: Vec<Posting>,
    distinctive: usize,
    /// Each article's weight on common terms: what a truncated list may hide of it.
    common_norm: Vec<f32>,
    /// Each article's (feed, publication time), apart from its signature: the
    /// check every candidate gets reads 16 bytes instead of a `Candidate`.
    origin: Vec<(i64, i64)>,
}

/// Per-thread buffers for matching.
struct Scratch {
    partial: Vec<f32>,
    touched: Vec<usize>,
    dense: Vec<f32>,
    /// By term: how many of its new articles the previous article matched on
    /// this thread could see. A thread takes its articles in order, so each
    /// term's visible part only grows (see `visible_new`).
    seen: Vec<u32>,
}

impl Scratch {
    fn new(items: usize, terms: usize) -> Scratch {
        Scratch { partial: vec![0.0; items], touched: Vec::new(), dense: vec![0.0; terms], seen: vec![0; terms] }
    }
}

/// How many of `list` (a term's new articles, by index) come before article
/// `i`, knowing that the first `from` do. Gallops on from there: the answer is
/// usually a few entries on, next to the tail about to be read, where a binary
/// search over a common term's thousands of entries missed the cache at every step.
fn visible_new(list: &[(u32, f32)], from: usize, i: u32) -> usize {
    if from > list.len() || (from > 0 && list[from - 1].0 >= i) {
        // Not after the previous article (never, as `assign_with` splits the work).
        return list.partition_point(|&(j, _)| j < i);
    }
    let (mut lo, mut hi, mut step) = (from, from, 1);
    while hi < list.len() && list[hi].0 < i {
        lo = hi + 1;
        hi += step;
        step *= 2;
    }
    let hi = hi.min(list.len());
    lo + list[lo..hi].partition_point(|&(j, _)| j < i)
}

impl<'a> Index<'a> {
    fn new(items: &'a [Candidate], vectors: &'a Vectors, fresh: &[usize]) -> Index<'a> {
        let mut postings: Vec<Posting> =
            (0..vectors.df.len()).map(|_| Posting { entries: Vec::new(), existing: 0 }).collect();
        let add = |postings: &mut Vec<Posting>, i: usize| {
            for &(t, w) in &vectors.vecs[i] {
                postings[t as usize].entries.push((i as u32, w));
            }
        };
        for j in (0..items.len()).filter(|&j| items[j].story_id.is_some()) {
            add(&mut postings, j);
        }
        for p in postings.iter_mut() {
            p.existing = p.entries.len();
        }
        for &i in fresh {
            add(&mut postings, i);
        }
        let distinctive = (items.len() / 50).clamp(20, MAX_DISTINCTIVE);
        let common_norm = vectors
            .vecs
            .iter()
            .map(|v| {
                v.iter().filter(|(t, _)| vectors.df[*t as usize] > distinctive).map(|(_, w)| w * w).sum::<f32>().sqrt()
            })
            .collect();
        let origin = items.iter().map(|c| (c.feed_id, c.published)).collect();
        Index { items, vectors, postings, distinctive, common_norm, origin }
    }

    /// The most similar article `i` may join, if any reaches the threshold.
    fn best_match(&self, i: usize, s: &mut Scratch) -> Option<usize> {
        // Postings carry each article's weight for the term, so a candidate's
        // dot product accumulates term by term. Common terms offer only their
        // latest articles, so the accumulated score may lack some common terms;
        // their share of the cosine is at most the product of the two
        // articles' common-term norms (Cauchy-Schwarz). A candidate that cannot
        // reach the threshold even with it is skipped, and so is one that
        // scored under `OFFERED_FLOOR`; the rest get the full cosine.
        let mut common = 0.0f32;
        for &(t, w) in &self.vectors.vecs[i] {
            let p = &self.postings[t as usize];
            let seen = &mut s.seen[t as usize];
            *seen = visible_new(&p.entries[p.existing..], *seen as usize, i as u32) as u32;
            let list = &p.entries[..p.existing + *seen as usize];
            let list = if self.vectors.df[t as usize] > self.distinctive {
                common += w * w;
                &list[list.len().saturating_sub(RECENT)..]
            } else {
                list
            };
            for &(j, wj) in list {
                let j = j as usize;
                if s.partial[j] == 0.0 {
                    s.touched.push(j);
                }
                s.partial[j] += w * wj;
            }
        }
        let slack = common.sqrt();
        // This article's vector spread out by term: a candidate's cosine is one
        // lookup per term of the candidate.
        for &(t, w) in &self.vectors.vecs[i] {
            s.dense[t as usize] = w;
        }
        let (feed, published) = self.origin[i];
        let mut best: Option<(f32, usize)> = None;
        for &j in &s.touched {
            let offered = s.partial[j];
            let reachable = offered >= OFFERED_FLOOR && offered + slack * self.common_norm[j] >= THRESHOLD;
            let (other_feed, other_published) = self.origin[j];
            if reachable && other_feed != feed && (published - other_published).abs() <= WINDOW_SECS {
                let sim: f32 = self.vectors.vecs[j].iter().map(|&(t, w)| s.dense[t as usize] * w).sum();
                if sim >= THRESHOLD && best.is_none_or(|(x, _)| sim > x) {
                    best = Some((sim, j));
                }
            }
        }
        for j in s.touched.drain(..) {
            s.partial[j] = 0.0;
        }
        for &(t, _) in &self.vectors.vecs[i] {
            s.dense[t as usize] = 0.0;
        }
        best.map(|(_, j)| j)
    }
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

    #[test]
    fn only_the_lead_of_a_summary_counts() {
        let words: Vec<String> = (0..40).map(|i| format!("w{i}")).collect();
        assert_eq!(lead(&words.join(" ")), words[..LEAD_WORDS].join(" "));
        assert_eq!(lead("  short lead  "), "short lead");
        assert_eq!(lead(""), "");
        // Word 31 is not a term: the signature reads the lead only.
        let sig = signature("", &words.join(" "));
        assert!(sig.contains("w29:1") && !sig.contains("w30"), "{sig}");
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
    fn a_story_is_found_in_a_big_window_where_its_common_words_are_everywhere() {
        story_in_a_big_window("Rotterdam", |assigned| {
            assert_eq!((assigned[&2], assigned[&3]), (assigned[&1], assigned[&1]), "one story");
        });
        // The test has teeth: without the one distinctive name the reports
        // share, their common words alone offer only the latest articles.
        story_in_a_big_window("", |assigned| assert_ne!(assigned[&3], assigned[&1]));
    }

    /// 4,000 articles over 50 feeds, ten a minute, a fifth of them with one of
    /// the story's common words ("harbour", "strike", "talks", "minister",
    /// "union"), so each common term offers only its latest articles. Three
    /// reports of one story, hours apart with thousands of articles between
    /// them, say only those words and `name`.
    fn story_in_a_big_window(name: &str, check: impl Fn(&HashMap<i64, i64>)) {
        let common = ["harbour", "strike", "talks", "minister", "union"];
        let words: Vec<String> = (0..1000).map(|i| format!("v{i}q")).collect();
        let mut seed = 11u64;
        let mut next = move |n: usize| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((seed >> 33) as usize) % n
        };
        let mut items: Vec<Candidate> = (0..4_000i64)
            .map(|i| {
                // "the": English at a glance, never a term.
                let mut title: Vec<&str> = (0..6).map(|_| words[next(1000)].as_str()).chain(["the"]).collect();
                if next(5) == 0 {
                    title.push(common[next(5)]);
                }
                let mut c = candidate(100 + i, next(50) as i64, &title.join(" "));
                c.published = i * 6;
                c
            })
            .collect();
        let reports = [
            (1, 6_000, format!("{name} harbour strike talks union minister")),
            (2, 12_000, format!("Union minister {name} harbour strike talks")),
            (3, 18_000, format!("{name} strike harbour talks minister union")),
        ];
        for (id, at, title) in reports {
            let mut c = candidate(id, 100 + id, &title);
            c.published = at;
            items.push(c);
        }
        let assigned: HashMap<i64, i64> = assign(&mut items).into_iter().collect();
        assert_eq!(assigned.len(), 4_003);
        check(&assigned);
    }

    #[test]
    fn matching_in_parallel_gives_the_one_by_one_result() {
        // 3,000 headlines over 40 feeds from a small vocabulary: many
        // candidates, common terms, stories of several sizes.
        let words: Vec<String> = (0..300).map(|i| format!("w{i}x")).collect();
        let mut seed = 7u64;
        let mut next = move |n: usize| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((seed >> 33) as usize) % n
        };
        let mut items: Vec<Candidate> = (0..3000)
            .map(|i| {
                let title: Vec<&str> = (0..8).map(|_| words[next(40) * next(8) % 300].as_str()).collect();
                let mut c = candidate(i, next(40) as i64, &title.join(" "));
                c.published = i * 60;
                // A third already belong to stories.
                if i % 3 == 0 {
                    c.story_id = Some(i);
                }
                c
            })
            .collect();
        let mut other = items.clone();
        let one = assign_with(&mut items, 1);
        let joined = one.iter().filter(|(id, story)| id != story).count();
        assert!(joined > 100, "the set must exercise joining: {joined}");
        assert_eq!(one, assign_with(&mut other, 3));
    }

    #[test]
    fn the_visible_part_of_a_term_is_found_from_any_earlier_start() {
        let list: Vec<(u32, f32)> = [2u32, 3, 5, 8, 13, 21, 34, 55, 89, 144].iter().map(|&j| (j, 1.0)).collect();
        for i in 0..150 {
            let truth = list.partition_point(|&(j, _)| j < i);
            // Every start at or before the answer, and starts past it (a later
            // article first): all give what a binary search gives.
            for from in 0..=list.len() + 1 {
                assert_eq!(visible_new(&list, from, i), truth, "i {i}, from {from}");
            }
        }
        assert_eq!(visible_new(&[], 0, 7), 0);
    }

    #[test]
    fn related_needs_more_than_one_shared_word() {
        let football =
            signature("Live: Arsenal v Chelsea, Premier League match", "Goals and reaction from the Emirates.");
        let beer = signature("Beer podcast: the best match for a pale ale", "We taste hops and barley.");
        assert!(!is_related(&football, &beer));
        let rates = signature("Fed raises interest rates to fight inflation", "The central bank acted again.");
        let pause = signature("Inflation cools as Fed signals a pause on rates", "Markets rallied.");
        assert!(is_related(&rates, &pause), "{:?}", relatedness(&rates, &pause));
    }

    #[test]
    fn a_shared_name_alone_is_not_a_story() {
        let mut items =
            vec![candidate(1, 1, "Trump signs budget bill"), candidate(2, 2, "Trump meets Putin in Alaska")];
        assert_eq!(assign(&mut items), [(1, 1), (2, 2)]);
    }
}
