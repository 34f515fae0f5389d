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
mod usage;

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
    let matches = command.try_get_matches().and_then(|m| args::Cli::from_arg_matches(&m));
    let cli = match matches {
        Ok(cli) => cli,
        // Help and version print as clap renders them (already in the
        // language); English usage errors too.
        Err(e) if usage::is_help(&e) || lang() == "en" => e.exit(),
        Err(e) => {
            eprintln!("{}", usage::message(&e));
            return ExitCode::from(2);
        }
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

/// An error in this run's language, with its causes ("opening F: …"): the
/// engine's through its catalog, the CLI's own from cli.ftl, a system's
/// (a file that could not be read) as the system words it.
fn error_message(e: &anyhow::Error) -> String {
    use bulletin_core::refusal::Localized;
    let mut out: Vec<String> = Vec::new();
    for cause in e.chain() {
        match cause.downcast_ref::<bulletin_core::Error>() {
            Some(core) => {
                out.push(core.in_language(lang()));
                break; // the engine's message already says why
            }
            None => out.push(cause.to_string()),
        }
    }
    let last = out.pop().unwrap_or_default();
    out.into_iter().rev().fold(last, |cause, context| t!("cli-cause", context = context, cause = cause))
}
