//! Tests of the gazetteer on the embedded table, with sentences written
//! for them.

use super::*;

fn g() -> &'static Gazetteer {
    Gazetteer::embedded()
}

fn found(text: &str) -> Vec<(String, &'static str, Introduced)> {
    find_places(text, g())
        .into_iter()
        .map(|f| {
            (
                text[f.start..f.end].to_string(),
                f.readings[0].name,
                f.introduced,
            )
        })
        .collect()
}

#[test]
fn alternate_names() {
    let bombay = g().resolve("Bombay", None).unwrap();
    let mumbai = g().resolve("Mumbai", None).unwrap();
    assert_eq!(bombay.id, mumbai.id);
    assert_eq!(g().resolve("Peking", None).unwrap().name, "Beijing");
    assert_eq!(g().resolve("U.S.", None).unwrap().name, "United States");
    assert_eq!(g().resolve("Britain", None).unwrap().country, "GB");
    assert!(g().lookup("Nowhereville").is_empty());
}

#[test]
fn ambiguous_names_follow_the_story_country() {
    let paris = g().resolve("Paris", None).unwrap();
    assert_eq!(paris.country, "FR");
    let texas = g().resolve("Paris", Some("US")).unwrap();
    assert_eq!((texas.country, texas.region), ("US", "TX"));
    // A story country without such a place keeps the most likely reading.
    assert_eq!(g().resolve("Paris", Some("JP")).unwrap().country, "FR");
    let all = g().lookup("Paris");
    assert!(all.len() > 3);
    assert!(all
        .windows(2)
        .all(|w| w[0].population >= w[1].population || w[0].name != w[1].name));
}

#[test]
fn containment_and_nearness() {
    let la = g().resolve("Los Angeles", Some("US")).unwrap();
    let hollywood = g().resolve("Hollywood", Some("US")).unwrap();
    assert_eq!(hollywood.region, "CA");
    assert!(g().contains(la, hollywood));
    assert_eq!(g().relation(hollywood, la), Relation::Within);
    let russia = g().resolve("Russia", None).unwrap();
    let sochi = g().resolve("Sochi", None).unwrap();
    assert_eq!(g().relation(russia, sochi), Relation::Contains);
    let california = g().resolve("California", None).unwrap();
    assert!(g().contains(california, la));
    assert!(!g().contains(california, sochi));
    assert_eq!(g().region_of(la).map(|r| r.name), Some("California"));
    assert_eq!(g().country_of(sochi).map(|c| c.name), Some("Russia"));
    let moscow = g().resolve("Moscow", None).unwrap();
    let d = distance_km(moscow, sochi);
    assert!((1300.0..1450.0).contains(&d), "{d}");
    assert!(matches!(g().relation(moscow, sochi), Relation::Apart(_)));
    let nsw = g().resolve("New South Wales", None).unwrap();
    let sydney = g().resolve("Sydney", None).unwrap();
    assert!(g().contains(nsw, sydney));
}

#[test]
fn places_need_an_introduction_or_fame() {
    let f = found("The summit in Sochi was held near Kandahar, 30 km west of Herat.");
    let names: Vec<(&str, Introduced)> = f.iter().map(|(s, _, i)| (s.as_str(), *i)).collect();
    assert_eq!(
        names,
        vec![
            ("Sochi", Introduced::In),
            ("Kandahar", Introduced::Near),
            ("Herat", Introduced::Bearing)
        ]
    );
    // A town without context is not a place; a country or a big city is.
    assert!(found("Sochi officials said Russia and Tokyo agreed.")
        .iter()
        .map(|(s, _, _)| s.as_str())
        .eq(["Russia", "Tokyo"]));
    assert_eq!(found("In Sochi, talks began.")[0].0, "Sochi");
}

#[test]
fn a_distance_outside_or_from_a_town_is_an_offset() {
    let how = |text: &str| -> Vec<Introduced> { found(text).iter().map(|f| f.2).collect() };
    for text in [
        "The plane crashed about 10 miles outside Fresno.",
        "The plane crashed 12 miles outside of Fresno.",
        "The plane crashed 30 km from Fresno.",
        "The ship sank two nautical miles away from Fresno.",
        "The plane crashed a mile from Fresno.",
    ] {
        assert_eq!(how(text), vec![Introduced::Bearing], "{text}");
    }
    // `outside` without a distance is only near; `from` alone, or a
    // distance without a figure, is no place.
    assert_eq!(
        how("The plane crashed outside Fresno."),
        vec![Introduced::Near]
    );
    assert!(how("She drove from Fresno.").is_empty());
    assert!(how("They moved thousands of miles from Fresno.").is_empty());
    assert!(how("He ran 10 laps from Fresno.").is_empty());
}

#[test]
fn common_words_need_a_context() {
    for text in [
        "Talks resume in March.",
        "It was a Nice gesture.",
        "The Union will Split the Deal.",
        "He was held in Police custody on Sunday.",
        "Reading the Orange report is a Bath of numbers.",
        "Mobile phones were banned.",
        "The ban was lifted in the EU on Friday.",
    ] {
        assert!(found(text).is_empty(), "{text}: {:?}", found(text));
    }
    assert_eq!(
        found("A truck hit a crowd in Nice on Thursday.")[0].1,
        "Nice"
    );
    assert_eq!(
        found("He lives in Reading, England.")[0].0,
        "Reading, England"
    );
    assert_eq!(
        found("The storm hit Mobile, Ala., first.")[0].0,
        "Mobile, Ala."
    );
}

#[test]
fn multi_word_qualified_and_datelines() {
    let f = found(
        "The festival in Los Angeles, the fire in New South Wales and the flood in Sri Lanka.",
    );
    let names: Vec<&str> = f.iter().map(|(_, n, _)| *n).collect();
    assert_eq!(names, vec!["Los Angeles", "New South Wales", "Sri Lanka"]);
    let f = found("He was born in Paris, Texas, in 1950.");
    assert_eq!(f[0].0, "Paris, Texas");
    assert_eq!(f[0].2, Introduced::Qualified);
    let f = found("SOCHI, Russia — The leaders met.");
    assert_eq!(
        (f[0].0.as_str(), f[0].2),
        ("SOCHI, Russia", Introduced::Dateline)
    );
    let f = found("LOS ANGELES (Reuters) - A quake shook the city.");
    assert_eq!((f[0].1, f[0].2), ("Los Angeles", Introduced::Dateline));
    let f = found("Fires burned in Southern California and in Los Angeles County.");
    let names: Vec<&str> = f.iter().map(|(_, n, _)| *n).collect();
    assert_eq!(names, vec!["California", "Los Angeles County"]);
    // `X of Y` is one name: no province of Gulf in the Gulf of Aden.
    assert!(found("Pirates struck in the Gulf of Aden on Friday.").is_empty());
    let f = found("The leaders met in Nice on Thursday.");
    assert_eq!(f[0].0, "Nice", "a connector other than `of` may end a name");
}

#[test]
fn no_panic_on_odd_text() {
    for text in [
        "",
        " ",
        "in",
        "In ",
        "in É",
        "Paris,",
        "Paris, ",
        "X (",
        "A — b",
        "ÉÉÉ, Ö —",
    ] {
        let _ = found(text);
    }
}

#[test]
fn the_memo_answers_as_the_table() {
    // Twice each: once filling the memo, once read from it.
    for _ in 0..2 {
        for key in ["paris", "sochi", "qqxx", "@tx", "new york", "", "z"] {
            assert_eq!(g().find_name(key), g().table.find_name(key), "{key}");
        }
    }
}

/// The verdict on `a` and `b`, their readings in the US.
fn judged(a: &str, b: &str) -> Option<bool> {
    let (x, y) = (
        g().resolve(a, Some("US")).unwrap(),
        g().resolve(b, Some("US")).unwrap(),
    );
    g().judge((a, x, false), (b, y, false), false).conflict
}

#[test]
fn a_county_holds_its_towns_and_lies_in_its_state() {
    let county = g().resolve("Los Angeles County", None).unwrap();
    assert_eq!(county.kind, PlaceKind::County);
    let town = g().resolve("Burbank", Some("US")).unwrap();
    assert_eq!(g().county_of(town).map(|c| c.id), Some(county.id));
    assert_eq!(judged("Burbank", "Los Angeles County"), Some(false));
    assert_eq!(judged("Los Angeles County", "California"), Some(false));
    assert_eq!(judged("Los Angeles County", "United States"), Some(false));
    assert_eq!(judged("Los Angeles", "Los Angeles County"), Some(false));
    // A town of one county and another county of its state; a county and
    // another state.
    assert_eq!(judged("Burbank", "Kern County"), Some(true));
    assert_eq!(judged("Kern County", "Los Angeles County"), Some(true));
    assert_eq!(judged("Kern County", "Nevada"), Some(true));
}

#[test]
fn a_town_that_spans_counties_reaches_into_each() {
    // The table gives Atlanta one county; its edge reaches the towns of
    // the next one.
    let atlanta = g().resolve("Atlanta", Some("US")).unwrap();
    assert_eq!(atlanta.region, "GA");
    let dekalb = g()
        .lookup("DeKalb County")
        .into_iter()
        .find(|c| c.region == "GA")
        .unwrap();
    assert_ne!(atlanta.county, dekalb.county);
    assert!(g().contains(dekalb, atlanta));
}

#[test]
fn another_reading_of_a_county_is_never_guessed_against() {
    // `Lake County` names a dozen counties: a town of any of them is no
    // conflict with the name, whichever reading the article's country picked.
    let town = g().resolve("Waukegan", Some("US")).unwrap();
    let picked = g().resolve("Lake County", Some("US")).unwrap();
    let in_town = g()
        .lookup("Lake County")
        .into_iter()
        .any(|c| g().contains(c, town));
    assert!(in_town);
    let j = g().judge(
        ("Lake County", picked, false),
        ("Waukegan", town, false),
        false,
    );
    assert_ne!(j.conflict, Some(true), "{}", j.why);
    // A county written with its state's name: `St.` as the table writes it.
    let stl = g().resolve("St. Louis County", Some("US")).unwrap();
    assert_eq!(stl.kind, PlaceKind::County);
}

#[test]
fn a_county_is_found_whole() {
    let f = found("The fire burned in Velmar and then in Kern County on Sunday.");
    let names: Vec<&str> = f.iter().map(|(_, n, _)| *n).collect();
    assert_eq!(names, vec!["Kern County"]);
}
