//! The forms of issue 16: each read with its value, span and unit, and
//! the look-alikes that are no count.

use super::{check, find, none, one, span};

fn spans(text: &str) -> Vec<String> {
    find(text)
        .iter()
        .map(|q| text[q.start..q.end].to_string())
        .collect()
}

#[test]
fn a_hedge_keeps_its_number() {
    check(
        "Rescuers freed more than 230 pupils.",
        "more than 230 pupils",
        230.0,
        Some("pupil"),
        "quantity",
    );
}

#[test]
fn periods_pairs_and_dozens() {
    check(
        "the feud ran for half a century",
        "half a century",
        50.0,
        Some("year"),
        "quantity",
    );
    check(
        "after two decades in office",
        "two decades",
        20.0,
        Some("year"),
        "quantity",
    );
    check(
        "it took a decade",
        "a decade",
        10.0,
        Some("year"),
        "quantity",
    );
    check(
        "a quarter-century of silence",
        "a quarter-century",
        25.0,
        Some("year"),
        "quantity",
    );
    check(
        "she bought a pair of tickets",
        "a pair of tickets",
        2.0,
        Some("ticket"),
        "quantity",
    );
    check(
        "two dozen boats sank",
        "two dozen boats",
        24.0,
        Some("boat"),
        "quantity",
    );
    // An hour or a week alone is no figure; hedged or an offset it is.
    none("once a week the club meets");
    check(
        "it stopped for around an hour",
        "around an hour",
        1.0,
        Some("hour"),
        "quantity",
    );
    check(
        "he left a week ago",
        "a week",
        1.0,
        Some("week"),
        "quantity",
    );
    check(
        "less than an inch thick",
        "less than an inch",
        1.0,
        Some("inch"),
        "quantity",
    );
}

#[test]
fn occasions_and_multipliers() {
    check("She wed twice.", "twice", 2.0, Some("time"), "quantity");
    check(
        "he was jailed three times since",
        "three times",
        3.0,
        Some("time"),
        "quantity",
    );
    check(
        "It flooded 5 times this year",
        "5 times",
        5.0,
        Some("time"),
        "quantity",
    );
    none("twice as many came");
    assert_eq!(one("five times as many voters").unit, None);
    assert_eq!(one("three times larger").unit, None);
    none("twice a week");
}

#[test]
fn fractions() {
    check(
        "it lasted 3 1/2 months",
        "3 1/2 months",
        3.5,
        Some("month"),
        "quantity",
    );
    check(
        "a term of 2 ½ years",
        "2 ½ years",
        2.5,
        Some("year"),
        "quantity",
    );
    check(
        "served a 4-1/2-month term",
        "4-1/2-month",
        4.5,
        Some("month"),
        "quantity",
    );
    check(
        "jailed for six and a half years",
        "six and a half years",
        6.5,
        Some("year"),
        "quantity",
    );
    let q = one("it lasted 3 1/2 months");
    assert_eq!(q.reading, crate::quantity::Reading::Exact);
}

#[test]
fn ranges_of_money_and_years() {
    let t = "tickets cost $2,000 to $2,500 each";
    let q = one(t);
    assert_eq!(span(t, &q), "$2,000 to $2,500");
    assert_eq!((q.lo, q.hi), (2000.0, 2500.0));
    let t = "priced at $1099 to $1499";
    let q = one(t);
    assert_eq!((q.lo, q.hi, q.category), (1099.0, 1499.0, "money"));
    let t = "patients between 6 and 75 years";
    let q = one(t);
    assert_eq!((q.lo, q.hi), (6.0, 75.0));
    let q = one("ages ranging from 7 to 75 years");
    assert_eq!((q.lo, q.hi), (7.0, 75.0));
}

#[test]
fn records_and_scores_are_no_range() {
    none("they finished with a 23-7 record");
    none("they finished with a 7-23 record");
    none("the hosts won 3-1");
    none("we beat them 21-14");
    none("the hosts lost 1-3");
    none("passed by a 5-4 vote");
    // A range with a noun is still a range.
    assert_eq!(one("10-20 people").hi, 20.0);
}

#[test]
fn parts_of_a_whole() {
    let t = "9 of the 40 miners were rescued";
    let q = find(t);
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(
        (q[0].value, q[0].unit.as_deref()),
        (9.0, Some("miner (part)"))
    );
    assert_eq!(span(t, &q[0]), "9");
    assert_eq!((q[1].value, q[1].unit.as_deref()), (40.0, Some("miner")));
    let t = "At least 17 of the hijacked ships are held";
    let q = one(t);
    assert_eq!(span(t, &q), "At least 17");
    assert_eq!(q.unit.as_deref(), Some("ship (part)"));
    assert_eq!(
        one("Seven of the men appealed").unit.as_deref(),
        Some("man (part)")
    );
    none("one of the victims");
}

#[test]
fn abbreviated_units_and_currencies() {
    check("a $35m deal", "$35m", 35e6, Some("usd"), "money");
    check(
        "a €45 million loan",
        "€45 million",
        45e6,
        Some("eur"),
        "money",
    );
    check("it cost £1.7m", "£1.7m", 1.7e6, Some("gbp"), "money");
    check(
        "thieves took e80 million",
        "e80 million",
        80e6,
        Some("eur"),
        "money",
    );
    check("worth e75m of oil", "e75m", 75e6, Some("eur"), "money");
    check(
        "jewels worth p74million",
        "p74million",
        74e6,
        Some("gbp"),
        "money",
    );
    none("see p74 and e5");
    check(
        "85 million euros",
        "85 million euros",
        85e6,
        Some("eur"),
        "money",
    );
    check("a 64GB phone", "64GB", 64.0, Some("gb"), "quantity");
    check("a 128MB card", "128MB", 128.0, Some("mb"), "quantity");
    check(
        "35 per cent",
        "35 per cent",
        35.0,
        Some("percent"),
        "percent",
    );
    // A screen size naming a model is no measure.
    none("the 13-inch MacBook sold out");
    none("the new 27-inch iMac");
    check("a 13-inch blade", "13-inch", 13.0, Some("inch"), "quantity");
    let t = "a 1,150 kilometers (700 miles) drive";
    assert_eq!(spans(t), ["1,150 kilometers", "700 miles"]);
}

#[test]
fn heights_and_weights() {
    let t = "the 6-foot-2, 190 pounds forward";
    let q = find(t);
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!((q[0].value, q[0].unit.as_deref()), (74.0, Some("inch")));
    assert_eq!(span(t, &q[0]), "6-foot-2");
    assert_eq!((q[1].value, q[1].unit.as_deref()), (190.0, Some("pound")));
    check(
        "he is 5-feet-8 inches tall",
        "5-feet-8 inches",
        68.0,
        Some("inch"),
        "quantity",
    );
    check(
        "she is 5 ft 8 in tall",
        "5 ft 8 in",
        68.0,
        Some("inch"),
        "quantity",
    );
    check(
        "a man 6 feet 2 inches tall",
        "6 feet 2 inches",
        74.0,
        Some("inch"),
        "quantity",
    );
    check(
        "weighing 130 pounds",
        "130 pounds",
        130.0,
        Some("pound"),
        "quantity",
    );
    assert_eq!(one("a wall 10 feet high").unit.as_deref(), Some("foot"));
}

#[test]
fn a_scale_after_a_closing_quote() {
    check(
        "a bid of “$2.1” billion",
        "$2.1” billion",
        2.1e9,
        Some("usd"),
        "money",
    );
    check(
        "a bid of \"$2.1\" billion",
        "$2.1\" billion",
        2.1e9,
        Some("usd"),
        "money",
    );
}

#[test]
fn model_names_are_not_counts() {
    for t in [
        "armed with an M16",
        "a man with an AK-47",
        "carrying an AK 47",
        "a Boeing 747 landed",
        "running Windows 7",
        "along Route 66",
        "an F-16 crashed",
        "the G20 met",
        "a Catch-22 situation",
        "COVID-19 spread",
        "the Apollo 11 crew",
    ] {
        none(t);
    }
    check(
        "police found 12 AK-47 rifles",
        "12 AK-47 rifles",
        12.0,
        Some("rifle"),
        "quantity",
    );
    check(
        "police found 12 AK 47 guns",
        "12 AK 47 guns",
        12.0,
        Some("gun"),
        "quantity",
    );
    check(
        "six AK 47 rifles were found",
        "six AK 47 rifles",
        6.0,
        Some("rifle"),
        "quantity",
    );
    check(
        "Seven AK-47s were seized",
        "Seven AK-47s",
        7.0,
        Some("ak-47"),
        "quantity",
    );
}

#[test]
fn magnitudes() {
    check(
        "the quake measured magnitude-5.9",
        "5.9",
        5.9,
        Some("magnitude"),
        "quantity",
    );
    check(
        "it had a magnitude of 6.1",
        "6.1",
        6.1,
        Some("magnitude"),
        "quantity",
    );
    assert_eq!(
        one("a magnitude 5.9 quake").unit.as_deref(),
        Some("magnitude")
    );
}

#[test]
fn offsets_after_a_name() {
    check(
        "she came back with Tom 12 weeks ago",
        "12 weeks",
        12.0,
        Some("week"),
        "quantity",
    );
}

#[test]
fn square_and_cubic_measures_are_two_words() {
    let q = super::one("The 15,200-square-metre hall opened.");
    assert_eq!(q.unit.as_deref(), Some("square metre"));
    assert_eq!(q.value, 15_200.0);
    let q = super::one("a 160,000-square-foot warehouse");
    assert_eq!(q.unit.as_deref(), Some("square foot"));
    let q = super::one("a 12-cubic-foot tank");
    assert_eq!(q.unit.as_deref(), Some("cubic foot"));
}

#[test]
fn a_compound_adjective_without_its_hyphen_is_no_counted_noun() {
    // (The head of a noun compound after `one` is not found: `grenade`.)
    let q = super::one("They found one rocket propelled grenade launcher.");
    assert_ne!(q.unit.as_deref(), Some("rocket"));
    let q = super::one("three solar powered pumps");
    assert_eq!(q.unit.as_deref(), Some("pump"));
    // A plural noun before a participle is the counted thing.
    let q = super::one("Two rockets fired from the hills hit the town.");
    assert_eq!(q.unit.as_deref(), Some("rocket"));
}

#[test]
fn a_negated_bound_reads_the_other_way() {
    // `not more than` is at most the figure, never above it.
    let q = one("The lease ran not more than nine years.");
    assert_eq!(q.hedge.as_deref(), Some("not more than"));
    assert!(q.hi <= 9.0 && q.lo < 9.0, "{q:#?}");
    // `not fewer than` is at least the figure.
    let q = one("Not fewer than 40 pupils sat the exam.");
    assert!(q.lo >= 40.0 && q.hi.is_infinite(), "{q:#?}");
    // The plain comparison keeps its reading.
    let q = one("The lease ran more than nine years.");
    assert!(q.lo > 9.0, "{q:#?}");
}

#[test]
fn a_model_code_run_into_its_number() {
    check(
        "The unit bought four M16 rifles.",
        "four M16 rifles",
        4.0,
        Some("rifle"),
        "quantity",
    );
    check(
        "The airline leased 12 A320s.",
        "12 A320s",
        12.0,
        Some("a320"),
        "quantity",
    );
}

#[test]
fn a_singular_noun_before_the_head_of_its_compound() {
    check(
        "Divers raised one torpedo launcher, the navy said.",
        "one torpedo launcher",
        1.0,
        Some("launcher"),
        "quantity",
    );
    // A verb after the noun ends the phrase at the noun.
    check(
        "One sailor drowned.",
        "One sailor",
        1.0,
        Some("sailor"),
        "quantity",
    );
}
