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
    assert!(keys(s, "$1.84").scope.contains(&"quarter".to_string()));
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
    assert!(scope.contains(&"year".to_string()), "{scope:?}");
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
