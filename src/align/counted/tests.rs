use super::*;
use crate::claims::{claims_of, ClaimKind};

use crate::claims::quantity_at as quantity;

/// How the figures at `a.1` in sentence `a.0` and `b.1` in `b.0`
/// meet, if they do.
pub(in crate::align) fn meet(a: (&str, &str), b: (&str, &str)) -> Option<KeyMatch> {
    let (x, y) = (quantity(a.0, a.1), quantity(b.0, b.1));
    let same_class = x.subject.class == y.subject.class || super::super::both_durations(&x, &y);
    match_keys(&x, &y, same_class)
}

#[test]
fn synonyms_and_curated_predicates_meet() {
    let m = meet(
        ("The storm killed 6 people and destroyed 40 homes.", "6"),
        ("Six people died when the storm hit.", "Six"),
    )
    .expect("killed / died");
    assert!(m.keyed());
    assert!(meet(
        ("Officials said 40 people were wounded.", "40"),
        ("Some 55 were injured in the blasts.", "55"),
    )
    .is_some_and(|m| m.keyed()));
}

#[test]
fn arrested_people_meet_seized_members() {
    let m = meet(
        ("Officers said 52 people were arrested in the raids.", "52"),
        ("She was among 61 suspected gang members detained.", "61"),
    )
    .expect("people / members under arrest");
    assert!(m.keyed() && m.outcome());
    assert!(meet(
        ("Troops rounded up 40 people in the raid.", "40"),
        ("Some 45 militants were apprehended in the raid.", "45"),
    )
    .is_some());
    // The dead may be soldiers or civilians: no curated `any_person`.
    assert!(meet(
        ("The blast killed 6 people in the market.", "6"),
        ("Four soldiers were killed in the blast.", "Four"),
    )
    .is_none());
    // Members seized in a sweep are people arrested.
    assert!(meet(
        ("Police said 52 people were arrested in the sweep.", "52"),
        (
            "Officers seized 61 alleged gang members in the sweep.",
            "61"
        ),
    )
    .is_some());
    // Seized rifles are no arrests; detained boats are no people.
    assert!(meet(
        ("Police said 12 people were arrested.", "12"),
        ("Police seized 14 rifles.", "14"),
    )
    .is_none());
    assert!(meet(
        ("The navy arrested 23 in the gulf.", "23"),
        ("The navy detained two boats in the gulf.", "two"),
    )
    .is_none());
    assert!(meet(
        ("The navy arrested 23 in the gulf.", "23"),
        ("The navy detained 12 Greeks in the gulf.", "12"),
    )
    .is_none());
}

#[test]
fn a_scope_both_name_is_marked() {
    let m = meet(
        (
            "He served three years for his part in the Harwell affair.",
            "three",
        ),
        (
            "Dunmore served eight months in prison for his part in the Harwell case.",
            "eight",
        ),
    )
    .expect("serve / serve, one scope");
    assert!(m.keyed() && m.scoped());
    let m = meet(
        ("He served three years.", "three"),
        ("Dunmore served eight months in prison.", "eight"),
    )
    .expect("serve / serve");
    assert!(!m.scoped());
}

#[test]
fn how_often_one_named_person_did_one_thing_is_scoped() {
    let twice = (
        "Ada Lorne married twice; her first marriage lasted a decade.",
        "twice",
    );
    let thrice = (
        "Ada Lorne, who had no children, was married three times.",
        "three",
    );
    assert!(meet(twice, thrice).is_some_and(|m| m.scoped()));
    // Nobody named: no scope of its own.
    let m = meet(
        ("The bridge flooded twice.", "twice"),
        ("It had flooded three times, the council said.", "three"),
    );
    assert!(m.is_none_or(|m| !m.scoped()));
}

#[test]
fn different_predicates_never_meet() {
    assert_eq!(
        meet(
            ("The storm killed 6 people and destroyed 40 homes.", "6"),
            ("The storm injured 9 people overnight.", "9"),
        ),
        None
    );
    assert_eq!(
        meet(
            ("The storm killed 6 people and destroyed 40 homes.", "40"),
            ("The storm killed 9 people overnight.", "9"),
        ),
        None
    );
}

#[test]
fn a_hypernym_thing_meets() {
    let m = meet(
        ("Rebels seized 12 ships off the coast.", "12"),
        ("Rebels seized 14 vessels off the coast.", "14"),
    )
    .expect("ships / vessels");
    assert!(matches!(m.thing, Some(Relation::Hypernym(_))));
}

#[test]
fn different_scopes_never_meet() {
    assert_eq!(
        meet(
            ("About 20,000 people marched in Lyon on Friday.", "20,000"),
            ("About 30,000 people marched in Nantes on Friday.", "30,000"),
        ),
        None
    );
    // A scope only one figure gives, not named in the other sentence.
    assert_eq!(
        meet(
            ("The flood killed 14 people in Tarvos province.", "14"),
            ("The flood killed 30 people.", "30"),
        ),
        None
    );
    assert!(meet(
        ("The flood killed 14 people in Tarvos province.", "14"),
        ("In Tarvos, the flood killed 30 people.", "30"),
    )
    .is_some());
}

#[test]
fn places_named_before_figures_scope_them_softly() {
    let m = meet(
        ("In Lyon, about 8,000 people marched on Friday.", "8,000"),
        (
            "Clashes broke out in Lyon, where 20,000 people marched.",
            "20,000",
        ),
    )
    .expect("one place");
    assert!(m.scoped());
    assert_eq!(
        meet(
            ("In Lyon, about 8,000 people marched.", "8,000"),
            ("In Nantes, about 20,000 people marched.", "20,000"),
        ),
        None
    );
    // A place only one figure names neither scopes nor blocks.
    assert!(meet(
        ("In Lyon, about 8,000 people marched.", "8,000"),
        ("About 20,000 people marched, police said.", "20,000"),
    )
    .is_some_and(|m| !m.scoped()));
}

/// Asserts that `text` gives two figures that are not rival values
/// of one count (their ambiguity keys differ).
fn two_figures_not_rivals(text: &str) {
    let claims: Vec<Claim> = claims_of(text, Some("2024-05-02"))
        .into_iter()
        .filter(|c| c.kind == ClaimKind::Quantity)
        .collect();
    assert_eq!(claims.len(), 2, "{text}");
    assert_ne!(
        ambiguity_key(&claims[0]),
        ambiguity_key(&claims[1]),
        "{text}"
    );
}

#[test]
fn one_source_gives_several_things_without_ambiguity() {
    two_figures_not_rivals("The storm killed 6 people and injured 40 people.");
}

#[test]
fn crowds_meet_by_their_idioms_but_not_as_tolls() {
    let m = meet(
        (
            "In Lyon, as many as 8,000 people took to the streets.",
            "8,000",
        ),
        (
            "Clashes broke out in Lyon, where 20,000 people marched.",
            "20,000",
        ),
    )
    .expect("took to the streets / marched, one place");
    assert!(m.keyed() && m.scoped() && !m.outcome());
    // Two places: two crowds.
    assert_eq!(
        meet(
            ("About 8,000 people took to the streets of Lyon.", "8,000"),
            ("In Nantes, 20,000 people marched.", "20,000"),
        ),
        None
    );
}

#[test]
fn crowds_of_two_places_in_one_source_are_not_ambiguous() {
    two_figures_not_rivals(
        "Tens of thousands of people took to the streets on Monday. \
         In Nantes, another 9,000 people marched.",
    );
}

#[test]
fn prison_terms_of_one_named_person_meet_but_not_a_maximum() {
    // The most he could be given is no term given.
    assert_eq!(
        meet(
            (
                "Dario Pelle faces up to 20 years in prison for the fraud.",
                "20"
            ),
            (
                "Dario Pelle was sentenced to six years in prison for the fraud.",
                "six"
            ),
        ),
        None
    );
    // Who, what and when: no likeness of the sentences asked.
    let m = meet(
        ("In 1971 Dario Pelle was sentenced to six years.", "six"),
        (
            "Dario Pelle, in 1971, received a four-year sentence.",
            "four",
        ),
    )
    .expect("one person, one year");
    assert!(m.people_scoped());
    let m = meet(
        ("Dario Pelle was sentenced to six years in prison.", "six"),
        ("Dario Pelle received a four-year sentence.", "four"),
    )
    .expect("sentenced / sentence, one person");
    assert!(m.people() && m.scoped());
    // Another person's term.
    assert_eq!(
        meet(
            ("Dario Pelle was sentenced to six years in prison.", "six"),
            ("Ivo Brand received a four-year sentence.", "four"),
        ),
        None
    );
}

#[test]
fn related_predicates_of_the_same_named_people_are_scoped() {
    let m = meet(
        ("Tomas Vell was sentenced to nine years in prison.", "nine"),
        ("The judge gave Tomas Vell a six-year sentence.", "six"),
    )
    .expect("sentenced / sentence, one person");
    assert!(m.people() && m.scoped());
    // Nobody named: no scope of its own.
    let m = meet(
        ("He was sentenced to nine years in prison.", "nine"),
        ("The judge gave him a six-year sentence.", "six"),
    );
    assert!(m.is_none_or(|m| !m.people() && !m.scoped()));
}

#[test]
fn a_rivals_count_meets_that_rivals_count_only() {
    let compared = "Ines Marlow won 9,120 votes to Otto Brenn's 8,705.";
    let told = ("Otto Brenn won 8,750 votes, the clerk said.", "8,750");
    let m = meet((compared, "8,705"), told).expect("one holder");
    assert!(m.keyed() && m.people());
    // The winner's count is not the rival's.
    assert_eq!(meet((compared, "9,120"), told), None);
    // Nor does the rival's count meet a count nobody holds.
    assert_eq!(
        meet(
            (compared, "8,705"),
            ("The winner got 9,200 votes.", "9,200")
        ),
        None
    );
}

#[test]
fn an_included_count_is_all_of_its_thing_and_part_of_a_broader_one() {
    // All the chairs either way.
    assert!(meet(
        (
            "The goods taken from the Lindqvist villa included three chairs.",
            "three"
        ),
        (
            "Burglars took four chairs from the Lindqvist villa.",
            "four"
        ),
    )
    .is_some());
    // Some of the paintings: without `included`, a count of landscapes
    // meets one of paintings.
    assert!(meet(
        (
            "Thieves stole three landscapes from the Lindqvist villa.",
            "three"
        ),
        (
            "Thieves stole nine paintings from the Lindqvist villa.",
            "nine"
        ),
    )
    .is_some());
    assert!(meet(
        (
            "The paintings stolen from the Lindqvist villa included three landscapes.",
            "three"
        ),
        (
            "Thieves stole nine paintings from the Lindqvist villa.",
            "nine"
        ),
    )
    .is_none());
}

#[test]
fn one_more_victim_is_all_its_verb_did_however_badly_hurt() {
    // `a third`, critically or not, is the one wounded: it meets two.
    let m = meet(
        (
            "A gunman shot dead two cashiers and critically wounded a third.",
            "a third",
        ),
        (
            "A gunman shot dead 2 cashiers and wounded two others.",
            "two",
        ),
    )
    .expect("one wounded / two wounded");
    assert!(m.keyed() && m.outcome());
    // Without an ordinal the badly hurt are a part of the hurt.
    assert!(meet(
        (
            "A gunman killed 2 cashiers and critically wounded one customer.",
            "one",
        ),
        ("A gunman killed 2 cashiers and wounded two others.", "two"),
    )
    .is_none());
}

#[test]
fn a_further_count_meets_further_counts_only() {
    // Others than those already there: never the plain count.
    assert!(meet(
        ("The brigade sent an additional six tankers.", "six"),
        ("The brigade sent eight tankers to the blaze.", "eight"),
    )
    .is_none());
    // Two tellings of the reinforcements do meet.
    assert!(meet(
        ("The brigade sent an additional six tankers.", "six"),
        ("The brigade then sent a further four tankers.", "four"),
    )
    .is_some());
}

#[test]
fn the_value_of_goods_and_of_one_kind_of_them_never_meet() {
    // A part of the haul and the haul: not one sum.
    assert!(meet(
        (
            "Burglars took $640,000 worth of jewelry from the shop.",
            "$640,000"
        ),
        (
            "A pearl necklace worth $1.1 million was also taken.",
            "$1.1"
        ),
    )
    .is_none());
    // The value of the very same goods does meet.
    assert!(meet(
        (
            "Burglars took $640,000 worth of jewelry from the shop.",
            "$640,000"
        ),
        ("Burglars made off with jewelry worth $1.1 million.", "$1.1"),
    )
    .is_some());
}
