//! Starts Xvfb, a private session bus and tauri-driver for one test, and a
//! WebDriver session on the app; tears all of it down (by process group) on drop.
//!
//! Desktop tests run one at a time (a shared lock) and every WebDriver call is
//! bounded: a webview that stops answering fails the test instead of hanging CI.
//! A watchdog ends the whole test process if a test outlives `TEST_LIMIT`.

use bulletin_testkit::session::{self, Session};
use fantoccini::{Client, ClientBuilder, Locator, elements::Element};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use tokio::sync::{Mutex, MutexGuard};

/// One desktop test at a time: two webviews on 2 cores starve each other.
static SERIAL: Mutex<()> = Mutex::const_new(());
/// Any single WebDriver call: session creation, a script, a click.
const CALL_LIMIT: Duration = Duration::from_secs(30);
/// A whole test, from launch to close.
const TEST_LIMIT: Duration = Duration::from_secs(240);
/// The UI benchmark (bench/ui_bench.rs, on the main thread rather than a test's
/// own): 100,000 articles, then a first sync of 2,000 feeds under the clicks.
const BENCH_LIMIT: Duration = Duration::from_secs(900);

/// Bounds one WebDriver call; a stuck webview panics with `what`.
pub async fn bounded<T>(what: &str, fut: impl std::future::Future<Output = T>) -> T {
    tokio::time::timeout(CALL_LIMIT, fut).await.unwrap_or_else(|_| panic!("{what}: no answer within {CALL_LIMIT:?}"))
}

pub const APP: &str = env!("CARGO_BIN_EXE_bulletin-desktop");

pub fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/core/tests/fixtures").join(name)).unwrap()
}

/// The `bulletin` CLI built beside the app (same workspace target dir).
pub fn cli() -> Command {
    let exe = Path::new(APP).with_file_name("bulletin");
    assert!(exe.exists(), "{} missing: build the workspace first", exe.display());
    Command::new(exe)
}

pub fn cli_json(db: &Path, args: &[&str]) -> serde_json::Value {
    let out = cli().env("BULLETIN_DB", db).args(args).arg("--json").output().unwrap();
    assert!(out.status.success(), "bulletin {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The tools the webview tests need, or `None` (a failure in CI, a skip elsewhere).
pub fn tools() -> Option<(PathBuf, PathBuf)> {
    session::require(&["tauri-driver", "WebKitWebDriver", "Xvfb", "dbus-daemon", "import"])
        .then(|| (session::tool("tauri-driver").unwrap(), session::tool("WebKitWebDriver").unwrap()))
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

pub struct App {
    pub client: Client,
    pub db: PathBuf,
    pub display: String,
    pub dir: tempfile::TempDir,
    session: Session,
    done: Arc<AtomicBool>,
    _serial: MutexGuard<'static, ()>,
}

impl App {
    /// Launches the app on the database `prepare` filled (through the core).
    pub async fn launch(prepare: impl FnOnce(&Path)) -> Option<App> {
        Self::launch_with(prepare, &[], Some("body[data-ready='true']")).await
    }

    /// Like `launch`, with extra environment for the app and an optional
    /// selector that means "ready".
    pub async fn launch_with(prepare: impl FnOnce(&Path), env: &[(&str, &str)], ready: Option<&str>) -> Option<App> {
        Self::launch_in(prepare, env, ready, |_, _| {}).await
    }

    /// Like `launch_with`; `setup` starts what the app should find in its
    /// session first (a notification server…), given a scratch directory.
    pub async fn launch_in(
        prepare: impl FnOnce(&Path),
        env: &[(&str, &str)],
        ready: Option<&str>,
        setup: impl FnOnce(&mut Session, &Path),
    ) -> Option<App> {
        let (driver, native) = tools()?;
        let serial = SERIAL.lock().await;
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("bulletin.db");
        prepare(&db);
        let mut session = Session::start();
        let display = session.display.clone();
        setup(&mut session, dir.path());

        let port = free_port();
        let native_port = free_port();
        let artifacts = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/artifacts");
        std::fs::create_dir_all(&artifacts).unwrap();
        let test = std::thread::current().name().unwrap_or("desktop").replace("::", "-");
        let log = std::fs::File::create(artifacts.join(format!("{test}.driver.log"))).unwrap();
        session.spawn(
            session
                .command(driver)
                .args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
                .arg("--native-driver")
                .arg(native)
                .env("BULLETIN_DB", &db)
                .env("XDG_DATA_HOME", dir.path().join("data"))
                .env("XDG_CONFIG_HOME", dir.path().join("config"))
                // English whatever the machine says; a test that wants another language sets it.
                .env("LANG", "C.UTF-8")
                .env("GTK_A11Y", "none")
                .env("NO_AT_BRIDGE", "1")
                .envs(env.iter().copied())
                .stdout(log.try_clone().unwrap())
                .stderr(log),
        );
        let (groups, bus_pid) = session.pids();
        let done = watchdog(&test, groups, bus_pid);
        let client = connect(port).await;
        let app = App { client, db, display, dir, session, done, _serial: serial };
        if let Some(ready) = ready {
            app.wait_for(ready, Duration::from_secs(30)).await;
        }
        Some(app)
    }

    /// The app's desktop session (display and bus), to run tools in it.
    pub fn session(&self) -> &Session {
        &self.session
    }

    pub async fn wait_for(&self, css: &str, timeout: Duration) -> Element {
        let wait = self.client.wait().at_most(timeout).for_element(Locator::Css(css));
        tokio::time::timeout(timeout + CALL_LIMIT, wait)
            .await
            .unwrap_or_else(|_| panic!("no {css}: the webview stopped answering"))
            .unwrap_or_else(|e| panic!("no {css} within {timeout:?}: {e}"))
    }

    /// Waits until `css`'s text satisfies `ok`; returns it.
    pub async fn wait_text(&self, css: &str, timeout: Duration, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        let mut last = String::new();
        while start.elapsed() < timeout {
            if let Ok(Ok(el)) = tokio::time::timeout(CALL_LIMIT, self.client.find(Locator::Css(css))).await
                && let Ok(Ok(t)) = tokio::time::timeout(CALL_LIMIT, el.text()).await
            {
                if ok(&t) {
                    return t;
                }
                last = t;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("{css}: text {last:?} never matched within {timeout:?}");
    }

    /// Clicks `css`, finding it again if a re-render replaced it meanwhile.
    pub async fn click(&self, css: &str) {
        let start = Instant::now();
        loop {
            let el = self.wait_for(css, Duration::from_secs(10)).await;
            let result = bounded(&format!("click {css}"), el.click()).await;
            match result {
                Ok(()) => return,
                Err(e) if start.elapsed() < Duration::from_secs(10) => {
                    let _ = e;
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Err(e) => panic!("click {css}: {e}"),
            }
        }
    }

    /// Types `text` into the element `css` (WebDriver key codes allowed).
    pub async fn keys(&self, css: &str, text: &str) {
        let el = self.wait_for(css, Duration::from_secs(10)).await;
        bounded(&format!("keys into {css}"), el.send_keys(text))
            .await
            .unwrap_or_else(|e| panic!("keys into {css}: {e}"));
    }

    pub async fn js(&self, script: &str) -> serde_json::Value {
        bounded(script, self.client.execute(script, vec![])).await.unwrap_or_else(|e| panic!("{script}: {e}"))
    }

    /// Writes a screenshot of the virtual display to tests/artifacts/NAME.png
    /// (for people to look at). Taken by X, not WebDriver: WebKit's snapshot
    /// never answers when compositing is off, as the app runs on Linux.
    pub async fn screenshot(&self, name: &str) {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/artifacts").join(format!("{name}.png"));
        let mut import = tokio::process::Command::new("import");
        import.args(["-display", &self.display, "-window", "root"]).arg(&path).kill_on_drop(true);
        match tokio::time::timeout(Duration::from_secs(10), import.status()).await {
            Ok(Ok(status)) if status.success() => {}
            other => eprintln!("screenshot {name} not taken: {other:?}"),
        }
    }

    pub async fn close(mut self) {
        let _ = tokio::time::timeout(CALL_LIMIT, self.client.clone().close()).await;
        self.stop();
    }

    fn stop(&mut self) {
        self.done.store(true, Ordering::SeqCst);
        self.session.stop();
    }
}

impl Drop for App {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Kills the test's process groups and exits if the test is still running
/// after `TEST_LIMIT`: a clear failure instead of a CI run that never ends.
fn watchdog(test: &str, groups: Vec<i32>, bus_pid: i32) -> Arc<AtomicBool> {
    let done = Arc::new(AtomicBool::new(false));
    let flag = done.clone();
    let test = test.to_owned();
    let limit = if test == "main" { BENCH_LIMIT } else { TEST_LIMIT };
    std::thread::spawn(move || {
        let start = Instant::now();
        while start.elapsed() < limit {
            if flag.load(Ordering::SeqCst) {
                return;
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        eprintln!("{test}: still running after {limit:?}; killing its processes and failing");
        for g in groups {
            session::signal(-g, session::SIGKILL);
        }
        if bus_pid > 0 {
            session::signal(bus_pid, session::SIGKILL);
        }
        std::process::exit(101);
    });
    done
}

async fn connect(port: u16) -> Client {
    let mut caps = serde_json::Map::new();
    caps.insert("browserName".into(), "wry".into());
    caps.insert("tauri:options".into(), serde_json::json!({ "application": APP }));
    let start = Instant::now();
    loop {
        let mut builder = ClientBuilder::rustls().expect("rustls");
        builder.capabilities(caps.clone());
        let url = format!("http://127.0.0.1:{port}");
        match bounded("new WebDriver session", builder.connect(&url)).await {
            Ok(c) => return c,
            Err(e) if start.elapsed() < Duration::from_secs(20) => {
                let _ = e;
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            Err(e) => panic!("no WebDriver session: {e}"),
        }
    }
}
