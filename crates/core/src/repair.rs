//! Root elements feed-rs would not recognise, made recognisable.
//!
//! feed-rs picks a parser by the root element: `<rss version="2.0">` (or
//! 0.91/0.92), `<rdf:RDF>`, `<feed>`. Feeds in the wild write `<rss>` with no
//! version (UOL Notícias), versions nobody defined ("2.00", "0.94") and a
//! lower-case `<rdf>`. Those are RSS all the same; only the root tag is
//! rewritten, the rest of the document is untouched.

use std::borrow::Cow;

/// The first element's start tag: (byte range, local name).
fn root(text: &str) -> Option<(usize, usize, &str)> {
    let mut at = 0;
    loop {
        let rest = &text[at..];
        let open = rest.find('<')?;
        let after = &rest[open + 1..];
        if after.starts_with("!--") {
            at += open + after.find("-->")? + 4;
        } else if after.starts_with('?') || after.starts_with('!') {
            at += open + 1 + after.find('>')? + 1;
        } else {
            let start = at + open;
            let end = start + text[start..].find('>')? + 1;
            let name_end = after.find(|c: char| c.is_whitespace() || c == '>' || c == '/')?;
            let name = &after[..name_end];
            return Some((start, end, name.rsplit(':').next().unwrap_or(name)));
        }
    }
}

/// The `version` attribute of a start tag, if any.
fn version(tag: &str) -> Option<&str> {
    crate::text::attribute(tag, "version")
}

/// The document with its root tag made one feed-rs dispatches on.
pub fn root_element(text: Cow<'_, str>) -> Cow<'_, str> {
    let Some((start, end, name)) = root(&text) else { return text };
    let tag = &text[start..end];
    let fixed = match name {
        "rss" => match version(tag) {
            Some("2.0" | "0.91" | "0.92") => return text,
            Some(v) if v.starts_with("0.9") => Some(set_version(tag, "0.92")),
            _ => Some(set_version(tag, "2.0")),
        },
        "rdf" if !tag.starts_with("<rdf:") => {
            // <rdf> … </rdf> → <RDF> … </RDF>
            let Some(close) = text.rfind("</rdf>") else { return text };
            let mut out = String::with_capacity(text.len());
            out.push_str(&text[..start]);
            // RSS 1.0's elements live in its namespace; a bare <rdf> declares none.
            out.push_str("<RDF");
            if !tag.contains("xmlns=") {
                out.push_str(" xmlns=\"http://purl.org/rss/1.0/\"");
            }
            out.push_str(&tag[4..]);
            out.push_str(&text[end..close]);
            out.push_str("</RDF>");
            out.push_str(&text[close + 6..]);
            return Cow::Owned(out);
        }
        _ => None,
    };
    match fixed {
        Some(tag) => Cow::Owned(format!("{}{}{}", &text[..start], tag, &text[end..])),
        None => text,
    }
}

/// `tag` with its version attribute replaced or added.
fn set_version(tag: &str, v: &str) -> String {
    // The attributes after "<rss", without the old version (whatever its
    // spacing or quotes). Every cut is where a search found text, so never
    // inside a character or past the end: an unclosed value such as
    // `<rss version="2<rss>` had cut past it (found by fuzzing).
    let attrs = tag.get(4..).unwrap_or("");
    let old = version(tag).and_then(|old| {
        let at = attrs.find("version")?;
        let value_at = at + attrs[at..].find(old)?;
        Some((at, value_at + old.len()))
    });
    let without = match old {
        Some((at, value_end)) => {
            let rest = &attrs[value_end..];
            let rest = rest.strip_prefix(['"', '\'']).unwrap_or(rest);
            format!("{}{rest}", attrs[..at].trim_end())
        }
        None => attrs.to_owned(),
    };
    format!("<rss version=\"{v}\"{without}")
}

/// The root element's name, for an error that says what the document is.
pub fn root_name(text: &str) -> Option<&str> {
    let (start, _, _) = root(text)?;
    let after = &text[start + 1..];
    after.find(|c: char| c.is_whitespace() || c == '>' || c == '/').map(|end| &after[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fix(s: &str) -> String {
        root_element(Cow::Borrowed(s)).into_owned()
    }

    #[test]
    fn rss_without_a_version_is_rss_2() {
        assert_eq!(fix("<rss>\n<channel/></rss>"), "<rss version=\"2.0\">\n<channel/></rss>");
        assert_eq!(
            fix("<!-- hi --><?xml-stylesheet href='x'?><rss xmlns:a='b'><channel/></rss>"),
            "<!-- hi --><?xml-stylesheet href='x'?><rss version=\"2.0\" xmlns:a='b'><channel/></rss>"
        );
    }

    #[test]
    fn undefined_versions_are_read_as_the_nearest() {
        assert_eq!(fix("<rss version=\"2.00\" a='1'></rss>"), "<rss version=\"2.0\" a='1'></rss>");
        assert_eq!(fix("<rss version='0.94'></rss>"), "<rss version=\"0.92\"></rss>");
        assert_eq!(fix("<rss version=\"2.0\"></rss>"), "<rss version=\"2.0\"></rss>");
    }

    #[test]
    fn lower_case_rdf_is_rss_1() {
        assert_eq!(fix("<rdf>\n<item/></rdf>\n"), "<RDF xmlns=\"http://purl.org/rss/1.0/\">\n<item/></RDF>\n");
        assert_eq!(fix("<rdf:RDF xmlns:rdf='x'></rdf:RDF>"), "<rdf:RDF xmlns:rdf='x'></rdf:RDF>");
    }

    #[test]
    fn names_the_root() {
        assert_eq!(root_name("<?xml version='1.0'?>\n<catalog><book/></catalog>"), Some("catalog"));
    }
}
