//! Bulletin's policies about articles, each in one place: how an item is
//! dated and whether it arrives unread ([`arrival`]), and when an article may
//! be removed ([`retention`]). The store carries them out; it decides nothing.

pub mod arrival;
pub mod retention;
