//! Bulletin's policies about articles, each in one place: how an item is
//! dated and whether it arrives unread ([`arrival`]), and when an article may
//! be removed ([`retention`]), what the user's filters do ([`filters`]), and
//! whether reading one report reads the story ([`stories`]). The store
//! carries them out; it decides nothing.

pub mod arrival;
pub mod filters;
pub mod retention;
pub mod schedule;
pub mod stories;
