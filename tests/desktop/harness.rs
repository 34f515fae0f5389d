//! Starts Xvfb, a private session bus and tauri-driver for one test, and a
//! WebDriver session on the app; tears all of it down (by process group) on drop.

use fantoccini::{Client, ClientBuilder, Locator, elements::Element};
use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

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

fn tool(name: &str) -> Option<PathBuf> {
    let home = std::env::var_os("HOME").map(PathBuf::from).unwrap_or_default();
    std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .chain([home.join(".cargo/bin")])
        .map(|d| d.join(name))
        .find(|p| p.exists())
}

/// The tools the webview tests need, or `None` (a failure in CI, a skip elsewhere).
pub fn tools() -> Option<(PathBuf, PathBuf)> {
    let found = (tool("tauri-driver"), tool("WebKitWebDriver"), tool("Xvfb"), tool("dbus-daemon"));
    match found {
        (Some(driver), Some(native), Some(_), Some(_)) => Some((driver, native)),
        missing => {
            assert!(std::env::var_os("CI").is_none(), "webview test tools missing in CI: {missing:?}");
            eprintln!("tauri-driver, WebKitWebDriver, Xvfb or dbus-daemon missing; skipping ({missing:?})");
            None
        }
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn spawn_group(cmd: &mut Command) -> Child {
    cmd.stdin(Stdio::null()).process_group(0).spawn().unwrap_or_else(|e| panic!("{cmd:?}: {e}"))
}

fn signal_group(child: &Child, sig: i32) {
    // SAFETY: plain syscall on a process group we created.
    unsafe {
        kill(-(child.id() as i32), sig);
    }
}

unsafe extern "C" {
    fn kill(pid: i32, sig: i32) -> i32;
}

const SIGTERM: i32 = 15;
const SIGKILL: i32 = 9;

pub struct App {
    pub client: Client,
    pub db: PathBuf,
    _dir: tempfile::TempDir,
    children: Vec<Child>,
    bus_pid: i32,
}

impl App {
    /// Launches the app on the database `prepare` filled (through the core).
    pub async fn launch(prepare: impl FnOnce(&Path)) -> Option<App> {
        Self::launch_with(prepare, &[], Some("body[data-ready='true']")).await
    }

    /// Like `launch`, with extra environment for the app and an optional
    /// selector that means "ready".
    pub async fn launch_with(prepare: impl FnOnce(&Path), env: &[(&str, &str)], ready: Option<&str>) -> Option<App> {
        let (driver, native) = tools()?;
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("bulletin.db");
        prepare(&db);
        let mut children = Vec::new();

        let display = format!(":{}", 90 + free_port() % 400);
        children.push(spawn_group(
            Command::new("Xvfb")
                .args([&display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
                .stderr(Stdio::null()),
        ));
        let bus = Command::new("dbus-daemon")
            .args(["--session", "--fork", "--print-address=1", "--print-pid=1"])
            .output()
            .expect("dbus-daemon");
        let out = String::from_utf8_lossy(&bus.stdout).into_owned();
        let mut lines = out.lines();
        let address = lines.next().unwrap_or_default().to_owned();
        let bus_pid: i32 = lines.next().and_then(|p| p.trim().parse().ok()).unwrap_or(0);

        let port = free_port();
        let native_port = free_port();
        let artifacts = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/artifacts");
        std::fs::create_dir_all(&artifacts).unwrap();
        let log = std::fs::File::create(artifacts.join("tauri-driver.log")).unwrap();
        children.push(spawn_group(
            Command::new(driver)
                .args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
                .arg("--native-driver")
                .arg(native)
                .env("DISPLAY", &display)
                .env("DBUS_SESSION_BUS_ADDRESS", &address)
                .env("BULLETIN_DB", &db)
                .env("XDG_DATA_HOME", dir.path().join("data"))
                .env("XDG_CONFIG_HOME", dir.path().join("config"))
                .env("GTK_A11Y", "none")
                .env("NO_AT_BRIDGE", "1")
                .envs(env.iter().copied())
                .stdout(log.try_clone().unwrap())
                .stderr(log),
        ));
        let app = App { client: connect(port).await, db, _dir: dir, children, bus_pid };
        if let Some(ready) = ready {
            app.wait_for(ready, Duration::from_secs(30)).await;
        }
        Some(app)
    }

    pub async fn wait_for(&self, css: &str, timeout: Duration) -> Element {
        self.client
            .wait()
            .at_most(timeout)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no {css} within {timeout:?}: {e}"))
    }

    /// Waits until `css`'s text satisfies `ok`; returns it.
    pub async fn wait_text(&self, css: &str, timeout: Duration, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        let mut last = String::new();
        while start.elapsed() < timeout {
            if let Ok(el) = self.client.find(Locator::Css(css)).await
                && let Ok(t) = el.text().await
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
            let result = self.wait_for(css, Duration::from_secs(10)).await.click().await;
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

    pub async fn js(&self, script: &str) -> serde_json::Value {
        self.client.execute(script, vec![]).await.unwrap_or_else(|e| panic!("{script}: {e}"))
    }

    /// Writes a screenshot to tests/artifacts/NAME.png (for people to look at).
    pub async fn screenshot(&self, name: &str) {
        match self.client.screenshot().await {
            Ok(png) => {
                let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/artifacts").join(format!("{name}.png"));
                std::fs::write(path, png).unwrap();
            }
            Err(e) => eprintln!("screenshot {name} failed: {e}"),
        }
    }

    pub async fn close(mut self) {
        let _ = self.client.clone().close().await;
        self.stop();
    }

    fn stop(&mut self) {
        if self.children.is_empty() {
            return;
        }
        // SIGTERM first: after SIGKILL, WebKitWebDriver keeps its port bound.
        for c in self.children.iter().rev() {
            signal_group(c, SIGTERM);
        }
        std::thread::sleep(Duration::from_millis(300));
        for c in self.children.iter_mut().rev() {
            signal_group(c, SIGKILL);
            let _ = c.wait();
        }
        self.children.clear();
        if self.bus_pid > 0 {
            // SAFETY: the private bus daemon this test forked.
            unsafe {
                kill(self.bus_pid, SIGTERM);
            }
        }
    }
}

impl Drop for App {
    fn drop(&mut self) {
        self.stop();
    }
}

async fn connect(port: u16) -> Client {
    let mut caps = serde_json::Map::new();
    caps.insert("browserName".into(), "wry".into());
    caps.insert("tauri:options".into(), serde_json::json!({ "application": APP }));
    let start = Instant::now();
    loop {
        match ClientBuilder::rustls()
            .expect("rustls")
            .capabilities(caps.clone())
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
        {
            Ok(c) => return c,
            Err(e) if start.elapsed() < Duration::from_secs(20) => {
                let _ = e;
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            Err(e) => panic!("no WebDriver session: {e}"),
        }
    }
}
