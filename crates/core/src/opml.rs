//! OPML 2.0 import and export. Nested outlines become categories: a feed takes
//! the name of its top-level folder (our categories are one level deep).

use crate::error::{Error, Result};
use crate::model::Feed;
use opml::{OPML, Outline};

/// One subscription read from an OPML file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpmlFeed {
    pub url: String,
    pub title: String,
    pub site_url: Option<String>,
    pub category: Option<String>,
}

pub fn parse(xml: &str) -> Result<Vec<OpmlFeed>> {
    crate::guard::guarded("opml", || parse_unguarded(xml))
        .map_err(|cause| Error::Opml(format!("the file broke the OPML parser ({cause})")))?
}

/// [`parse`] without its guard: for the fuzz targets.
#[doc(hidden)]
pub fn parse_unguarded(xml: &str) -> Result<Vec<OpmlFeed>> {
    let doc = OPML::from_str(xml).map_err(|e| Error::Opml(e.to_string()))?;
    let mut out = Vec::new();
    for outline in &doc.body.outlines {
        collect(outline, None, &mut out);
    }
    Ok(out)
}

fn collect(o: &Outline, folder: Option<&str>, out: &mut Vec<OpmlFeed>) {
    let label = o.title.as_deref().filter(|t| !t.trim().is_empty()).unwrap_or(&o.text).trim();
    match o.xml_url.as_deref().map(str::trim).filter(|u| !u.is_empty()) {
        Some(url) => out.push(OpmlFeed {
            url: url.to_owned(),
            title: label.to_owned(),
            site_url: o.html_url.clone().filter(|u| !u.trim().is_empty()),
            category: folder
                .map(str::to_owned)
                .or_else(|| o.category.clone().filter(|c| !c.trim().is_empty() && !c.contains('/'))),
        }),
        None => {
            let name = folder.or(Some(label).filter(|l| !l.is_empty()));
            for child in &o.outlines {
                collect(child, name, out);
            }
        }
    }
}

/// Feeds grouped by category, uncategorized ones at the top level.
pub fn export(feeds: &[Feed]) -> Result<String> {
    let mut doc = OPML {
        version: "2.0".into(),
        head: Some(opml::Head { title: Some("Bulletin subscriptions".into()), ..Default::default() }),
        ..Default::default()
    };
    for feed in feeds {
        let outline = Outline {
            text: feed.title.clone(),
            title: Some(feed.title.clone()),
            r#type: Some("rss".into()),
            xml_url: Some(feed.url.clone()),
            html_url: feed.site_url.clone(),
            ..Default::default()
        };
        match &feed.category {
            None => doc.body.outlines.push(outline),
            Some(cat) => match doc.body.outlines.iter_mut().find(|o| o.xml_url.is_none() && &o.text == cat) {
                Some(folder) => folder.outlines.push(outline),
                None => doc.body.outlines.push(Outline {
                    text: cat.clone(),
                    title: Some(cat.clone()),
                    outlines: vec![outline],
                    ..Default::default()
                }),
            },
        }
    }
    let xml = doc.to_string().map_err(|e| Error::Opml(e.to_string()))?;
    Ok(format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{xml}\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_outlines_become_categories() {
        let xml = r#"<opml version="2.0"><head/><body>
            <outline text="loose" xmlUrl="https://a.example/feed"/>
            <outline text="World News">
                <outline text="BBC" title="BBC World" xmlUrl="https://b.example/rss" htmlUrl="https://b.example/"/>
                <outline text="Deeper"><outline text="C" xmlUrl="https://c.example/atom"/></outline>
            </outline></body></opml>"#;
        let feeds = parse(xml).unwrap();
        assert_eq!(feeds.len(), 3);
        assert_eq!(feeds[0].category, None);
        assert_eq!(feeds[1].title, "BBC World");
        assert_eq!(feeds[1].category.as_deref(), Some("World News"));
        assert_eq!(feeds[2].category.as_deref(), Some("World News"));
    }

    #[test]
    fn garbage_is_a_clear_error() {
        let err = parse("<html>nope</html>").unwrap_err();
        assert!(matches!(err, Error::Opml(_)), "{err}");
    }
}
