//! What a guessed speaker may and may not be: the speaker a quote carries
//! on from, never a person merely named nearby; the person a title, an
//! affiliation or initials lead to, not the organisation.

use super::tests::{names, speakers};
use crate::claims::Attribution;

#[test]
fn a_quote_carried_on_keeps_its_opening_speaker_even_unnamed() {
    // The opening paragraph's speaker is a phrase we cannot name; the
    // paragraph that carries the quote on is not given someone else.
    let text = "Mayor Tom Brandt praised the crews on Friday.\n\nA long-time resident of the valley, who asked not to be named, said: \"We have lived through three floods in twenty years.\n\nI never want to see water like that again.\"";
    let s = speakers(text);
    assert_eq!(s.len(), 2, "{s:?}");
    assert!(s.iter().all(|(n, _)| n.is_none()), "{s:?}");
}

#[test]
fn a_quote_alone_after_an_unnamed_speakers_quote_is_theirs() {
    let text = "\"Carla Mendes has checked into a clinic in the hills,\" her agent told the magazine.\n\n\"We thank you for respecting the family's privacy at this time.\"";
    let s = speakers(text);
    assert_eq!(s[1].0, None, "{s:?}");
}

#[test]
fn a_person_merely_named_in_the_paragraph_before_does_not_speak() {
    let text = "At sixty, he is as old as Victor Lund was when he first played the part.\n\n\"Being asked to play this part is a privilege I never expected to have.\"";
    let s = speakers(text);
    assert_eq!(s, vec![(None, Attribution::Unknown)]);
    // In the quote's own paragraph, the sentence before still guides the guess.
    let text = "Victor Lund spoke to the crowd outside the theatre. \"Being asked to play this part is a privilege I never expected to have.\"";
    assert_eq!(
        speakers(text),
        vec![(Some("Victor Lund".into()), Attribution::Implicit)]
    );
}

#[test]
fn a_role_noun_makes_the_name_before_it_an_affiliation() {
    let text = "\"People should install the patch as soon as it is released,\" said Northwind Labs senior researcher Paul Okafor.";
    assert_eq!(names(text), vec!["Paul Okafor"]);
    let text = "\"Would we have won the game without him, I ask you?\" Harbor City interim coach Dan Ruiz asked.";
    assert_eq!(names(text), vec!["Dan Ruiz"]);
    let text = "Ella Storm, Controller, Northern Drama Commissioning says: \"We started thinking about this actor a few months ago.\"";
    assert_eq!(names(text), vec!["Ella Storm"]);
}

#[test]
fn he_after_a_researchers_quote_is_the_researcher() {
    let text = "Analysts at Northwind Labs say the attacks are spreading.\n\n\"People should install the patch as soon as it is released,\" said Northwind Labs senior researcher Paul Okafor.\n\n\"This flaw is being exploited by criminals and getting worse every day,\" he said.";
    let s = speakers(text);
    assert_eq!(s[1].0.as_deref(), Some("Paul Okafor"), "{s:?}");
}

#[test]
fn he_closing_a_quote_over_two_paragraphs_is_who_came_before_it() {
    let text = "\"I saw a crowd waiting at the gate,\" Omar Saleh, a clerk, told reporters.\n\nLena Varga, a photographer who reached the scene early, said many children were hurt.\n\n\"I saw parents crying in the corridor, some sitting on the floor.\n\nThey knew something terrible had happened,\" she said.";
    let s = speakers(text);
    let last = s.last().and_then(|(n, _)| n.clone());
    assert_eq!(last.as_deref(), Some("Lena Varga"), "{s:?}");
}

#[test]
fn initials_and_a_title_alone_name_people() {
    let text = "\"We are aware of the issue involving our receiver,\" team general manager A.J. Dorsey said in a statement.";
    assert_eq!(names(text), vec!["A.J. Dorsey"]);
    let text = "Senator Okafor visited the harbour on Monday.\n\n\"We will rebuild the sea wall before the winter storms,\" he told the crowd.";
    assert_eq!(names(text), vec!["Okafor"]);
}

#[test]
fn he_before_his_own_quote_is_the_speaker_of_the_quote_before() {
    let text = "Omar Saleh, the new signing, was stopped on Sunday.\n\nThe club's general manager, Ana Ruiz said that \"we will follow the legal process closely.\"\n\nShe went on to say, \"the club has always been a good neighbour to this city.\"";
    let s = speakers(text);
    assert_eq!(
        s.last().and_then(|(n, _)| n.as_deref()),
        Some("Ana Ruiz"),
        "{s:?}"
    );
}

#[test]
fn a_person_named_inside_the_quote_before_is_not_its_speaker() {
    // The sentence before names the coach only inside its quote: the
    // second quote goes on with that quote's speaker or no one, never him.
    let text = "Owner Rita Calder spoke after the sale on Friday.\n\n\"We lost a fine coach in Bram Velden,\" Calder said at the club. \"But nobody is bigger than the club itself.\"";
    let s = speakers(text);
    assert_eq!(s.len(), 2, "{s:?}");
    assert_eq!(s[0].0.as_deref(), Some("Rita Calder"), "{s:?}");
    assert_ne!(s[1].0.as_deref(), Some("Bram Velden"), "{s:?}");
}
