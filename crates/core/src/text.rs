//! Plain-text helpers: markup to text, whitespace, truncation, stable hashes.

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts};
use std::cell::{Cell, RefCell};

/// Collects the text of a token stream. Only the tokenizer runs (no tree is
/// built): this is on the sync's hot path, once per article.
#[derive(Default)]
struct TextSink {
    out: RefCell<String>,
    /// Inside script/style/template: code, not prose.
    hidden: Cell<u32>,
}

impl TokenSink for TextSink {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        match token {
            Token::CharacterTokens(t) if self.hidden.get() == 0 => self.out.borrow_mut().push_str(&t),
            Token::TagToken(tag) => {
                let raw = match &*tag.name {
                    "script" => Some(RawKind::ScriptData),
                    "style" | "noscript" | "template" | "iframe" | "xmp" | "noembed" => Some(RawKind::Rawtext),
                    _ => None,
                };
                // Tags separate words ("<p>a</p><p>b</p>" is "a b").
                self.out.borrow_mut().push(' ');
                if let Some(kind) = raw {
                    match tag.kind {
                        TagKind::StartTag if !tag.self_closing => {
                            self.hidden.set(self.hidden.get() + 1);
                            return TokenSinkResult::RawData(kind);
                        }
                        TagKind::EndTag => self.hidden.set(self.hidden.get().saturating_sub(1)),
                        _ => {}
                    }
                }
            }
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

/// The text of an HTML fragment with entities decoded and whitespace collapsed.
pub fn html_to_text(html: &str) -> String {
    if !html.contains(['<', '&']) {
        return collapse_whitespace(html);
    }
    let tokenizer = Tokenizer::new(TextSink::default(), TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    collapse_whitespace(&tokenizer.sink.out.borrow())
}

/// True when a character beyond ASCII satisfies `pred`. ASCII bytes are
/// skipped without decoding: most feed text is ASCII but for a "…" or a
/// curly quote, and decoding every character of every article on a sync's
/// hot path was a visible share of a cold sync.
pub fn any_beyond_ascii(text: &str, pred: impl Fn(char) -> bool) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(skip) = bytes[i..].iter().position(|b| !b.is_ascii()) {
        i += skip;
        // `i` is at a lead byte (ASCII bytes are never inside a character).
        let Some(c) = text[i..].chars().next() else { return false };
        if pred(c) {
            return true;
        }
        i += c.len_utf8();
    }
    false
}

/// Runs of whitespace as one space, none at either end. One pass that copies
/// words straight into the result: the split-and-join it replaces built a
/// vector per article body on a cold sync's hot path.
pub fn collapse_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// At most `max` characters, cut at a word boundary, with an ellipsis if cut.
pub fn truncate_words(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_owned();
    }
    let cut: String = s.chars().take(max).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max / 2 => &cut[..i],
        _ => &cut[..],
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}

/// A title for an item that has none: its first sentence, shortened.
pub fn title_from_text(text: &str) -> Option<String> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let end = text.find(['.', '!', '?', '\n']).map(|i| i + 1).unwrap_or(text.len());
    Some(truncate_words(text[..end].trim(), 100))
}

/// The value of the attribute `name` in a tag or an XML declaration
/// (`name="v"`, `name = 'v'`); `None` when it is not there.
pub fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut from = 0;
    while let Some(found) = tag[from..].find(name) {
        let at = from + found;
        from = at + name.len();
        // A whole attribute name: after a space, before '=' (so "ver" is not "version").
        if !tag[..at].ends_with(|c: char| c.is_ascii_whitespace()) {
            continue;
        }
        let Some(rest) = tag[from..].trim_start().strip_prefix('=') else { continue };
        let rest = rest.trim_start();
        let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
        return rest[1..].split(quote).next();
    }
    None
}

/// FNV-1a, 64 bit: stable across Rust versions and platforms (std's hasher is
/// not), which matters because the value is stored as an article's identity.
pub fn stable_hash(parts: &[&str]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part.bytes().chain(std::iter::once(0xff)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("hash:{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_to_text_decodes_and_drops_code() {
        assert_eq!(html_to_text("<p>Tom &amp; Jerry</p><p>again</p><script>x()</script>"), "Tom & Jerry again");
    }

    #[test]
    fn html_to_text_handles_raw_text_and_broken_markup() {
        assert_eq!(html_to_text("<script>if (a<b) { x() }</script>after"), "after");
        assert_eq!(html_to_text("<style>p{}</style><b>bold</b> &lt;tag&gt; &#x27;q&#x27;"), "bold <tag> 'q'");
        assert_eq!(html_to_text("unclosed <i>italic"), "unclosed italic");
    }

    #[test]
    fn truncates_on_words() {
        assert_eq!(truncate_words("one two three four", 12), "one two…");
        assert_eq!(truncate_words("short", 12), "short");
    }

    #[test]
    fn title_from_first_sentence() {
        assert_eq!(title_from_text("Markets fell. Then rose.").as_deref(), Some("Markets fell."));
        assert_eq!(title_from_text("  "), None);
    }

    #[test]
    fn attributes_are_read_whole_and_quoted_either_way() {
        assert_eq!(attribute(r#"<?xml version="1.0" encoding = 'ISO-8859-1'?>"#, "encoding"), Some("ISO-8859-1"));
        assert_eq!(attribute(r#"<img data-src="a" src="b">"#, "src"), Some("b"));
        assert_eq!(attribute(r#"<rss xmlns:version="x" version="2.0">"#, "version"), Some("2.0"));
        assert_eq!(attribute("<rss>", "version"), None);
    }

    #[test]
    fn any_beyond_ascii_looks_only_at_other_characters() {
        assert!(!any_beyond_ascii("plain ascii", |_| true));
        assert!(any_beyond_ascii("a cut summary…", |c| c == '…'));
        assert!(!any_beyond_ascii("“quoted” — and cut…", char::is_alphabetic));
        assert!(any_beyond_ascii("Köln", char::is_alphabetic));
        assert!(any_beyond_ascii("GDP 增长", |c| c == '长'));
    }

    #[test]
    fn stable_hash_is_stable() {
        assert_eq!(stable_hash(&["a", "b"]), stable_hash(&["a", "b"]));
        assert_ne!(stable_hash(&["ab", ""]), stable_hash(&["a", "b"]));
        // Pinned: a change here would duplicate every hash-identified article.
        assert_eq!(stable_hash(&["hello"]), "hash:a9bd73cca220c59c");
    }
}
