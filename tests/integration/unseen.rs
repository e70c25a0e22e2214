//! Invented news of kinds the other fixtures do not cover (a transfer, a
//! sentencing, a flood, a merger, a launch, a diversion, a seizure), three
//! outlets each, in `tests/fixtures/unseen/`: `consistent/` tells each
//! story's facts in other words (paraphrase, hedged rounding, later
//! updates, short names, parts and totals) and must raise nothing;
//! `planted/` is the same with the contradictions `PLANTED.txt` lists.

use super::util::check_json;

const STORIES: &[&str] = &[
    "transfer",
    "sentencing",
    "flood",
    "merger",
    "launch",
    "diversion",
    "seizure",
];

/// The messages of a story's errors and warnings.
fn messages(version: &str, story: &str) -> Vec<String> {
    let (report, _) = check_json(&[&format!("tests/fixtures/unseen/{version}/{story}")]);
    assert_eq!(
        report["summary"]["sources"], 3,
        "{story}: three outlets read"
    );
    report["findings"]
        .as_array()
        .expect("findings array")
        .iter()
        .filter(|f| matches!(f["severity"].as_str(), Some("error" | "warning")))
        .map(|f| f["message"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn the_same_facts_told_differently_raise_nothing() {
    for story in STORIES {
        let found = messages("consistent", story);
        assert!(found.is_empty(), "{story}: {found:?}");
    }
}

#[test]
fn planted_contradictions_are_found() {
    // What is caught today; PLANTED.txt lists the rest.
    let caught = [
        ("transfer", "age (Tiago Brandão): 26 years vs 25 years"),
        ("sentencing", "age (Delia Marchetti): 56 years vs 58 years"),
        ("flood", "number of evacuations"),
        ("diversion", "age of the man: 44 years vs 41 years"),
        ("seizure", "number of arrests: 21 people vs 19 members"),
    ];
    for (story, what) in caught {
        let found = messages("planted", story);
        assert!(found.iter().any(|m| m.contains(what)), "{story}: {found:?}");
    }
}
