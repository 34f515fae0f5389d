//! Account passwords: in the OS credential store (Secret Service, Keychain,
//! Credential Manager) through `keyring`; where there is none (a headless
//! Linux box), in a file beside the database that only the user can read,
//! with a warning. Never in the database, never in a log or an error.

use super::AccountKind;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const SERVICE: &str = "Bulletin";
/// `file` keeps passwords in the file even where an OS store exists
/// (scripts, tests, and machines whose store cannot be unlocked).
pub const ENV: &str = "BULLETIN_CREDENTIALS";

/// Where an account's password lives.
#[derive(Debug, Clone)]
pub struct Credentials {
    file: PathBuf,
    /// Never ask the OS store (tests, and `BULLETIN_CREDENTIALS=file`).
    file_only: bool,
}

/// Which store took a password.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kept {
    System,
    /// In this file; the caller shows the warning.
    File(PathBuf),
}

impl Credentials {
    /// The fallback file is `<database>.secrets`, so each database keeps its own.
    pub fn beside(db: &Path) -> Credentials {
        let mut name = db.file_name().map(|n| n.to_os_string()).unwrap_or_else(|| "bulletin.db".into());
        name.push(".secrets");
        let file_only = std::env::var(ENV).is_ok_and(|v| v == "file");
        Credentials { file: db.with_file_name(name), file_only }
    }

    /// Passwords in `file` only, whatever the machine has.
    pub fn in_file(file: PathBuf) -> Credentials {
        Credentials { file, file_only: true }
    }

    fn system_entry(&self, key: &str) -> Option<keyring::Entry> {
        if self.file_only { None } else { system_entry(key) }
    }

    pub fn save(&self, kind: AccountKind, url: &str, user: &str, password: &str) -> Result<Kept, String> {
        let key = key(kind, url, user);
        if let Some(entry) = self.system_entry(&key)
            && entry.set_password(password).is_ok()
        {
            return Ok(Kept::System);
        }
        let mut all = self.read_file()?;
        all.insert(key, password.to_owned());
        self.write_file(&all)?;
        Ok(Kept::File(self.file.clone()))
    }

    pub fn load(&self, kind: AccountKind, url: &str, user: &str) -> Result<String, String> {
        let key = key(kind, url, user);
        if let Some(password) = self.system_entry(&key).and_then(|e| e.get_password().ok()) {
            return Ok(password);
        }
        self.read_file()?.remove(&key).ok_or_else(|| "not in the credential store; add the account again".to_owned())
    }

    pub fn remove(&self, kind: AccountKind, url: &str, user: &str) -> Result<(), String> {
        let key = key(kind, url, user);
        if let Some(entry) = self.system_entry(&key) {
            let _ = entry.delete_credential();
        }
        let mut all = self.read_file()?;
        if all.remove(&key).is_some() {
            self.write_file(&all)?;
        }
        Ok(())
    }

    fn read_file(&self) -> Result<BTreeMap<String, String>, String> {
        match std::fs::read(&self.file) {
            Ok(bytes) => serde_json::from_slice(&bytes)
                .map_err(|e| format!("the credentials file {} is damaged: {e}", self.file.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(BTreeMap::new()),
            Err(e) => Err(format!("cannot read {}: {e}", self.file.display())),
        }
    }

    /// Written whole to a private temporary file, then renamed over: a crash
    /// leaves the old file or the new one, and no one else can read either.
    fn write_file(&self, all: &BTreeMap<String, String>) -> Result<(), String> {
        let fail = |e: std::io::Error| format!("cannot write {}: {e}", self.file.display());
        let tmp = self.file.with_extension("secrets.tmp");
        let body = serde_json::to_vec_pretty(all).map_err(|e| e.to_string())?;
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(&tmp).map_err(fail)?;
        std::io::Write::write_all(&mut file, &body).map_err(fail)?;
        file.sync_all().map_err(fail)?;
        std::fs::rename(&tmp, &self.file).map_err(fail)
    }
}

fn key(kind: AccountKind, url: &str, user: &str) -> String {
    format!("{} {user}@{url}", kind.as_str())
}

/// The OS store's entry, when this machine has a store to ask.
fn system_entry(key: &str) -> Option<keyring::Entry> {
    // Without a session bus there is no Secret Service, and libdbus would try
    // to start a bus of its own: a headless box goes straight to the file.
    if cfg!(all(unix, not(target_os = "macos"))) && std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
        return None;
    }
    keyring::Entry::new(SERVICE, key).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_store_is_private_and_keeps_each_account_apart() {
        let dir = tempfile::tempdir().unwrap();
        let creds = Credentials::in_file(dir.path().join("b.db.secrets"));
        let kept = creds.save(AccountKind::GReader, "http://s/api", "ann", "pw1").unwrap();
        assert_eq!(kept, Kept::File(dir.path().join("b.db.secrets")));
        creds.save(AccountKind::Fever, "http://s/api", "ann", "pw2").unwrap();
        assert_eq!(creds.load(AccountKind::GReader, "http://s/api", "ann").unwrap(), "pw1");
        assert_eq!(creds.load(AccountKind::Fever, "http://s/api", "ann").unwrap(), "pw2");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join("b.db.secrets")).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        creds.remove(AccountKind::GReader, "http://s/api", "ann").unwrap();
        assert!(creds.load(AccountKind::GReader, "http://s/api", "ann").is_err());
        assert_eq!(creds.load(AccountKind::Fever, "http://s/api", "ann").unwrap(), "pw2");
    }
}
