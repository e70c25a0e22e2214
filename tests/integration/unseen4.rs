//! A fourth invented corpus, `tests/fixtures/unseen4/`, laid out as the
//! others (`unseen.rs`): a coastal storm whose surge is measured by an
//! attribute noun in sentences that otherwise differ (`a surge with a
//! height of 2.4 metres` / `water topped out at a height of 3.1 metres,
//! according to the lifeboat crew's gauge`), and a council election whose
//! seats and vote shares are told per party (`the Conservatives won 13`,
//! `Share of the vote: Greens 41.5 pct, Conservatives 30.2 pct`).
//! `consistent/` must raise nothing; `planted/` holds the contradictions
//! `PLANTED.txt` lists.

/// The fourth corpus's stories.
const STORIES: &[&str] = &["storm", "council"];

/// The messages of a story's errors and warnings.
fn messages(version: &str, story: &str) -> Vec<String> {
    super::unseen::messages_in("unseen4", version, story)
}

#[test]
fn the_fourth_corpus_told_consistently_raises_nothing() {
    for story in STORIES {
        let found = messages("consistent", story);
        assert!(found.is_empty(), "{story}: {found:?}");
    }
}

#[test]
fn planted_contradictions_of_the_fourth_corpus_are_found() {
    // Three of the four PLANTED.txt lists, and nothing else: the
    // Conservatives' seats are told as `won 15` (a bare figure, no thing)
    // against `13 seats`, which no key equates yet.
    let caught = [
        ("storm", "height: 3.1 metres vs 2.4 metres"),
        ("storm", "number of deaths: 3 people vs 2 people"),
        ("council", "44.5 percent vs 41.5 percent"),
    ];
    for (story, what) in caught {
        let found = messages("planted", story);
        assert!(found.iter().any(|m| m.contains(what)), "{story}: {found:?}");
    }
    let total: usize = STORIES.iter().map(|s| messages("planted", s).len()).sum();
    assert_eq!(total, caught.len(), "no finding beyond the caught ones");
}
