//! Who said it: attribution before, after and around quotes, people's
//! names against organisations, places and titles.

use crate::claims::{claims_of, Attribution, ClaimKind, Value};

pub(super) fn speakers(text: &str) -> Vec<(Option<String>, Attribution)> {
    claims_of(text, Some("2017-11-21"))
        .into_iter()
        .filter(|c| c.kind == ClaimKind::Quote)
        .map(|c| match c.value {
            Value::Quote {
                speaker,
                attribution,
                ..
            } => (speaker.map(String::from), attribution),
            _ => unreachable!("quote claims carry quote values"),
        })
        .collect()
}

#[test]
fn explicit_verbs_roles_and_pronouns() {
    let text = "Russian President Vladimir Putin met Bashar al-Assad.\n\n\"The military operation is really coming to an end now,\" Putin said. \"I think now the main thing is to move to political processes,\" the Russian leader added.\n\n\"Many areas in Syria have been liberated from the terrorists,\" Assad pointed out. \"We must admit that the operation made it possible,\" he added.";
    let s = speakers(text);
    let names: Vec<&str> = s.iter().map(|(n, _)| n.as_deref().unwrap_or("?")).collect();
    assert_eq!(names, vec!["Putin", "Putin", "Assad", "Assad"]);
    assert!(s.iter().all(|(_, a)| *a == Attribution::Explicit));
}

#[test]
fn quoted_as_saying_names_the_object_not_the_agency() {
    let s = speakers("\"What is important now is the move into the political process,\" Syria's state news agency SANA quoted Putin as saying.");
    assert_eq!(s, vec![(Some("Putin".into()), Attribution::Explicit)]);
    let s = speakers(
        "\"The terrorists have laid down their arms in key locations,\" Putin was cited as saying.",
    );
    assert_eq!(s, vec![(Some("Putin".into()), Attribution::Explicit)]);
    let s = speakers("\"Stability is improving, and all that opens the doors,\" Assad told Putin, according to a transcript.");
    assert_eq!(s, vec![(Some("Assad".into()), Attribution::Explicit)]);
}

#[test]
fn implicit_from_the_sentence_before_and_continued_paragraphs() {
    let text = "Four hours later, RIA news agency quoted Kremlin spokesman Dmitry Peskov as saying. \"It must be admitted that this operation allowed us to advance\".\n\n\"Stability is improving, and all that opens the doors,\" Assad said.\n\n\"I have always said, and I repeat it again, that we support it.\"";
    let s = speakers(text);
    assert_eq!(s[0], (Some("Peskov".into()), Attribution::Implicit));
    assert_eq!(s[1], (Some("Assad".into()), Attribution::Explicit));
    assert_eq!(s[2], (Some("Assad".into()), Attribution::Implicit));
}

#[test]
fn scare_quotes_are_not_claims_and_unnamed_speakers_stay_unknown() {
    assert!(speakers("Putin asked for Assad's \"view of the process\" on Monday.").is_empty());
    let s = speakers(
        "\"On November 20, talks took place between the two presidents,\" the statement reads.",
    );
    assert_eq!(s, vec![(None, Attribution::Explicit)]);
}

pub(super) fn names(text: &str) -> Vec<String> {
    speakers(text)
        .into_iter()
        .map(|(n, _)| n.unwrap_or_else(|| "?".into()))
        .collect()
}

pub(super) fn evidence(text: &str) -> Vec<String> {
    claims_of(text, Some("2017-11-21"))
        .into_iter()
        .filter(|c| c.kind == ClaimKind::Quote)
        .map(|c| c.evidence.to_string())
        .collect()
}

#[test]
fn attribution_after_the_quote_wins_over_the_sentence_before() {
    let text = "Mayor Tom Brandt opened the new bridge on Friday.\n\n\"We waited eleven years for this crossing to open.\" Jane Roe said. \"The whole valley will feel the difference soon,\" said Carla Mendes.";
    assert_eq!(names(text), vec!["Jane Roe", "Carla Mendes"]);
    assert!(
        evidence(text)
            .iter()
            .all(|e| e.starts_with("explicit, after")),
        "{:?}",
        evidence(text)
    );
    let text = "Tom Brandt spoke first.\n\n\"Nobody expected the storm to turn north so fast,\" Roe told reporters, adding more later.";
    // A name the article did not introduce is still the speaker's name.
    assert_eq!(names(text), vec!["Roe"]);
}

#[test]
fn a_colon_sentence_attributes_the_quote_also_across_paragraphs() {
    let text = "Carla Mendes faced questions about the budget on Tuesday. Mendes was quick to reply:\n\n\"We have cut nothing that the families of this town rely on.\"";
    assert_eq!(names(text), vec!["Carla Mendes"]);
    assert!(
        evidence(text)[0].starts_with("explicit, colon"),
        "{:?}",
        evidence(text)
    );
    let text = "Tom Brandt spoke. Later Carla Mendes said: \"We have cut nothing that the families of this town rely on.\"";
    assert_eq!(names(text), vec!["Carla Mendes"]);
}

#[test]
fn according_to_and_in_a_statement() {
    let text = "\"The repairs will take at least three more weeks to finish,\" according to Jane Roe of the water office.";
    assert_eq!(names(text), vec!["Jane Roe"]);
    assert!(
        evidence(text)[0].contains("according to"),
        "{:?}",
        evidence(text)
    );
    let text = "Tom Brandt was there. In a statement, Jane Roe said: \"The repairs will take at least three more weeks to finish.\"";
    assert_eq!(names(text), vec!["Jane Roe"]);
}

#[test]
fn a_paragraph_continuing_an_open_quote_keeps_its_speaker() {
    let text = "\"The first shift arrived before dawn and found the gate open,\" said Jane Roe.\n\nTom Brandt then spoke. Roe went on: \"We called the police at once and waited by the fence for them.\n\n\"Nobody was hurt, and nothing was taken from the store that night.\"";
    let s = speakers(text);
    assert_eq!(s.len(), 3);
    assert_eq!(s[2], (Some("Jane Roe".into()), Attribution::Explicit));
    assert!(
        evidence(text)[2].starts_with("explicit, continued"),
        "{:?}",
        evidence(text)
    );
}

#[test]
fn organisations_and_places_are_not_speakers() {
    let text = "\"The catch limits will stay the same for the whole of next year,\" the Coastal Fisheries Board said in its report.";
    assert_ne!(names(text), vec!["Fisheries"]);
    let text = "\"The catch limits will stay the same for the whole of next year,\" the Daily Ledger reported.";
    assert_ne!(names(text), vec!["Ledger"]);
    let text = "\"Water has reached the second floor of many houses here,\" a resident of the Kota Baru district said.";
    assert_ne!(names(text), vec!["Baru"]);
    let text = "\"The team will play its home games in the new stadium from next year,\" the San Marco Rovers said.";
    assert_ne!(names(text), vec!["Marco Rovers"]);
    let text = "Former Chilean President Ana Ruiz visited the port. \"This port must reopen before the harvest season starts,\" Ruiz said.";
    assert_eq!(names(text), vec!["Ana Ruiz"]);
}

#[test]
fn titles_are_not_names_and_abbreviations_do_not_end_sentences() {
    let text = "\"The driver was taken to hospital with minor injuries to his arm,\" Police Sergeant Ann Hale said.";
    assert_eq!(names(text), vec!["Ann Hale"]);
    let text = "The road was closed. Police Sgt. Ann Hale said: \"The driver was taken to hospital with minor injuries.\"";
    assert_eq!(names(text), vec!["Ann Hale"]);
    let text = "The road was closed. Const. Ann Hale said: \"The driver was taken to hospital with minor injuries.\"";
    assert_eq!(names(text), vec!["Ann Hale"]);
}

#[test]
fn one_person_under_two_forms_and_joint_speakers() {
    let text = "Carla Mendes chairs the board.\n\n\"We will publish every figure before the vote next month,\" Carla said. \"Nothing will be held back from the public,\" Mendes added.";
    assert_eq!(names(text), vec!["Carla Mendes", "Carla Mendes"]);
    let text = "Ann Hale and Luis Ortiz wrote the bill. \"This bill protects every worker in the state equally,\" the two senators, Hale and Ortiz, said.";
    assert_eq!(names(text), vec!["Hale; Ortiz"]);
}

#[test]
fn a_spokesperson_speaks_for_themself() {
    let text = "Jane Roe stayed home. \"She will not comment on the case while it is in court,\" Roe's spokesman told reporters.";
    assert_eq!(names(text), vec!["spokesman for Roe"]);
    let text = "Jane Roe stayed home. \"She will not comment on the case while it is in court,\" a lawyer for Roe said.";
    assert_eq!(names(text), vec!["lawyer for Roe"]);
}

#[test]
fn guesses_say_where_they_come_from() {
    let text = "Jane Roe spoke to the crowd on the steps of the town hall. \"We will rebuild the school before the winter comes.\"";
    let s = speakers(text);
    assert_eq!(s, vec![(Some("Jane Roe".into()), Attribution::Implicit)]);
    assert!(
        evidence(text)[0].starts_with("guessed from"),
        "{:?}",
        evidence(text)
    );
}

#[test]
fn a_capitalised_title_after_an_organisation_leads_to_the_person() {
    // `U.N.` is an organisation the lexicon knows; the title between it
    // and the name is capitalised.
    let text = "\"Every port must reopen before the harvest season starts,\" U.N. Deputy Director Ana Ruiz said.";
    assert_eq!(names(text), vec!["Ana Ruiz"]);
    // A participle opening the quote names no one (`Buying Marlow`).
    let text = "\"Buying Marlow lets us reach buyers we never could,\" Tom Brandt said. \"We waited a long time for this chance,\" Marlow Chief Executive Ana Ruiz said.";
    assert_eq!(names(text), vec!["Tom Brandt", "Ana Ruiz"]);
}

#[test]
fn the_owner_of_a_claim_and_an_accuser_speak() {
    let text = "Tom Brandt rejected Ana Ruiz's claim that the levy \"will close every library in the county by spring.\"";
    assert_eq!(names(text), vec!["Ana Ruiz"]);
    let text = "Ana Ruiz spoke first. Tom Brandt accused Ana Ruiz of \"hiding the real cost of the levy from the voters.\"";
    assert_eq!(names(text), vec!["Tom Brandt"]);
    // A passive's subject did not speak.
    let text = "Tom Brandt spoke on Monday. Ana Ruiz was told \"the levy will pass with room to spare this year.\"";
    assert_ne!(names(text), vec!["Ana Ruiz"]);
}
