//! A simulated week in the tray (not a test): the app's sync service, run for
//! 2,000 cycles on accelerated time (the clock moves 5 minutes a cycle, so
//! 2,000 cycles are 6.9 days) against feeds that change every cycle:
//!
//! - news feeds that gain items (each document keeps its newest 20),
//! - feeds that vanish (404) for a hundred cycles and return,
//! - feeds that answer 503 one time in five,
//! - feeds that answer slowly every 25th cycle,
//!
//! while a user reads everything now and then and saves an article every 40
//! cycles. Retention is 2 days, so it removes articles within the week.
//!
//! Every 100 cycles it prints the curve: resident memory, open file
//! descriptors, database and WAL sizes, articles, duplicates, saved articles
//! kept. It fails (exit 1) when memory or descriptors grow by 10 % or more
//! after the warm-up (the later half's peak against the earlier half's), the
//! database or WAL keeps growing, an article is
//! stored twice, or a saved article is lost.
//!
//! Run: scripts/soak [CYCLES]

use bulletin_core::accounts::Credentials;
use bulletin_core::fetch::{FetchConfig, Fetcher};
use bulletin_core::service::{Accounts, Listener, ServiceEvent, SyncService};
use bulletin_core::store::{NewFeed, ReadScope};
use bulletin_core::time::{now, shift_clock};
use bulletin_core::{ArticleId, Store, SyncOptions};
use bulletin_testkit::{Route, TestServer};
use rusqlite::{Connection, OptionalExtension};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const NEWS: usize = 24;
const VANISHING: usize = 3;
const FAILING: usize = 3;
const SLOW: usize = 2;
const CYCLE_SECS: i64 = 300;
const PER_DOCUMENT: usize = 20;
/// Growth is judged from here on: 3.5 days, past the 2-day retention, when
/// the database holds a steady number of articles (before it, memory follows
/// the database's working set as it fills).
const WARM_UP: usize = 1_000;
const SAMPLE_EVERY: usize = 100;

struct Sample {
    cycle: usize,
    rss_kb: u64,
    heap_kb: u64,
    sqlite_kb: u64,
    fds: usize,
    db_kb: u64,
    wal_kb: u64,
    articles: i64,
    duplicates: i64,
    saved_kept: usize,
    saved: usize,
    cycle_ms: u128,
}

fn main() {
    let cycles: usize =
        std::env::args().skip(1).find(|a| !a.starts_with('-')).and_then(|a| a.parse().ok()).unwrap_or(2_000);
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("soak.db");
    let server = TestServer::start();
    let feeds = NEWS + VANISHING + FAILING + SLOW;

    let mut user = Store::open(&db).expect("open the database");
    user.set_setting("retention_days", "2").expect("retention");
    for i in 0..feeds {
        let feed = NewFeed { url: server.url(&path(i)), title: format!("Feed {i}"), site_url: None, category: None };
        user.add_feed(&feed).expect("add feed");
    }

    // What the sampling reads, beside the app's connections (WAL lets it).
    let look = Connection::open(&db).expect("open the database");
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("runtime");
    let finished: Arc<Mutex<Option<std::sync::mpsc::Sender<()>>>> = Arc::default();
    let notify = finished.clone();
    let listener: Listener = Arc::new(move |event| {
        if let ServiceEvent::SyncFinished { .. } = event
            && let Some(tx) = notify.lock().unwrap().as_ref()
        {
            let _ = tx.send(());
        }
    });
    let fetcher = Fetcher::new(FetchConfig { request_timeout: Duration::from_secs(10), ..FetchConfig::default() })
        .expect("fetcher");
    let accounts = Accounts {
        credentials: Credentials::beside(&db),
        http: bulletin_core::accounts::Http::new(Duration::from_secs(10)).expect("http"),
    };
    let service = {
        let _enter = rt.enter();
        let store = Store::open(&db).expect("open the database");
        SyncService::spawn(store, fetcher, accounts, SyncOptions::default(), listener)
    };

    let mut rng = fastrand::Rng::with_seed(14);
    let mut documents: Vec<Vec<(u64, i64)>> = vec![Vec::new(); feeds];
    let mut next_item = 0u64;
    let mut saved: Vec<ArticleId> = Vec::new();
    let mut samples: Vec<Sample> = Vec::new();
    let mut recent_ms: Vec<u128> = Vec::new();
    let started = Instant::now();
    println!(
        "{feeds} feeds, {cycles} cycles of {} minutes ({:.1} days)",
        CYCLE_SECS / 60,
        cycles as f64 * CYCLE_SECS as f64 / 86_400.0
    );
    println!(
        "{:>6} {:>9} {:>8} {:>8} {:>5} {:>9} {:>9} {:>8} {:>5} {:>11} {:>8}",
        "cycle",
        "rss MB",
        "heap MB",
        "sqlite MB",
        "fds",
        "db KB",
        "wal KB",
        "articles",
        "dups",
        "saved kept",
        "median ms"
    );

    for cycle in 1..=cycles {
        shift_clock(CYCLE_SECS);
        let now = now();
        for (i, doc) in documents.iter_mut().enumerate() {
            // News feeds gain an item one cycle in three; the others one in ten.
            let chance = if i < NEWS { 3 } else { 10 };
            if rng.usize(..chance) == 0 || doc.is_empty() {
                next_item += 1;
                doc.push((next_item, now));
                if doc.len() > PER_DOCUMENT {
                    doc.remove(0);
                }
            }
            server.set(&path(i), route(i, cycle, doc, &mut rng));
        }
        server.clear_hits();

        let (tx, rx) = std::sync::mpsc::channel();
        *finished.lock().unwrap() = Some(tx);
        let t0 = Instant::now();
        service.sync_now();
        rx.recv_timeout(Duration::from_secs(120)).expect("a sync finishes");
        recent_ms.push(t0.elapsed().as_millis());

        // The user: reads everything one cycle in four, saves the newest article every 40.
        if rng.usize(..4) == 0 {
            user.mark_read(&ReadScope::All).expect("mark read");
        }
        if cycle.is_multiple_of(40) {
            let newest: Option<i64> = look
                .query_row("SELECT MAX(id) FROM articles WHERE id NOT IN (SELECT article_id FROM saved)", [], |r| {
                    r.get(0)
                })
                .expect("newest");
            if let Some(id) = newest {
                user.set_saved(ArticleId(id), true).expect("save");
                saved.push(ArticleId(id));
            }
        }
        if cycle.is_multiple_of(SAMPLE_EVERY) || cycle == cycles {
            // The median cycle of the last hundred (every 25th waits for a slow feed).
            recent_ms.sort_unstable();
            let cycle_ms = recent_ms[recent_ms.len() / 2];
            recent_ms.clear();
            let s = sample(&look, &db, cycle, &saved, cycle_ms);
            println!(
                "{:>6} {:>9.1} {:>8.1} {:>8.1} {:>5} {:>9} {:>9} {:>8} {:>5} {:>5} of {:<3} {:>8}",
                s.cycle,
                s.rss_kb as f64 / 1024.0,
                s.heap_kb as f64 / 1024.0,
                s.sqlite_kb as f64 / 1024.0,
                s.fds,
                s.db_kb,
                s.wal_kb,
                s.articles,
                s.duplicates,
                s.saved_kept,
                s.saved,
                s.cycle_ms
            );
            samples.push(s);
        }
    }
    rt.block_on(service.stop());
    println!("{cycles} cycles in {:.0} s", started.elapsed().as_secs_f64());
    std::process::exit(if verdict(&samples) { 0 } else { 1 });
}

fn path(i: usize) -> String {
    format!("/feed/{i}.xml")
}

/// What feed `i` answers this cycle.
fn route(i: usize, cycle: usize, doc: &[(u64, i64)], rng: &mut fastrand::Rng) -> Route {
    let feed = Route::feed(rss(i, doc));
    if i < NEWS {
        feed
    } else if i < NEWS + VANISHING {
        // Gone for a hundred cycles in three hundred, then back.
        if (cycle / 100) % 3 == 1 { Route::status(404) } else { feed }
    } else if i < NEWS + VANISHING + FAILING {
        if rng.usize(..5) == 0 { Route::status(503) } else { feed }
    } else if cycle.is_multiple_of(25) {
        feed.delayed(Duration::from_millis(1500))
    } else {
        feed
    }
}

fn rss(i: usize, doc: &[(u64, i64)]) -> String {
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Feed {i}</title><link>http://example.com/{i}</link><description>soak</description>"
    );
    for &(n, at) in doc.iter().rev() {
        let date = chrono::DateTime::from_timestamp(at, 0).unwrap_or_default().to_rfc2822();
        out.push_str(&format!(
            "<item><title>Report {n} on the harbour strike talks in city {}</title><link>http://example.com/{i}/{n}</link><guid>item-{n}</guid><pubDate>{date}</pubDate><description>&lt;p&gt;Workers and owners met again on day {n}; the minister said a deal was close, unions were wary.&lt;/p&gt;</description></item>",
            n % 97
        ));
    }
    out.push_str("</channel></rss>");
    out
}

fn sample(look: &Connection, db: &Path, cycle: usize, saved: &[ArticleId], cycle_ms: u128) -> Sample {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let rss_kb = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0);
    let fds = std::fs::read_dir("/proc/self/fd").map_or(0, |d| d.count());
    let size = |p: &Path| std::fs::metadata(p).map_or(0, |m| m.len() / 1024);
    let wal = db.with_file_name("soak.db-wal");
    let count = |sql: &str| look.query_row(sql, [], |r| r.get::<_, i64>(0)).expect("count");
    let saved_kept = saved
        .iter()
        .filter(|id| {
            look.query_row(
                "SELECT 1 FROM articles a JOIN saved s ON s.article_id = a.id WHERE a.id = ?1",
                [id.0],
                |r| r.get::<_, bool>(0),
            )
            .optional()
            .expect("saved")
            .unwrap_or(false)
        })
        .count();
    Sample {
        cycle,
        rss_kb,
        heap_kb: heap_in_use_kb(),
        // SQLite's own allocations (page caches, statements), part of the heap.
        sqlite_kb: (unsafe { rusqlite::ffi::sqlite3_memory_used() } / 1024) as u64,
        fds,
        db_kb: size(db),
        wal_kb: size(&wal),
        articles: count("SELECT COUNT(*) FROM articles"),
        duplicates: count("SELECT COUNT(*) FROM (SELECT 1 FROM articles GROUP BY feed_id, guid HAVING COUNT(*) > 1)"),
        saved_kept,
        saved: saved.len(),
        cycle_ms,
    }
}

/// Bytes the allocator has handed out and not had back (glibc), in KiB:
/// beside the resident size, it tells a leak from a fragmented heap.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn heap_in_use_kb() -> u64 {
    #[repr(C)]
    struct MallInfo2 {
        arena: usize,
        ordblks: usize,
        smblks: usize,
        hblks: usize,
        hblkhd: usize,
        usmblks: usize,
        fsmblks: usize,
        uordblks: usize,
        fordblks: usize,
        keepcost: usize,
    }
    unsafe extern "C" {
        fn mallinfo2() -> MallInfo2;
    }
    // SAFETY: mallinfo2 only reads the allocator's counters.
    let m = unsafe { mallinfo2() };
    ((m.uordblks + m.hblkhd) / 1024) as u64
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn heap_in_use_kb() -> u64 {
    0
}

/// Flat after the warm-up, bounded, nothing duplicated, nothing saved lost.
/// "Flat" compares the curve's envelope: the highest value of the later half
/// of the samples after the warm-up against the highest of the earlier half
/// (one sample alone may catch the page caches empty or full).
fn verdict(samples: &[Sample]) -> bool {
    let after: Vec<&Sample> = samples.iter().filter(|s| s.cycle >= WARM_UP).collect();
    if after.len() < 4 {
        println!("too few cycles to judge (the warm-up is {WARM_UP})");
        return false;
    }
    let last = samples.last().expect("a sample");
    let (early, late) = after.split_at(after.len() / 2);
    let peak = |part: &[&Sample], f: fn(&Sample) -> u64| part.iter().map(|s| f(s)).max().unwrap_or(0);
    let growth = |from: u64, to: u64| if from == 0 { 0.0 } else { (to as f64 / from as f64 - 1.0) * 100.0 };
    let mib = |kb: u64| kb as f64 / 1024.0;
    let (rss_early, rss_late) = (peak(early, |s| s.rss_kb), peak(late, |s| s.rss_kb));
    let rss = growth(rss_early, rss_late);
    let (fds_early, fds_late) = (peak(early, |s| s.fds as u64), peak(late, |s| s.fds as u64));
    let fds = growth(fds_early, fds_late);
    let own = |s: &Sample| s.heap_kb.saturating_sub(s.sqlite_kb);
    let (heap_early, heap_late) = (peak(early, own), peak(late, own));
    println!(
        "heap outside SQLite's caches, peak: {:.1} -> {:.1} MB ({:+.1} %)",
        mib(heap_early),
        mib(heap_late),
        growth(heap_early, heap_late)
    );
    let db_half = samples.iter().find(|s| s.cycle >= last.cycle / 2).expect("a sample");
    let db = growth(db_half.db_kb, last.db_kb);
    let checks = [
        (
            format!(
                "resident memory after warm-up, peak: {:.1} -> {:.1} MB ({rss:+.1} %)",
                mib(rss_early),
                mib(rss_late)
            ),
            rss < 10.0,
        ),
        (format!("open descriptors after warm-up, peak: {fds_early} -> {fds_late} ({fds:+.1} %)"), fds < 10.0),
        (format!("database, second half of the run: {} -> {} KB ({db:+.1} %)", db_half.db_kb, last.db_kb), db < 10.0),
        (format!("WAL at most {} KB", peak(&after, |s| s.wal_kb)), peak(&after, |s| s.wal_kb) < 64 * 1024),
        (format!("duplicate articles: {}", last.duplicates), samples.iter().all(|s| s.duplicates == 0)),
        (
            format!("saved articles kept: {} of {}", last.saved_kept, last.saved),
            last.saved > 0 && samples.iter().all(|s| s.saved_kept == s.saved),
        ),
        (format!("articles stored at the end: {}", last.articles), last.articles > 0),
    ];
    let mut ok = true;
    for (what, pass) in &checks {
        println!("{} {what}", if *pass { "ok  " } else { "FAIL" });
        ok &= pass;
    }
    ok
}
