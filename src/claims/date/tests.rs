//! Unit tests of the date claims.

use crate::claims::{claims_of, ClaimKind, Value};

fn dates(text: &str, published: Option<&str>) -> Vec<(String, String, String)> {
    claims_of(text, published)
        .into_iter()
        .filter(|c| c.kind == ClaimKind::Date)
        .map(|c| match &c.value {
            Value::Date { .. } => (
                c.subject.class.to_string(),
                c.value.normalized(),
                c.subject.key.to_string(),
            ),
            _ => unreachable!("date claims carry date values"),
        })
        .collect()
}

#[test]
fn weekdays_resolve_by_tense_around_publication() {
    let d = dates("SANA said the meeting comes ahead of a summit scheduled on Wednesday in Russia between the presidents of Iran, Russia and Turkey.", Some("2017-11-21"));
    assert_eq!(
        d,
        vec![(
            "summit".into(),
            "2017-11-22".into(),
            "summit: Iran, Russia, Turkey".into()
        )]
    );
    let d = dates(
        "The report said the two leaders held bilateral talks on Monday.",
        Some("2017-11-21"),
    );
    assert_eq!(d[0].1, "2017-11-20");
}

#[test]
fn without_a_date_a_weekday_stays_a_weekday() {
    let d = dates("The leaders will hold a summit on Thursday.", None);
    assert_eq!(d[0].1, "Thursday");
}

#[test]
fn dates_of_other_things_are_not_event_dates() {
    // A bound (`until Tuesday`) is a claim of its own class, never an
    // event date.
    let t = "It was his second visit since the crisis began in March 2011. The Kremlin did not confirm the visit until Tuesday. Media reported Tuesday that the meeting took place.";
    let d = dates(t, Some("2017-11-21"));
    assert!(
        d.iter().all(|(class, ..)| class.starts_with("until:")),
        "{d:?}"
    );
}

#[test]
fn a_date_after_a_reporting_verb_dates_the_statement_of_who_made_it() {
    let d = dates(
        "Mayor Jane Kowalczyk said on Tuesday that the bridge would reopen. \
         Officials said Monday the road was shut.",
        Some("2010-03-03"),
    );
    let found: Vec<(&str, &str)> = d.iter().map(|(c, v, _)| (c.as_str(), v.as_str())).collect();
    assert_eq!(found, [("verb:say", "2010-03-02")]);
    // The speaker, not the people of what was said.
    let d = dates(
        "Jane Kowalczyk met Ivan Petrov in Warsaw, state media reported Tuesday.",
        Some("2010-03-03"),
    );
    assert!(d.iter().all(|(_, _, key)| !key.contains("Petrov")), "{d:?}");
}

#[test]
fn a_range_of_dates_is_one_claim_and_a_list_none() {
    let d = dates(
        "The airline will receive the jets from 2009 to 2011. \
         The plant was shut between May 1 and June 8. \
         The games were hosted in 2008 and 2006.",
        Some("2007-05-02"),
    );
    let found: Vec<(&str, &str)> = d.iter().map(|(c, v, _)| (c.as_str(), v.as_str())).collect();
    assert_eq!(
        found,
        [
            ("verb:receive", "2009-01-01..2011-12-31"),
            ("verb:shut", "2007-05-01..2007-06-08")
        ]
    );
}

#[test]
fn a_date_after_since_until_or_by_bounds_its_event() {
    let d = dates(
        "Trading in the shares has been suspended since March 2004. \
         The border will stay closed until Friday. \
         The carmaker will cut 5,000 jobs by 2015.",
        Some("2006-05-02"),
    );
    let found: Vec<(&str, &str)> = d.iter().map(|(c, v, _)| (c.as_str(), v.as_str())).collect();
    assert_eq!(
        found,
        [
            ("since:verb:suspend", "2004-03"),
            ("until:verb:close", "2006-05-05"),
            ("by:verb:cut", "2015")
        ]
    );
    // `after Monday's attack` dates the attack, and no bound.
    let d = dates(
        "Troops were deployed after Monday's attack.",
        Some("2006-05-02"),
    );
    assert!(
        d.iter().all(|(class, ..)| !class.starts_with("after:")),
        "{d:?}"
    );
    assert!(!crate::claims::frame::same_event_class(
        "since:verb:suspend",
        "verb:suspend"
    ));
}

#[test]
fn a_sentence_opening_date_dates_its_event() {
    let d = dates(
        "On November 20, Russian President Vladimir Putin held a meeting with Bashar al-Assad.",
        Some("2017-11-21"),
    );
    assert_eq!(d[0].0, "meeting");
    assert_eq!(d[0].1, "2017-11-20");
}

#[test]
fn a_premodifying_date_dates_the_event_sense_of_its_noun() {
    // `conviction` is first a belief, then a verdict; a dated artifact,
    // a plural and what did not happen are no one event.
    let d = dates(
        "The court threw out his 2009 conviction. The 2006 movie was a hit. \
         The 2005 bombings were deadly. He denied the 2004 attempted robbery.",
        Some("2012-05-02"),
    );
    let found: Vec<(&str, &str)> = d.iter().map(|(c, v, _)| (c.as_str(), v.as_str())).collect();
    assert_eq!(found, [("noun:conviction", "2009")]);
}

#[test]
fn quarters_resolve_with_their_year_and_the_story_day_makes_no_claim() {
    let d = dates(
        "Revenue at the brewer rose in the third quarter of 2011. \
         The index climbed 2% to end the day at 812. \
         The team scored twice in the fourth quarter.",
        Some("2011-11-02"),
    );
    let found: Vec<(&str, &str)> = d.iter().map(|(c, v, _)| (c.as_str(), v.as_str())).collect();
    assert_eq!(found[0], ("verb:rise", "2011-07-01..2011-09-30"));
    // The story's day says no date: no claim (nor the day after).
    assert!(found.iter().all(|(c, _)| *c != "verb:end"), "{found:?}");
    // A quarter without its year may be a game's: no calendar value.
    assert_eq!(found[1].0, "verb:score");
    assert!(
        !found[1].1.contains("..") && !found[1].1.contains('-'),
        "{found:?}"
    );
}

#[test]
fn a_release_an_offset_beside_a_date_and_a_part_of_a_period() {
    let d = dates(
        "The two hostages were released on Tuesday. \
         The liner docked on May 9, two days later than planned. \
         Exports have risen 4% since the start of this year.",
        Some("2011-11-02"),
    );
    let found: Vec<(&str, &str)> = d.iter().map(|(c, v, _)| (c.as_str(), v.as_str())).collect();
    assert_eq!(
        found,
        [
            ("verb:release", "2011-11-01"),
            ("verb:dock", "2011-05-09"),
            ("since:verb:rise", "2011")
        ]
    );
    // Two calendar dates side by side are still a list.
    let d = dates("The liner docked on May 9, May 12.", Some("2011-11-02"));
    assert!(d.is_empty(), "{d:?}");
}

#[test]
fn a_spelled_out_weekday_a_comma_range_and_a_decade() {
    let d = dates(
        "Mayor Jane Kowalczyk said on Monday, 12 November that the bridge would reopen. \
         The plant was shut between May 1, 2005, and June 8, 2006. \
         The club was founded in the 1920's by two brothers.",
        Some("2012-11-14"),
    );
    let found: Vec<(&str, &str)> = d.iter().map(|(c, v, _)| (c.as_str(), v.as_str())).collect();
    assert_eq!(
        found,
        [
            ("verb:say", "2012-11-12"),
            ("verb:shut", "2005-05-01..2006-06-08"),
            ("verb:found", "1920-01-01..1929-12-31")
        ]
    );
}

#[test]
fn today_spelled_out_leaves_the_date_to_itself() {
    // What happened on an article's own day is told by `today`; the
    // calendar date in brackets makes no claim of its own.
    let d = dates(
        "The operator announced today (20 October 2011) that service is back.",
        Some("2011-10-20"),
    );
    assert!(d.iter().all(|(_, v, _)| v != "2011-10-20"), "{d:?}");
}

#[test]
fn a_company_speaks_as_a_person_does() {
    let d = dates(
        "Software maker Oravia Systems said on Monday that it has agreed to buy a rival. \
         Officials said Monday the road was shut. \
         A senior Liberal said on Monday that the vote was close. \
         Police in Verona said Monday that the road was shut.",
        Some("2012-11-14"),
    );
    assert_eq!(
        d,
        vec![(
            "verb:say".into(),
            "2012-11-12".into(),
            "say: Oravia Systems".into()
        )]
    );
}

#[test]
fn a_date_set_off_by_a_comma_stays_in_its_clause() {
    let d = dates(
        "The carmaker bought the plant from Dunmore Motors, in late 2006 for $51 million. \
         The retailer launched the store, an online shop, on April 28, 2003. \
         The airline will receive two jets in 2009, then in 2014 it will take delivery of six more.",
        Some("2012-11-14"),
    );
    let found: Vec<(&str, &str)> = d.iter().map(|(c, v, _)| (c.as_str(), v.as_str())).collect();
    assert_eq!(found[0], ("verb:buy", "2006"));
    assert_eq!(found[1], ("verb:launch", "2003-04-28"));
    assert_eq!(found.len(), 4, "{found:?}");
    assert_eq!(found[3].1, "2014");
    // A date that opens another clause is not the one before the comma's.
    let d = dates(
        "Police found the car, in 2009 detectives reopened the case. \
         Agents raided the depot, which housed the archive, on June 17, 1972.",
        Some("2012-11-14"),
    );
    assert!(d.iter().all(|(c, ..)| c != "verb:find"), "{d:?}");
    assert!(d.iter().all(|(c, ..)| c != "verb:house"), "{d:?}");
}

#[test]
fn a_forecast_read_from_can_expect_is_future() {
    use crate::claims::Tense;
    let c = crate::claims::claims_of(
        "Buyers can expect the Zephyr sedan to reach showrooms in May.",
        Some("2013-04-24"),
    );
    let date = c
        .iter()
        .find(|c| c.kind == ClaimKind::Date)
        .expect("a date claim");
    assert_eq!(date.subject.tense, Tense::Future);
}

#[test]
fn a_year_names_the_edition_of_a_named_event() {
    let d = dates(
        "The jets will be delivered in time for the 2008 Beijing Olympic Games. \
         The 2006 Harbour Film was a hit.",
        Some("2007-05-02"),
    );
    let found: Vec<(&str, &str)> = d.iter().map(|(c, v, _)| (c.as_str(), v.as_str())).collect();
    assert_eq!(found, [("name:2008 beijing olympic games", "2008")]);
}

#[test]
fn a_time_of_day_beside_a_weekday_leaves_the_weekday_a_claim() {
    let d = dates(
        "Police arrested Tomas Brill at 9:40 p.m. Friday in Harwick.",
        Some("2024-03-11"),
    );
    let values: Vec<&str> = d.iter().map(|(_, v, _)| v.as_str()).collect();
    assert_eq!(values.len(), 2, "{d:?}");
    assert!(
        d.iter().all(|(class, _, _)| class == "verb:arrest"),
        "{d:?}"
    );
    assert!(values.contains(&"2024-03-08"), "{d:?}");
    // A calendar date beside a weekday still spells it out: one claim.
    let d = dates(
        "Police arrested Tomas Brill on Friday, March 8, 2024, in Harwick.",
        Some("2024-03-11"),
    );
    assert_eq!(d.len(), 1, "{d:?}");
}

#[test]
fn a_capitalised_name_before_a_listed_event_noun_is_its_owner() {
    let d = dates(
        "The Senate vote on the water bill came on Thursday.",
        Some("2026-11-20"),
    );
    assert_eq!(d[0].2, "election: Senate", "{d:?}");
    // A weekday before the noun dates it; it owns nothing.
    let d = dates("Officials met at the Monday meeting.", Some("2026-11-20"));
    assert!(d.iter().all(|(_, _, key)| key == "meeting"), "{d:?}");
    // The subject of a listed verb is no owner.
    let d = dates("Kowalski met the mayor on Monday.", Some("2026-11-20"));
    assert!(d.iter().all(|(_, _, key)| key == "meeting"), "{d:?}");
}

#[test]
fn congress_is_a_legislature_not_a_conference() {
    let d = dates(
        "Congress on Tuesday passed the water bill.",
        Some("2026-11-20"),
    );
    assert!(d.iter().all(|(class, ..)| class != "conference"), "{d:?}");
}

#[test]
fn a_present_tense_act_dates_the_next_month_day() {
    let d = dates(
        "Governor-elect Pia Lundgren takes office on January 12 and has promised a budget.",
        Some("2025-11-05"),
    );
    assert_eq!(d[0].1, "2026-01-12", "{d:?}");
    let d = dates(
        "Governor Pia Lundgren was sworn in on January 12.",
        Some("2025-11-05"),
    );
    assert_eq!(d[0].1, "2025-01-12", "{d:?}");
    // A noun in `-s` is no present verb.
    let d = dates(
        "The talks on March 3 were held in Oslo.",
        Some("2025-11-05"),
    );
    assert!(d.iter().all(|(_, v, _)| v != "2026-03-03"), "{d:?}");
}

#[test]
fn a_once_act_names_what_it_was_done_to() {
    let d = dates(
        "In 1990, Mara Ellison founded the Tidewater clinic. The Sildberg was built in 1979.",
        Some("2024-06-04"),
    );
    let keys: Vec<&str> = d.iter().map(|(_, _, k)| k.as_str()).collect();
    // The building is also the Sildberg's beginning (`existence`); the
    // Tidewater clinic names no one thing by its name alone.
    assert_eq!(
        keys,
        [
            "found: Ellison, clinic",
            "build: Sildberg",
            "existence: Sildberg"
        ]
    );
}

#[test]
fn taking_up_a_role_is_an_act_of_that_role() {
    let d = dates(
        "The audit was led by Greta Solheim, who became treasurer in 2011. \
         Solheim became the chairwoman in 2015. It became clear in 2016.",
        Some("2024-06-04"),
    );
    let keys: Vec<&str> = d.iter().map(|(_, _, k)| k.as_str()).collect();
    assert_eq!(
        keys,
        ["become treasurer: Solheim", "become chairwoman: Solheim"],
        "{d:?}"
    );
}

#[test]
fn a_relative_clause_of_beginning_dates_its_event_noun() {
    let d = dates(
        "The strike at the port of Vellmar, which began on Nov. 5, was the longest in years.",
        Some("2025-11-17"),
    );
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!((d[0].0.as_str(), d[0].1.as_str()), ("strike", "2025-11-05"));
    let d = dates(
        "The walkout, which had started on Nov. 6, ended on Sunday.",
        Some("2025-11-17"),
    );
    assert!(
        d.iter().any(|x| x.0 == "strike" && x.1 == "2025-11-06"),
        "{d:?}"
    );
    // Another relative clause still ends the event's reach.
    let d = dates(
        "The strike, which closed the port on Nov. 5, was the longest in years.",
        Some("2025-11-17"),
    );
    assert!(d.iter().all(|x| x.0 != "strike"), "{d:?}");
}

#[test]
fn shortly_after_a_time_is_a_hedged_time_not_a_bound() {
    let d = dates(
        "The bridge collapsed shortly after 9:15 p.m. on Sunday.",
        Some("2025-11-17"),
    );
    assert!(
        d.iter()
            .any(|x| !x.0.starts_with("after:") && x.1 == "21:15"),
        "{d:?}"
    );
    let d = dates(
        "The bridge collapsed after 9:15 p.m. on Sunday.",
        Some("2025-11-17"),
    );
    assert!(
        d.iter()
            .all(|x| x.1 != "21:15" || x.0.starts_with("after:")),
        "{d:?}"
    );
}
