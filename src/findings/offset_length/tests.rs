//! Figures of time counted from anchors, over invented articles.

use crate::align::Stories;
use crate::claims::{claims_of, Claim, ClaimKind};
use crate::lexicon::Lexicon;
use crate::pipeline::{judge, Options};
use crate::rules::RuleSet;
use crate::source::Source;

const EARLIER: &str = "Former senator Ingrid Halvorsen died at her home in Tromso, her family \
     said. Halvorsen had suffered a stroke eleven days earlier, according to her spokesman Per Lund.";
const MONTH_AGO: &str = "Former senator Ingrid Halvorsen has died in Tromso, her family said. \
     Halvorsen suffered a stroke a month ago, her spokesman Per Lund said.";
const ALMOST_MONTH_AGO: &str = "Former senator Ingrid Halvorsen has died in Tromso, her family \
     said. Halvorsen suffered a stroke almost a month ago, her spokesman Per Lund said.";
const ELEVEN_DAYS_AGO: &str =
    "Former senator Ingrid Halvorsen has died in Tromso, her family said. \
     Halvorsen suffered a stroke eleven days ago, her spokesman Per Lund said.";

/// The quantity-mismatch findings' severities for two articles, each
/// published on its day (`None`: undated), of one story.
fn severities(a: (&str, Option<&str>), b: (&str, Option<&str>)) -> Vec<String> {
    let lexicon = Lexicon::defaults();
    let mut sources = Vec::new();
    let mut claims: Vec<Claim> = Vec::new();
    for (id, (text, day)) in [a, b].into_iter().enumerate() {
        let mut s = Source::from_text(id, format!("{id}.txt"), text.to_string(), &lexicon);
        s.meta.published = day.and_then(|d| d.parse().ok());
        sources.push(s);
        claims.extend(claims_of(text, day).into_iter().map(|mut c| {
            c.source = id;
            c
        }));
    }
    let stories = Stories {
        of_source: vec![0, 0],
        date: vec![None],
        origin: vec![0, 1],
        ..Stories::default()
    };
    let analysis = judge(
        sources,
        stories,
        claims,
        &RuleSet::defaults(),
        &Options::default(),
    );
    analysis
        .findings
        .iter()
        .filter(|f| f.rule == "quantity-mismatch")
        .map(|f| f.severity.as_str().to_string())
        .collect()
}

#[test]
fn offsets_of_undated_articles_conflict_by_length_at_warning_level() {
    // Eleven days against a month: the lengths differ, but what each
    // counts from (the death, the report) has no date: a warning.
    assert_eq!(
        severities((EARLIER, None), (MONTH_AGO, None)),
        vec!["warning"]
    );
    // A hedge reads as its words say, and still no error.
    assert_eq!(
        severities((EARLIER, None), (ALMOST_MONTH_AGO, None)),
        vec!["warning"]
    );
}

#[test]
fn offsets_whose_lengths_meet_make_no_finding() {
    assert!(severities((EARLIER, None), (ELEVEN_DAYS_AGO, None)).is_empty());
}

#[test]
fn the_days_between_two_dated_articles_explain_their_lengths() {
    // Published 19 days apart: a stroke eleven days before a death told
    // on the 1st and one a month before the 20th may be one day.
    assert!(severities(
        (EARLIER, Some("2019-03-01")),
        (MONTH_AGO, Some("2019-03-20"))
    )
    .is_empty());
    // Published the same day, the days do not explain the lengths: the
    // rule's severity stands for dated articles.
    assert_eq!(
        severities(
            (EARLIER, Some("2019-03-01")),
            (MONTH_AGO, Some("2019-03-01"))
        ),
        vec!["error"]
    );
}

#[test]
fn offsets_the_calendar_places_on_days_apart_keep_the_error() {
    // Both counted back from their articles' days, which the calendar
    // places: a fortnight apart, the days do not meet.
    let a = "The Tarvos deputy was married two weeks ago, the council said.";
    let b = "The Tarvos deputy, who was wed nine weeks ago, was hurt, the council said.";
    assert_eq!(
        severities((a, Some("2024-05-20")), (b, Some("2024-05-20"))),
        vec!["error"]
    );
}

#[test]
fn offsets_of_dated_articles_far_apart_keep_the_error() {
    // Both count from the passing of the papers, in dated articles a
    // week apart: far less than the eight years between the figures.
    let a = "Olav Brekke, the aide who admitted the leak 30 years after he passed the papers to reporters, has died.";
    let b = "Olav Brekke, the aide who admitted the leak 38 years after he passed the papers to reporters, has died.";
    assert_eq!(
        severities((a, Some("2023-02-07")), (b, Some("2023-02-14"))),
        vec!["error"]
    );
}

#[test]
fn offsets_before_undated_reports_differ_at_warning_level() {
    let a = "Ada Brill vanished from her home in Kerrow 16 months ago, police said.";
    let b = "Ada Brill vanished from her home in Kerrow 19 months ago, police said.";
    assert_eq!(severities((a, None), (b, None)), vec!["warning"]);
    // Dated, both count back from known days: the calendar decides.
    assert_eq!(
        severities((a, Some("2003-05-07")), (b, Some("2003-05-07"))),
        vec!["error"]
    );
}

#[test]
fn only_figures_of_time_from_an_anchor_are_offsets() {
    let figure = |text: &str| {
        claims_of(text, Some("2019-03-15"))
            .into_iter()
            .find(|c| c.kind == ClaimKind::Quantity)
            .unwrap_or_else(|| panic!("no figure in {text:?}"))
    };
    assert!(super::is_offset(&figure(
        "Mara Vell suffered a stroke nine days earlier."
    )));
    assert!(super::is_offset(&figure("The ferry sank a week ago.")));
    assert!(!super::is_offset(&figure(
        "The Tarvos deputy was married for three weeks."
    )));
    assert!(!super::is_offset(&figure("The fire killed 12 people.")));
}
