//! Story grouping on small invented articles.

use super::*;
use crate::lexicon::Lexicon;

fn sources(texts: &[(&str, &str)]) -> Vec<Source> {
    let lexicon = Lexicon::defaults();
    texts
        .iter()
        .enumerate()
        .map(|(i, (p, t))| Source::from_text(i, *p, t.to_string(), &lexicon))
        .collect()
}

fn stories_of(srcs: &[Source], cfg: &StoryConfig) -> Stories {
    let profiles: Vec<Profile> = srcs
        .iter()
        .map(|s| {
            let body = &s.text[s.body_start..];
            let words: Vec<(usize, usize)> = crate::segment::word_spans(body)
                .into_iter()
                .map(|(a, b)| (s.body_start + a, s.body_start + b))
                .collect();
            Profile::new(s, &words, cfg)
        })
        .collect();
    cluster(srcs, profiles, cfg)
}

const FERRY_A: &str = "Ferry capsizes off Korvala island, 14 missing\n\nA passenger ferry capsized in rough seas off Korvala island on Sunday and 14 people were missing, the Halden coast guard said. The Marisol ferry was carrying 120 passengers when it overturned near the harbour of Brekka.";
const FERRY_B: &str = "Divers search for 14 missing after Korvala ferry sinks\n\nDivers searched on Monday for 14 people missing after the ferry Marisol overturned near Brekka harbour off Korvala island. The coast guard in Halden said 106 of the passengers were rescued.";
const BUDGET: &str = "Parliament passes budget after long night\n\nLawmakers in Tessin approved the annual budget early on Friday after an all-night session, with the finance minister Ilsa Varga promising lower taxes on fuel and bread.";

#[test]
fn two_articles_of_one_event_form_one_story_and_another_event_stays_apart() {
    let srcs = sources(&[("a.txt", FERRY_A), ("b.txt", FERRY_B), ("c.txt", BUDGET)]);
    let st = stories_of(&srcs, &StoryConfig::default());
    assert_eq!(st.of_source[0], st.of_source[1], "the ferry articles");
    assert_ne!(st.of_source[0], st.of_source[2], "the budget article");
    let ev = st.evidence[0].expect("evidence");
    assert_eq!(ev.partner, 1);
    assert!(ev.similarity > 0.0);
    assert!(st.evidence[2].is_none());
}

#[test]
fn the_user_can_say_what_the_story_is() {
    let srcs = sources(&[
        ("x/a.txt", FERRY_A),
        ("y/b.txt", FERRY_B),
        ("y/c.txt", BUDGET),
    ]);
    let one = StoryConfig {
        mode: StoryMode::One,
        ..Default::default()
    };
    assert_eq!(stories_of(&srcs, &one).of_source, vec![0, 0, 0]);
    let folder = StoryConfig {
        mode: StoryMode::Folder,
        ..Default::default()
    };
    assert_eq!(stories_of(&srcs, &folder).of_source, vec![0, 1, 1]);
}

#[test]
fn dated_sources_far_apart_are_different_stories() {
    let a = format!("date 2021-03-01\n{FERRY_A}");
    let b = format!("date 2021-09-20\n{FERRY_B}");
    let srcs = sources(&[("a.txt", &a), ("b.txt", &b)]);
    let st = stories_of(&srcs, &StoryConfig::default());
    assert_ne!(st.of_source[0], st.of_source[1]);
}

#[test]
fn copies_of_one_text_share_an_origin() {
    let copy = format!("{FERRY_A}\n\nReporting by the agency's staff.");
    let srcs = sources(&[("a.txt", FERRY_A), ("b.txt", FERRY_B), ("c.txt", &copy)]);
    let st = stories_of(&srcs, &StoryConfig::default());
    assert_eq!(st.origin, vec![0, 1, 0]);
    assert_eq!(st.origin_of(2), 0);
}

#[test]
fn shared_terms_name_what_two_sources_have_in_common() {
    let srcs = sources(&[("a.txt", FERRY_A), ("b.txt", FERRY_B)]);
    let t = shared_terms(&srcs[0], &srcs[1], &StorySettings::default(), 4);
    assert!(t.iter().any(|w| w == "korvala"), "{t:?}");
}

#[test]
fn an_undated_source_borrows_the_days_of_the_epoch_it_reads_like() {
    let mut srcs = sources(&[
        ("a.txt", FERRY_A),
        ("b.txt", FERRY_B),
        ("c.txt", FERRY_A),
        ("d.txt", FERRY_B),
        ("e.txt", BUDGET),
    ]);
    let days = [
        Some(Date::constant(2012, 1, 12)),
        Some(Date::constant(2012, 1, 10)),
        Some(Date::constant(2012, 9, 20)),
        None,
        None,
    ];
    for (s, d) in srcs.iter_mut().zip(days) {
        s.meta.published = d;
    }
    let edge = |a, b, cosine| linkage::Edge {
        a,
        b,
        key: cosine,
        cosine,
    };
    let story = [0, 0, 0, 0, 0];
    // Most like the follow-up of September: its day, not January's.
    let edges = [edge(0, 3, 0.3), edge(2, 3, 0.6), edge(3, 4, 0.9)];
    let lent = lent_dates(&srcs, &edges, &story, 31);
    assert_eq!(lent[3], Some(Date::constant(2012, 9, 20)));
    // Most like a January source: the earliest day of that epoch.
    let edges = [edge(0, 3, 0.6), edge(2, 3, 0.3)];
    let lent = lent_dates(&srcs, &edges, &story, 31);
    assert_eq!(lent[3], Some(Date::constant(2012, 1, 10)));
    // Dated sources and sources like no dated one are lent nothing: they
    // keep their own day, or borrow the story's.
    assert_eq!(lent[0], None);
    assert_eq!(lent[4], None);
    let stories = Stories {
        of_source: story.to_vec(),
        date: vec![Some(Date::constant(2012, 1, 10))],
        lent,
        ..Stories::default()
    };
    assert_eq!(stories.borrowed(4), Some(Date::constant(2012, 1, 10)));
    assert_eq!(stories.borrowed(9), None);
}

/// A profile of hand-made terms: `shared` terms (names and numbers when
/// `named`) that the other profile has too, and `own` words of its own.
fn profile_of(shared: &[u32], named: bool, own: std::ops::Range<u32>) -> Profile {
    let term = |hash, named| terms::Term {
        hash,
        count: 5.0,
        zipf: if named { 0 } else { 30 },
        named,
    };
    let mut terms: Vec<terms::Term> = shared.iter().map(|&h| term(h, named)).collect();
    terms.extend(own.map(|h| term(h, false)));
    terms.sort_unstable_by_key(|t| t.hash);
    Profile {
        terms,
        ..Profile::default()
    }
}

#[test]
fn two_tellings_sharing_names_and_figures_are_one_story_in_a_small_run() {
    // Each telling has many words of its own, so their plain cosine stays
    // under the small-run threshold; the names and figures they share make
    // them one story.
    let srcs = sources(&[("a.txt", FERRY_A), ("b.txt", FERRY_B)]);
    let cfg = StoryConfig::default();
    let (a, b) = (1000..1060, 2000..2060);
    let named = vec![
        profile_of(&[1, 2, 3], true, a.clone()),
        profile_of(&[1, 2, 3], true, b.clone()),
    ];
    let st = cluster(&srcs, named.clone(), &cfg);
    assert_eq!(st.of_source[0], st.of_source[1]);
    // The plain cosine is what the evidence reports, under the threshold.
    let ev = st.evidence[0].expect("evidence");
    assert!(
        ev.similarity < cfg.settings.linkage.small_run_similarity,
        "{ev:?}"
    );
    // The same overlap in plain words is not enough.
    let words = vec![
        profile_of(&[1, 2, 3], false, a),
        profile_of(&[1, 2, 3], false, b),
    ];
    let st = cluster(&srcs, words, &cfg);
    assert_ne!(st.of_source[0], st.of_source[1]);
}

/// One event told twice in different words: a landslide that buried a
/// village road, with the same names and figures but few shared phrases.
const SLIDE_A: &str = "Landslide buries road above Ostrel, 9 dead\n\nA landslide swept down the slopes of Mount Veska above the village of Ostrel late on Wednesday, burying a stretch of road and killing 9 people, the mayor, Dana Kirov, said. Heavy rain had soaked the hillside for days.";
const SLIDE_B: &str = "Rescuers dig for survivors after Veska mudslide kills 9\n\nRescue teams with dogs worked through the night in Ostrel after mud and rock poured off Mount Veska and cut the only road out of the valley. Nine bodies have been recovered, Ostrel's mayor Dana Kirov told reporters, and 3 drivers are unaccounted for.";
/// Another event in the same village: a festival, not the landslide, told
/// with names and figures of its own. (A text naming nothing but the
/// village would be like any text naming it: one rare name can carry a
/// pair of short texts over the small-run threshold.)
const FESTIVAL: &str = "Ostrel wine festival draws record crowd\n\nThousands of visitors filled the square of Ostrel on Saturday for the village's wine festival, where growers from the valley poured their new vintage and the Lindqvist Brass Band played until midnight. The organiser, Petra Halloran, counted 12,000 tickets sold, twice last year's figure, and said the Harvest Cup went to the Sorbel cellar.";

#[test]
fn a_pair_retelling_one_event_in_other_words_is_one_story() {
    // Two articles given alone (a small run), as a user checking a pair would.
    let srcs = sources(&[("a.txt", SLIDE_A), ("b.txt", SLIDE_B)]);
    let st = stories_of(&srcs, &StoryConfig::default());
    assert_eq!(st.of_source[0], st.of_source[1]);
}

#[test]
fn a_pair_of_two_events_in_one_place_stays_apart() {
    for slide in [SLIDE_A, SLIDE_B] {
        let srcs = sources(&[("a.txt", slide), ("b.txt", FESTIVAL)]);
        let st = stories_of(&srcs, &StoryConfig::default());
        assert_ne!(st.of_source[0], st.of_source[1]);
    }
}
