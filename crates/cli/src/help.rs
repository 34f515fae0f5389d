//! `--help` in the system's language. The English text is the doc comments of
//! `args.rs`; `ui/locales/<lang>/help.ftl` words it in each language, one
//! message per command (`help-feeds-add`) and per argument
//! (`help-feeds-add--category`). en/help.ftl is generated from the doc
//! comments (a test keeps it so; `BULLETIN_BLESS=1` rewrites it), so the
//! translators' source never drifts from the code.
//!
//! Help follows the system language (LANG), as other command-line tools do:
//! it is printed before any database, and so any `language` setting, is read.

use clap::{Arg, ArgAction, Command};

/// The message id of a command, from its path of names.
fn command_id(path: &[&str]) -> String {
    std::iter::once("help").chain(path.iter().copied()).collect::<Vec<_>>().join("-")
}

/// Every command's about and argument's help, as (message id, English text),
/// in the order of the tree: what en/help.ftl holds (see the tests).
#[cfg(test)]
pub fn messages(cmd: &Command) -> Vec<(String, String)> {
    let mut out = Vec::new();
    collect(cmd, &mut Vec::new(), &mut out);
    out
}

#[cfg(test)]
fn collect<'a>(cmd: &'a Command, path: &mut Vec<&'a str>, out: &mut Vec<(String, String)>) {
    let id = command_id(path);
    if let Some(about) = cmd.get_about() {
        out.push((id.clone(), about.to_string()));
    }
    for arg in cmd.get_arguments() {
        if let Some(help) = arg.get_help() {
            out.push((format!("{id}--{}", arg.get_id()), help.to_string()));
        }
    }
    for sub in cmd.get_subcommands() {
        path.push(sub.get_name());
        collect(sub, path, out);
        path.pop();
    }
}

/// `cmd` worded in `lang`: its abouts and helps from that language's
/// catalog, and clap's own words (headings, --help, --version) too. English
/// is the doc comments as they are.
pub fn localized(cmd: Command, lang: &str) -> Command {
    if lang == "en" {
        return cmd;
    }
    let word = |id: &str| bulletin_core::i18n::lookup(lang, id);
    let usage = word("help-usage").unwrap_or_else(|| "Usage:".into());
    let options = word("help-options").unwrap_or_else(|| "Options".into());
    let flag = |name: &'static str, short: char, action: ArgAction, id: &str, english: &str| {
        let help = word(id).unwrap_or_else(|| english.into());
        Arg::new(name).short(short).long(name).global(true).action(action).help(help)
    };
    let cmd = cmd
        .disable_help_flag(true)
        .disable_version_flag(true)
        .arg(flag("help", 'h', ArgAction::Help, "help-flag-help", "Print help"))
        .arg(flag("version", 'V', ArgAction::Version, "help-flag-version", "Print version"));
    let words = Words {
        commands: word("help-commands").unwrap_or_else(|| "Commands".into()),
        options,
        usage,
        default: word("help-default").unwrap_or_else(|| "default".into()),
        env: word("help-env").unwrap_or_else(|| "env".into()),
        possible: word("help-possible-values").unwrap_or_else(|| "possible values".into()),
    };
    let mut cmd = translate(cmd, &mut Vec::new(), &word, &words);
    // clap adds a `help` command to every command with subcommands when it
    // builds the tree; build it now to word those too.
    cmd.build();
    with_help_command(cmd, &word("help-command").unwrap_or_else(|| HELP_COMMAND.into()))
}

const HELP_COMMAND: &str = "Print this message or the help of the given subcommand(s)";

fn with_help_command(mut cmd: Command, about: &str) -> Command {
    let subs: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_owned()).collect();
    for sub in subs {
        let about = about.to_owned();
        cmd = cmd.mut_subcommand(&sub, |s| if sub == "help" { s.about(about) } else { with_help_command(s, &about) });
    }
    cmd
}

/// clap's own words around the catalog's: headings and the brackets after a
/// help line.
struct Words {
    commands: String,
    options: String,
    usage: String,
    default: String,
    env: String,
    possible: String,
}

/// The brackets clap would print after an argument's help (default, choices,
/// environment variable), worded in the language; clap's own are hidden.
fn brackets(a: &Arg, words: &Words) -> String {
    let mut out = String::new();
    if !a.get_action().takes_values() {
        return out; // a flag's implied true/false is not shown
    }
    let shown =
        |v: &[&std::ffi::OsStr]| v.iter().map(|v| v.to_string_lossy().into_owned()).collect::<Vec<_>>().join(", ");
    let possible: Vec<String> = a.get_possible_values().iter().map(|p| p.get_name().to_owned()).collect();
    if !possible.is_empty() && !a.is_hide_possible_values_set() {
        out.push_str(&format!(" [{}: {}]", words.possible, possible.join(", ")));
    }
    let defaults: Vec<&std::ffi::OsStr> = a.get_default_values().iter().map(|v| v.as_os_str()).collect();
    if !defaults.is_empty() && !a.is_hide_default_value_set() {
        out.push_str(&format!(" [{}: {}]", words.default, shown(&defaults)));
    }
    if let Some(env) = a.get_env().filter(|_| !a.is_hide_env_set()) {
        out.push_str(&format!(" [{}: {}]", words.env, env.to_string_lossy()));
    }
    out
}

fn translate(
    mut cmd: Command,
    path: &mut Vec<String>,
    word: &dyn Fn(&str) -> Option<String>,
    words: &Words,
) -> Command {
    let id = command_id(&path.iter().map(String::as_str).collect::<Vec<_>>());
    if let Some(about) = word(&id) {
        cmd = cmd.about(about);
    }
    // clap's own template, with the "Usage:" heading in the language.
    cmd = cmd.subcommand_help_heading(words.commands.clone()).help_template(format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        words.usage
    ));
    let args: Vec<String> = cmd.get_arguments().map(|a| a.get_id().to_string()).collect();
    for arg in args {
        let help = word(&format!("{id}--{arg}"));
        let heading = words.options.clone();
        cmd = cmd.mut_arg(&arg, |a| {
            let help = help.or_else(|| a.get_help().map(|h| h.to_string()));
            let extra = brackets(&a, words);
            let a = a.help_heading(heading);
            let a =
                if extra.is_empty() { a } else { a.hide_possible_values(true).hide_default_value(true).hide_env(true) };
            match help {
                Some(h) => a.help(format!("{h}{extra}")),
                None if !extra.is_empty() => a.help(extra.trim_start().to_owned()),
                None => a,
            }
        });
    }
    let subs: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_owned()).collect();
    for sub in subs {
        path.push(sub.clone());
        cmd = cmd.mut_subcommand(&sub, |s| translate(s, path, word, words));
        path.pop();
    }
    cmd
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    const CLAP_WORDS: &[&str] = &[
        "help-usage",
        "help-commands",
        "help-options",
        "help-flag-help",
        "help-flag-version",
        "help-command",
        "help-default",
        "help-env",
        "help-possible-values",
    ];

    fn english() -> String {
        let mut out = String::from(
            "# `bulletin --help`: generated from the doc comments of crates/cli/src/args.rs\n\
             # (BULLETIN_BLESS=1 cargo test -p bulletin-cli help); translate the other languages' files.\n\n\
             help-usage = Usage:\nhelp-commands = Commands\nhelp-options = Options\n\
             help-flag-help = Print help\nhelp-flag-version = Print version\n\
             help-command = Print this message or the help of the given subcommand(s)\n\
             help-default = default\nhelp-env = env\nhelp-possible-values = possible values\n\n",
        );
        for (id, text) in messages(&crate::args::Cli::command()) {
            // One line each; Fluent reads a leading or trailing space as layout.
            out.push_str(&format!("{id} = {}\n", text.replace('\n', " ").trim()));
        }
        out
    }

    #[test]
    fn the_english_catalog_is_the_doc_comments() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../ui/locales/en/help.ftl");
        let want = english();
        if std::env::var_os("BULLETIN_BLESS").is_some() {
            std::fs::write(path, &want).unwrap();
        }
        let have = std::fs::read_to_string(path).unwrap_or_default();
        assert_eq!(have, want, "en/help.ftl is out of date: run BULLETIN_BLESS=1 cargo test -p bulletin-cli help");
        assert!(messages(&crate::args::Cli::command()).len() > 60);
    }

    #[test]
    fn help_speaks_german_from_the_headings_to_the_arguments() {
        for id in CLAP_WORDS {
            assert!(bulletin_core::i18n::lookup("de", id).is_some(), "{id}");
        }
        let mut cmd = localized(crate::args::Cli::command(), "de");
        let top = cmd.render_help().to_string();
        assert!(top.contains("Aufruf:") && top.contains("Befehle") && top.contains("Optionen"), "{top}");
        assert!(top.contains("Abonnements verwalten"), "{top}");
        let mut sync = localized(crate::args::Cli::command(), "de");
        let sync = sync.find_subcommand_mut("sync").unwrap().render_help().to_string();
        assert!(sync.contains("Nur Feeds, deren nächster Abruf fällig ist"), "{sync}");
        // Arguments, values and command names stay as they are typed.
        assert!(sync.contains("--concurrency") && sync.contains("--due"), "{sync}");
    }

    #[test]
    fn every_language_words_every_command() {
        let english: Vec<String> = messages(&crate::args::Cli::command()).into_iter().map(|(id, _)| id).collect();
        for (lang, _) in bulletin_core::i18n::LANGUAGES {
            for id in english.iter().map(String::as_str).chain(CLAP_WORDS.iter().copied()) {
                assert!(bulletin_core::i18n::lookup(lang, id).is_some(), "{lang}/help.ftl lacks {id}");
            }
        }
    }
}
