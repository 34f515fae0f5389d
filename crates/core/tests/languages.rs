//! Search in every script: a Chinese or Japanese word inside a sentence,
//! Arabic, German and French with or without their accents; English still
//! stemmed by prefix. The CLI and the app share this search.

mod common;

use bulletin_core::store::ArticleFilter;
use bulletin_testkit::{Item, Route, TestServer, rss};
use common::*;

fn item(guid: &str, title: &str, body: &str) -> Item {
    Item { description: body.into(), ..Item::new(guid, title, 10) }
}

#[tokio::test]
async fn words_are_found_in_every_script_with_or_without_accents() {
    let server = TestServer::start();
    server.set(
        "/world.xml",
        Route::feed(rss(
            "World",
            "https://world.example",
            &[
                item(
                    "zh",
                    "中国经济增长放缓至百分之五",
                    "国家统计局周一公布的数据显示，第三季度国内生产总值同比增长。",
                ),
                item("ja", "東京で震度五弱の地震", "気象庁によると、津波の心配はありません。"),
                item("ko", "서울에서 대규모 집회가 열렸다", "경찰은 참가자 수를 발표했다."),
                item("ar", "الأمم المتحدة تدعو إلى وقف إطلاق النار", "قال الأمين العام إن المحادثات ستستمر."),
                item("de", "Müller gewinnt die Wahl in Köln", "Die Straßenbahn fährt wieder."),
                item("fr", "Le café de la Gare rouvre à Genève", "Les élèves sont revenus."),
                item("en", "Storms batter the northern coast", "Flooding closed several roads."),
            ],
        )),
    );
    let (_dir, mut store) = store();
    add(&mut store, &server.url("/world.xml"), None);
    sync(&mut store, &fetcher()).await;
    assert_eq!(store.articles(&ArticleFilter::default()).unwrap().len(), 7);

    let found = |q: &str| -> Vec<String> { store.search(q, 10).unwrap().into_iter().map(|a| a.title).collect() };
    let one = |q: &str, title_part: &str| {
        let hits = found(q);
        assert_eq!(hits.len(), 1, "{q:?} found {hits:?}");
        assert!(hits[0].contains(title_part), "{q:?} found {hits:?}");
    };
    // Chinese: words inside sentences, in the title and in the text.
    one("经济", "中国经济");
    one("增长放缓", "中国经济");
    one("统计局", "中国经济");
    assert!(found("济增长放").len() == 1, "any substring of two or more characters");
    assert!(found("经济危机").is_empty(), "all of the words, in order");
    // Japanese: kanji and kana.
    one("地震", "東京");
    one("津波", "東京");
    one("気象庁", "東京");
    // Korean, Arabic (spaces separate words), German and French without their accents.
    one("집회", "서울");
    one("المتحدة", "الأمم");
    one("muller", "Müller");
    one("koln", "Köln");
    one("straßenbahn", "Müller");
    one("cafe geneve", "café");
    one("eleves", "café");
    // English: a prefix finds the longer word, as before.
    one("storm", "Storms");
    one("flood", "Storms");
}

#[test]
fn an_older_database_reindexes_its_chinese_articles_once_on_upgrade() {
    use rusqlite::Connection;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v6.db");
    {
        // A database as version 6 wrote it: the Chinese title indexed as one token.
        let store = bulletin_core::Store::open(&path).unwrap();
        drop(store);
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(
            "INSERT INTO feeds (id, url, title, created_at) VALUES (1, 'https://a.example/feed', 'A', 0);
             INSERT INTO articles (id, feed_id, guid, title, summary, content_html, published_at, first_seen_at)
                 VALUES (1, 1, 'g', '中国经济增长放缓', '国家统计局公布数据', '<p>第三季度</p>', 100, 100);
             INSERT INTO articles_fts (rowid, title, summary, body) VALUES (1, '中国经济增长放缓', '国家统计局公布数据', '第三季度');
             INSERT INTO settings (key, value) VALUES ('pending_cjk_reindex', '1');",
        )
        .unwrap();
    }
    let store = bulletin_core::Store::open(&path).unwrap();
    assert_eq!(store.search("经济", 10).unwrap().len(), 1);
    assert_eq!(store.search("统计局", 10).unwrap().len(), 1);
    assert_eq!(store.search("季度", 10).unwrap().len(), 1);
    let pending: i64 = Connection::open(&path)
        .unwrap()
        .query_row("SELECT COUNT(*) FROM settings WHERE key = 'pending_cjk_reindex'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(pending, 0, "once");
}

#[tokio::test]
async fn stories_are_grouped_within_a_language_never_across_two() {
    let server = TestServer::start();
    let reports = [
        (
            "/de1.xml",
            "Bundestag beschließt umstrittenes Heizungsgesetz nach langer Debatte",
            "Der Bundestag hat das umstrittene Heizungsgesetz nach einer langen Debatte beschlossen.",
        ),
        (
            "/de2.xml",
            "Heizungsgesetz: Bundestag beschließt Gesetz nach hitziger Debatte",
            "Nach hitziger Debatte beschließt der Bundestag das Heizungsgesetz.",
        ),
        (
            "/en1.xml",
            "Bundestag passes controversial heating law after long debate",
            "The Bundestag passed the controversial heating law after a long debate.",
        ),
        // The same names in two languages: alike enough to be one story if languages were ignored.
        (
            "/en2.xml",
            "Tesla Gigafactory Grünheide Berlin Brandenburg expansion approved",
            "Tesla Gigafactory Grünheide near Berlin: Brandenburg approved the expansion.",
        ),
        (
            "/de3.xml",
            "Tesla Gigafactory Grünheide Berlin Brandenburg Erweiterung genehmigt",
            "Tesla Gigafactory Grünheide bei Berlin: Brandenburg hat die Erweiterung genehmigt.",
        ),
        ("/zh1.xml", "中国经济增长放缓至百分之五", "国家统计局公布的数据显示，中国经济增长放缓。"),
        ("/zh2.xml", "国家统计局：中国经济增长放缓", "中国经济增长放缓至百分之五，国家统计局周一表示。"),
    ];
    let (_dir, mut store) = store();
    for (i, (path, title, body)) in reports.iter().enumerate() {
        server.set(
            path,
            Route::feed(rss(path, &format!("https://s{i}.example"), &[item(&format!("r{i}"), title, body)])),
        );
        add(&mut store, &server.url(path), Some("World News"));
    }
    sync(&mut store, &fetcher()).await;
    let articles = store.articles(&ArticleFilter::default()).unwrap();
    assert_eq!(articles.len(), 7);
    let story = |prefix: &str| articles.iter().find(|a| a.title.starts_with(prefix)).unwrap().story_id;
    assert_eq!(story("Bundestag beschließt"), story("Heizungsgesetz:"), "two German reports: one story");
    assert_ne!(story("Bundestag passes"), story("Bundestag beschließt"), "never across languages");
    assert_ne!(
        story("Tesla Gigafactory Grünheide Berlin Brandenburg expansion"),
        story("Tesla Gigafactory Grünheide Berlin Brandenburg Erweiterung"),
        "not even with the same names"
    );
    assert_eq!(story("中国经济"), story("国家统计局"), "two Chinese reports: one story");
    assert_ne!(story("中国经济"), story("Bundestag beschließt"));
}

#[tokio::test]
async fn an_article_carries_its_feeds_language_else_the_one_its_text_is_in() {
    let server = TestServer::start();
    let german = rss("DE", "https://de.example", &[item("d", "Wahl in Köln", "Die Stadt wählt.")])
        .replace("<description>test</description>", "<description>test</description><language>de-DE</language>");
    server.set("/de.xml", Route::feed(german));
    server.set(
        "/ar.xml",
        Route::feed(rss(
            "AR",
            "https://ar.example",
            &[item("a", "الأمم المتحدة تدعو إلى وقف إطلاق النار", "قال الأمين العام إن المحادثات ستستمر.")],
        )),
    );
    server.set(
        "/en.xml",
        Route::feed(rss("EN", "https://en.example", &[item("e", "Storms batter the coast", "Roads closed.")])),
    );
    let (_dir, mut store) = store();
    for path in ["/de.xml", "/ar.xml", "/en.xml"] {
        add(&mut store, &server.url(path), None);
    }
    sync(&mut store, &fetcher()).await;
    let langs: std::collections::HashMap<String, Option<String>> =
        store.articles(&ArticleFilter::default()).unwrap().into_iter().map(|a| (a.feed_title, a.lang)).collect();
    assert_eq!(langs.len(), 3);
    assert_eq!(
        langs["DE"].as_deref(),
        Some("de-de"),
        "the feed's own <language> (feed-rs lowercases it; tags ignore case)"
    );
    assert_eq!(langs["AR"].as_deref(), Some("ar"), "detected");
    assert_eq!(langs["EN"], None, "plain ASCII: the app's language applies");
}
