//! The testkit's Google Reader API server as a program, for benchmarks:
//! `greader-server FEEDS ITEMS [freshrss|miniflux]` fills it with FEEDS feeds
//! of ITEMS items each (bodies like news: 2–5 paragraphs of 25–60 words, a
//! link and an image; items spread over the last 20 days), prints the
//! endpoint on stdout, and serves until its standard input closes.

use bulletin_testkit::greader::{Dialect, GReaderServer};
use std::io::Read;
use std::time::Duration;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let number = |i: usize, default: usize| args.get(i).and_then(|a| a.parse().ok()).unwrap_or(default);
    let (feeds, items) = (number(1, 200), number(2, 50));
    let dialect = if args.get(3).is_some_and(|d| d == "miniflux") { Dialect::Miniflux } else { Dialect::FreshRss };
    let server = GReaderServer::start(dialect, "bench", "bench password");
    let mut rng = Lcg(0x2545_f491_4f6c_dd1d);
    let words: Vec<String> = (0..6000).map(|_| word(&mut rng)).collect();
    let labels = ["World News", "Business", "Politics", "Latest news", "Tech"];
    let mut all = Vec::with_capacity(feeds * items);
    for f in 0..feeds {
        let feed =
            server.add_feed(&format!("https://bench{f}.example/feed"), &format!("Bench feed {f}"), Some(labels[f % 5]));
        for i in 0..items {
            let n = 6 + rng.below(6);
            let title = sentence(&mut rng, &words, n);
            let paragraphs: Vec<String> = (0..2 + rng.below(4))
                .map(|_| {
                    let n = 25 + rng.below(36);
                    format!("<p>{}</p>", sentence(&mut rng, &words, n))
                })
                .collect();
            let html = format!(
                "{}<p><a href=\"https://bench{f}.example/{i}?utm_source=rss\">Read more</a></p>\
                 <p><img src=\"https://bench{f}.example/{i}.jpg\" alt=\"\"></p>",
                paragraphs.join("")
            );
            let age = Duration::from_secs(rng.below(20 * 86_400) as u64);
            all.push((feed.clone(), title, html, age));
        }
    }
    server.add_items(all);
    println!("{}", server.endpoint());
    let _ = std::io::stdin().read_to_end(&mut Vec::new());
}

/// Words drawn with Zipf's law (rank^-1.07) after function words, as in
/// news prose; deterministic, so every run serves the same text.
fn sentence(rng: &mut Lcg, words: &[String], n: usize) -> String {
    const FUNCTION: [&str; 12] = ["the", "of", "and", "to", "a", "in", "that", "is", "for", "on", "was", "with"];
    let mut out: Vec<&str> = Vec::with_capacity(n);
    for _ in 0..n {
        if rng.below(100) < 45 {
            out.push(FUNCTION[rng.below(FUNCTION.len())]);
        } else {
            let u = (rng.below(1_000_000) as f64 + 1.0) / 1_000_001.0;
            let rank = ((words.len() as f64).powf(u * 0.93)) as usize;
            out.push(&words[rank.min(words.len() - 1)]);
        }
    }
    let mut s = out.join(" ");
    if let Some(first) = s.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    s + "."
}

fn word(rng: &mut Lcg) -> String {
    const SYLLABLES: [&str; 20] = [
        "ka", "lo", "mer", "tan", "vi", "sor", "pre", "dal", "ten", "ric", "ho", "mun", "bel", "as", "tor", "gra",
        "fe", "lin", "op", "cu",
    ];
    (0..2 + rng.below(3)).map(|_| SYLLABLES[rng.below(SYLLABLES.len())]).collect()
}

struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % n.max(1) as u64) as usize
    }
}
