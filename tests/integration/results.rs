//! A quarter's results told by three outlets (`tests/fixtures/results/`),
//! invented to check that report figures are keyed by the measure they
//! give, whatever the wording: `Revenue climbed 8% to $2.35 billion in
//! the three months ended June 30` / `booked second-quarter revenue of
//! $2.35bn`, `Net profit came to $214 million, or $0.96 a share` /
//! `Earnings per share were $0.96` / `it earned $214 million`, `employs
//! roughly 12,000 people` / `a workforce of 12,000`; figures of a year
//! earlier and the year's forecast never meet the quarter's.
//! `consistent/` must raise nothing; `planted/` holds the contradictions
//! `PLANTED.txt` lists.

/// The messages of the story's errors and warnings.
fn messages(version: &str) -> Vec<String> {
    super::unseen::messages_in("results", version, "quarter")
}

#[test]
fn a_quarter_told_consistently_raises_nothing() {
    let found = messages("consistent");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn the_planted_results_are_found_and_nothing_else() {
    let caught = [
        "revenue: 2530 million USD vs 2350 million USD",
        "earnings per share: 0.69 USD vs 0.96 USD",
        "earnings: 241 million USD vs 214 million USD",
    ];
    let found = messages("planted");
    for what in caught {
        assert!(found.iter().any(|m| m.contains(what)), "{what}: {found:?}");
    }
    assert_eq!(found.len(), caught.len(), "{found:?}");
}
