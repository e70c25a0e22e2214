//! Invented news of kinds the other fixtures do not cover (a transfer, a
//! sentencing, a flood, a merger, a launch, a diversion, a seizure), three
//! outlets each, in `tests/fixtures/unseen/`: `consistent/` tells each
//! story's facts in other words (paraphrase, hedged rounding, later
//! updates, short names, parts and totals) and must raise nothing;
//! `planted/` is the same with the contradictions `PLANTED.txt` lists.
//! A second corpus, `tests/fixtures/unseen2/`, laid out alike, tells news
//! of other kinds in other house styles: a committee vote with party
//! labels, a court case over three hearings, a buyout with firms as
//! speakers, a sports trade, a tornado counted by county.

use super::util::check_json;

/// The first corpus's stories.
const STORIES: &[&str] = &[
    "transfer",
    "sentencing",
    "flood",
    "merger",
    "launch",
    "diversion",
    "seizure",
];

/// The second corpus's stories (`tests/fixtures/unseen2/`).
const STORIES2: &[&str] = &["nomination", "trial", "buyout", "trade", "tornado"];

/// The messages of a story's errors and warnings in the first corpus.
fn messages(version: &str, story: &str) -> Vec<String> {
    messages_in("unseen", version, story)
}

/// The messages of a story's errors and warnings in corpus `corpus`.
pub(super) fn messages_in(corpus: &str, version: &str, story: &str) -> Vec<String> {
    let (report, _) = check_json(&[&format!("tests/fixtures/{corpus}/{version}/{story}")]);
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

#[test]
fn the_second_corpus_told_consistently_raises_nothing() {
    for story in STORIES2 {
        let found = messages_in("unseen2", "consistent", story);
        assert!(found.is_empty(), "{story}: {found:?}");
    }
}

#[test]
fn planted_contradictions_of_the_second_corpus_are_found() {
    // What is caught today (6 of the 19 PLANTED.txt lists); every error
    // or warning of a planted story is one of them or another planted one.
    let caught = [
        ("nomination", "age (Margaret Pryce): 53 years vs 51 years"),
        ("nomination", "office of Jane Okafor: Democrat vs R-Ill."),
        ("buyout", "age (Alan Pruitt): 61 years vs 58 years"),
        ("buyout", "office of Alan Pruitt"),
        ("trade", "age (Jalen Whitaker): 27 years vs 26 years"),
        ("tornado", "number of injuries: > 60 vs 48 people"),
    ];
    for (story, what) in caught {
        let found = messages_in("unseen2", "planted", story);
        assert!(found.iter().any(|m| m.contains(what)), "{story}: {found:?}");
    }
    let total: usize = STORIES2
        .iter()
        .map(|s| messages_in("unseen2", "planted", s).len())
        .sum();
    assert_eq!(total, caught.len(), "no finding beyond the caught ones");
}
