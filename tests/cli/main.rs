//! End-to-end tests of the `bulletin` binary: the CLI contract scripts rely
//! on, exit codes, crash safety, and OPML round trips with newsboat.

mod accounts;
mod broken_documents;
mod contract;
mod crash;
mod faults;
mod fever;
mod languages;
mod newsboat;
mod notify;
mod reading;
mod scale;
mod support;
