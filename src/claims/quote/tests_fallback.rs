//! Speakers named by no mention next to the verb: passives, documents and
//! their issuers, a pronoun or an opening name further from the verb, and a
//! pronoun plainly naming the speaker of the sentence before.

use super::tests::{names, speakers};
use crate::claims::Attribution;

#[test]
fn a_passive_names_its_agent_not_the_one_described() {
    let text = "Tom Brandt ran the harbour office for a decade.\n\nThe old clerk was described by Carla Mendes as \"the most stubborn official she had ever worked with.\"";
    assert_eq!(names(text), vec!["Carla Mendes"]);
}

#[test]
fn a_prepositional_phrase_before_the_verb_is_no_speaker() {
    let text = "Tom Hale said he had been \"in a real hurry\" on Monday, and, in a careful choice of words, said he is \"very grateful for the patience of everyone at the harbour office.\"";
    assert_eq!(
        names(text),
        vec!["Tom Hale"],
        "{:?}",
        super::tests::evidence(text)
    );
    // No subject to find: no speaker rather than the phrase's words.
    let text = "The plan was dropped, and, in a careful choice of words, said that \"the harbour office will review every ferry contract again.\"";
    assert_eq!(speakers(text)[0].0, None);
}

#[test]
fn a_document_speaks_for_whoever_issued_it() {
    let text = "The ferry \"carries more passengers each summer than the whole island holds,\" according to the Harbour Authority's website.";
    assert_eq!(names(text), vec!["the Harbour Authority"]);
    let text = "A statement from the Coastal Fisheries Board said the ferry would resume.\n\n\"We are working with all the operators to restore the timetable quickly,\" the statement said.";
    assert_eq!(names(text), vec!["the Coastal Fisheries Board"]);
}

#[test]
fn a_name_opening_a_long_appositive_speaks_not_the_name_inside_it() {
    let text = "Ann Hale, who will stay on as deputy when Tom Ruiz takes over the office next year, said: \"We will make the harbour office work for everyone again.\"";
    assert_eq!(names(text), vec!["Ann Hale"]);
}

#[test]
fn a_pronoun_after_the_one_person_who_spoke_is_explicit() {
    let text = "At the meeting, harbour analyst Ann Hale said the fees would rise.\n\n\"Nobody should be surprised by the new fees this spring,\" she added.";
    assert_eq!(
        speakers(text),
        vec![(Some("Ann Hale".into()), Attribution::Explicit)]
    );
    // A person merely named deep in the sentence before is only a guess.
    let text = "The picture was taken by a photographer named Tom Hale on the pier.\n\n\"It was the best summer of my entire life,\" she told the paper.";
    assert_ne!(speakers(text)[0].1, Attribution::Explicit);
}

#[test]
fn a_participle_after_an_attribution_speaks_for_its_speaker() {
    // The sentence opens with the one described; `Ann Hale said,` is the
    // clause the participle continues.
    let text = "Tom Roe said nothing when the officers came, Sheriff Ann Hale said, describing the man as \"quiet and very calm the whole time he was held.\"";
    assert_eq!(names(text), vec!["Ann Hale"]);
    let text = "Tom Roe said nothing when the officers came, said Ann Hale, describing the man as \"quiet and very calm the whole time he was held.\"";
    assert_eq!(names(text), vec!["Ann Hale"]);
    // With no attribution before it, the participle keeps the subject.
    let text = "Tom Roe welcomed the plan on Monday, describing it as \"the best thing to happen to the harbour office in years.\"";
    assert_eq!(names(text), vec!["Tom Roe"]);
}

#[test]
fn a_firm_with_its_legal_suffix_speaks_by_its_name() {
    for text in [
        "\"We will replace every kettle we sold this year,\" Brennan Hale Inc. said in a statement.",
        "\"We will replace every kettle we sold this year,\" Brennan Hale, Inc said.",
    ] {
        assert_eq!(names(text), vec!["Brennan Hale"], "{text}");
    }
}
