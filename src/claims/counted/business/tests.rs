//! The keys of invented report figures.

use super::BusinessCues;
use crate::claims::{claims_of, ClaimKind, Counted};
use crate::lexical::{Lexical, Pos};

/// The keys of the quantity whose words contain `figure`.
fn keys(text: &str, figure: &str) -> Counted {
    claims_of(text, Some("2026-05-02"))
        .into_iter()
        .find(|c| c.kind == ClaimKind::Quantity && text[c.span.clone()].contains(figure))
        .and_then(|c| c.subject.counted.map(|k| (*k).clone()))
        .unwrap_or_default()
}

fn predicate(text: &str, figure: &str) -> Option<String> {
    keys(text, figure).predicate
}

#[test]
fn the_embedded_cues_parse() {
    assert!(BusinessCues::parse(super::DEFAULT_BUSINESS_CUES).is_ok());
    assert!(BusinessCues::parse("verbs = [\"Was\"]").is_err());
}

#[test]
fn the_subject_of_a_change_or_copular_verb_is_measured() {
    let s = "Torvik said its third-quarter net profit rose 12 percent to $1.84 billion.";
    assert_eq!(predicate(s, "$1.84").as_deref(), Some("noun:net profit"));
    assert_eq!(predicate(s, "12").as_deref(), Some("noun:net profit"));
    assert!(keys(s, "12").scope.contains(&"change".to_string()));
    assert!(!keys(s, "$1.84").scope.contains(&"change".to_string()));
    assert!(keys(s, "$1.84")
        .scope
        .contains(&"period quarter".to_string()));
    assert!(keys(s, "$1.84").scope.contains(&"fiscal q3".to_string()));
    assert!(keys(s, "$1.84").scope.contains(&"reported".to_string()));
    let s = "Revenue for the quarter was $4.1 billion.";
    assert_eq!(predicate(s, "$4.1").as_deref(), Some("noun:revenue"));
    let s = "Earnings totaled $310 million.";
    assert_eq!(predicate(s, "$310").as_deref(), Some("noun:earnings"));
}

#[test]
fn wordnet_relates_the_measured_nouns() {
    let lex = Lexical::embedded();
    let meet = |a: &str, b: &str| lex.same_meaning(a, Pos::Noun, b, Pos::Noun).is_some();
    assert!(meet("net profit", "net income"));
    assert!(meet("net income", "earnings"));
    assert!(meet("revenue", "receipts"));
    assert!(!meet("revenue", "net income"));
}

#[test]
fn a_name_in_the_subject_scopes_the_figure() {
    let s = "In March, Velko sales dropped 34 percent.";
    assert!(keys(s, "34").scope.contains(&"velko".to_string()));
}

#[test]
fn a_forecast_and_an_earlier_value_are_told_apart() {
    let s = "Torvik expects full-year revenue of $16 billion.";
    assert_eq!(predicate(s, "$16").as_deref(), Some("noun:revenue"));
    let scope = keys(s, "$16").scope;
    assert!(scope.contains(&"forecast".to_string()), "{scope:?}");
    assert!(scope.contains(&"period year".to_string()), "{scope:?}");
    let s = "Revenue was $4.1 billion, up from $3.7 billion a year earlier.";
    assert_eq!(predicate(s, "$3.7"), None);
}

#[test]
fn figures_of_no_report_keep_their_keys() {
    let s = "The thieves made off with $2 million.";
    assert_eq!(predicate(s, "$2").as_deref(), Some("verb:make off"));
    let s = "He was paid $40,000.";
    assert_ne!(predicate(s, "$40,000").as_deref(), Some("noun:he"));
}

#[test]
fn period_wordings_of_one_quarter_are_one_scope() {
    let period = |s: &str, f: &str| {
        keys(s, f)
            .scope
            .into_iter()
            .filter(|x| x.starts_with("period ") || x.starts_with("fiscal ") || x == "september")
            .collect::<Vec<_>>()
    };
    let ended = "Sales rose to $3.1 billion in the quarter ended Sept. 30.";
    let months =
        "Halvard booked sales of $3.1 billion for the three months to the end of September.";
    assert_eq!(period(ended, "$3.1"), ["period quarter"]);
    assert_eq!(period(months, "$3.1"), ["period quarter"]);
    let coded = "Halvard reported Q3 sales of $3.1 billion.";
    assert_eq!(period(coded, "$3.1"), ["fiscal q3", "period quarter"]);
    let named = "Halvard reported sales of $3.1 billion for its fiscal third quarter.";
    assert_eq!(period(named, "$3.1"), ["fiscal q3", "period quarter"]);
}

#[test]
fn an_earlier_period_scopes_its_own_figure_only() {
    let s = "Earnings per share came in at $2.05, against $1.90 in the same quarter last year.";
    let now = keys(s, "$2.05").scope;
    assert!(
        !now.iter().any(|x| x == "last year" || x == "prior"),
        "{now:?}"
    );
    let s = "Net income was $80 million, compared with $95 million a year earlier.";
    assert!(!keys(s, "$80")
        .scope
        .iter()
        .any(|x| x == "prior" || x == "period year"));
    let s = "Net income was $95 million a year earlier.";
    assert!(keys(s, "$95").scope.iter().any(|x| x == "prior"));
    // `a year earlier` names no period: the figure's is not the year's.
    let s = "Net income rose to $80 million, from $95 million a year earlier.";
    assert!(!keys(s, "$80")
        .scope
        .iter()
        .any(|x| x.starts_with("period ")));
}

#[test]
fn a_figure_restated_per_share_measures_the_first() {
    let s = "Net income rose to $80 million, or $1.12 per share.";
    assert_eq!(predicate(s, "$1.12").as_deref(), Some("noun:net income"));
    let scope = keys(s, "$1.12").scope;
    assert!(scope.contains(&"per share".to_string()), "{scope:?}");
    assert!(!scope.contains(&"part".to_string()), "{scope:?}");
}

#[test]
fn earned_sums_and_employed_people_are_keyed() {
    let s = "The company said it earned $80 million in the quarter.";
    assert_eq!(predicate(s, "$80").as_deref(), Some("noun:earnings"));
    // Only the listed present forms (none yet): `counts 4,000 people`
    // is no workforce.
    let s = "Halvard, which counts about 4,000 people among its members, is based in Oslo.";
    assert_ne!(predicate(s, "4,000").as_deref(), Some("verb:employ"));
}

#[test]
fn only_measures_of_results_are_reported() {
    let s = "Revenue was $4.1 billion.";
    assert!(keys(s, "$4.1").scope.contains(&"reported".to_string()));
    let s = "The ransom was $4.1 million.";
    assert!(!keys(s, "$4.1").scope.contains(&"reported".to_string()));
}
