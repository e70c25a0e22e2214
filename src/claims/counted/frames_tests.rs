//! Frames read around invented figures, both ways.

use crate::claims::{claims_of, ClaimKind};

/// The scopes of the quantity whose words contain `figure`.
fn scopes(text: &str, figure: &str) -> Vec<String> {
    claims_of(text, Some("2024-05-02"))
        .into_iter()
        .find(|c| c.kind == ClaimKind::Quantity && text[c.span.clone()].contains(figure))
        .and_then(|c| c.subject.counted.map(|k| k.scope.clone()))
        .unwrap_or_else(|| panic!("no keyed quantity {figure:?} in {text:?}"))
}

fn has(text: &str, figure: &str, scope: &str) -> bool {
    scopes(text, figure).iter().any(|s| s == scope)
}

#[test]
fn running_totals_are_framed() {
    assert!(has(
        "Rebels have killed 300 people so far in the offensive.",
        "300",
        "total"
    ));
    assert!(has(
        "Over 500 people have died since the uprising began.",
        "500",
        "total"
    ));
    assert!(has(
        "The floods killed 80 people in the 10 days of heavy rain.",
        "80",
        "total"
    ));
    // A clause joined by `and` shares the total's frame.
    let s = "More than 300 people have been killed so far, and about 900 have been wounded.";
    assert!(has(s, "900", "total"));
}

#[test]
fn single_incidents_and_ranked_events_are_no_totals() {
    assert!(!has(
        "A car bomb killed 12 people in the market.",
        "12",
        "total"
    ));
    let s = "The blast killed 40 people and was the deadliest attack so far.";
    assert!(!has(s, "40", "total"));
    // A relative clause the cue is not in.
    let s = "The raid, which wounded 60 people, was the worst so far.";
    assert!(!has(s, "60", "total"));
    // A cue modifying a noun, or nearer another figure.
    let s = "Its share of the total car market rose to 17%.";
    assert!(!has(s, "17%", "total"));
    let s = "The bid for a 72 percent stake is $57 million overall.";
    assert!(!has(s, "72 percent", "total"));
    assert!(has(s, "$57 million", "total"));
    assert!(has(
        "Rebels have killed 300 people in total.",
        "300",
        "total"
    ));
    // A figure of a named period is that period's total already.
    let s = "Lund missed 10 games in total this season.";
    assert!(!has(s, "10", "total"));
}

#[test]
fn named_incident_places_are_framed() {
    let s = "Shelling of houses in the Dorvan refugee camp left five dead and 16 injured.";
    assert!(has(s, "16", "dorvan"));
    let s = "An airstrike in the Melk neighbourhood of Tiras, where fighting raged, left three wounded.";
    assert!(has(s, "three", "tiras"));
    let s = "The strike on the Arvo school killed 30, while shelling of the Bena camp killed 4.";
    assert!(has(s, "30", "arvo"));
    assert!(has(s, "4", "bena"));
}

#[test]
fn unnamed_or_owned_places_are_no_frame() {
    let s = "Three people were wounded near a school.";
    assert_eq!(scopes(s, "Three"), Vec::<String>::new());
    let s = "Two pupils were hurt when a Catholic school was shelled.";
    assert!(scopes(s, "Two").is_empty());
    let s = "Nine people died in a UN school.";
    assert!(scopes(s, "Nine").is_empty());
}

#[test]
fn separate_incidents_and_parts_are_framed() {
    assert!(has(
        "In a separate attack, two soldiers were killed.",
        "two",
        "separate"
    ));
    assert!(!has(
        "Two soldiers were killed in the attack.",
        "Two",
        "separate"
    ));
    assert!(has(
        "About 30 people were seriously injured.",
        "30",
        "serious"
    ));
    let s = "The blast killed 3 people and seriously injured 5 others.";
    assert!(!has(s, "3", "serious"));
    assert!(has(s, "5", "serious"));
    // An ordinal counts the last victim: the one hurt is all the hurt.
    let s = "The sniper shot two guards and critically wounded a third.";
    assert!(!has(s, "a third", "serious"));
    let s = "The sniper shot two guards and critically wounded a third guard.";
    assert!(!has(s, "a third guard", "serious"));
    let s = "During the team's decisive 12-0 run, Okafor blocked two shots.";
    assert!(has(s, "two", "run"));
    let s = "Okafor scored 9 points in the second half, grabbed 8 rebounds and blocked five shots.";
    assert!(has(s, "9", "second half"));
    assert!(!has(s, "five", "second half"));
    assert!(!has("Okafor blocked five shots in the win.", "five", "run"));
}

#[test]
fn the_period_the_sentence_before_opens_frames_the_next() {
    let s = "In February last year a quake struck off the coast. Four people died in the quake.";
    assert!(has(s, "Four", "last year"));
    let s = "Tarn joined the club in 2019. He scored 14 goals.";
    assert!(has(s, "14", "2019"));
}

#[test]
fn a_sentence_with_a_time_of_its_own_keeps_it() {
    let s = "Tarn joined the club in 2019. He now has 14 goals.";
    assert!(!has(s, "14", "2019"));
    let s = "A quake struck off the coast on Sunday. Four people died.";
    assert!(scopes(s, "Four").is_empty());
    let s = "In February last year a quake struck. Four people died on Sunday.";
    assert!(!has(s, "Four", "last year"));
}

#[test]
fn attacks_on_different_targets_are_framed_by_their_target() {
    let s = "A tank was seen firing on a building used by soldiers, killing four.";
    assert!(has(s, "four", "building"));
    let s = "The attack on one of the agency's schools killed 40 people.";
    assert!(has(s, "40", "school"));
    // No attack word: a school named as a place only.
    let s = "About 40 people were sheltering in the school.";
    assert!(!has(s, "40", "school"));
}

#[test]
fn kin_and_places_after_a_city_of_are_framed() {
    let s = "The driver had two relatives killed in the fighting.";
    assert!(has(s, "two", "kin"));
    assert!(!has(
        "Two people were killed in the fighting.",
        "Two",
        "kin"
    ));
    let s = "He was late paying for his 7-year-old daughter.";
    assert!(!has(s, "7-year", "kin"));
    let s =
        "Two people were killed when a shell hit a UN school in the southern city of Port Ovel.";
    assert!(has(s, "Two", "port ovel"));
}

#[test]
fn a_session_close_is_of_the_article_day() {
    let session = "session 2024-05-02";
    let s = "The Brenton index lost 54 points, closing at 1,299.";
    assert!(has(s, "54 points", session));
    let s = "The Brenton index lost 54 points on Monday, closing at 1,299.";
    assert!(!has(s, "54 points", session));
    assert!(!has(
        "The Brenton index has lost 54 points this year.",
        "54 points",
        session
    ));
}
