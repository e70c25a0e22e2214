//! Who said it, by mechanisms of real reporting: a speech verb that
//! introduces a quote against the source that reports it, `as X puts
//! it`, `one` of a group, a role phrase a pronoun refers back to, a
//! transcript's labels, a quote whose sentence goes on in the next
//! paragraph, mistyped quote marks, name particles and hyphenated
//! surnames; each with a case that must not attribute.

use super::tests::{evidence, names, speakers};

#[test]
fn the_speaker_who_introduces_a_quote_is_not_the_source_reporting_it() {
    let text = "The trial opened in 2019. Ian Roe pushed Ann Vance aside, telling her, \"You will never see the harbour again,\" the newspaper reported.";
    assert_eq!(names(text), vec!["Ian Roe"]);
    let text = "The trial opened in 2019. Ian Roe was convicted of pushing Ann Vance, and telling her, \"You will never see the harbour again\" according to court records.";
    assert_eq!(names(text), vec!["Ian Roe"]);
    // A pronoun that has to look back is not sure enough to overrule it.
    let text = "Ann Vance was hurt. Records say he pushed her aside and told her, \"You will never see the harbour again,\" the newspaper reported.";
    assert!(
        evidence(text)[0].contains("the newspaper"),
        "{:?}",
        evidence(text)
    );
    // With no speech verb introducing it, the source after it speaks.
    let text = "Ian Roe was charged in 2019. The charge was that he planned \"to sink every boat in the harbour,\" the newspaper reported.";
    assert!(
        evidence(text)[0].contains("the newspaper"),
        "{:?}",
        evidence(text)
    );
}

#[test]
fn a_pronoun_skips_the_object_of_a_preposition_past_a_courtesy_title() {
    let text = "Ian Roe was released in May. In 2019, he was charged with battery on Ms. Vance, according to records that say he held her and told her, \"You will never see the harbour again.\"";
    assert_eq!(names(text), vec!["Ian Roe"]);
}

#[test]
fn as_someone_puts_it_names_the_speaker() {
    let text = "Northwind showed its new boat.\n\nThe hull will be, as Northwind puts it, \"the lightest and strongest hull on the water,\" and it floats.";
    assert_eq!(names(text), vec!["Northwind"]);
    // `as` opening a clause without a speaker names no one.
    let text = "Northwind showed its new boat.\n\nThe hull will be light, as expected, and \"the lightest and strongest hull on the water,\" it floats.";
    assert_ne!(names(text), vec!["Northwind"]);
}

#[test]
fn one_of_a_group_speaks_as_a_member() {
    let text = "Police were alerted by neighbours after a long night of shouting.\n\nOne said: \"I heard the shouting, really loud, late into the night.\"";
    assert!(
        evidence(text)[0].contains("a neighbour"),
        "{:?}",
        evidence(text)
    );
    let text = "Sources close to the club expect the coach to stay.\n\n\"It will be hard, but everyone will be sensible in the end,\" says one.";
    assert!(
        evidence(text)[0].contains("a source"),
        "{:?}",
        evidence(text)
    );
    // With no group of people before, `one` stays unnamed.
    let text = "The storm broke two boats in the night.\n\nOne said: \"I heard the shouting, really loud, late into the night.\"";
    assert!(!evidence(text)[0].contains(" a "), "{:?}", evidence(text));
}

#[test]
fn a_pronoun_refers_back_to_the_role_that_opens_the_sentence_before() {
    let text = "Ann Vance spoke at length on Monday.\n\nHowever, one Northwind customer in the hall was doubtful.\n\n\"They say five years, but for some it may be two,\" he said.";
    assert!(
        evidence(text)[0].contains("one Northwind customer"),
        "{:?}",
        evidence(text)
    );
    // A possessive role is no subject: the pronoun looks further.
    let text = "Tom Hale spoke at length on Monday. The customer's boat sank.\n\n\"They say five years, but for some it may be two,\" he said.";
    assert!(
        !evidence(text)[0].contains("customer"),
        "{:?}",
        evidence(text)
    );
}

#[test]
fn a_transcript_label_names_the_answer_not_the_asker() {
    let text = "Tom Hale showed the new assistant.\n\nHale: \"Who is taller, the mayor or the judge, do you know?\"\n\nOrbit: \"The judge appears to be slightly taller than the mayor.\"";
    assert_eq!(names(text), vec!["Tom Hale", "Orbit"]);
    // A lone letter is no label to name.
    let text = "Tom Hale showed the new assistant.\n\nHale: \"Who is taller, the mayor or the judge, do you know?\"\n\nQ: \"The judge appears to be slightly taller than the mayor.\"";
    assert_ne!(names(text)[1], "Q");
}

#[test]
fn a_quote_whose_sentence_goes_on_in_the_next_paragraph() {
    let text = "The cable broke near the coast.\n\nTraffic \"from the north has now been moved to the south route, which may be slow,\"\n\nNorthwind said in an e-mailed update, adding that it is working on it.";
    assert_eq!(names(text), vec!["Northwind"]);
    // A quote that ends its sentence leaves the next paragraph alone.
    let text = "The cable broke near the coast.\n\nTraffic \"from the north has now been moved to the south route, which may be slow.\"\n\nNorthwind said in an e-mailed update that it is working on it.";
    assert_ne!(names(text), vec!["Northwind"]);
}

#[test]
fn an_opening_mark_inside_an_open_quote_closes_it() {
    let text = "The cable broke near the coast.\n\n“The information we have is sketchy, but it was an anchor again,“ Ian Roe, the firm's director of products, said.";
    assert_eq!(names(text), vec!["Ian Roe"]);
}

#[test]
fn name_particles_weekdays_and_hyphens_in_speakers_names() {
    let text = "Experts will be quoted, such as the prophetic Dr Azm Al Homoud:\n\n\"We should stop saying the region is not prone to earthquakes.\"";
    assert_eq!(names(text), vec!["Azm Al Homoud"]);
    let text = "The boss died in prison.\n\n\"He was the last of the old bosses of the city,\" said detective Joe Coffey Monday.";
    assert_eq!(names(text), vec!["Joe Coffey"]);
    let text = "The hearing went on.\n\nBut Ann Ben-Vance, a key lawyer in the team, said the role showed that \"whistle-blowers should never be underestimated at all.\"";
    assert_eq!(names(text), vec!["Ann Ben-Vance"]);
    // A capitalised particle opening a run names no first name.
    let text = "The hearing went on.\n\nAl Rashid Bank said that \"whistle-blowers should never be underestimated at all.\"";
    assert_ne!(names(text), vec!["Al Rashid Bank"]);
}

#[test]
fn speakers_found_in_these_ways_are_explicit() {
    let text = "Tom Hale showed the new assistant.\n\nOrbit: \"The judge appears to be slightly taller than the mayor.\"";
    assert_eq!(speakers(text)[0].1, crate::claims::Attribution::Explicit);
}

#[test]
fn every_unnamed_speaker_word_names_one_of_its_group() {
    let toml: toml::Value =
        toml::from_str(include_str!("../../../rules/people/words.toml")).expect("words.toml");
    let words = toml["unnamed-speakers"].as_array().expect("the list");
    for w in words.iter().filter_map(|w| w.as_str()) {
        let plural = if w.ends_with('s') {
            format!("{w}es")
        } else {
            format!("{w}s")
        };
        let text = format!("The {plural} were told to leave the area on Friday.\n\nOne said: \"I heard the shouting, really loud, late into the night.\"");
        let article = if w.starts_with(['a', 'e', 'i', 'o', 'u']) {
            "an"
        } else {
            "a"
        };
        let got = evidence(&text);
        assert!(got[0].contains(&format!("{article} {w}")), "{w}: {got:?}");
    }
}

#[test]
fn a_pronoun_passes_a_paragraph_that_names_only_someone_of_the_other_title() {
    let text = "Mr. Roe was released in May after two years.\n\nMs. Vance was the victim in that case.\n\nIn 2019, he was charged with battery, and records say he held her and told her, \"You will never see the harbour again.\"";
    assert_eq!(names(text), vec!["Roe"]);
    // Only one paragraph further: a name three paragraphs up is too far.
    let text = "Mr. Roe was released in May after two years.\n\nThe boat was sold.\n\nMs. Vance was the victim in that case.\n\nIn 2019, he was charged with battery, and records say he held her and told her, \"You will never see the harbour again.\"";
    assert_ne!(names(text), vec!["Roe"]);
}
