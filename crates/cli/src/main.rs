//! `bulletin`: the headless CLI over bulletin-core. Argument parsing, one core
//! call per command, and output; nothing else lives here.

mod accounts;
mod args;
mod commands;
mod help;
mod notifications;
mod output;
mod reading;
mod sync;

use clap::{CommandFactory, FromArgMatches};
use std::process::ExitCode;
use std::sync::OnceLock;

/// The language of this run's messages: the `language` setting of the
/// database, or the system's (set once the database is open).
static LANGUAGE: OnceLock<&'static str> = OnceLock::new();

pub fn lang() -> &'static str {
    LANGUAGE.get().copied().unwrap_or_else(bulletin_core::i18n::system_language)
}

/// A message of the CLI's catalog in this run's language.
macro_rules! t {
    ($($arg:tt)*) => { bulletin_core::tr!(crate::lang(), $($arg)*) };
}
pub(crate) use t;

fn main() -> ExitCode {
    // Help in the system's language (see `help`); usage errors exit 2 here.
    let command = help::localized(args::Cli::command(), bulletin_core::i18n::system_language());
    let cli = match args::Cli::from_arg_matches(&command.get_matches()) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        // Colour for a person at a terminal, plain text for a log file.
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_env("BULLETIN_LOG").unwrap_or_else(|_| "warn".into()))
        .init();
    match commands::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", t!("cli-error", message = error_message(&e)));
            ExitCode::from(1)
        }
    }
}

/// An error in this run's language: the engine's through its catalog, the
/// rest (a file the CLI could not read, an argument) with its causes.
fn error_message(e: &anyhow::Error) -> String {
    use bulletin_core::refusal::Localized;
    match e.downcast_ref::<bulletin_core::Error>() {
        Some(core) => core.in_language(lang()),
        None => format!("{e:#}"),
    }
}
