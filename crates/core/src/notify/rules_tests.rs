use super::*;

const NOW: i64 = 1_800_000_000;
const MIN: i64 = 60;

fn noon() -> NaiveTime {
    NaiveTime::from_hms_opt(12, 0, 0).unwrap()
}

/// A World News article (rule: breaking) alone in its story, 10 minutes old.
fn article(id: i64, title: &str) -> Candidate {
    Candidate {
        article_id: ArticleId(id),
        story_id: id,
        feed_id: FeedId(id),
        title: title.into(),
        summary: "First sentence here. Second one.".into(),
        published: NOW - 10 * MIN,
        backlog: false,
        rule: Rule::Breaking,
        story: vec![Source { feed_id: FeedId(id), feed_title: format!("Feed {id}"), published: NOW - 10 * MIN }],
        story_notified: false,
        filter_notify: false,
    }
}

/// `n` articles of story 100 from `n` feeds, `gap` minutes apart, newest 5 minutes old.
fn burst(n: i64, gap: i64) -> Vec<Candidate> {
    let story: Vec<Source> = (0..n)
        .map(|i| Source {
            feed_id: FeedId(10 + i),
            feed_title: ["World Desk", "Wire B", "Daily", "Post"][i as usize % 4].into(),
            published: NOW - 5 * MIN - (n - 1 - i) * gap * MIN,
        })
        .collect();
    (0..n)
        .map(|i| Candidate {
            article_id: ArticleId(100 + i),
            story_id: 100,
            feed_id: FeedId(10 + i),
            title: format!("Drone strikes continue, report {i}"),
            published: story[i as usize].published,
            story: story.clone(),
            ..article(100 + i, "")
        })
        .collect()
}

fn run(c: &[Candidate], policy: &Policy) -> Decision {
    decide(c, &[], policy, NOW, noon())
}

#[test]
fn ordinary_articles_in_a_breaking_category_stay_quiet() {
    let d = run(
        &[article(1, "Markets steady as banks hold rates"), article(2, "Parliament approves budget")],
        &Policy::default(),
    );
    assert_eq!(d.popups() + d.folded.len() + d.held.len() + d.paused.len(), 0, "{d:?}");
}

#[test]
fn a_marker_notifies_once_with_sources_and_first_sentence() {
    let d = run(&[article(1, "BREAKING: Earthquake strikes off Japan")], &Policy::default());
    assert_eq!(d.shown.len(), 1);
    let n = &d.shown[0];
    assert_eq!((n.reason, n.title.as_str()), (Reason::Marker, "BREAKING: Earthquake strikes off Japan"));
    assert_eq!(n.body, "Feed 1\nFirst sentence here.");
}

#[test]
fn three_feeds_within_90_minutes_make_a_story_breaking_once() {
    let d = run(&burst(3, 30), &Policy::default());
    assert_eq!(d.shown.len(), 1, "{d:?}");
    let n = &d.shown[0];
    assert_eq!(n.reason, Reason::Sources);
    assert_eq!(n.article_id, ArticleId(100), "the first report stands for the story");
    assert_eq!(n.body, "World Desk, Wire B and 1 more\nFirst sentence here.");
}

#[test]
fn sources_spread_wider_than_the_window_or_too_few_are_not_a_burst() {
    assert!(run(&burst(3, 50), &Policy::default()).shown.is_empty(), "100 minutes apart");
    assert!(run(&burst(2, 10), &Policy::default()).shown.is_empty(), "two feeds");
    let policy = Policy { min_sources: 2, ..Policy::default() };
    assert_eq!(run(&burst(2, 10), &policy).shown.len(), 1, "configurable threshold");
    let policy = Policy { burst_secs: 120 * MIN, ..Policy::default() };
    assert_eq!(run(&burst(3, 50), &policy).shown.len(), 1, "configurable window");
}

#[test]
fn the_same_feed_twice_counts_once() {
    let mut c = burst(3, 10);
    for x in &mut c {
        x.story[2].feed_id = FeedId(10);
    }
    assert!(run(&c, &Policy::default()).shown.is_empty());
}

#[test]
fn a_feeds_first_sync_is_backlog() {
    let mut c = article(1, "BREAKING: Earthquake strikes off Japan");
    c.backlog = true;
    assert!(run(&[c], &Policy::default()).shown.is_empty());
}

#[test]
fn articles_older_than_six_hours_never_notify() {
    let mut c = article(1, "BREAKING: Earthquake strikes off Japan");
    c.published = NOW - MAX_AGE_SECS - 1;
    assert!(run(&[c.clone()], &Policy::default()).shown.is_empty());
    c.published = NOW - MAX_AGE_SECS + 60;
    assert_eq!(run(&[c], &Policy::default()).shown.len(), 1);
}

#[test]
fn a_story_notified_before_never_notifies_again() {
    let mut c = burst(4, 10);
    for x in &mut c {
        x.story_notified = true;
    }
    c[3].title = "BREAKING: drone strikes continue".into();
    assert!(run(&c, &Policy::default()).shown.is_empty());
}

#[test]
fn at_most_three_pop_up_and_the_rest_fold_into_one_summary() {
    let c: Vec<Candidate> = (1..=8).map(|i| article(i, &format!("BREAKING: Story number {i}"))).collect();
    let d = run(&c, &Policy::default());
    assert_eq!(d.shown.len(), MAX_PER_SYNC);
    assert_eq!(d.folded.len(), 5);
    let s = d.summary.as_ref().unwrap();
    assert_eq!((s.title.as_str(), s.count), ("5 more breaking stories", 5));
    assert_eq!(s.body.lines().count(), 4, "three headlines and 'and 2 more': {}", s.body);
    assert_eq!(d.popups(), 4);
}

#[test]
fn the_cap_keeps_breaking_stories_before_keyword_and_rule_ones() {
    let mut c: Vec<Candidate> = (1..=3).map(|i| article(i, &format!("Budget talks, day {i}"))).collect();
    for x in &mut c {
        x.rule = Rule::All;
    }
    c.push(article(9, "URGENT: Evacuations ordered"));
    let d = run(&c, &Policy::default());
    assert_eq!(d.shown[0].reason, Reason::Marker);
    assert_eq!(d.summary.unwrap().title, "1 more story");
}

#[test]
fn quiet_hours_hold_everything_then_one_digest() {
    let policy = Policy { quiet_hours: Some("22:00-07:00".parse().unwrap()), ..Policy::default() };
    let night = NaiveTime::from_hms_opt(23, 15, 0).unwrap();
    let c = [article(1, "BREAKING: One"), article(2, "BREAKING: Two")];
    let d = decide(&c, &[], &policy, NOW, night);
    assert_eq!((d.held.len(), d.popups()), (2, 0));

    let morning = NaiveTime::from_hms_opt(7, 5, 0).unwrap();
    let d2 = decide(&[article(3, "BREAKING: Three")], &d.held, &policy, NOW, morning);
    let digest = d2.digest.as_ref().unwrap();
    assert_eq!(digest.title, "2 stories during quiet hours");
    assert_eq!(digest.body, "BREAKING: One\nBREAKING: Two");
    assert_eq!(d2.shown.len(), 1);
}

#[test]
fn a_pause_records_but_shows_nothing_until_it_ends() {
    let policy = Policy { paused_until: Some(NOW + 3600), ..Policy::default() };
    let d = run(&[article(1, "BREAKING: One")], &policy);
    assert_eq!((d.paused.len(), d.popups()), (1, 0));
    let over = Policy { paused_until: Some(NOW - 1), ..Policy::default() };
    assert_eq!(run(&[article(1, "BREAKING: One")], &over).shown.len(), 1);
}

#[test]
fn keywords_notify_whatever_the_rule() {
    let mut c = article(1, "Iran nuclear deal talks resume in Vienna");
    c.rule = Rule::Off;
    let policy = Policy { keywords: vec!["nuclear deal".into()], ..Policy::default() };
    let d = run(&[c.clone()], &policy);
    assert_eq!(d.shown[0].reason, Reason::Keyword);
    assert!(run(&[c], &Policy::default()).shown.is_empty());
}

#[test]
fn off_silences_breaking_and_all_notifies_everything() {
    let mut off = article(1, "BREAKING: Earthquake strikes off Japan");
    off.rule = Rule::Off;
    assert!(run(&[off], &Policy::default()).shown.is_empty());
    let mut all = article(2, "Parliament approves budget");
    all.rule = Rule::All;
    assert_eq!(run(&[all], &Policy::default()).shown[0].reason, Reason::Rule);
}

#[test]
fn a_feed_override_is_what_the_candidate_carries() {
    // The store resolves feed over category; the decision sees the result.
    let mut feed_off = burst(3, 10);
    for x in &mut feed_off {
        x.rule = Rule::Off;
    }
    feed_off[2].rule = Rule::Breaking;
    let d = run(&feed_off, &Policy::default());
    assert_eq!(d.shown.len(), 1);
    assert_eq!(d.shown[0].article_id, ArticleId(102), "only the feed whose rule is on notifies");
}

#[test]
fn rules_parse_and_print() {
    for r in [Rule::Off, Rule::Breaking, Rule::All] {
        assert_eq!(r.to_string().parse::<Rule>().unwrap(), r);
    }
    assert!("sometimes".parse::<Rule>().is_err());
}
