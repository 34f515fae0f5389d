//! One error type at the IPC edge, serialized as its message.

use serde::{Serialize, Serializer};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Core(#[from] bulletin_core::Error),
    #[error(transparent)]
    Tauri(#[from] tauri::Error),
    #[error("{0}")]
    Message(String),
}

/// The engine's errors in the UI's language; the shell's own as they are.
impl Serialize for Error {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use bulletin_core::refusal::Localized;
        match self {
            Error::Core(e) => s.serialize_str(&e.in_language(bulletin_core::i18n::shown())),
            other => s.serialize_str(&other.to_string()),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
