//! A real Fever server for tests: coldsweat (PyPI), installed in a venv by
//! `scripts/setup`, run here with a database of its own, reading its feeds
//! from a testkit server on loopback. Stopped (its process group) on drop.

use crate::session::{SIGKILL, signal};
#[cfg(unix)]
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Where `scripts/setup` installs it; `BULLETIN_COLDSWEAT` overrides.
pub fn executable() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("BULLETIN_COLDSWEAT") {
        return Some(PathBuf::from(p));
    }
    let home = PathBuf::from(std::env::var_os("HOME")?);
    Some(home.join(".cache/bulletin/coldsweat/bin/coldsweat")).filter(|p| p.exists())
}

/// The executable, or `None` (a skip, said aloud) outside CI; in CI, where
/// `scripts/setup` installs it, a missing coldsweat fails the test.
pub fn require() -> Option<PathBuf> {
    let found = executable();
    if found.is_none() {
        assert!(std::env::var_os("BULLETIN_REQUIRE_PEERS").is_none(), "coldsweat missing (scripts/setup installs it)");
        eprintln!("skipping: coldsweat not installed (scripts/setup installs it)");
    }
    found
}

pub struct Coldsweat {
    exe: PathBuf,
    dir: tempfile::TempDir,
    port: u16,
    child: Child,
}

impl Coldsweat {
    /// A server with one user, subscribed to the feeds of `opml` (fetched once).
    pub fn start(exe: &Path, email: &str, password: &str, opml: &str) -> Coldsweat {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let opml_file = dir.path().join("feeds.opml");
        std::fs::write(&opml_file, opml).expect("write the OPML");
        let run = |args: &[&str]| {
            let out = command(exe, dir.path()).args(args).output().expect("run coldsweat");
            assert!(out.status.success(), "coldsweat {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        };
        run(&["setup", email, "-p", password]);
        run(&["import", opml_file.to_str().expect("a UTF-8 path"), email, "-f"]);
        let port = free_port();
        let mut cmd = command(exe, dir.path());
        cmd.args(["run", "--host", "127.0.0.1", "--port", &port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        // Its own process group, so stopping it stops what it started (Unix).
        #[cfg(unix)]
        cmd.process_group(0);
        let child = cmd.spawn().expect("start coldsweat");
        let deadline = Instant::now() + Duration::from_secs(30);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "coldsweat did not start listening");
            std::thread::sleep(Duration::from_millis(100));
        }
        Coldsweat { exe: exe.to_owned(), dir, port, child }
    }

    /// The Fever endpoint a user types in.
    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}/fever/", self.port)
    }

    /// Fetches every feed now (coldsweat's own schedule is a cron job). It
    /// skips feeds checked in the last 3 minutes, so their times are moved
    /// back first (with the venv's own Python, in coldsweat's database).
    pub fn fetch(&self) {
        let python = self.exe.with_file_name("python3");
        let db = self.dir.path().join("coldsweat.db");
        let age = "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); \
                   c.execute(\"UPDATE feeds SET last_checked_on = '2000-01-01 00:00:00', last_updated_on = NULL, etag = ''\"); c.commit()";
        let out = Command::new(python).args(["-c", age]).arg(&db).output().expect("run the venv's python");
        assert!(out.status.success(), "ageing coldsweat's feeds: {}", String::from_utf8_lossy(&out.stderr));
        let out = command(&self.exe, self.dir.path()).arg("fetch").output().expect("run coldsweat fetch");
        assert!(out.status.success(), "coldsweat fetch: {}", String::from_utf8_lossy(&out.stderr));
    }
}

impl Drop for Coldsweat {
    fn drop(&mut self) {
        signal(-(self.child.id() as i32), SIGKILL);
        let _ = self.child.wait();
    }
}

/// coldsweat is a Flask app: its database comes from `FLASK_DATABASE_URL`.
fn command(exe: &Path, dir: &Path) -> Command {
    let mut cmd = Command::new(exe);
    cmd.current_dir(dir)
        .env("FLASK_DATABASE_URL", format!("sqlite:///{}", dir.join("coldsweat.db").display()))
        .stdin(Stdio::null());
    cmd
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}
