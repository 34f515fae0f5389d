//! A private desktop session for tests: a virtual X display (Xvfb) and a
//! session D-Bus of its own, plus any processes started in it. Everything runs
//! in its own process group and is torn down when the session is dropped.

use std::io::{BufRead, BufReader};
#[cfg(unix)]
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

pub struct Session {
    /// `DISPLAY` of the virtual screen, e.g. ":3".
    pub display: String,
    /// `DBUS_SESSION_BUS_ADDRESS` of the private bus.
    pub bus: String,
    bus_pid: i32,
    children: Vec<Child>,
    /// `XDG_RUNTIME_DIR` of everything on this session: where a desktop's
    /// services (the document portal's FUSE mount) put their files.
    runtime: tempfile::TempDir,
}

/// Finds `name` on PATH or in ~/.cargo/bin.
pub fn tool(name: &str) -> Option<PathBuf> {
    let home = std::env::var_os("HOME").map(PathBuf::from).unwrap_or_default();
    std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .chain([home.join(".cargo/bin")])
        .map(|d| d.join(name))
        .find(|p| p.exists())
}

/// Whether all `tools` are installed. Missing ones fail the test in CI (where
/// `scripts/setup` installs them) and skip it elsewhere, saying so.
pub fn require(tools: &[&str]) -> bool {
    let missing: Vec<&str> = tools.iter().copied().filter(|t| tool(t).is_none()).collect();
    if missing.is_empty() {
        return true;
    }
    assert!(std::env::var_os("BULLETIN_REQUIRE_PEERS").is_none(), "test tools missing: {missing:?}");
    eprintln!("skipping: {missing:?} not installed (scripts/setup installs them)");
    false
}

impl Session {
    /// Starts Xvfb (it picks a free display) and a private session bus.
    pub fn start() -> Session {
        let mut xvfb = group(
            Command::new("Xvfb")
                .args(["-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
                .stdout(Stdio::piped())
                .stderr(Stdio::null()),
        );
        let mut number = String::new();
        BufReader::new(xvfb.stdout.take().expect("piped")).read_line(&mut number).expect("Xvfb display");
        let runtime = tempfile::Builder::new().prefix("bulletin-session-").tempdir().expect("runtime dir");
        // --fork makes the daemon a session leader: what it activates (on a
        // desktop machine xdg-desktop-portal, the document portal, the
        // permission store, at-spi) shares its session id, and `stop` ends
        // them by it. Their files and mounts go to this session's runtime dir.
        let bus = Command::new("dbus-daemon")
            .args(["--session", "--fork", "--print-address=1", "--print-pid=1"])
            .env("XDG_RUNTIME_DIR", runtime.path())
            .output()
            .expect("dbus-daemon");
        let out = String::from_utf8_lossy(&bus.stdout).into_owned();
        let mut lines = out.lines();
        Session {
            display: format!(":{}", number.trim()),
            bus: lines.next().unwrap_or_default().to_owned(),
            bus_pid: lines.next().and_then(|p| p.trim().parse().ok()).unwrap_or(0),
            children: vec![xvfb],
            runtime,
        }
    }

    /// `cmd` with this session's display and bus.
    pub fn command(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        let mut cmd = Command::new(program);
        cmd.env("DISPLAY", &self.display)
            .env("DBUS_SESSION_BUS_ADDRESS", &self.bus)
            .env("XDG_RUNTIME_DIR", self.runtime.path());
        cmd
    }

    /// Starts `cmd` (made by [`Session::command`]) in its own process group,
    /// stopped with the session.
    pub fn spawn(&mut self, cmd: &mut Command) -> u32 {
        let child = group(cmd);
        let pid = child.id();
        self.children.push(child);
        pid
    }

    /// Starts dunst, Debian's notification daemon, on this session (its
    /// config read from `config_home`, so the user's never applies) and waits
    /// until it owns `org.freedesktop.Notifications`.
    pub fn start_notification_server(&mut self, config_home: &Path) {
        let mut dunst = self.command("dunst");
        dunst.env("XDG_CONFIG_HOME", config_home).stdout(Stdio::null()).stderr(Stdio::null());
        self.spawn(&mut dunst);
        wait_until("dunst owning org.freedesktop.Notifications", || {
            let out = self
                .command("dbus-send")
                .args(["--session", "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus"])
                .args(["org.freedesktop.DBus.NameHasOwner", "string:org.freedesktop.Notifications"])
                .output()
                .expect("dbus-send");
            String::from_utf8_lossy(&out.stdout).contains("boolean true")
        });
    }

    /// Starts gnome-keyring's Secret Service on this session, its login
    /// keyring (password "test", unlocked) kept under `data_home`, and waits
    /// until the login collection is there.
    pub fn start_secret_service(&mut self, data_home: &Path) {
        let mut daemon = self.command("sh");
        daemon
            .args(["-c", "printf test | exec gnome-keyring-daemon --foreground --unlock --components=secrets"])
            .env("XDG_DATA_HOME", data_home)
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        self.spawn(&mut daemon);
        // Asking the name's owner first: a call to an unowned name would have
        // the bus start a keyring daemon of its own, outside this session's groups.
        let ask = |args: &[&str]| {
            let out =
                self.command("dbus-send").args(["--session", "--print-reply"]).args(args).output().expect("dbus-send");
            String::from_utf8_lossy(&out.stdout).into_owned()
        };
        wait_until("gnome-keyring owning org.freedesktop.secrets", || {
            ask(&[
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.NameHasOwner",
                "string:org.freedesktop.secrets",
            ])
            .contains("boolean true")
        });
        wait_until("gnome-keyring's login collection", || {
            ask(&[
                "--dest=org.freedesktop.secrets",
                "/org/freedesktop/secrets",
                "org.freedesktop.DBus.Properties.Get",
                "string:org.freedesktop.Secret.Service",
                "string:Collections",
            ])
            .contains("/collection/login")
        });
    }

    /// Captures the notification traffic on the bus into `log`: `Notify` calls
    /// (see [`notify_calls`]) and the server's signals (see [`invoked_actions`]).
    pub fn monitor_notifications(&mut self, log: &Path) {
        let mut monitor = self.command("dbus-monitor");
        monitor
            .args(["--session", "interface='org.freedesktop.Notifications'"])
            .stdout(std::fs::File::create(log).expect("monitor log"));
        self.spawn(&mut monitor);
        wait_until("dbus-monitor ready", || std::fs::metadata(log).is_ok_and(|m| m.len() > 0));
    }

    /// The process groups and the bus daemon, for a watchdog that must kill
    /// them from another thread.
    pub fn pids(&self) -> (Vec<i32>, i32) {
        (self.children.iter().map(|c| c.id() as i32).collect(), self.bus_pid)
    }

    /// Stops everything; also done on drop.
    pub fn stop(&mut self) {
        // SIGTERM first: after SIGKILL, WebKitWebDriver keeps its port bound.
        for c in self.children.iter().rev() {
            signal(-(c.id() as i32), SIGTERM);
        }
        if !self.children.is_empty() {
            std::thread::sleep(Duration::from_millis(300));
        }
        for c in self.children.iter_mut().rev() {
            signal(-(c.id() as i32), SIGKILL);
            let _ = c.wait();
        }
        self.children.clear();
        if self.bus_pid > 0 {
            // The bus and everything it activated: its session, by id.
            for sig in [SIGTERM, SIGKILL] {
                for pid in in_session(self.bus_pid) {
                    signal(pid, sig);
                }
                for _ in 0..30 {
                    if in_session(self.bus_pid).is_empty() {
                        break;
                    }
                    std::thread::sleep(Duration::from_millis(100));
                }
            }
            self.bus_pid = 0;
        }
        unmount_under(self.runtime.path());
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The (summary, body) of every `Notify` call dbus-monitor wrote to `log`.
pub fn notify_calls(log: &Path) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(log).unwrap_or_default();
    text.split("member=Notify")
        .skip(1)
        .map(|call| {
            // app name, icon, summary, body: the first four strings (ids and arrays aside).
            let mut strings = Vec::new();
            let mut rest = call;
            while strings.len() < 4
                && let Some(start) = rest.find("string \"")
            {
                rest = &rest[start + 8..];
                let end = rest.find("\"\n").expect("end of string");
                strings.push(rest[..end].to_owned());
                rest = &rest[end..];
            }
            (strings[2].clone(), strings[3].clone())
        })
        .collect()
}

/// The (notification id, action) of every `ActionInvoked` signal in `log`.
pub fn invoked_actions(log: &Path) -> Vec<(u32, String)> {
    let text = std::fs::read_to_string(log).unwrap_or_default();
    text.split("member=ActionInvoked")
        .skip(1)
        .filter_map(|signal| {
            let mut lines = signal.lines().skip(1).map(str::trim);
            let id = lines.next()?.strip_prefix("uint32 ")?.parse().ok()?;
            let action = lines.next()?.strip_prefix("string \"")?.strip_suffix('"')?.to_owned();
            Some((id, action))
        })
        .collect()
}

/// Polls `ok` for up to 15 s.
pub fn wait_until(what: &str, ok: impl Fn() -> bool) {
    let start = std::time::Instant::now();
    while !ok() {
        assert!(start.elapsed() < Duration::from_secs(15), "{what} did not happen within 15 s");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The processes whose session id is `sid` (field 6 of /proc/PID/stat).
pub fn in_session(sid: i32) -> Vec<i32> {
    let Ok(entries) = std::fs::read_dir("/proc") else { return Vec::new() };
    entries
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<i32>().ok())
        .filter(|pid| {
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
            // "pid (comm) state ppid pgrp session …": comm may hold spaces, so count after ')'.
            let fields: Vec<&str> = stat.rsplit_once(')').map_or("", |(_, rest)| rest).split_whitespace().collect();
            fields.get(3).and_then(|s| s.parse::<i32>().ok()) == Some(sid)
        })
        .collect()
}

/// Unmounts whatever is mounted under `dir` (the document portal's FUSE
/// filesystem), deepest first, so the directory can be removed.
pub fn unmount_under(dir: &Path) {
    let mounts = std::fs::read_to_string("/proc/mounts").unwrap_or_default();
    let prefix = format!("{}/", dir.display());
    let mut points: Vec<&str> =
        mounts.lines().filter_map(|l| l.split_whitespace().nth(1)).filter(|p| p.starts_with(&prefix)).collect();
    points.sort_by_key(|p| std::cmp::Reverse(p.len()));
    for point in points {
        let unmounted = ["fusermount3", "fusermount"]
            .iter()
            .any(|tool| Command::new(tool).args(["-u", point]).status().is_ok_and(|s| s.success()));
        if !unmounted {
            let _ = Command::new("umount").args(["-l", point]).status();
        }
    }
}

fn group(cmd: &mut Command) -> Child {
    // A process group of its own, so the session ends all it started (Unix:
    // D-Bus sessions exist only there; elsewhere the tools are absent and the
    // tests that need them skip).
    #[cfg(unix)]
    cmd.process_group(0);
    cmd.stdin(Stdio::null()).spawn().unwrap_or_else(|e| panic!("{cmd:?}: {e}"))
}

pub const SIGTERM: i32 = 15;
pub const SIGKILL: i32 = 9;

/// kill(2): a negative pid signals a process group.
#[cfg(unix)]
pub fn signal(pid: i32, sig: i32) {
    // SAFETY: a plain syscall on processes the tests started.
    unsafe {
        kill(pid, sig);
    }
}

/// Without Unix signals, the process itself is ended (a group cannot be).
#[cfg(not(unix))]
pub fn signal(pid: i32, _sig: i32) {
    let _ = Command::new("taskkill").args(["/F", "/PID", &pid.abs().to_string()]).status();
}

#[cfg(unix)]
unsafe extern "C" {
    fn kill(pid: i32, sig: i32) -> i32;
}
