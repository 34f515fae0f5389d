//! Which new articles deserve a desktop notification, and the words on it.
//!
//! [`rules::decide`] is a pure function over one sync's candidates (built by
//! the store) and the user's policy; the store records what it decided, so a
//! story is notified once, ever. Delivery to the desktop is [`deliver`].

pub mod deliver;
mod marker;
pub mod quiet;
pub mod rules;
mod words;

pub use quiet::QuietHours;
pub use rules::{Candidate, Decision, Notification, Policy, Reason, Rule, Source, Summary, decide};
