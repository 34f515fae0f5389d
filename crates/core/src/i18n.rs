//! Messages in the reader's language. The catalogs are Fluent files in
//! `ui/locales/<language>/`, one source of truth for both sides: the app's UI
//! reads `app.ftl` (through [`catalog`], by `ui/js/i18n.js` with
//! `Intl.PluralRules`), and the engine formats its own text — the CLI's
//! messages, notifications, the tray menu — from `cli.ftl`,
//! `notifications.ftl` and `desktop.ftl` with `fluent-bundle`.
//!
//! The language is the `language` setting, or the system's when that is
//! "system" (the default). A message missing from a catalog falls back to
//! English, so a half-translated language still says everything.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::collections::HashMap;
use std::sync::LazyLock;

/// The languages Bulletin speaks: (tag, its own name for itself).
pub const LANGUAGES: &[(&str, &str)] =
    &[("en", "English"), ("de", "Deutsch"), ("es", "Español"), ("zh-CN", "简体中文"), ("ar", "العربية")];

/// The catalog files of each language, compiled in: (language, file, text).
macro_rules! catalogs {
    ($($lang:literal),*) => {
        &[$(
            ($lang, "app", include_str!(concat!("../../../ui/locales/", $lang, "/app.ftl"))),
            ($lang, "cli", include_str!(concat!("../../../ui/locales/", $lang, "/cli.ftl"))),
            ($lang, "notifications", include_str!(concat!("../../../ui/locales/", $lang, "/notifications.ftl"))),
            ($lang, "desktop", include_str!(concat!("../../../ui/locales/", $lang, "/desktop.ftl"))),
            ($lang, "errors", include_str!(concat!("../../../ui/locales/", $lang, "/errors.ftl"))),
            ($lang, "help", include_str!(concat!("../../../ui/locales/", $lang, "/help.ftl"))),
        )*]
    };
}
pub const CATALOGS: &[(&str, &str, &str)] = catalogs!("en", "de", "es", "zh-CN", "ar");

/// One catalog's text: `file` is "app", "cli", "notifications" or "desktop".
pub fn catalog(lang: &str, file: &str) -> Option<&'static str> {
    CATALOGS.iter().find(|(l, f, _)| *l == lang && *f == file).map(|(_, _, text)| *text)
}

/// The supported language a locale names ("de_DE.UTF-8" → "de", "zh-Hans-CN"
/// → "zh-CN"); `None` for one Bulletin does not speak. Traditional Chinese is
/// not given Simplified.
pub fn supported(locale: &str) -> Option<&'static str> {
    let tag = locale.split(['.', '@']).next().unwrap_or("").replace('_', "-").to_ascii_lowercase();
    let mut parts = tag.split('-');
    match parts.next()? {
        "en" | "c" | "posix" => Some("en"),
        "de" => Some("de"),
        "es" => Some("es"),
        "ar" => Some("ar"),
        "zh" => {
            let rest: Vec<&str> = parts.collect();
            let traditional = rest.iter().any(|p| matches!(*p, "hant" | "tw" | "hk" | "mo"));
            let simplified = rest.contains(&"hans");
            (simplified || !traditional).then_some("zh-CN")
        }
        _ => None,
    }
}

/// The system's language: the first supported one of `LANGUAGE` (a list),
/// `LC_ALL`, `LC_MESSAGES`, `LANG`, then what the platform says (Windows and
/// macOS have no such variables); English otherwise.
pub fn system_language() -> &'static str {
    let vars = ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"];
    let from_env = vars
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .flat_map(|v| v.split(':').map(str::to_owned).collect::<Vec<_>>())
        .filter(|v| !v.is_empty())
        .find_map(|v| supported(&v));
    from_env.or_else(|| sys_locale::get_locale().as_deref().and_then(supported)).unwrap_or("en")
}

/// The language to speak for the `language` setting ("system" or a tag).
pub fn resolve(setting: &str) -> &'static str {
    match setting {
        "" | "system" => system_language(),
        tag => supported(tag).unwrap_or("en"),
    }
}

/// What the app's UI needs to speak: its language, that language's
/// `app.ftl`, English's for what a catalog lacks, and the languages to offer.
#[derive(Debug, Clone, serde::Serialize)]
pub struct UiCatalog {
    pub lang: &'static str,
    pub messages: &'static str,
    pub fallback: &'static str,
    pub languages: Vec<(&'static str, &'static str)>,
}

/// The UI's catalog for the `language` setting.
pub fn ui_catalog(setting: &str) -> UiCatalog {
    let lang = resolve(setting);
    // What the UI reads in, the app's errors are worded in too.
    SHOWN.store(Some(lang));
    UiCatalog {
        lang,
        messages: catalog(lang, "app").unwrap_or_default(),
        fallback: catalog("en", "app").unwrap_or_default(),
        languages: LANGUAGES.to_vec(),
    }
}

/// The language the app's UI was last given its catalog in (see `shown`).
struct Shown(std::sync::RwLock<Option<&'static str>>);

impl Shown {
    fn store(&self, lang: Option<&'static str>) {
        *self.0.write().unwrap_or_else(|e| e.into_inner()) = lang;
    }
}

static SHOWN: Shown = Shown(std::sync::RwLock::new(None));

/// The language to word errors in for the app: its UI's (set by
/// [`ui_catalog`]), else the system's.
pub fn shown() -> &'static str {
    SHOWN.0.read().unwrap_or_else(|e| e.into_inner()).unwrap_or_else(system_language)
}

type Bundle = FluentBundle<FluentResource>;

/// The engine's messages (everything but the UI's `app.ftl`), per language.
static BUNDLES: LazyLock<HashMap<&'static str, Bundle>> = LazyLock::new(|| {
    LANGUAGES
        .iter()
        .map(|&(lang, _)| {
            let id = lang.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Terminal text and notification bodies: no bidi isolation marks.
            bundle.set_use_isolating(false);
            for (_, _, text) in CATALOGS.iter().filter(|(l, f, _)| *l == lang && *f != "app") {
                // A catalog with a syntax error still gives its good messages
                // (tests/catalogs checks that none has any).
                let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(r, _)| r);
                // Duplicate ids keep the first; the catalog test forbids them.
                let _ = bundle.add_resource(resource);
            }
            (lang, bundle)
        })
        .collect()
});

/// The message `id` in `lang` with `args`, else in English, else the id itself
/// (never an empty string where a message was meant).
pub fn message(lang: &str, id: &str, args: Option<&FluentArgs>) -> String {
    for l in [lang, "en"] {
        let Some(bundle) = BUNDLES.get(l) else { continue };
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle.format_pattern(pattern, args, &mut errors).into_owned();
        }
    }
    id.to_owned()
}

/// The message `id` in `lang` only: `None` where that language lacks it
/// (for words with a fallback of their own, as `--help` has).
pub fn lookup(lang: &str, id: &str) -> Option<String> {
    let bundle = BUNDLES.get(lang)?;
    let pattern = bundle.get_message(id)?.value()?;
    Some(bundle.format_pattern(pattern, None, &mut Vec::new()).into_owned())
}

/// `tr!(lang, "id")` or `tr!(lang, "id", name = value, …)`: a message of the
/// engine's catalogs in `lang` (see [`message`]).
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:literal) => {
        $crate::i18n::message($lang, $id, None)
    };
    ($lang:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $(args.set(stringify!($name), $crate::i18n::Value::from($value));)+
        $crate::i18n::message($lang, $id, Some(&args))
    }};
}

pub use fluent_bundle::FluentArgs as Args;
pub use fluent_bundle::FluentValue as Value;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_map_to_the_languages_bulletin_speaks() {
        assert_eq!(supported("de_DE.UTF-8"), Some("de"));
        assert_eq!(supported("es-MX"), Some("es"));
        assert_eq!(supported("zh_CN.UTF-8"), Some("zh-CN"));
        assert_eq!(supported("zh-Hans-SG"), Some("zh-CN"));
        assert_eq!(supported("zh_TW"), None);
        assert_eq!(supported("C.UTF-8"), Some("en"));
        assert_eq!(supported("fr_FR"), None);
        assert_eq!(resolve("de"), "de");
        assert_eq!(resolve("klingon"), "en");
    }

    #[test]
    fn messages_take_plurals_and_fall_back_to_english() {
        assert_eq!(tr!("en", "cli-marked-read", count = 1), "1 article marked read");
        assert_eq!(tr!("en", "cli-marked-read", count = 3), "3 articles marked read");
        assert_eq!(tr!("de", "cli-marked-read", count = 3), "3 Artikel als gelesen markiert");
        assert_eq!(tr!("de", "no-such-message"), "no-such-message");
    }
}
