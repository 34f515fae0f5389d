//! Which language an article is written in, when that can be told reliably,
//! so stories are matched within a language: the same words in two
//! languages are not the same story, and each language is stemmed its own way.

use rust_stemmers::Algorithm;
use whatlang::{Lang, Script};

/// A language other than English, told reliably from the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    /// ISO 639-3 code, e.g. "deu".
    pub code: &'static str,
    pub stemmer: Option<Algorithm>,
    /// Chinese, Japanese, Korean: no spaces between words.
    pub cjk: bool,
}

/// Letters beyond ASCII: only then is the language worth asking about.
/// Typographic punctuation (curly quotes, dashes, the "…" of a cut summary)
/// says nothing about it, and detection is costly: asked for every article
/// of a cold sync, it doubled its time.
pub fn worth_asking(text: &str) -> bool {
    crate::text::any_beyond_ascii(text, char::is_alphabetic)
}

/// The start of a text, enough to tell its language (detection is linear in it).
fn sample(text: &str) -> &str {
    match text.char_indices().nth(240) {
        Some((i, _)) => &text[..i],
        None => text,
    }
}

/// `None` for English, for text too short or mixed to tell, and for text
/// with no letter beyond ASCII (read as English without asking: most feeds,
/// and the fast path).
pub fn detect(text: &str) -> Option<Language> {
    if !worth_asking(text) {
        return None;
    }
    detect_any(text)
}

/// Like [`detect`], for plain-ASCII text too: a German or Spanish headline
/// and lead may hold no letter beyond ASCII ("Hochwasser in Bayern: Pegel der
/// Donau steigt weiter"). Callers ask only for text that is not plainly English.
pub fn detect_any(text: &str) -> Option<Language> {
    let info = whatlang::detect(sample(text))?;
    let latin = info.script() == Script::Latin;
    // Latin-script text is easily mistaken on a headline's few words: only a
    // confident call counts. Other scripts say more about their language.
    if info.lang() == Lang::Eng || (latin && (!info.is_reliable() || info.confidence() < 0.8)) {
        return None;
    }
    let stemmer = match info.lang() {
        Lang::Deu => Some(Algorithm::German),
        Lang::Fra => Some(Algorithm::French),
        Lang::Spa => Some(Algorithm::Spanish),
        Lang::Ita => Some(Algorithm::Italian),
        Lang::Por => Some(Algorithm::Portuguese),
        Lang::Nld => Some(Algorithm::Dutch),
        Lang::Swe => Some(Algorithm::Swedish),
        Lang::Nob => Some(Algorithm::Norwegian),
        Lang::Dan => Some(Algorithm::Danish),
        Lang::Fin => Some(Algorithm::Finnish),
        Lang::Rus => Some(Algorithm::Russian),
        Lang::Hun => Some(Algorithm::Hungarian),
        Lang::Ron => Some(Algorithm::Romanian),
        Lang::Tur => Some(Algorithm::Turkish),
        Lang::Ara => Some(Algorithm::Arabic),
        Lang::Ell => Some(Algorithm::Greek),
        Lang::Tam => Some(Algorithm::Tamil),
        _ => None,
    };
    let cjk = matches!(info.script(), Script::Mandarin | Script::Hiragana | Script::Katakana | Script::Hangul);
    Some(Language { code: info.lang().code(), stemmer, cjk })
}

/// A language's commonest words, which say nothing about a story (ISO 639-3
/// code; none for languages without a list here).
pub fn stop_words(code: &str) -> &'static [&'static str] {
    match code {
        "deu" => &[
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und", "oder", "in",
            "im", "an", "am", "auf", "aus", "bei", "mit", "nach", "von", "vom", "zu", "zum", "zur", "für", "über",
            "unter", "vor", "gegen", "um", "ist", "sind", "war", "hat", "haben", "wird", "werden", "sich", "nicht",
            "auch", "als", "wie", "noch", "nun", "so", "es", "er", "sie", "wir", "ihr", "sein", "seine", "ihre",
            "dass", "neue", "neuen", "mehr",
        ],
        "spa" => &[
            "el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "al", "y", "o", "en", "por", "para",
            "con", "sin", "sobre", "que", "se", "su", "sus", "es", "son", "fue", "ha", "han", "lo", "le", "les",
            "como", "más", "ya", "este", "esta", "estos", "nuevo", "nueva", "tras", "ante", "entre", "muy",
        ],
        "fra" => &[
            "le", "la", "les", "un", "une", "des", "de", "du", "au", "aux", "et", "ou", "en", "dans", "par", "pour",
            "sur", "avec", "sans", "que", "qui", "se", "sa", "son", "ses", "est", "sont", "été", "ce", "cette", "ces",
            "il", "elle", "ils", "elles", "plus", "pas", "ne", "nouveau", "nouvelle", "après", "entre", "très",
        ],
        "por" => &[
            "o", "a", "os", "as", "um", "uma", "de", "do", "da", "dos", "das", "no", "na", "nos", "nas", "em", "e",
            "ou", "por", "para", "com", "sem", "que", "se", "seu", "sua", "é", "são", "foi", "ao", "aos", "mais",
        ],
        "ita" => &[
            "il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "di", "del", "della", "dei", "delle", "da", "in",
            "nel", "nella", "e", "o", "per", "con", "su", "che", "si", "è", "sono", "al", "alla", "più", "non",
        ],
        "nld" => &[
            "de", "het", "een", "en", "of", "in", "op", "aan", "van", "voor", "met", "bij", "uit", "naar", "over",
            "is", "zijn", "was", "wordt", "worden", "dat", "die", "dit", "niet", "ook", "als", "nieuwe", "meer",
        ],
        _ => &[],
    }
}

/// The language to declare on an article (`lang`), as a BCP 47 tag: the
/// feed's own `<language>` if it gives a sane one, else what the text
/// reliably is (never guessed for plain ASCII: the app's own language
/// applies).
pub fn tag(feed_language: Option<&str>, title: &str, summary: &str) -> Option<String> {
    if let Some(declared) = feed_language.map(str::trim).filter(|l| sane_tag(l)) {
        return Some(declared.to_owned());
    }
    // Checked before anything is allocated: this runs for every new article.
    if !worth_asking(title) && !worth_asking(summary) {
        return None;
    }
    let text = format!("{title} {summary}");
    let info = whatlang::detect(sample(&text)).filter(|i| i.is_reliable())?;
    let two = match info.lang() {
        Lang::Eng => "en",
        Lang::Deu => "de",
        Lang::Fra => "fr",
        Lang::Spa => "es",
        Lang::Ita => "it",
        Lang::Por => "pt",
        Lang::Nld => "nl",
        Lang::Swe => "sv",
        Lang::Nob => "nb",
        Lang::Dan => "da",
        Lang::Fin => "fi",
        Lang::Pol => "pl",
        Lang::Ces => "cs",
        Lang::Rus => "ru",
        Lang::Ukr => "uk",
        Lang::Tur => "tr",
        Lang::Ell => "el",
        Lang::Ara => "ar",
        Lang::Heb => "he",
        Lang::Pes => "fa",
        Lang::Hin => "hi",
        Lang::Cmn => "zh",
        Lang::Jpn => "ja",
        Lang::Kor => "ko",
        Lang::Vie => "vi",
        Lang::Ind => "id",
        Lang::Hun => "hu",
        Lang::Ron => "ro",
        _ => return None,
    };
    Some(two.to_owned())
}

/// A language tag as feeds write them ("en", "en-us", "pt-BR"): letters and
/// hyphens, a 2–3 letter primary subtag; anything else is ignored.
fn sane_tag(tag: &str) -> bool {
    let primary = tag.split('-').next().unwrap_or("");
    tag.len() <= 35
        && (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_and_ascii_are_the_default_and_other_languages_are_told_apart() {
        assert_eq!(detect("Storms batter the northern coast as roads close"), None);
        assert_eq!(detect("Café owners say the “new” rules hurt business across the city centre"), None);
        assert!(!worth_asking("A cut summary says “quotes” — and ends…"), "punctuation is not a language");
        let de =
            detect("Die Bundesregierung beschließt ein neues Gesetz über die Rente für ältere Arbeitnehmer").unwrap();
        assert_eq!((de.code, de.stemmer), ("deu", Some(Algorithm::German)));
        let zh = detect("中国经济增长放缓，国家统计局周一公布的数据显示").unwrap();
        assert!(zh.cjk);
        let ar = detect("الأمم المتحدة تدعو إلى وقف إطلاق النار في المنطقة").unwrap();
        assert_eq!(ar.stemmer, Some(Algorithm::Arabic));
    }

    #[test]
    fn an_articles_tag_is_the_feeds_if_sane_else_what_the_text_reliably_is() {
        assert_eq!(tag(Some("de-DE"), "anything", "").as_deref(), Some("de-DE"));
        assert_eq!(tag(Some("<script>"), "Plain English text", "").as_deref(), None);
        assert_eq!(tag(None, "Plain English text", "and a summary…"), None);
        assert_eq!(tag(None, "الأمم المتحدة تدعو إلى وقف إطلاق النار", "في المنطقة").as_deref(), Some("ar"));
        assert_eq!(tag(None, "中国经济增长放缓，国家统计局周一公布的数据显示", "").as_deref(), Some("zh"));
    }
}
