//! The background sync loop shared by the desktop app and `bulletin watch`: a
//! tick every minute syncs the feeds that are due (each feed keeps its own
//! schedule and backoff in the store), a command syncs everything now.

use crate::accounts::{AccountReport, Credentials, Http};
use crate::fetch::Fetcher;
use crate::ids::{ArticleId, FeedId};
use crate::notify::Decision;
use crate::store::Store;
use crate::sync::{FeedSyncStatus, SyncEvent, SyncOptions, sync};
use serde::Serialize;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::mpsc;
use tokio::time::MissedTickBehavior;

/// How often the loop looks for due feeds. The per-feed interval is a setting.
pub const TICK: Duration = Duration::from_secs(60);
/// How often the loop looks for local changes to send to a server account,
/// so a change made in the app reaches the server within seconds.
pub const OUTBOX_TICK: Duration = Duration::from_secs(3);

/// Everything the loop reports, in one place; the app forwards these to its UI.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ServiceEvent {
    SyncStarted {
        total: usize,
    },
    SyncProgress {
        done: usize,
        total: usize,
        /// New articles stored so far.
        articles: usize,
        feed_id: FeedId,
        title: String,
        status: FeedSyncStatus,
    },
    SyncFinished {
        new_articles: usize,
        failed: usize,
        elapsed_ms: u64,
        error: Option<String>,
    },
    /// The ids of the articles a sync stored for the first time.
    NewArticles {
        articles: Vec<ArticleId>,
    },
    /// What the sync's new articles notify; the shell shows the pop-ups.
    Notifications {
        decision: Decision,
    },
    CountsChanged,
    /// How each server account's sync went.
    AccountsSynced {
        accounts: Vec<AccountReport>,
    },
}

#[derive(Debug)]
enum Command {
    SyncNow,
    Stop,
}

/// A handle to the running loop; cheap to clone.
#[derive(Clone)]
pub struct SyncService {
    tx: mpsc::Sender<Command>,
}

pub type Listener = Arc<dyn Fn(ServiceEvent) + Send + Sync>;

impl SyncService {
    /// Starts the loop on a runtime of its own, on its own threads. It syncs
    /// due feeds at once.
    ///
    /// Not on the caller's runtime: a sync's writer holds its thread for
    /// seconds at a time on a first sync of thousands of feeds, and the app's
    /// commands ran on the same two workers — a category switch during such a
    /// sync waited up to 5.2 s for one (measured by `bench/ui_bench.rs`).
    pub fn spawn(
        store: Store,
        fetcher: Fetcher,
        accounts: Accounts,
        options: SyncOptions,
        listener: Listener,
    ) -> SyncService {
        let (tx, rx) = mpsc::channel(8);
        let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(workers)
            .thread_name("bulletin-sync")
            .on_thread_start(in_background)
            .enable_all()
            .build();
        let loop_ = run(store, fetcher, accounts, options, rx, listener);
        match runtime {
            Ok(runtime) => {
                let spawned = std::thread::Builder::new().name("bulletin-sync".into()).spawn(move || {
                    in_background();
                    runtime.block_on(loop_)
                });
                if let Err(e) = spawned {
                    tracing::error!("could not start the sync thread: {e}");
                }
            }
            // Without threads of its own, on the caller's (the old way).
            Err(e) => {
                tracing::warn!("could not start the sync runtime ({e}); syncing on the app's");
                tokio::spawn(loop_);
            }
        }
        SyncService { tx }
    }

    /// Fetches every feed now (except gone ones and those under Retry-After).
    pub fn sync_now(&self) {
        // A full queue already holds a pending sync: dropping this one loses nothing.
        let _ = self.tx.try_send(Command::SyncNow);
    }

    pub async fn stop(&self) {
        let _ = self.tx.send(Command::Stop).await;
    }
}

/// Lowers the calling thread's CPU priority (Linux keeps a nice value per
/// thread): a first sync of thousands of feeds keeps both cores busy parsing,
/// matching and writing, and the app's own threads and its web view must win
/// them — a category switch during such a sync took up to 5.2 s.
fn in_background() {
    #[cfg(target_os = "linux")]
    // SAFETY: plain system calls on the calling thread's own id; nothing is shared.
    unsafe {
        let tid = libc::syscall(libc::SYS_gettid) as libc::id_t;
        libc::setpriority(libc::PRIO_PROCESS, tid, 10);
    }
}

/// What server accounts need: where their passwords are, and a client.
#[derive(Clone)]
pub struct Accounts {
    pub credentials: Credentials,
    pub http: Http,
}

async fn run(
    mut store: Store,
    fetcher: Fetcher,
    accounts: Accounts,
    options: SyncOptions,
    mut rx: mpsc::Receiver<Command>,
    listener: Listener,
) {
    let mut tick = tokio::time::interval(TICK);
    tick.set_missed_tick_behavior(MissedTickBehavior::Skip);
    let mut outbox_tick = tokio::time::interval(OUTBOX_TICK);
    outbox_tick.set_missed_tick_behavior(MissedTickBehavior::Skip);
    let mut accounts_due = Instant::now();
    // After a failed send, the outbox waits this long (not every 3 seconds).
    let mut outbox_retry_at = Instant::now();
    loop {
        let only_due = tokio::select! {
            _ = tick.tick() => true,
            _ = outbox_tick.tick() => {
                // Changes waiting for a server: send them now (a failing
                // server is tried again at its next regular sync).
                if Instant::now() >= outbox_retry_at && store.outbox_waiting().unwrap_or(0) > 0 {
                    let ok = sync_accounts(&mut store, &accounts, &*listener).await;
                    if !ok {
                        outbox_retry_at = Instant::now() + TICK;
                    }
                }
                continue;
            }
            cmd = rx.recv() => match cmd {
                Some(Command::SyncNow) => false,
                Some(Command::Stop) | None => break,
            },
        };
        let opts = SyncOptions { only_due, ..options.clone() };
        run_once(&mut store, &fetcher, &opts, &*listener).await;
        // Server accounts follow the sync interval; "sync now" syncs them too.
        let interval = store.settings().map_or(15, |s| s.sync_interval_minutes).max(1);
        if !only_due || Instant::now() >= accounts_due {
            sync_accounts(&mut store, &accounts, &*listener).await;
            accounts_due = Instant::now() + Duration::from_secs(u64::from(interval) * 60);
        }
        give_back_memory();
    }
}

/// Returns the heap a sync freed to the system. glibc keeps freed memory in
/// each thread's arena: after a first sync of 2,000 feeds the app's process
/// stayed 47 MiB larger (PSS 181 → 134 MiB) for as long as it ran in the tray.
fn give_back_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases free pages of glibc's own heaps.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// One sync of every server account; false when one failed.
async fn sync_accounts(store: &mut Store, accounts: &Accounts, emit: &(dyn Fn(ServiceEvent) + Send + Sync)) -> bool {
    if store.accounts().map_or(true, |a| a.is_empty()) {
        return true;
    }
    match crate::accounts::sync_all(store, &accounts.credentials, &accounts.http).await {
        Ok(synced) => {
            let ok = synced.accounts.iter().all(|a| a.error.is_none());
            if !synced.new_articles.is_empty() {
                emit(ServiceEvent::NewArticles { articles: synced.new_articles });
            }
            if !synced.notifications.is_empty() {
                emit(ServiceEvent::Notifications { decision: synced.notifications });
            }
            emit(ServiceEvent::AccountsSynced { accounts: synced.accounts });
            emit(ServiceEvent::CountsChanged);
            ok
        }
        Err(e) => {
            tracing::warn!("syncing server accounts failed: {e}");
            false
        }
    }
}

/// How often a sync reports its progress to the app, at most.
const PROGRESS_EVERY: Duration = Duration::from_millis(100);

async fn run_once(
    store: &mut Store,
    fetcher: &Fetcher,
    opts: &SyncOptions,
    emit: &(dyn Fn(ServiceEvent) + Send + Sync),
) {
    let mut started = false;
    // Progress at most every PROGRESS_EVERY (and the last): a first sync of
    // 2,000 feeds sent the web view 2,000 events in a few seconds.
    let mut progressed: Option<Instant> = None;
    let result = sync(store, fetcher, opts, |event| match event {
        // A due-only tick with nothing due stays silent: no progress flash every minute.
        SyncEvent::Started { total } if total > 0 || !opts.only_due => {
            started = true;
            emit(ServiceEvent::SyncStarted { total });
        }
        SyncEvent::Started { .. } => {}
        SyncEvent::FeedDone { report, done, total, articles } => {
            if done < total && progressed.is_some_and(|at| at.elapsed() < PROGRESS_EVERY) {
                return;
            }
            progressed = Some(Instant::now());
            emit(ServiceEvent::SyncProgress {
                done,
                total,
                articles,
                feed_id: report.id,
                title: report.title.clone(),
                status: report.status,
            })
        }
    })
    .await;
    if !started {
        return;
    }
    match result {
        Ok(report) => {
            let failed = report
                .feeds
                .iter()
                .filter(|f| matches!(f.status, FeedSyncStatus::Error | FeedSyncStatus::Gone))
                .count();
            let n = report.new_articles.len();
            if n > 0 {
                emit(ServiceEvent::NewArticles { articles: report.new_articles });
            }
            if !report.notifications.is_empty() {
                emit(ServiceEvent::Notifications { decision: report.notifications });
            }
            emit(ServiceEvent::SyncFinished { new_articles: n, failed, elapsed_ms: report.elapsed_ms, error: None });
        }
        Err(e) => {
            emit(ServiceEvent::SyncFinished { new_articles: 0, failed: 0, elapsed_ms: 0, error: Some(e.to_string()) })
        }
    }
    emit(ServiceEvent::CountsChanged);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fetch::FetchConfig;

    /// The calling thread's nice value.
    fn nice() -> i32 {
        #[cfg(target_os = "linux")]
        // SAFETY: reads the calling thread's own priority.
        unsafe {
            libc::getpriority(libc::PRIO_PROCESS, libc::syscall(libc::SYS_gettid) as libc::id_t)
        }
        #[cfg(not(target_os = "linux"))]
        0
    }

    /// A category switch waited up to 5 s during a first sync of 1,000 feeds:
    /// the loop's writer held one of the app's two runtime workers.
    #[tokio::test]
    async fn the_sync_loop_runs_on_threads_of_its_own_not_the_callers() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("bulletin.db");
        let (tx, rx) = std::sync::mpsc::channel();
        let tx = std::sync::Mutex::new(tx);
        let listener: Listener = Arc::new(move |event| {
            if let ServiceEvent::SyncStarted { .. } = event {
                let _ = tx.lock().unwrap().send((std::thread::current().name().map(String::from), nice()));
            }
        });
        let accounts =
            Accounts { credentials: Credentials::beside(&db), http: Http::new(Duration::from_secs(5)).unwrap() };
        let fetcher = Fetcher::new(FetchConfig::default()).unwrap();
        let service =
            SyncService::spawn(Store::open(&db).unwrap(), fetcher, accounts, SyncOptions::default(), listener);
        service.sync_now();
        let thread = tokio::task::spawn_blocking(move || rx.recv_timeout(Duration::from_secs(20))).await.unwrap();
        let (name, nice) = thread.unwrap();
        assert_eq!(name.as_deref(), Some("bulletin-sync"));
        // Elsewhere the priority is the system's to give (nice() reads 0 there).
        assert!(!cfg!(target_os = "linux") || nice == 10, "the sync's threads yield to the app's (nice {nice})");
        service.stop().await;
    }
}
