//! Bulletin's engine: everything the CLI and the desktop app share.
//!
//! The flow of a sync: [`fetch`] downloads (conditional GET, capped, polite),
//! [`parse`] turns bytes into [`parsed`] input types (through [`decode`],
//! [`repair`], [`jsonfeed`], [`dates`], [`media`]; sanitizing last), the
//! [`store`] writes them as the [`policy`] says and returns the articles that
//! are new, and [`sync`] drives it all with bounded concurrency and per-feed
//! backoff.

pub mod accounts;
pub mod arrivals;
pub mod backoff;
pub mod cjk;
pub mod dates;
pub mod decode;
pub mod discover;
pub mod error;
pub mod fetch;
pub mod fulltext;
pub mod guard;
pub mod i18n;
pub mod ids;
pub mod jsonfeed;
pub mod lang;
pub mod media;
pub mod model;
pub mod notify;
pub mod opml;
pub mod parse;
pub mod parsed;
pub mod paths;
pub mod policy;
pub mod refusal;
pub mod repair;
pub mod sanitize;
pub mod service;
pub mod starter;
pub mod store;
pub mod story;
pub mod subscribe;
pub mod sync;
pub mod text;
pub mod time;
pub mod tracking;

pub use error::{Error, FetchError, Result};
pub use fetch::{FetchConfig, FetchOutcome, Fetcher, Validators};
pub use ids::{AccountId, ArticleId, CategoryId, FeedId};
pub use store::Store;
pub use sync::{SyncOptions, SyncReport, sync};
