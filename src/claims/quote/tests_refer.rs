//! Who said it when the attribution names the speaker indirectly: a
//! pronoun, a role phrase, an appositive, a possessive, a participle, a
//! name with a middle initial; and the cases that must not attribute.

use super::tests::{evidence, names, speakers};
use crate::claims::Attribution;

#[test]
fn a_pronoun_right_after_the_speakers_quote_is_that_speaker() {
    let text = "\"The harbour will reopen to fishing boats on Monday morning,\" said Nora Vance.\n\n\"Larger ships will have to wait another week or two,\" she added.";
    let s = speakers(text);
    assert_eq!(s[1], (Some("Nora Vance".into()), Attribution::Explicit));
    // An unnamed speaker is carried too, by its phrase.
    let text = "\"The harbour will reopen to fishing boats on Monday morning,\" said a port official.\n\n\"Larger ships will have to wait another week or two,\" he added.";
    assert!(
        evidence(text)[1].contains("a port official"),
        "{:?}",
        evidence(text)
    );
}

#[test]
fn a_pronoun_after_a_sentence_naming_someone_is_a_guess() {
    // The one person who spoke in the sentence before: plainly her.
    let text = "The council met late. Nora Vance said the vote was close.\n\n\"Larger ships will have to wait another week or two,\" she said.";
    assert_eq!(
        speakers(text),
        vec![(Some("Nora Vance".into()), Attribution::Explicit)]
    );
    // One of two people named there: a guess.
    let text = "The council met late. Nora Vance said the vote with Ian Roe was close.\n\n\"Larger ships will have to wait another week or two,\" she said.";
    assert_eq!(
        speakers(text),
        vec![(Some("Nora Vance".into()), Attribution::Implicit)]
    );
    // With no one named before, the pronoun names no one.
    let text = "The council met late.\n\n\"Larger ships will have to wait another week or two,\" she said.";
    assert_eq!(speakers(text)[0].0, None);
}

#[test]
fn a_pronoun_does_not_name_someone_of_the_other_title() {
    // `he` is not `Ms. Vance`: the man named after her is.
    let text = "Ms. Vance lost the boat in the storm. Later Ian Roe said the crew was safe.\n\n\"We found them on the rocks at dawn, cold but alive,\" he said.";
    assert_eq!(speakers(text)[0].0, Some("Ian Roe".into()));
    let text = "Ms. Vance lost the boat in the storm.\n\n\"We found them on the rocks at dawn, cold but alive,\" he said.";
    assert_eq!(speakers(text)[0].0, None);
    // The same title and pronoun still agree.
    let text = "Ms. Vance lost the boat in the storm.\n\n\"We found them on the rocks at dawn, cold but alive,\" she said.";
    assert_eq!(speakers(text)[0].0, Some("Vance".into()));
}

#[test]
fn the_role_phrase_refers_back_to_its_introduction() {
    let text = "\"The three boats had twelve crew on board when we stopped them,\" said a naval officer.\n\n\"We found rifles and many rounds of ammunition below deck,\" the officer said.";
    assert!(
        evidence(text)[1].contains("a naval officer"),
        "{:?}",
        evidence(text)
    );
    // Nothing introduced it: the phrase stays as written.
    let text = "\"We found rifles and many rounds of ammunition below deck,\" the officer said.";
    assert!(
        evidence(text)[0].contains("\"the officer\""),
        "{:?}",
        evidence(text)
    );
}

#[test]
fn the_subject_before_an_appositive_speaks() {
    let text = "Helen Marsh, president of the Growers' Association of Kent, said: \"Farmers and small shops are the worst affected by the closure.\"";
    assert_eq!(names(text), vec!["Helen Marsh"]);
    let text = "Tom Ridley, from the water board, said: \"It would appear the leak started outside the building.\"";
    assert_eq!(names(text), vec!["Tom Ridley"]);
}

#[test]
fn a_possessive_or_an_organisations_title_leads_to_the_person() {
    let text = "\"We expect the network to be fully restored by the end of the week,\" Netwave's Holloway said.";
    assert_eq!(names(text), vec!["Holloway"]);
    let text = "\"It is an honor to welcome back our host for the biggest night of the year,\" said Orbital Media Group chief Dana Kowalski.";
    assert_eq!(names(text), vec!["Dana Kowalski"]);
    // The spokesman still speaks for himself.
    let text = "Jane Roe stayed home. \"She will not comment on the case while it is in court,\" Roe's spokesman said.";
    assert_eq!(names(text), vec!["spokesman for Roe"]);
}

#[test]
fn inverted_and_participle_attributions_before_a_quote() {
    let text = "Dana Kowalski grew up here.\n\nOne big difference between the two towns, said Kowalski:\n\n\"The people here never lock their doors at night, not even in winter.\"";
    assert_eq!(names(text), vec!["Dana Kowalski"]);
    let text = "Maria Lopez said she is \"so happy\" to welcome Daniel Brook as the new coach, adding: \"With his experience and our players we will be building a great team here.\"";
    assert_eq!(names(text), vec!["Maria Lopez"]);
}

#[test]
fn a_middle_initial_is_part_of_the_name() {
    let text = "\"There is nothing good about breaking faith with your own voters,\" said commentator Peter J. Dunmore, a former aide.";
    assert_eq!(names(text), vec!["Peter J. Dunmore"]);
}

#[test]
fn a_clause_of_its_own_after_the_quote_does_not_attribute_it() {
    let text = "Chief Inspector Alan Pike told reporters there was \"nothing to suggest the officers broke the rules\" while Jonah Reed, a former trainer, said more.";
    assert_eq!(names(text), vec!["Alan Pike"]);
}

#[test]
fn short_pieces_of_a_quote_across_paragraphs_are_kept() {
    let text =
        "The plant closed on Friday.\n\n\"It is over.\n\nWe all go home now,\" Jonah Reed said.";
    let s = speakers(text);
    assert_eq!(s.len(), 2, "{s:?}");
    assert!(s
        .iter()
        .all(|x| *x == (Some("Jonah Reed".into()), Attribution::Explicit)));
    // A short quote alone is still a scare quote.
    assert!(speakers("The plant was \"over and done\" on Friday.").is_empty());
}

#[test]
fn an_unnamed_speakers_quote_continues_with_its_speaker() {
    let text = "\"The fire started in the kitchen at the back,\" said Peter Lang.\n\nA county police spokeswoman said: \"The fire spread quickly through the roof of the store.\n\n\"People are asked to stay away from the high street tonight.\"";
    let s = speakers(text);
    assert_eq!(s.len(), 3, "{s:?}");
    assert_ne!(s[2].0.as_deref(), Some("Peter Lang"));
    assert!(
        evidence(text)[2].contains("spokeswoman"),
        "{:?}",
        evidence(text)
    );
}

#[test]
fn a_place_taken_for_a_speaker_is_no_person() {
    let person_of = |text: &str| {
        crate::claims::claims_of(text, Some("2024-05-02"))
            .into_iter()
            .find_map(|c| match c.value {
                crate::claims::Value::Quote {
                    speaker, person, ..
                } => Some((speaker, person)),
                _ => None,
            })
    };
    let (speaker, person) =
        person_of("\"We will rebuild the old bridge before winter,\" said Bandar Abbas.").unwrap();
    assert_eq!(speaker.as_deref(), Some("Bandar Abbas"));
    assert!(!person);
    let (_, person) =
        person_of("\"We will rebuild the old bridge before winter,\" said Nora Vance.").unwrap();
    assert!(person);
}

#[test]
fn a_definite_role_is_the_person_titled_with_it() {
    let text = "Judge Ann Hale of the county court sentenced Tom Brandt on Monday.\n\n\"He showed no remorse for what he did to the family,\" the judge said.";
    assert_eq!(
        speakers(text),
        vec![(Some("Ann Hale".into()), Attribution::Explicit)]
    );
    let text = "The film's director Jon Whitcombe wrote to the fans on Saturday.\n\n\"I promise to keep the story as close to the book as I can,\" the director said.";
    assert_eq!(names(text), vec!["Jon Whitcombe"]);
    // A person without that title is not the role.
    let text = "Ann Hale, a retired teacher, watched from the gallery on Monday.\n\n\"He showed no remorse for what he did to the family,\" the judge said.";
    assert_ne!(names(text), vec!["Ann Hale"]);
    let text = "Judge Ann Hale of the county court sentenced Tom Brandt on Monday.\n\n\"He showed no remorse for what he did to the family,\" the prosecutor said.";
    assert_ne!(names(text), vec!["Ann Hale"]);
}

#[test]
fn a_participle_without_a_comma_speaks_for_the_subject() {
    let text = "Tom Brandt filed the complaint.\n\nA county official dismissed the complaints saying that \"the road will reopen before the winter comes.\"";
    assert!(
        evidence(text)[0].contains("\"A county official\""),
        "{:?}",
        evidence(text)
    );
    let text = "A road near the school was closed on Monday, with Carla Mendes saying that \"the crews will need another two weeks at least.\"";
    assert_eq!(names(text), vec!["Carla Mendes"]);
}

#[test]
fn a_participle_in_a_that_clause_speaks_for_that_clause() {
    // The sentence's subject reports what another person said.
    let text = "Sgt. Maria Olsen, a police spokeswoman, told reporters that Tom Brandt phoned the station, saying \"I did not mean to hurt anyone at all.\"";
    assert_eq!(names(text), vec!["Tom Brandt"]);
    // Without a `that` clause the subject still speaks.
    let text = "Maria Olsen phoned the station on Monday, saying \"I did not mean to hurt anyone at all.\"";
    assert_eq!(names(text), vec!["Maria Olsen"]);
}

#[test]
fn a_clause_before_the_verb_after_a_quote_leaves_the_speaker_after_it() {
    let text = "\"It lasted a really long time and you could feel\" it was stronger, said shop clerk Nora Vance.";
    assert_eq!(names(text), vec!["Nora Vance"]);
    // An appositive before the verb: its subject speaks, not the object.
    let text = "\"The road will reopen before the winter comes,\" Carla Mendes, the mayor, told Tom Brandt.";
    assert_eq!(names(text), vec!["Carla Mendes"]);
}

#[test]
fn a_listener_after_the_verb_is_not_the_speaker() {
    let text = "\"They are not afraid of anything at all these days,\" Émile Zégrè, the shop's insurer, told Radio Nord.";
    assert_ne!(names(text), vec!["Radio Nord"]);
}

#[test]
fn a_colon_sentence_without_a_verb_is_not_the_speaker_it_is_about() {
    let text = "Club director Ann Hale issued the following statement on Tom Brandt's arrest:\n\n\"We are aware of the issue and we take it very seriously.\"";
    assert_eq!(names(text), vec!["Ann Hale"]);
    let text = "Asked about the vote, Ann Hale had this answer:\n\n\"We are aware of the issue and we take it very seriously.\"";
    assert_eq!(names(text), vec!["Ann Hale"]);
}

#[test]
fn a_paragraph_opening_with_the_same_pronoun_carries_the_reference_back() {
    // `He` opens the paragraph before the quote and names no one: the one
    // it refers to is named a paragraph earlier, not the last speaker.
    let text = "\"The ferry was full when it left,\" said harbour master Nora Vance.\n\nTom Brandt, a deckhand, was back at work the next day.\n\nHe had only one thing to say about what he saw that night.\n\n\"We were lucky that nobody fell into the water,\" he said.";
    let s = speakers(text);
    assert_eq!(
        s[1].0.as_deref(),
        Some("Tom Brandt"),
        "{:?}",
        evidence(text)
    );
}
