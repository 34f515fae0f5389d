//! UI benchmark (not a test): the release app on a database of 100 000
//! articles, driven through WebDriver under Xvfb. Prints the time to the first
//! painted list after launch, category switch and search times, and the PSS of
//! the app with its WebKit processes beside an empty Tauri window's.
//!
//! Run: scripts/bench-ui   (release build of the app, then this)

// Shared with the desktop tests; the benchmark uses only part of it.
#[allow(dead_code)]
#[path = "../tests/desktop/harness.rs"]
mod harness;

use bulletin_core::Store;
use bulletin_core::parsed::{ParsedEntry, ParsedFeed};
use bulletin_core::store::{FetchMeta, NewFeed};
use chrono::{Duration as Dur, Utc};
use harness::App;
use std::path::Path;
use std::time::{Duration, Instant};

const FEEDS: usize = 200;
const PER_FEED: usize = 500;
const CATEGORIES: [&str; 4] = ["World News", "Business", "Politics", "Latest news"];
const WORDS: &[&str] = &[
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
];

fn fill(db: &Path) {
    let mut store = Store::open(db).unwrap();
    store.set_setting("retention_days", "3650").unwrap();
    // 50 filters in force while the articles arrive: words, phrases and regexes
    // on every field and action (some hide, so counts must leave them out).
    use bulletin_core::model::{FilterAction, FilterField, FilterScope};
    let fields = [FilterField::Any, FilterField::Title, FilterField::Body, FilterField::Author];
    let actions = [FilterAction::Hide, FilterAction::Read, FilterAction::Save, FilterAction::Notify];
    for k in 0..50 {
        let (pattern, regex) = match k % 5 {
            4 => (format!(r"\b{}\w* as {}", &WORDS[k % 20][..3], WORDS[(k * 3) % 20]), true),
            3 => (format!("{} {}", WORDS[k % 20], WORDS[(k * 7 + 1) % 20]), false),
            _ => (format!("{} zz{k}", WORDS[k % 20]), false),
        };
        store.add_filter(&pattern, regex, fields[k % 4], &FilterScope::All, actions[k % 4], None).unwrap();
    }
    let now = Utc::now();
    for f in 0..FEEDS {
        let category = Some(store.ensure_category(CATEGORIES[f % 4]).unwrap());
        let url = format!("http://127.0.0.1:9/bench/{f}.xml");
        let id = store.add_feed(&NewFeed { url, title: format!("Bench feed {f}"), site_url: None, category }).unwrap();
        let entries = (0..PER_FEED)
            .map(|i| {
                let w = |k: usize| WORDS[(f * 7 + i * k) % WORDS.len()];
                let title = format!("{} {} as {} {} continues ({f}-{i})", w(1), w(3), w(5), w(11));
                let summary = format!("Details about the {} and the {} for item {i}.", w(2), w(7));
                ParsedEntry {
                    signature: bulletin_core::story::signature(&title, &summary),
                    guid: format!("{f}-{i}"),
                    url: Some(format!("https://bench{f}.example/{i}")),
                    summary,
                    content_html: format!("<p>Details about the {} and the {}.</p>", w(2), w(7)),
                    body_text: format!("Details about the {} and the {}.", w(2), w(7)),
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

/// Clicks `arguments[0]` (a selector) or, if absent, submits a search for
/// `arguments[1]`; resolves after the list shows header `arguments[2]` with at
/// least `arguments[3]` rows and the next frame is painted. (The app's CSP
/// forbids eval, so the steps are spelled out.)
const TIMED: &str = r#"
const [selector, query, header, minRows, callback] = arguments;
const t0 = performance.now();
if (selector) document.querySelector(selector).click();
else { const i = document.getElementById('search'); i.value = query; i.form.requestSubmit(); }
const check = () => {
  const h = document.querySelector('#list .list-header h2');
  if (h && h.textContent === header && document.querySelectorAll('#list .row').length >= minRows) {
    requestAnimationFrame(() => callback(performance.now() - t0));
  } else setTimeout(check, 1);
};
check();
"#;

async fn timed(app: &App, selector: Option<&str>, query: &str, header: &str, min_rows: usize) -> f64 {
    let args = vec![selector.into(), query.into(), header.into(), min_rows.into()];
    let v = app.client.execute_async(TIMED, args).await.expect("timed script");
    v.as_f64().expect("a duration")
}

fn pss_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup"))
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("Pss:")).and_then(|l| l.split_whitespace().nth(1)?.parse().ok()))
        .unwrap_or(0)
}

fn children(pid: u32) -> Vec<u32> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(p) = entry.file_name().to_string_lossy().parse::<u32>() else { continue };
        let stat = std::fs::read_to_string(format!("/proc/{p}/stat")).unwrap_or_default();
        let ppid =
            stat.rsplit(')').next().and_then(|r| r.split_whitespace().nth(1)).and_then(|x| x.parse::<u32>().ok());
        if ppid == Some(pid) {
            out.push(p);
            out.extend(children(p));
        }
    }
    out
}

fn pid_of(exe_name: &str) -> Option<u32> {
    std::fs::read_dir("/proc").unwrap().flatten().find_map(|e| {
        let p = e.file_name().to_string_lossy().parse::<u32>().ok()?;
        let exe = std::fs::read_link(format!("/proc/{p}/exe")).ok()?;
        (exe.file_name()?.to_string_lossy() == exe_name).then_some(p)
    })
}

/// PSS of a process and all its descendants (the WebKit web and network processes), in MiB.
fn tree_pss_mib(pid: u32) -> f64 {
    let total: u64 = std::iter::once(pid).chain(children(pid)).map(pss_kib).sum();
    total as f64 / 1024.0
}

/// When the process started, in ms since the epoch: its start in clock ticks
/// (10 ms) after boot, and boot time as now minus /proc/uptime (10 ms). Not
/// /proc/stat's btime: whole seconds, so up to a second off.
fn process_start_epoch_ms(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    let ticks: f64 = stat.rsplit(')').next().unwrap().split_whitespace().nth(19).unwrap().parse().unwrap();
    let uptime: f64 =
        std::fs::read_to_string("/proc/uptime").unwrap().split_whitespace().next().unwrap().parse().unwrap();
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs_f64();
    (now - uptime + ticks / 100.0) * 1000.0
}

fn print_breakdown(label: &str, pid: u32) {
    for p in std::iter::once(pid).chain(children(pid)) {
        let name = std::fs::read_to_string(format!("/proc/{p}/comm")).unwrap_or_default();
        println!("    {label}: {:<24} {:>7.1} MiB PSS", name.trim(), pss_kib(p) as f64 / 1024.0);
    }
}

/// Launches the release app directly (no WebDriver) on a 100k database, three
/// times, each in a fresh session; returns the ms from process start to the
/// UI's first list (the app logs the wall-clock time of that moment).
fn direct_launches() -> Vec<f64> {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("bulletin.db");
    fill(&db);
    (0..3)
        .map(|i| {
            let mut session = bulletin_testkit::session::Session::start();
            let log = dir.path().join(format!("direct-{i}.log"));
            let mut cmd = session.command(harness::APP);
            cmd.env("BULLETIN_DB", &db)
                .env("BULLETIN_LOG", "bulletin_desktop=info")
                .env("XDG_CONFIG_HOME", dir.path().join("config"))
                .env("XDG_DATA_HOME", dir.path().join("data"))
                .env("GTK_A11Y", "none")
                .env("NO_AT_BRIDGE", "1")
                .stdout(std::process::Stdio::null())
                .stderr(std::fs::File::create(&log).unwrap());
            let pid = session.spawn(&mut cmd);
            let ready = || {
                let text = std::fs::read_to_string(&log).unwrap_or_default();
                let at = text.find("epoch_ms=")?;
                let ms = text[at + 9..].split(|c: char| !c.is_ascii_digit()).next()?.parse::<f64>().ok()?;
                Some(ms - process_start_epoch_ms(pid))
            };
            let start = Instant::now();
            loop {
                if let Some(ms) = ready() {
                    break ms;
                }
                assert!(start.elapsed() < Duration::from_secs(30), "the app never reported UI ready");
                std::thread::sleep(Duration::from_millis(50));
            }
        })
        .collect()
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let started = Instant::now();
    let launch = Instant::now();
    let app = App::launch(fill).await.expect("webview test tools are required");
    let fill_and_launch = launch.elapsed();
    // The list is painted when the front page shows rows; time it from the app's own clock too.
    app.wait_for("#list [data-article-id]", Duration::from_secs(30)).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    let paint_epoch_ms = app
        .js("const m = performance.getEntriesByName('bulletin:first-list')[0]; return m ? performance.timeOrigin + m.startTime : null")
        .await
        .as_f64()
        .expect("the app marks its first list");
    let app_pid = pid_of("bulletin-desktop").expect("app process");
    let first_paint_ms = paint_epoch_ms - process_start_epoch_ms(app_pid);
    let nav_start_ms =
        app.js("return performance.timeOrigin").await.as_f64().unwrap() - process_start_epoch_ms(app_pid);
    tokio::time::sleep(Duration::from_secs(2)).await;
    let launch_pss = tree_pss_mib(app_pid);
    print_breakdown("app after launch", app_pid);
    let articles = harness::cli_json(&app.db, &["categories"])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["total"].as_i64().unwrap())
        .sum::<i64>();

    let mut switch = Vec::new();
    let mut search = Vec::new();
    for round in 0..5 {
        for cat in CATEGORIES {
            let selector = format!("[data-category='{cat}'] .category-name");
            // A full first page (the list loads more as you scroll).
            switch.push(timed(&app, Some(&selector), "", cat, 50).await);
        }
        let q = ["ceasefire talks", "tariff", "budget vote", "storm border", "merger"][round];
        search.push(timed(&app, None, q, &format!("Search: {q}"), 1).await);
    }
    // The sidebar's counts, as a sync or a read refreshes them: categories (unread
    // and total, hidden and muted left out), feeds, accounts, views, filtered.
    let mut counts = Vec::new();
    for _ in 0..20 {
        let ms = app
            .js("const i = window.__TAURI__.core.invoke; const t = performance.now();
                 return Promise.all([i('categories'), i('feeds'), i('accounts'), i('views'), i('hidden_count')])
                   .then(() => performance.now() - t)")
            .await;
        counts.push(ms.as_f64().unwrap_or(f64::NAN));
    }
    tokio::time::sleep(Duration::from_secs(2)).await;
    let app_pss = tree_pss_mib(app_pid);
    print_breakdown("app", app_pid);
    let during = during_a_big_sync(&app, articles).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let synced_pss = tree_pss_mib(app_pid);
    print_breakdown("app after the big sync", app_pid);
    app.close().await;

    let (empty_pss, empty_nav_ms) = empty_window().await;
    let direct = direct_launches();
    println!("\nUI benchmark: {articles} articles in {FEEDS} feeds (release build, Xvfb, WebKitGTK)");
    println!(
        "  first list, direct launch (no WebDriver) {:>6.0} ms   goal < 1000 ms (median of 3: {:?})",
        median(direct.clone()),
        direct.iter().map(|d| d.round() as i64).collect::<Vec<_>>()
    );
    println!("  database fill + launch + session     {:>8.0} ms", fill_and_launch.as_secs_f64() * 1000.0);
    println!("  first list painted after launch      {first_paint_ms:>8.0} ms   goal < 1000 ms");
    println!("    of which: webview ready to load UI {nav_start_ms:>8.0} ms   (empty window: {empty_nav_ms:.0} ms)");
    println!(
        "  category switch, median of 20        {:>8.1} ms   goal < 100 ms (max {:.1})",
        median(switch.clone()),
        switch.iter().cloned().fold(0.0, f64::max)
    );
    println!(
        "  search, median of 5                  {:>8.1} ms   goal < 100 ms (max {:.1})",
        median(search.clone()),
        search.iter().cloned().fold(0.0, f64::max)
    );
    println!(
        "  sidebar counts, median of 20         {:>8.1} ms   goal < 100 ms (max {:.1})",
        median(counts.clone()),
        counts.iter().cloned().fold(0.0, f64::max)
    );
    println!(
        "  category switch during a first sync of {SYNC_FEEDS} feeds x {SYNC_ITEMS}, median of 20 {:>6.1} ms   goal < 100 ms (max {:.1}; {} articles stored meanwhile, sync {:.1} s)",
        median(during.switches.clone()),
        during.switches.iter().cloned().fold(0.0, f64::max),
        during.stored_meanwhile,
        during.sync_secs
    );
    println!("  PSS app + WebKit, after launch       {launch_pss:>8.1} MiB");
    println!("  PSS app + WebKit, after browsing     {app_pss:>8.1} MiB");
    println!("  PSS empty Tauri window (floor)       {empty_pss:>8.1} MiB");
    println!("  above the floor                      {:>8.1} MiB   goal <= 60 MiB", app_pss - empty_pss);
    println!(
        "  PSS after the first sync of {SYNC_FEEDS} feeds {synced_pss:>6.1} MiB   ({:.1} MiB above the floor)",
        synced_pss - empty_pss
    );
    println!("  (whole run {:.0} s)", started.elapsed().as_secs_f64());
}

/// Feeds and items of the first sync the app runs while categories are switched.
const SYNC_FEEDS: usize = 2_000;
const SYNC_ITEMS: usize = 50;

struct DuringSync {
    switches: Vec<f64>,
    /// Articles the sync stored between the first switch and the last.
    stored_meanwhile: i64,
    sync_secs: f64,
}

/// A feed as news sites write them: 2–5 paragraphs, a link and a picture per item.
fn news_feed(f: usize) -> String {
    let items: Vec<bulletin_testkit::Item> = (0..SYNC_ITEMS)
        .map(|i| {
            let w = |k: usize| WORDS[(f * 13 + i * k) % WORDS.len()];
            let paragraphs: String = (0..2 + (f + i) % 4)
                .map(|p| {
                    format!(
                        "<p>The {} and the {} were discussed again as the {} over the {} went on, officials said on day {p}; \
                         <a href=\"https://news{f}.example/more/{i}\">more on the {}</a>.</p>",
                        w(1), w(2), w(3), w(5), w(7)
                    )
                })
                .collect();
            bulletin_testkit::Item {
                description: format!("{paragraphs}<img src=\"https://news{f}.example/{i}.jpg\" alt=\"\">"),
                ..bulletin_testkit::Item::new(&format!("s{f}-{i}"), &format!("{} {} as {} {} ({f}/{i})", w(1), w(3), w(5), w(11)), (i * 30 + f % 30) as i64)
            }
        })
        .collect();
    bulletin_testkit::rss(&format!("Sync feed {f}"), &format!("https://news{f}.example"), &items)
}

/// Category switches while the app runs the first sync of `SYNC_FEEDS` new
/// feeds (an OPML import of that size), the single writer storing meanwhile.
async fn during_a_big_sync(app: &App, before: i64) -> DuringSync {
    let server = bulletin_testkit::TestServer::start();
    let mut opml = String::from("<opml version=\"2.0\"><body><outline text=\"World News\">");
    for f in 0..SYNC_FEEDS {
        server.set(&format!("/sync/{f}.xml"), bulletin_testkit::Route::feed(news_feed(f)));
        opml.push_str(&format!("<outline text=\"f{f}\" xmlUrl=\"{}\"/>", server.url(&format!("/sync/{f}.xml"))));
    }
    opml.push_str("</outline></body></opml>");
    let file = app.db.with_file_name("sync.opml");
    std::fs::write(&file, opml).unwrap();
    harness::cli_json(&app.db, &["opml", "import", file.to_str().unwrap()]);
    let total = || -> i64 {
        harness::cli_json(&app.db, &["categories"])
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["total"].as_i64().unwrap())
            .sum()
    };
    let started = Instant::now();
    app.js("window.__TAURI__.core.invoke('sync_now'); return true").await;
    // Measured once the writer is storing.
    while total() == before && started.elapsed() < Duration::from_secs(60) {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let first = total();
    let mut switches = Vec::new();
    for _ in 0..5 {
        for cat in CATEGORIES {
            let selector = format!("[data-category='{cat}'] .category-name");
            switches.push(timed(app, Some(&selector), "", cat, 50).await);
        }
    }
    let last = total();
    // The status line's progress bar shows until the sync has finished (the
    // article total alone cannot tell: retention may purge at the end).
    let syncing =
        || async { app.js("return !document.getElementById('progress').hidden").await.as_bool() == Some(true) };
    println!("  switches during the sync, ms: {:?}", switches.iter().map(|m| m.round() as i64).collect::<Vec<_>>());
    assert!(syncing().await, "the sync ended before the switches did: measure with more feeds");
    while syncing().await && started.elapsed() < Duration::from_secs(300) {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let sync_secs = started.elapsed().as_secs_f64();
    assert!(last > first, "the sync stored nothing while the switches were measured ({first} → {last})");
    DuringSync { switches, stored_meanwhile: last - first, sync_secs }
}

/// The floor: the same binary showing an empty window (no UI, no store, no
/// plugins), launched the same way.
async fn empty_window() -> (f64, f64) {
    let app = App::launch_with(|_| {}, &[("BULLETIN_EMPTY_WINDOW", "1")], None).await.expect("tools");
    let pid = pid_of("bulletin-desktop").expect("empty window process");
    let nav = app.js("return performance.timeOrigin").await.as_f64().unwrap() - process_start_epoch_ms(pid);
    tokio::time::sleep(Duration::from_secs(3)).await;
    let pss = tree_pss_mib(pid);
    print_breakdown("empty", pid);
    app.close().await;
    (pss, nav)
}
