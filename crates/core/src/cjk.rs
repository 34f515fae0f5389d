//! Chinese, Japanese and Korean in the search index. FTS5's unicode61
//! tokenizer splits words on spaces and punctuation, which these scripts do
//! not use between words: a whole sentence becomes one token and a word
//! inside it is never found. So runs of CJK characters are indexed as
//! overlapping bigrams ("经济增长" → "经济 济增 增长", as Lucene's CJK
//! analyzer does), and a query's CJK runs become the phrase of their bigrams:
//! a word is found wherever it stands in a sentence. Text without CJK is
//! indexed exactly as before.

use std::borrow::Cow;

/// Han, Hiragana, Katakana, Hangul and their common extensions.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF      // Hiragana, Katakana
        | 0x3400..=0x4DBF    // CJK Extension A
        | 0x4E00..=0x9FFF    // CJK Unified Ideographs
        | 0xAC00..=0xD7AF    // Hangul syllables
        | 0x1100..=0x11FF    // Hangul Jamo
        | 0x3130..=0x318F    // Hangul compatibility Jamo
        | 0xF900..=0xFAFF    // CJK compatibility ideographs
        | 0x20000..=0x2FA1F  // Extensions B–F, compatibility supplement
    )
}

/// The text with each CJK run replaced by its bigrams (a lone character stays).
pub fn bigrams(text: &str) -> Cow<'_, str> {
    // Runs for every indexed text of a sync: ASCII is skipped without decoding.
    if !crate::text::any_beyond_ascii(text, is_cjk) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() * 2);
    let mut run: Vec<char> = Vec::new();
    let flush = |run: &mut Vec<char>, out: &mut String| {
        if run.is_empty() {
            return;
        }
        out.push(' ');
        if run.len() == 1 {
            out.push(run[0]);
        } else {
            for pair in run.windows(2) {
                out.push(pair[0]);
                out.push(pair[1]);
                out.push(' ');
            }
        }
        out.push(' ');
        run.clear();
    };
    for c in text.chars() {
        if is_cjk(c) {
            run.push(c);
        } else {
            flush(&mut run, &mut out);
            out.push(c);
        }
    }
    flush(&mut run, &mut out);
    Cow::Owned(out)
}

/// A query word → FTS5 query text: quoted as a phrase of bigrams where it
/// holds CJK (a lone CJK character becomes a prefix: it may start a bigram).
pub fn query_word(word: &str) -> Option<String> {
    if !word.chars().any(is_cjk) {
        return None;
    }
    let expanded = bigrams(word);
    let tokens: Vec<&str> = expanded.split_whitespace().collect();
    match tokens.as_slice() {
        [single] if single.chars().count() == 1 => Some(format!("\"{single}\"*")),
        _ => Some(format!("\"{}\"", tokens.join(" "))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_runs_become_bigrams_and_other_text_stays() {
        assert_eq!(bigrams("plain text"), "plain text");
        assert_eq!(bigrams("经济增长").split_whitespace().collect::<Vec<_>>(), ["经济", "济增", "增长"]);
        assert_eq!(bigrams("GDP增长3%").split_whitespace().collect::<Vec<_>>(), ["GDP", "增长", "3%"]);
        assert_eq!(bigrams("東京で地震").split_whitespace().collect::<Vec<_>>(), ["東京", "京で", "で地", "地震"]);
        assert_eq!(bigrams("中 国").split_whitespace().collect::<Vec<_>>(), ["中", "国"]);
    }

    #[test]
    fn query_words_become_phrases_of_bigrams() {
        assert_eq!(query_word("经济增长").as_deref(), Some("\"经济 济增 增长\""));
        assert_eq!(query_word("经济").as_deref(), Some("\"经济\""));
        assert_eq!(query_word("中").as_deref(), Some("\"中\"*"));
        assert_eq!(query_word("economy"), None);
    }
}
