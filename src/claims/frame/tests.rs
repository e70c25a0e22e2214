//! Tests of the event frames (`super`).

use super::*;
use crate::claims::claims_of;
use crate::claims::{ClaimKind, Value};

/// (class, written date) of each date claim of `text`.
fn framed(text: &str) -> Vec<(String, String)> {
    claims_of(text, Some("2019-03-15"))
        .into_iter()
        .filter(|c| c.kind == ClaimKind::Date)
        .map(|c| match c.value {
            Value::Date { written, .. } => (c.subject.class.to_string(), written),
            _ => unreachable!(),
        })
        .collect()
}

#[test]
fn the_embedded_lists_parse_and_name_real_lexnames() {
    let f = frames();
    assert_eq!(f.lexnames.len(), f.words.event_lexnames.len());
    assert_eq!(f.object_lexnames.len(), f.words.object_lexnames.len());
    assert!(!f.words.reporting_verbs.is_empty());
    assert!((0.0..=1.0).contains(&acted_context_similarity()));
}

#[test]
fn a_verb_before_the_date_is_its_frame() {
    let d = framed("The mayor was detained on Friday by state officers.");
    assert_eq!(d[0].0, "verb:detain");
    let d = framed("The contractor pleaded not guilty in March 2011.");
    assert_eq!(d[0].0, "verb:plead");
    let d = framed("The coast guard had seized a freighter on June 3.");
    assert_eq!(d[0].0, "verb:seize");
    // A participle that is also the base form, after an auxiliary.
    let d = framed("The singer, who was wed two months ago, toured Asia.");
    assert_eq!(d[0].0, "verb:wed");
    let d = framed("Power to the plant had been cut on Friday.");
    assert_eq!(d[0].0, "verb:cut");
}

#[test]
fn a_past_told_in_the_base_form_with_its_object_is_a_frame() {
    let d = framed("The tannery shed 140 jobs in October.");
    assert_eq!(d[0].0, "verb:shed");
    let d = framed("Lindqvist quit the orchestra in 2004 after a dispute.");
    assert_eq!(d[0].0, "verb:quit");
    // A noun, with no object after it: no finite past.
    assert!(framed("Prices were steady after the cut in October.")
        .iter()
        .all(|(c, _)| c != "verb:cut"));
    assert!(framed("The storage shed in October held grain.")
        .iter()
        .all(|(c, _)| c != "verb:shed"));
}

#[test]
fn an_event_noun_next_to_the_date_is_its_frame() {
    assert_eq!(
        framed("Lawyers cited his acquittal in May 2009 as proof.")[0].0,
        "noun:acquittal"
    );
    assert_eq!(
        framed("The Monday blast shook every port.")[0].0,
        "noun:blast"
    );
}

#[test]
fn a_date_after_a_describing_participle_dates_the_main_verb() {
    let d = framed("A cutter patrolling the strait on Thursday intercepted a smuggling boat.");
    assert_eq!(d[0].0, "verb:intercept");
    let d = framed("Rebels were patrolling the strait on Thursday.");
    assert_eq!(d[0].0, "verb:patrol");
    let d = framed("Guards patrolling the strait on Thursday found nothing.");
    assert_eq!(d[0].0, "verb:find");
}

#[test]
fn a_present_verb_after_a_subject_pronoun_is_a_frame() {
    let d = framed("The new liner will be late: it arrives on June 11 in Lisbon.");
    assert_eq!(d[0].0, "verb:arrive");
    let d = framed("The minister, who resigns on Friday, spoke.");
    assert_eq!(d[0].0, "verb:resign");
    // A plural noun is no verb (`the attacks on June 11`).
    let d = framed("Crowds fled the attacks on June 11.");
    assert!(d.iter().all(|(c, _)| c != "verb:attack"), "{d:?}");
    // A reporting verb still dates the report only.
    assert!(framed("The plant is closed, he says on Friday.").is_empty());
}

#[test]
fn a_sentence_opening_date_dates_the_verb_after_it() {
    assert_eq!(
        framed("In 1998, the senator was indicted on fraud charges.")[0].0,
        "verb:indict"
    );
}

#[test]
fn the_date_of_a_report_is_no_event_date() {
    assert!(framed("The ministry said on Tuesday that talks had stalled.").is_empty());
    assert!(framed("Officials confirmed Tuesday the plant was closed.").is_empty());
}

#[test]
fn participles_describing_a_noun_and_unrealised_events_make_no_frame() {
    let classes =
        |text: &str| -> Vec<String> { framed(text).into_iter().map(|(class, _)| class).collect() };
    assert_eq!(
        classes("She was struck along parked cars on Monday."),
        ["verb:strike"]
    );
    assert_eq!(classes("He parked the car on Monday."), ["verb:park"]);
    assert!(
        !classes("He was charged over the attempted murder on June 2.")
            .contains(&"noun:murder".to_string())
    );
    assert!(
        classes("He was charged over the murder on June 2.").contains(&"noun:murder".to_string())
    );
}

#[test]
fn a_date_before_a_listed_message_or_deadline_dates_it() {
    for noun in &frames().words.dated_nouns {
        let d = framed(&format!(
            "Critics cited the 1997 {noun} between the two firms."
        ));
        assert_eq!(d, [(format!("noun:{noun}"), "1997".to_string())], "{noun}");
        // A lexicon event noun keeps its own class (`hearing`).
        let d = framed(&format!("Critics cited Monday's {noun} by the two firms."));
        assert_eq!(d.len(), 1, "{noun}");
    }
    // Only right after the date: the report of a date is no event.
    assert!(framed("The report said on 4 May the plant was shut.").is_empty());
    assert!(framed("Critics cited the 1997 reports of the firm.").is_empty());
    assert!(framed("The 2006 movie was a hit.").is_empty());
}

#[test]
fn a_change_in_a_figure_is_dated_whatever_its_first_sense() {
    for noun in &frames().words.change_nouns {
        let d = framed(&format!("Dealers saw a sharp {noun} in sales in February."));
        assert_eq!(
            d,
            [(format!("noun:{noun}"), "February".to_string())],
            "{noun}"
        );
        // Several changes are no one event.
        let plural = if noun.ends_with('s') { "es" } else { "s" };
        let d = framed(&format!(
            "Dealers saw sharp {noun}{plural} in sales in February."
        ));
        assert!(d.is_empty(), "{noun}: {d:?}");
    }
    let d = framed("The carmaker blamed a $2 billion loss last year on fuel prices.");
    assert_eq!(d[0].0, "noun:loss");
    // A noun that is no change keeps no date.
    assert!(framed("Dealers saw a sharp pencil in sales in February.").is_empty());
}

#[test]
fn a_listed_message_that_comes_at_the_date_is_its_event() {
    let d = framed("The announcement came on Tuesday at a trade fair.");
    assert_eq!(d[0].0, "noun:announcement");
    let d = framed("Their report comes today, a day late.");
    assert_eq!(d[0].0, "noun:report");
    // Several messages, or one that does not come at the date, are none.
    assert!(framed("The announcements came on Tuesday at a trade fair.").is_empty());
    assert!(framed("The announcement was read on Tuesday.")
        .iter()
        .all(|(class, _)| class != "noun:announcement"));
}

#[test]
fn a_court_appearance_is_dated_though_appear_is_light() {
    let d = framed("The driver appeared in court on Monday.");
    assert_eq!(d[0].0, "verb:appear");
    // `appear` alone seems rather than happens.
    assert!(framed("The driver appeared calm on Monday.").is_empty());
}

#[test]
fn concrete_nouns_and_periods_make_no_frame() {
    assert!(framed("The building in 2005 was empty.").is_empty());
    assert!(framed("Tuesday was a cold day.").is_empty());
}

#[test]
fn a_verb_phrase_is_the_act_it_names() {
    let d = framed("The jury found the mayor not guilty in May 2009.");
    assert!(d.is_empty() || d[0].0 != "verb:acquit", "{d:?}");
    let d = framed("The mayor was found not guilty in May 2009.");
    assert_eq!(d[0].0, "verb:acquit");
    let d = framed("The retired judge passed away on Sunday.");
    assert_eq!(d[0].0, "verb:die");
    assert!(same_event_class("verb:acquit", "noun:acquittal"));
}

#[test]
fn related_predicates_are_one_kind_of_event() {
    assert!(same_event_class("verb:acquit", "noun:acquittal"));
    assert!(same_event_class("verb:die", "noun:death"));
    assert!(!same_event_class("verb:arrest", "verb:sentence"));
    assert!(!same_event_class("verb:die", "verb:marry"));
    assert!(same_event_class("since:verb:die", "since:noun:death"));
    assert!(!same_event_class("until:visit", "visit"));
    assert!(!same_event_class("since:verb:die", "verb:die"));
    assert!(!same_event_class("since:verb:die", "until:verb:die"));
    // One nominalisation (`expulsion`): one act.
    assert!(same_event_class("verb:eject", "verb:oust"));
    assert!(!same_event_class("verb:convict", "verb:sentence"));
    assert!(!same_event_class("since:verb:eject", "verb:oust"));
}

#[test]
fn a_year_before_a_titled_work_dates_its_release() {
    let d = framed("Critics praised the 2006 Nordvision movie, The Quiet Harbour, for its cast.");
    assert_eq!(d, [("verb:release".to_string(), "2006".to_string())]);
    let d = framed("She wrote her 1999 novel “Dark Water” in Oslo.");
    assert_eq!(d, [("verb:publish".to_string(), "1999".to_string())]);
    let d = framed("Fans loved the 2008 film Twilight in Europe.");
    assert_eq!(d[0].0, "verb:release");
    // No title, several works, or a comma that names no work.
    assert!(framed("She starred in the 2006 movie about her aunt.").is_empty());
    assert!(framed("She starred in the 2006 movies Harbour and Ice.").is_empty());
    assert!(framed("It was the 2006 movie, Smith recalled with a smile.").is_empty());
}

#[test]
fn a_thwarting_verb_gives_its_date_to_the_event_it_acts_on() {
    let d = framed("The Navy on Thursday thwarted a pirate attack in the strait.");
    assert_eq!(d[0].0, "attack");
    let d = framed("The Navy on Thursday seized a pirate attack boat in the strait.");
    assert_eq!(d[0].0, "verb:seize");
}

#[test]
fn comparators_and_joined_names_do_not_end_the_clause() {
    let d = framed("Shipments fell as much as 12% in June.");
    assert_eq!(d, [("verb:fall".to_string(), "June".to_string())]);
    let d = framed("Share prices slumped in Paris and Madrid on Monday.");
    assert_eq!(d[0].0, "verb:slump");
    // Between clauses `and` still stops the scan.
    let d = framed("Prices slumped and traders sold on Monday.");
    assert!(d.iter().all(|(c, _)| c != "verb:slump"), "{d:?}");
}

#[test]
fn a_modal_governs_a_verb_past_an_adverb() {
    let d = framed("The carrier will now receive the jets next month.");
    assert_eq!(d[0].0, "verb:receive");
    let d = framed("The bridge could finally reopen in May.");
    assert_eq!(d[0].0, "verb:reopen");
}

#[test]
fn a_result_verb_with_an_amount_is_a_frame_and_with_a_message_a_report() {
    let d = framed("The brewer posted a net income in March.");
    assert_eq!(d[0].0, "verb:post");
    // A change in a figure nearer the date is the result itself.
    let d = framed("The brewer posted a net profit in March.");
    assert_eq!(d[0].0, "noun:profit");
    let d = framed("The brewer posted a message in March.");
    assert!(d.iter().all(|(c, _)| c != "verb:post"), "{d:?}");
}

#[test]
fn a_support_verbs_object_is_read_in_its_event_sense() {
    let d = framed("The prototype made its maiden flight on 4 March.");
    assert_eq!(d[0].0, "noun:flight");
    // Without a support verb the first sense decides.
    let d = framed("The flight on 4 March was full.");
    assert!(d.iter().all(|(c, _)| c != "noun:flight"), "{d:?}");
}

#[test]
fn a_superlative_before_since_is_what_the_bound_holds_for() {
    let d = framed("The index closed at its lowest level since 2001.");
    assert_eq!(d, [("since:adj:lowest".to_string(), "2001".to_string())]);
    let d = framed("The firm reported its first annual loss since 1992.");
    assert_eq!(d[0].0, "since:adj:first");
    // Not across a clause.
    let d = framed("It was the best day; rates have fallen since 2001.");
    assert!(d.iter().all(|(c, _)| !c.starts_with("since:adj")), "{d:?}");
}

#[test]
fn a_scare_quoted_term_does_not_break_the_clause_but_a_quotation_does() {
    // The scan reads on through the quoted term (before, the quotation
    // mark ended it and no frame was found).
    let d = framed("The pastor is charged with “running a cult” in May 2006.");
    assert!(!d.is_empty());
    let d = framed("He is accused of \"Project Zeta\" in 2007.");
    assert_eq!(d[0].0, "verb:accuse");
    // A quoted sentence keeps its break.
    let d = framed("“We are ruined, all of us,” in 2007 was his line.");
    assert!(d.iter().all(|(c, _)| c != "verb:ruin"), "{d:?}");
}

#[test]
fn a_state_adjective_after_be_dates_the_state() {
    let d = framed("The new tablet will be available in June.");
    assert_eq!(d, [("adj:available".to_string(), "June".to_string())]);
    let d = framed("The line became operational on 3 May.");
    assert_eq!(d[0].0, "adj:operational");
    // Not as a modifier of a noun.
    let d = framed("Few available seats remained in June.");
    assert!(d.iter().all(|(c, _)| c != "adj:available"), "{d:?}");
}

#[test]
fn a_state_adjective_may_follow_an_adverb() {
    let d = framed("The airline expects to be solidly profitable in 2012.");
    assert_eq!(d[0].0, "adj:profitable");
}

#[test]
fn a_result_verb_needs_an_object_not_a_preposition() {
    let d = framed("Staff writer posted in Local News on Friday, May 3, 2013.");
    assert!(d.iter().all(|(c, _)| c != "verb:post"), "{d:?}");
}

#[test]
fn a_verb_joined_to_a_modal_verb_is_a_predicate() {
    let d = framed("The new ferry will leave Oslo at dawn and dock in Kiel on May 3.");
    assert_eq!(d[0].0, "verb:dock");
    // No modal: a base form after `and` is no predicate of its own.
    let d = framed("The ferry left Oslo at dawn and land crews waited in Kiel on May 3.");
    assert!(d.iter().all(|(class, _)| class != "verb:land"));
}

#[test]
fn a_hyphenated_modifier_is_no_verb() {
    // `-loving` describes the crowds; it is no act of loving in 2010.
    let d = framed("The studio wants fan-loving crowds in the seats in 2010.");
    assert!(d.iter().all(|(class, _)| class != "verb:love"), "{d:?}");
    let d = framed("Pirates tried to seize the Malta-flagged tanker around noon today.");
    assert_eq!(d[0].0, "verb:seize");
    // A verb prefix, or an object after the compound, keeps the verb.
    let d = framed("The governor was re-elected on Tuesday.");
    assert_eq!(d[0].0, "verb:elect");
    let d = framed("The actor rear-ended a van on June 8 near the pier.");
    assert_eq!(d[0].0, "verb:end");
}

#[test]
fn a_noun_premodifying_another_is_not_the_event() {
    // `logistics` and `storage` name acts first, but here they say what
    // kind of building it is: the date goes to the verb, whose subject
    // names the event (`subject.rs`).
    let d = framed("A fire tore through a logistics warehouse near the port early on Friday.");
    assert_eq!(d[0].0, "noun:fire");
    let d = framed("Crews demolished a storage hall in the city on Friday.");
    assert_eq!(d[0].0, "verb:demolish");
    // A time, a number or an event after the noun leaves it the event.
    assert_eq!(
        framed("His brother died in a car accident two years ago.")[0].0,
        "noun:accident"
    );
    assert_eq!(
        framed("He was charged over the shooting deaths in May 2010.")[0].0,
        "noun:shooting"
    );
    assert_eq!(framed("They reported the blast today.")[0].0, "noun:blast");
}

#[test]
fn a_verb_acting_on_an_event_is_the_date_claims_predicate() {
    let acted = |text: &str| {
        claims_of(text, Some("2019-03-15"))
            .into_iter()
            .filter(|c| c.kind == ClaimKind::Date)
            .map(|c| {
                let verb = c
                    .subject
                    .counted
                    .as_deref()
                    .and_then(|k| k.predicate.clone());
                (c.subject.class.to_string(), verb)
            })
            .collect::<Vec<_>>()
    };
    let d = acted("The coast guard foiled an attack on a cargo ship on Friday.");
    assert_eq!(d, [("attack".into(), Some("verb:foil".into()))]);
    // No verb acting on it.
    let d = acted("The coast guard reported an attack on a cargo ship on Friday.");
    assert!(d.iter().all(|(_, v)| v.is_none()), "{d:?}");
    assert!(same_event_class("verb:foil", "verb:thwart"));
    assert!(!same_event_class("verb:foil", "verb:repel"));
}

#[test]
fn verbs_of_one_act_group_are_one_event_and_meet_in_one_block() {
    assert!(same_event_class("verb:admit", "verb:confess"));
    assert!(!same_event_class("verb:charge", "verb:convict"));
    assert!(!same_event_class("since:verb:admit", "verb:confess"));
    assert_eq!(one_act_block("verb:confess").as_deref(), Some("act:admit"));
    assert_eq!(
        one_act_block("since:verb:confess").as_deref(),
        Some("since:act:admit")
    );
    assert_eq!(one_act_block("verb:convict"), None);
    let d = framed("Oskar Lindqvist finally came forward in June 2011.");
    assert_eq!(d[0].0, "verb:admit");
    let d = framed("Hanna Virtanen takes office on January 12.");
    assert_eq!(d[0].0, "verb:inaugurate");
}

#[test]
fn a_passive_of_passive_acts_names_its_other_act() {
    let d = framed("Oskar Lindqvist was admitted to hospital on Monday.");
    assert_eq!(d[0].0, "verb:hospitalize");
    let d = framed("Oskar Lindqvist admitted it in court on Monday.");
    assert_eq!(d[0].0, "verb:admit");
}

#[test]
fn a_date_after_a_verbs_complement_is_the_verbs() {
    let d = framed("Tomas Berg was convicted of fraud in March 2019.");
    assert_eq!(d[0].0, "verb:convict");
    let d = framed("Tomas Berg was charged with arson on Friday.");
    assert_eq!(d[0].0, "verb:charge");
    // A noun that is no verb's complement keeps the date.
    let d = framed("The trial of Tomas Berg began in March 2019.");
    assert_ne!(d[0].0, "verb:convict");
}

#[test]
fn a_role_after_the_object_leaves_the_date_to_the_verb_and_names_it() {
    let d = framed("The board named Ines Marlow as chief executive in 2014.");
    assert_eq!(d[0].0, "verb:name executive");
    let d = framed("The tribunal called Karel Dvorsky as a witness on Tuesday.");
    assert_eq!(d[0].0, "verb:call witness");
    // No noun for a person after `as`: a clause, whose date it stays.
    let d = framed("Prices fell as the harvest in 2014 was large.");
    assert!(d.iter().all(|(c, _)| c != "verb:fall"), "{d:?}");
    // The clause goes on after the date: its verb after the date.
    let d = framed("Smoke rose as firefighters on Monday battled the blaze.");
    assert!(d.iter().all(|(c, _)| !c.starts_with("verb:rise")), "{d:?}");
}

#[test]
fn a_role_of_a_noun_dates_no_verb_before_it() {
    let d = framed("The singer was praised for her turn as a host in 2011.");
    assert!(
        d.iter().all(|(c, _)| !c.starts_with("verb:praise")),
        "{d:?}"
    );
    let d = framed("Omar Leidt was arrested as a fugitive in 2011.");
    assert_eq!(d[0].0, "verb:arrest fugitive");
    let d = framed("The league hired her as a referee in 2011.");
    assert_eq!(d[0].0, "verb:hire referee");
}

#[test]
fn verbs_of_one_place_act_group_meet_for_places_only() {
    use crate::claims::{place_act_block, same_place_class};
    assert!(same_place_class("verb:barricade", "verb:arrest"));
    assert!(same_place_class("verb:arrest", "verb:detain"));
    assert!(!same_event_class("verb:barricade", "verb:arrest"));
    assert!(!same_place_class("since:verb:barricade", "verb:arrest"));
    assert!(!same_place_class("verb:barricade", "verb:convict"));
    assert_eq!(
        place_act_block("verb:barricade").as_deref(),
        Some("verb:arrest")
    );
    assert_eq!(place_act_block("verb:arrest"), None);
    assert_eq!(place_act_block("since:verb:barricade"), None);
}
