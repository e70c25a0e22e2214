//! Findings over invented articles: copies of one text count once.

use crate::align::Stories;
use crate::claims::{claims_of, Claim};
use crate::lexicon::Lexicon;
use crate::pipeline::{judge, Analysis, Options};
use crate::rules::RuleSet;
use crate::source::Source;

const WEDNESDAY: &str = "Russian President Vladimir Putin will host a summit of Iran, Russia and Turkey in Sochi on Wednesday, the Kremlin said.";
const THURSDAY: &str = "Russian President Vladimir Putin will host a summit of Iran, Russia and Turkey in Sochi on Thursday, the Kremlin said.";

/// The analysis of `texts`, all published on Tuesday 2017-11-21 and of one
/// story; `origin` says which source each one copies.
fn analyze(texts: &[&str], origin: Vec<usize>) -> Analysis {
    let lexicon = Lexicon::defaults();
    let mut sources = Vec::new();
    let mut claims: Vec<Claim> = Vec::new();
    for (id, text) in texts.iter().enumerate() {
        let mut s = Source::from_text(id, format!("{id}.txt"), text.to_string(), &lexicon);
        s.meta.published = Some(jiff::civil::date(2017, 11, 21));
        sources.push(s);
        claims.extend(
            claims_of(text, Some("2017-11-21"))
                .into_iter()
                .map(|mut c| {
                    c.source = id;
                    c
                }),
        );
    }
    let stories = Stories {
        of_source: vec![0; texts.len()],
        date: vec![None],
        origin,
        ..Stories::default()
    };
    judge(
        sources,
        stories,
        claims,
        &RuleSet::defaults(),
        &Options::default(),
    )
}

/// The one event-date finding's help, its primary source and its copies.
fn event_date(a: &Analysis) -> (&str, usize, &[(usize, usize)]) {
    let found: Vec<_> = a
        .findings
        .iter()
        .filter(|f| f.rule == "event-date")
        .collect();
    assert_eq!(found.len(), 1, "{:#?}", a.findings);
    let f = found[0];
    (&f.help, a.claims[f.claims[0]].source, &f.copies)
}

#[test]
fn two_copies_of_one_text_count_once_against_an_independent_source() {
    // Sources 0 and 1 run one agency text; source 2 is independent.
    let a = analyze(&[WEDNESDAY, WEDNESDAY, THURSDAY], vec![0, 0, 2]);
    let (help, _, copies) = event_date(&a);
    assert!(
        help.starts_with(
            "1 source says Wednesday → 2017-11-22 (one text run by 2 outlets), \
             1 says Thursday → 2017-11-23. "
        ),
        "{help}"
    );
    assert_eq!(copies, &[(1, 0)]);
    let f = &a.findings[0];
    assert_eq!(f.copy_of(1), Some(0));
    assert_eq!(f.copy_of(0), None);
    assert_eq!(f.copy_of(2), None);
    // The same three sources written independently: two against one.
    let a = analyze(&[WEDNESDAY, WEDNESDAY, THURSDAY], vec![0, 1, 2]);
    let (help, primary, copies) = event_date(&a);
    assert!(
        help.starts_with("2 sources say Wednesday → 2017-11-22, 1 says Thursday → 2017-11-23. "),
        "{help}"
    );
    assert_eq!(primary, 2, "the lone Thursday is the likely error");
    assert!(copies.is_empty());
}

#[test]
fn copies_of_one_text_do_not_outvote_independent_sources() {
    // Three outlets run one Wednesday text; two independent sources say
    // Thursday: the copied text is the minority.
    let a = analyze(
        &[WEDNESDAY, WEDNESDAY, WEDNESDAY, THURSDAY, THURSDAY],
        vec![0, 0, 0, 3, 4],
    );
    let (help, primary, copies) = event_date(&a);
    assert!(
        help.starts_with(
            "2 sources say Thursday → 2017-11-23, \
             1 says Wednesday → 2017-11-22 (one text run by 3 outlets). "
        ),
        "{help}"
    );
    assert!(primary < 3, "a copy of the Wednesday text is the primary");
    assert_eq!(copies, &[(1, 0), (2, 0)]);
    // Two texts, one of them run twice, against one: `3 outlets`.
    let a = analyze(
        &[WEDNESDAY, WEDNESDAY, WEDNESDAY, THURSDAY],
        vec![0, 0, 2, 3],
    );
    let (help, primary, _) = event_date(&a);
    assert!(
        help.starts_with(
            "2 sources say Wednesday → 2017-11-22 (3 outlets: one text run by 2 of them), \
             1 says Thursday → 2017-11-23. "
        ),
        "{help}"
    );
    assert_eq!(primary, 3);
}

#[test]
fn reports_show_which_sources_are_copies() {
    let a = analyze(&[WEDNESDAY, WEDNESDAY, THURSDAY], vec![0, 0, 2]);
    // Wide enough that no message is filled onto two lines.
    let wide = crate::report::human::Style {
        color: false,
        width: 400,
    };
    let human = crate::report::human::render(&a, false, wide);
    assert!(
        human.contains("copies: 1.txt runs the text of 0.txt"),
        "{human}"
    );
    // Two copies share a headline: their names carry their paths.
    assert!(
        human.contains(", a copy of “Russian President Vladimir Putin will host a summit of…” (21 Nov 2017, 0.txt))"),
        "{human}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&crate::report::json::render(&a, false)).unwrap();
    let claims = json["findings"][0]["claims"].as_array().unwrap();
    let copy_of: Vec<(&str, Option<&str>)> = claims
        .iter()
        .map(|c| (c["source"].as_str().unwrap(), c["copy_of"].as_str()))
        .collect();
    assert!(copy_of.contains(&("1.txt", Some("0.txt"))), "{copy_of:?}");
    assert!(copy_of.contains(&("0.txt", None)), "{copy_of:?}");
    assert!(copy_of.contains(&("2.txt", None)), "{copy_of:?}");
}

#[test]
fn a_copy_that_changed_the_text_counts_on_its_own() {
    // All three run one text; the third changed the day.
    let a = analyze(&[WEDNESDAY, WEDNESDAY, THURSDAY], vec![0, 0, 0]);
    let (help, primary, copies) = event_date(&a);
    assert!(
        help.starts_with(
            "1 source says Wednesday → 2017-11-22 (one text run by 2 outlets), \
             1 says Thursday → 2017-11-23 (an edited copy). "
        ),
        "{help}"
    );
    assert_eq!(primary, 2, "the edited copy is the likelier error");
    assert_eq!(copies, &[(1, 0), (2, 0)]);
}
