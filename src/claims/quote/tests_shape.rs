//! Speakers named by the shape of the words around them: `it` and an
//! issuer-less document after an organisation, a role given in an
//! appositive, a state's abbreviation inside the attribution, a name that
//! only qualifies a role noun, a pronoun that ends a quote run over two
//! paragraphs; and the cases that must not attribute so.

use super::tests::{evidence, names, speakers};
use crate::claims::Attribution;

#[test]
fn it_stands_for_the_organisation_named_before() {
    // A newspaper by its name's last word.
    let text = "The Harbour Ledger reported on Tuesday that the ferry line would close.\n\nThough the paper named no source, it wrote that the closure was \"certain to come before the winter storms begin.\"";
    assert_eq!(names(text), vec!["Harbour Ledger"]);
    // A document's issuer.
    let text = "A statement from Brightmart said the store would be rebuilt.\n\n\"We will support every worker and neighbour hurt by the fire,\" it added.";
    assert_eq!(names(text), vec!["Brightmart"]);
    // A guess, however explicit the verb.
    assert_eq!(speakers(text)[0].1, Attribution::Implicit);
    // With no organisation before, `it` names no one.
    let text = "The store burned down on Friday.\n\n\"We will support every worker and neighbour hurt by the fire,\" it added.";
    assert_eq!(names(text), vec!["?"]);
}

#[test]
fn a_statement_without_an_issuer_is_the_organisation_named_before() {
    let text = "An Acme representative confirmed that two workers were hurt.\n\n\"This is a sad day for everyone at the plant,\" a statement reads.";
    assert_eq!(names(text), vec!["Acme"]);
    // A person's lawyer is no organisation.
    let text = "Roe's lawyer confirmed that two workers were hurt.\n\n\"This is a sad day for everyone at the plant,\" a statement reads.";
    assert_eq!(names(text), vec!["?"]);
}

#[test]
fn a_publication_speaks_in_its_profile() {
    let text = "Mr. Kell was described in a 1988 Harbour Ledger profile as a \"quiet, careful man who never once raised his voice in the chamber.\"";
    assert_eq!(names(text), vec!["Harbour Ledger"]);
}

#[test]
fn a_role_given_in_an_appositive_names_its_holder() {
    let text = "Tom Brekke, Ben's older brother, spoke briefly on Monday.\n\n\"He could play any instrument you put in front of him,\" said his brother.";
    assert_eq!(names(text), vec!["Tom Brekke"]);
    // Another role names no one.
    let text = "Tom Brekke, Ben's older brother, spoke briefly on Monday.\n\n\"He could play any instrument you put in front of him,\" said his teacher.";
    assert_eq!(names(text), vec!["?"]);
}

#[test]
fn a_state_abbreviation_does_not_end_the_attribution() {
    let text = "Jane Roe, the county attorney in Mohave County, Az. said on Wednesday that \"the charges filed elsewhere do not change our case at all.\"";
    assert_eq!(
        speakers(text),
        vec![(Some("Jane Roe".into()), Attribution::Explicit)]
    );
    // A sentence that ends before the attribution still does.
    let text = "Jane Roe spoke in Mohave County. The crowd then said that \"the charges filed elsewhere do not change our case at all.\"";
    assert_ne!(
        speakers(text),
        vec![(Some("Jane Roe".into()), Attribution::Explicit)]
    );
}

#[test]
fn a_name_before_a_role_noun_is_not_the_pronouns_referent() {
    // `Vance customer`: the customer speaks, unnamed.
    let text = "Glaringly absent were the Vance Mini laptops.\n\nHowever, one Vance customer from the show floor was sceptical of the claims.\n\n\"The battery will last two years at most, not five,\" he said.";
    assert!(
        evidence(text)[0].contains("one Vance customer"),
        "{:?}",
        evidence(text)
    );
    // The person herself is.
    let text = "Nora Vance was sceptical of the claims.\n\n\"The battery will last two years at most, not five,\" she said.";
    assert_eq!(names(text), vec!["Nora Vance"]);
}

#[test]
fn a_pronoun_ending_a_quote_over_two_paragraphs_names_all_of_it() {
    let text = "\"We boarded the boat at dawn,\" said a naval officer.\n\nThe crew surrendered quickly.\n\n\"They gave up their rifles without a fight.\n\nWe found the cargo below deck, untouched,\" he said.";
    let ev = evidence(text);
    assert_eq!(ev.len(), 3, "{ev:?}");
    assert!(ev[1].contains("a naval officer"), "{ev:?}");
    assert!(ev[2].contains("a naval officer"), "{ev:?}");
}
