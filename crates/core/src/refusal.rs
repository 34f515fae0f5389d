//! What the engine refuses or reports, as a message of the catalogs
//! (`ui/locales/<lang>/errors.ftl`) with its arguments: shown in the user's
//! language where it meets them (the CLI, the app), logged in English.

use crate::i18n::{Args, Value};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;

/// A message id and its arguments. Stored as JSON where it outlives the
/// moment (a feed's last error), to be worded when it is shown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Refusal {
    pub id: Cow<'static, str>,
    pub args: Vec<(Cow<'static, str>, Arg)>,
}

/// An argument: words, or a number (plural rules read it). Kept apart from
/// Fluent's own value type, which errors could not carry across threads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Arg {
    Text(String),
    Number(f64),
    /// Another message, worded in the same language (why a change was given up).
    Message(Box<Refusal>),
}

impl From<Refusal> for Arg {
    fn from(r: Refusal) -> Arg {
        Arg::Message(Box::new(r))
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_owned())
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_args!(u16, u32, u64, usize, i64);

impl Refusal {
    pub fn new(id: &'static str) -> Refusal {
        Refusal { id: Cow::Borrowed(id), args: Vec::new() }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Refusal {
        self.args.push((Cow::Borrowed(name), value.into()));
        self
    }

    /// As stored (see `from_json`).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// A stored message; `None` when the text is not one (never an error:
    /// the English text stored beside it is shown instead).
    pub fn from_json(json: &str) -> Option<Refusal> {
        serde_json::from_str(json).ok()
    }

    /// The message in `lang` (English where that language lacks it).
    pub fn in_language(&self, lang: &str) -> String {
        let mut args = Args::new();
        for (name, value) in &self.args {
            match value {
                Arg::Text(t) => args.set(name.clone(), Value::from(t.as_str())),
                Arg::Number(n) => args.set(name.clone(), Value::from(*n)),
                Arg::Message(m) => args.set(name.clone(), Value::from(m.in_language(lang))),
            }
        }
        crate::i18n::message(lang, &self.id, Some(&args))
    }
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_language("en"))
    }
}

/// `refusal!("err-id")` or `refusal!("err-id", name = value, …)`.
#[macro_export]
macro_rules! refusal {
    ($id:literal) => {
        $crate::refusal::Refusal::new($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::refusal::Refusal::new($id)$(.arg(stringify!($name), $value))+
    };
}

/// The `Error::Invalid` of a refusal: `invalid!("err-id", name = value, …)`.
#[macro_export]
macro_rules! invalid {
    ($($t:tt)*) => {
        $crate::error::Error::Invalid($crate::refusal!($($t)*))
    };
}

/// What every error of the engine says in a language.
pub trait Localized {
    fn in_language(&self, lang: &str) -> String;
}
