//! Usage errors (an unknown argument, a value out of range) in the run's
//! language. clap words them in English only; its error keeps what went wrong
//! as typed context (the argument, the value, the valid values), so the
//! sentence around it comes from cli.ftl, as every other CLI message does.
//! English keeps clap's own rendering, which these messages copy.

use crate::t;
use clap::error::{ContextKind, ContextValue, ErrorKind};

fn text(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn list(e: &clap::Error, kind: ContextKind) -> Option<Vec<String>> {
    match e.get(kind)? {
        ContextValue::Strings(v) if !v.is_empty() => Some(v.clone()),
        _ => None,
    }
}

fn number(e: &clap::Error, kind: ContextKind) -> i64 {
    match e.get(kind) {
        Some(ContextValue::Number(n)) => *n as i64,
        _ => 0,
    }
}

/// What went wrong, one sentence (and its list, if any).
fn sentence(e: &clap::Error) -> String {
    let arg = text(e, ContextKind::InvalidArg).unwrap_or_default();
    let value = text(e, ContextKind::InvalidValue).unwrap_or_default();
    match e.kind() {
        ErrorKind::UnknownArgument => t!("cli-usage-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => {
            t!("cli-usage-unknown-command", name = text(e, ContextKind::InvalidSubcommand).unwrap_or_default())
        }
        ErrorKind::InvalidValue if value.is_empty() => t!("cli-usage-value-required", arg = arg),
        ErrorKind::InvalidValue => {
            let mut s = t!("cli-usage-invalid-value", value = value, arg = arg);
            if let Some(valid) = list(e, ContextKind::ValidValue) {
                s.push_str(&format!("\n  [{}]", t!("cli-usage-possible-values", values = valid.join(", "))));
            }
            s
        }
        ErrorKind::ValueValidation => {
            let mut s = t!("cli-usage-invalid-value", value = value, arg = arg);
            match std::error::Error::source(e) {
                Some(why) if why.is::<std::num::ParseIntError>() => {
                    s.push_str(&format!(": {}", t!("cli-usage-not-a-number")))
                }
                // `between`'s reason is worded already; a library's is kept as it reads.
                Some(why) => s.push_str(&format!(": {why}")),
                None => {}
            }
            s
        }
        ErrorKind::MissingRequiredArgument => {
            let missing = list(e, ContextKind::InvalidArg).unwrap_or_default();
            let mut s = t!("cli-usage-missing-arguments");
            for m in missing {
                s.push_str(&format!("\n  {m}"));
            }
            s
        }
        ErrorKind::MissingSubcommand => {
            let mut s =
                t!("cli-usage-missing-command", name = text(e, ContextKind::InvalidSubcommand).unwrap_or_default());
            if let Some(valid) = list(e, ContextKind::ValidSubcommand) {
                s.push_str(&format!("\n  [{}]", t!("cli-usage-commands", values = valid.join(", "))));
            }
            s
        }
        ErrorKind::ArgumentConflict => match (text(e, ContextKind::PriorArg), list(e, ContextKind::PriorArg)) {
            (Some(prior), _) if prior == arg => t!("cli-usage-repeated", arg = arg),
            (Some(prior), _) => t!("cli-usage-conflict", arg = arg, other = prior),
            (None, Some(prior)) => t!("cli-usage-conflict", arg = arg, other = prior.join(", ")),
            (None, None) => t!("cli-usage-conflict", arg = arg, other = "…"),
        },
        ErrorKind::TooManyValues => t!("cli-usage-too-many-values", value = value, arg = arg),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => t!(
            "cli-usage-value-count",
            arg = arg,
            expected = number(e, ContextKind::ExpectedNumValues).max(number(e, ContextKind::MinValues)),
            actual = number(e, ContextKind::ActualNumValues)
        ),
        ErrorKind::NoEquals => t!("cli-usage-no-equals", arg = arg),
        ErrorKind::InvalidUtf8 => t!("cli-usage-invalid-utf8"),
        _ => t!("cli-usage-other"),
    }
}

/// A parser of a whole number from `min` to `max` whose refusal is worded in
/// the run's language (clap's `range()` says "0 is not in 1..=256").
pub fn between<T>(min: T, max: T) -> impl Fn(&str) -> Result<T, String> + Clone + Send + Sync + 'static
where
    T: std::str::FromStr + PartialOrd + Copy + std::fmt::Display + Send + Sync + 'static,
{
    move |s: &str| match s.trim().parse::<T>() {
        Ok(n) if n >= min && n <= max => Ok(n),
        _ => Err(t!("cli-usage-between", min = min.to_string(), max = max.to_string())),
    }
}

/// Help or version asked for (or help shown for a bare command): not an error.
pub fn is_help(e: &clap::Error) -> bool {
    matches!(
        e.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    )
}

/// The whole message as clap lays it out: error, tip, usage, where to look.
pub fn message(e: &clap::Error) -> String {
    let mut out = t!("cli-error", message = sentence(e));
    let mut tipped = false;
    for kind in [ContextKind::SuggestedSubcommand, ContextKind::SuggestedArg, ContextKind::SuggestedValue] {
        let Some(similar) = text(e, kind).or_else(|| list(e, kind).map(|v| v.join("', '"))) else { continue };
        let tip = match kind {
            ContextKind::SuggestedSubcommand => t!("cli-usage-tip-command", similar = similar),
            ContextKind::SuggestedArg => t!("cli-usage-tip-argument", similar = similar),
            _ => t!("cli-usage-tip-value", similar = similar),
        };
        out.push_str(if tipped { "\n" } else { "\n\n" });
        tipped = true;
        out.push_str(&format!("  {tip}"));
    }
    if e.get(ContextKind::Suggested).is_some() && e.kind() == ErrorKind::UnknownArgument {
        out.push_str(if tipped { "\n" } else { "\n\n" });
        out.push_str(&format!(
            "  {}",
            t!("cli-usage-tip-escape", arg = text(e, ContextKind::InvalidArg).unwrap_or_default())
        ));
    }
    if let Some(usage) = text(e, ContextKind::Usage) {
        // clap's "Usage:" heading, in the language help uses.
        let heading = bulletin_core::i18n::lookup(crate::lang(), "help-usage").unwrap_or_else(|| "Usage:".into());
        let usage = usage.strip_prefix("Usage:").map(|rest| format!("{heading}{rest}")).unwrap_or(usage);
        out.push_str(&format!("\n\n{usage}"));
    }
    out.push_str(&format!("\n\n{}", t!("cli-usage-more", flag = "--help")));
    out
}
