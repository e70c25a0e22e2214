//! Quotes that run on over paragraphs without quote marks.

use super::tests::{evidence, speakers};
use crate::claims::{claims_of, Attribution, ClaimKind};

#[test]
fn a_quote_reopened_after_plain_paragraphs_keeps_its_speaker() {
    let text = "Tom Brandt opened the meeting on Monday.\n\nCarla Mendes said: \"The road will stay closed until the spring.\n\nThe crews cannot work while the ground is frozen.\n\n\"We expect to reopen it in early April at the latest.\"";
    let s = speakers(text);
    assert_eq!(s.len(), 2, "{s:?}");
    assert_eq!(s[1], (Some("Carla Mendes".into()), Attribution::Explicit));
    assert!(
        evidence(text)[1].contains("continued"),
        "{:?}",
        evidence(text)
    );
}

#[test]
fn a_quote_closed_after_plain_paragraphs_names_its_speaker() {
    let text = "\"The road will stay closed until the spring.\n\nThe crews cannot work while the ground is frozen.\n\nWe expect to reopen it in early April at the latest, \"said Carla Mendes.";
    let s = speakers(text);
    assert_eq!(s.len(), 2, "{s:?}");
    for x in &s {
        assert_eq!(*x, (Some("Carla Mendes".into()), Attribution::Explicit));
    }
}

#[test]
fn a_stray_mark_does_not_turn_later_text_into_a_quote() {
    let text = "Tom Brandt called the plan \"a waste of money for the whole town.\n\nThe council meets again on Monday.\n\nCarla Mendes called it a \"fair deal\" for everyone in the valley, she said.";
    let claims = claims_of(text, Some("2017-11-21"));
    let quoted: Vec<&str> = claims
        .iter()
        .filter(|c| c.kind == ClaimKind::Quote)
        .map(|c| &text[c.span.clone()])
        .collect();
    assert!(quoted.iter().all(|q| !q.contains("Carla")), "{quoted:?}");
    // Four plain paragraphs end the quote: the next quote is a new one.
    let text = "Carla Mendes said: \"The road will stay closed until the spring.\n\nThe crews cannot work.\n\nThe ground is frozen.\n\nNobody knows more.\n\nIt is late.\n\n\"We have no money left for the bridge this year or next.\"";
    let s = speakers(text);
    assert_ne!(s.last().map(|x| x.1), Some(Attribution::Explicit), "{s:?}");
}
