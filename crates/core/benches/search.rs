//! Search benchmark (not a test): 100,000 articles, a fifth of them in Chinese
//! or Japanese (indexed as character pairs, see `cjk`), beside the same number
//! of Latin-script articles alone. Prints the database size per article of
//! each, and the time of searches in every script: a Chinese word inside
//! sentences, a Japanese one, an English one, and an accent-free "koln" that
//! must find "Köln".
//!
//! Run: scripts/bench-search

use bulletin_core::Store;
use bulletin_core::parsed::{ParsedEntry, ParsedFeed};
use bulletin_core::store::{FetchMeta, NewFeed};
use chrono::{Duration as Dur, Utc};
use std::path::Path;
use std::time::Instant;

const FEEDS: usize = 200;
const PER_FEED: usize = 500;
const LATIN: &[&str] = &[
    "minister",
    "summit",
    "market",
    "vote",
    "storm",
    "rally",
    "court",
    "border",
    "trade",
    "energy",
    "talks",
    "budget",
    "election",
    "ceasefire",
    "inflation",
    "strike",
    "merger",
    "tariff",
    "drought",
    "protest",
    "Köln",
    "café",
    "economy",
    "parliament",
    "harbour",
    "airline",
    "pension",
    "wildfire",
    "satellite",
    "vaccine",
];
const CHINESE: &[&str] = &[
    "中国", "经济", "增长", "放缓", "政府", "宣布", "新的", "政策", "市场", "投资", "企业", "银行", "利率", "出口",
    "数据", "显示", "台风", "登陆", "航天", "月球",
];
const JAPANESE: &[&str] =
    &["東京", "地震", "発生", "政府", "経済", "対策", "発表", "市場", "株価", "上昇", "選挙", "首相"];
const PARTICLES: &[&str] = &["の", "で", "が", "を", "は", "に"];

/// A deterministic pseudo-random sequence (no dependency for a benchmark).
struct Rng(u64);
impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n
    }
}

const SYLLABLES: &[&str] =
    &["ka", "lo", "mer", "tan", "vi", "sor", "pre", "dal", "ten", "ric", "ho", "mun", "bel", "tor"];

/// News-like Latin text: one word in a hundred is a named one ("inflation",
/// "Köln"), the rest from a 2,744-word made-up vocabulary, so a search word
/// matches a few percent of the articles, as in a real corpus.
fn latin(rng: &mut Rng, words: usize) -> String {
    (0..words)
        .map(|_| {
            if rng.below(100) == 0 {
                LATIN[rng.below(LATIN.len())].to_owned()
            } else {
                (0..3).map(|_| SYLLABLES[rng.below(SYLLABLES.len())]).collect::<String>()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn chinese(rng: &mut Rng, words: usize) -> String {
    (0..words).map(|_| CHINESE[rng.below(CHINESE.len())]).collect::<String>() + "。"
}

fn japanese(rng: &mut Rng, words: usize) -> String {
    (0..words)
        .map(|_| format!("{}{}", JAPANESE[rng.below(JAPANESE.len())], PARTICLES[rng.below(PARTICLES.len())]))
        .collect::<String>()
        + "。"
}

/// Fills `db` with FEEDS × PER_FEED articles; `cjk` makes every fifth one Chinese or Japanese.
fn fill(db: &Path, cjk: bool) {
    let mut store = Store::open(db).unwrap();
    let now = Utc::now();
    let mut rng = Rng(20261204);
    for f in 0..FEEDS {
        let url = format!("http://127.0.0.1:9/bench/{f}.xml");
        let id =
            store.add_feed(&NewFeed { url, title: format!("Bench feed {f}"), site_url: None, category: None }).unwrap();
        let entries = (0..PER_FEED)
            .map(|i| {
                let (title, body) = match (cjk, (f * PER_FEED + i) % 10) {
                    (true, 0) => (chinese(&mut rng, 6), (0..4).map(|_| chinese(&mut rng, 12)).collect::<String>()),
                    (true, 5) => (japanese(&mut rng, 5), (0..4).map(|_| japanese(&mut rng, 10)).collect::<String>()),
                    _ => (latin(&mut rng, 8), (0..4).map(|_| latin(&mut rng, 25) + ".").collect::<Vec<_>>().join(" ")),
                };
                let summary: String = body.chars().take(200).collect();
                ParsedEntry {
                    signature: String::new(),
                    guid: format!("{f}-{i}"),
                    url: Some(format!("https://bench{f}.example/{i}")),
                    content_html: format!("<p>{body}</p>"),
                    body_text: body,
                    summary,
                    author: None,
                    lang: None,
                    published: Some(now - Dur::minutes((i * 60 + f) as i64)),
                    enclosures: Vec::new(),
                    image: None,
                    title,
                }
            })
            .collect();
        let parsed = ParsedFeed { title: None, site_url: None, entries, update_minutes: None };
        let meta = FetchMeta {
            validators: Default::default(),
            moved_to: None,
            fetched_at: now.timestamp(),
            next_fetch_at: i64::MAX / 2,
            hint_minutes: None,
        };
        store.record_fetched(id, &parsed, &meta).unwrap();
    }
}

/// The database's bytes on disk, its write-ahead log included.
fn size(db: &Path) -> f64 {
    let wal = db.with_extension("db-wal");
    [db, wal.as_path()].iter().filter_map(|p| std::fs::metadata(p).ok()).map(|m| m.len() as f64).sum()
}

/// Median milliseconds of 21 searches for `query`; also how many it found.
fn timed(store: &Store, query: &str) -> (f64, usize) {
    let mut times = Vec::new();
    let mut found = 0;
    for _ in 0..21 {
        let t0 = Instant::now();
        found = store.search(query, 100).unwrap().len();
        times.push(t0.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    (times[times.len() / 2], found)
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let articles = FEEDS * PER_FEED;
    let mut sizes = Vec::new();
    for (name, cjk) in [("latin", false), ("cjk", true)] {
        let db = dir.path().join(format!("{name}.db"));
        let t0 = Instant::now();
        fill(&db, cjk);
        let bytes = size(&db);
        println!(
            "{name:>6}: {articles} articles stored in {:.1} s, {:.0} B per article",
            t0.elapsed().as_secs_f64(),
            bytes / articles as f64
        );
        sizes.push(bytes);
    }
    println!("database with a fifth in Chinese/Japanese: {:.2}x the Latin-only one", sizes[1] / sizes[0]);
    let store = Store::open(dir.path().join("cjk.db")).unwrap();
    println!("searches on the mixed database (median of 21, best 100 hits):");
    for (what, query) in [
        ("Chinese word inside sentences", "经济"),
        ("Chinese two-word phrase", "经济增长"),
        ("Japanese word", "地震"),
        ("English word", "inflation"),
        ("accent-free koln finds Köln", "koln"),
    ] {
        let (ms, found) = timed(&store, query);
        assert!(found > 0, "{query:?} found nothing");
        println!("  {what:<32} {query:<10} {ms:>7.2} ms  ({found} hits)");
    }
}
