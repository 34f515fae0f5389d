use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/tests/fixtures").join(name)).unwrap()
}

pub fn bin() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_bulletin"));
    cmd.env_remove("BULLETIN_DB");
    // English, whatever the machine's locale: tests that want another language say so.
    for var in ["LANGUAGE", "LC_ALL", "LC_MESSAGES"] {
        cmd.env_remove(var);
    }
    cmd.env("LANG", "C.UTF-8");
    cmd
}

/// A scratch database; the directory lives as long as the value.
pub struct Db {
    pub dir: tempfile::TempDir,
    pub path: PathBuf,
}

impl Db {
    pub fn new() -> Db {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bulletin.db");
        Db { dir, path }
    }

    /// Runs `bulletin ARGS` against this database (through `BULLETIN_DB`).
    pub fn run(&self, args: &[&str]) -> Output {
        bin().env("BULLETIN_DB", &self.path).args(args).output().unwrap()
    }

    /// Runs with `--json`, expects success, returns the parsed document.
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut all = args.to_vec();
        all.push("--json");
        let out = self.run(&all);
        assert!(out.status.success(), "bulletin {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
        serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("bulletin {args:?}: not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)))
    }
}

pub fn keys(v: &serde_json::Value) -> Vec<String> {
    let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
    k.sort();
    k
}

/// Asserts `v` has at least the `expected` keys.
pub fn has_keys(v: &serde_json::Value, expected: &[&str]) {
    let k = keys(v);
    for e in expected {
        assert!(k.iter().any(|x| x == e), "missing {e:?} in {k:?}");
    }
}
