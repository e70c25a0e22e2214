//! A third invented corpus, `tests/fixtures/unseen3/`, laid out as the
//! first two (`unseen.rs`): news of kinds they lack, each told by three
//! outlets in their own house styles — a product recall with model
//! numbers and counts, an election night with seats and vote shares, a
//! quarterly earnings report, an earthquake with magnitude and depth, a
//! transit strike with a ratification vote. `consistent/` must raise
//! nothing; `planted/` holds the contradictions `PLANTED.txt` lists.

/// The third corpus's stories.
const STORIES: &[&str] = &["recall", "election", "earnings", "quake", "strike"];

/// The messages of a story's errors and warnings.
fn messages(version: &str, story: &str) -> Vec<String> {
    super::unseen::messages_in("unseen3", version, story)
}

#[test]
fn the_third_corpus_told_consistently_raises_nothing() {
    for story in STORIES {
        let found = messages("consistent", story);
        assert!(found.is_empty(), "{story}: {found:?}");
    }
}

#[test]
fn planted_contradictions_of_the_third_corpus_are_found() {
    // What is caught today (8 of the 28 PLANTED.txt lists); every error
    // or warning of a planted story is one of them.
    let caught = [
        ("election", "age (Colleen MacAuley): 54 years vs 51 years"),
        ("election", "42.4 percent vs 44.2 percent"),
        ("quake", "depth: ~35 kilometers vs 53 kms"),
        ("quake", "the earthquake is: 04:21 vs 4:12 a.m."),
        ("recall", "Harlow's home city: Columbus vs Cincinnati"),
        ("earnings", "revenue: 4280 million USD vs 4820 million USD"),
        ("earnings", "earnings per share: 1.24 USD vs 1.42 USD"),
        ("earnings", "earnings: 640 million USD vs 610 million USD"),
    ];
    for (story, what) in caught {
        let found = messages("planted", story);
        assert!(found.iter().any(|m| m.contains(what)), "{story}: {found:?}");
    }
    let total: usize = STORIES.iter().map(|s| messages("planted", s).len()).sum();
    assert_eq!(total, caught.len(), "no finding beyond the caught ones");
}
