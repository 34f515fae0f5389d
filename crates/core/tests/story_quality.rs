//! Story clustering quality on a labeled set of real-world-style headlines
//! (tests/stories/headlines.json: same-story groups from different outlets,
//! plus hard negatives sharing names like "Trump", "Russia", "Apple").
//! Prints pair precision and recall; the goals are ≥ 0.9 and ≥ 0.8. The same
//! on tests/stories/headlines_multilingual.json: German, Spanish, French and
//! Chinese stories, hard negatives in each language, and one story told in
//! two languages that must stay two (stories never cross languages).

use bulletin_core::story::{Candidate, assign, signature};
use serde_json::Value;

fn labeled(file: &str) -> Vec<(Option<String>, Candidate)> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/stories").join(file);
    let items: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut feeds: Vec<String> = Vec::new();
    items
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let feed = v["feed"].as_str().unwrap().to_owned();
            if !feeds.contains(&feed) {
                feeds.push(feed.clone());
            }
            let candidate = Candidate {
                id: i as i64 + 1,
                feed_id: feeds.iter().position(|f| *f == feed).unwrap() as i64,
                published: 1_800_000_000 + v["minutes"].as_i64().unwrap() * 60,
                story_id: None,
                signature: signature(v["title"].as_str().unwrap(), v["summary"].as_str().unwrap()),
            };
            (v["story"].as_str().map(str::to_owned), candidate)
        })
        .collect()
}

#[test]
fn pair_precision_and_recall_meet_the_goals() {
    quality("headlines.json", 30);
}

#[test]
fn pair_precision_and_recall_meet_the_goals_in_other_languages() {
    quality("headlines_multilingual.json", 12);
}

/// Clusters the labelled `file`, prints pair precision and recall, and checks
/// them (with at least `pairs` same-story pairs in the set).
fn quality(file: &str, pairs: usize) {
    let data = labeled(file);
    let mut candidates: Vec<Candidate> = data.iter().map(|(_, c)| c.clone()).collect();
    let assigned: std::collections::HashMap<i64, i64> = assign(&mut candidates).into_iter().collect();
    let (mut tp, mut fp, mut fn_) = (0, 0, 0);
    let mut mistakes = Vec::new();
    for (i, (la, a)) in data.iter().enumerate() {
        for (lb, b) in data.iter().skip(i + 1) {
            let truth = la.is_some() && la == lb;
            let predicted = assigned[&a.id] == assigned[&b.id];
            match (truth, predicted) {
                (true, true) => tp += 1,
                (false, true) => {
                    fp += 1;
                    mistakes.push(format!("false merge: {} / {}", a.id, b.id));
                }
                (true, false) => {
                    fn_ += 1;
                    mistakes.push(format!("missed: {} / {}", a.id, b.id));
                }
                (false, false) => {}
            }
        }
    }
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = tp as f64 / (tp + fn_).max(1) as f64;
    println!(
        "story clustering on {} headlines ({file}): pair precision {precision:.3}, recall {recall:.3} ({tp} right, {fp} false merges, {fn_} missed)",
        data.len()
    );
    for m in &mistakes {
        println!("  {m}");
    }
    assert!(tp + fn_ >= pairs, "the labeled set needs enough same-story pairs: {}", tp + fn_);
    assert!(precision >= 0.9, "precision {precision:.3}");
    assert!(recall >= 0.8, "recall {recall:.3}");
}
