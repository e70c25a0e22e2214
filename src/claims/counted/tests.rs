//! The keys read around invented figures.

use crate::claims::{claims_of, ClaimKind, Counted};

/// The keys of the quantity whose words contain `figure`.
fn keys(text: &str, figure: &str) -> Counted {
    claims_of(text, Some("2024-05-02"))
        .into_iter()
        .find(|c| c.kind == ClaimKind::Quantity && text[c.span.clone()].contains(figure))
        .and_then(|c| c.subject.counted.map(|k| (*k).clone()))
        .unwrap_or_else(|| panic!("no keyed quantity {figure:?} in {text:?}"))
}

fn predicate(text: &str, figure: &str) -> Option<String> {
    keys(text, figure).predicate
}

#[test]
fn verbs_before_and_after_the_figure() {
    let s = "The storm killed 6 people and destroyed 40 homes.";
    assert_eq!(predicate(s, "6").as_deref(), Some("verb:kill"));
    assert_eq!(predicate(s, "40").as_deref(), Some("verb:destroy"));
    assert_eq!(keys(s, "40").thing.as_deref(), Some("home"));
    let s = "Officials said 12 people were critically injured.";
    assert_eq!(predicate(s, "12").as_deref(), Some("adj:injured"));
    let s = "The fire left 9 people dead.";
    assert_eq!(predicate(s, "9").as_deref(), Some("adj:dead"));
    // A speech verb says nothing of what is counted.
    let s = "Police said 30 people marched.";
    assert_eq!(predicate(s, "30").as_deref(), Some("verb:march"));
}

#[test]
fn a_verb_after_a_place_phrase_and_the_noun_a_support_verb_carries() {
    let s = "Three pylons in the northern valley were toppled.";
    assert_eq!(predicate(s, "Three").as_deref(), Some("verb:topple"));
    let s = "Four pylons near Corran Ford suffered heavy damage overnight.";
    assert_eq!(predicate(s, "Four").as_deref(), Some("noun:damage"));
    let s = "About 700 people live in the valley.";
    assert_eq!(predicate(s, "700").as_deref(), Some("verb:reside"));
    let s = "Two riders sustained serious injuries.";
    assert_eq!(predicate(s, "Two").as_deref(), Some("noun:injury"));
    // A place phrase too long to be one is no subject of the verb after it.
    let s = "Five boats in the harbour that the storm of last winter wrecked sank.";
    assert_eq!(predicate(s, "Five"), None);
}

#[test]
fn nouns_the_figure_measures() {
    let s = "The town has a population of 4,500.";
    assert_eq!(predicate(s, "4,500").as_deref(), Some("noun:population"));
    let s = "The tremor had a depth of 8 miles.";
    assert_eq!(predicate(s, "8").as_deref(), Some("noun:depth"));
    let s = "He is serving a nine-year sentence.";
    assert_eq!(predicate(s, "nine").as_deref(), Some("noun:sentence"));
    let s = "Organisers put the crowd at 12,000.";
    assert_eq!(predicate(s, "12,000").as_deref(), Some("noun:crowd"));
}

#[test]
fn a_person_noun_of_a_curated_group_is_its_own_predicate() {
    let s = "The island, which has about 9,000 residents, was cut off.";
    assert_eq!(predicate(s, "9,000").as_deref(), Some("noun:resident"));
    let s = "Guards said 40 detainees were moved.";
    assert_eq!(predicate(s, "40").as_deref(), Some("verb:move"));
    let s = "About 300 residents had fled by noon.";
    assert_eq!(predicate(s, "300").as_deref(), Some("verb:flee"));
    let s = "The hall holds 500 people, the manager said.";
    assert_ne!(predicate(s, "500").as_deref(), Some("noun:person"));
}

#[test]
fn figures_after_a_preposition_or_in_a_list_take_no_verb() {
    let s = "Roofs in five villages were destroyed.";
    assert_eq!(predicate(s, "five"), None);
    let s = "Police said two boys and one girl died.";
    assert_eq!(predicate(s, "one"), None);
    let s = "Two boys died.";
    assert_eq!(predicate(s, "Two").as_deref(), Some("verb:die"));
}

#[test]
fn scopes_of_place_part_and_period() {
    let s = "About 20,000 people marched in Lyon on Friday.";
    assert_eq!(keys(s, "20,000").scope, ["day friday", "lyon"]);
    let s = "The boxer won 18 of 20 fights.";
    assert!(keys(s, "18").scope.contains(&"part".to_string()));
    let s = "The club earned $40 million last year.";
    assert!(keys(s, "$40").scope.contains(&"last year".to_string()));
    let s = "She is paid $2 million per season.";
    assert_eq!(keys(s, "$2").scope, ["per season"]);
    let s = "The quake was centred 12 miles north of Fresno.";
    assert_eq!(keys(s, "12").scope, ["fresno"]);
    // A figure's scope ends where the next figure starts.
    let s = "It is worth $90 million or $9 million per season.";
    assert!(keys(s, "$90").scope.is_empty());
    // Parallel figures: a place after a comma is the next figure's.
    let s = "Power in Brenna fell by 40 percent, in Tolvik by 25 percent.";
    assert!(!keys(s, "40").scope.contains(&"tolvik".to_string()));
    // `fell by 40 percent`: a change of power (see `business`).
    let s = "Power fell by 40 percent in Tolvik, and 25 percent in Brenna.";
    assert_eq!(keys(s, "40").scope, ["change", "tolvik"]);
    // Another year than the article's, anywhere in the sentence.
    let s = "In 1998, a flood killed 40 people.";
    assert_eq!(keys(s, "40").scope, ["1998"]);
    let s = "In 2024, a flood killed 40 people.";
    assert!(keys(s, "40").scope.is_empty());
    // A month that is not the article's (May 2024).
    let s = "In February, a flood killed 40 people.";
    assert_eq!(keys(s, "40").scope, ["february"]);
    // Only in the figure's own clause.
    let s = "The dam burst twice; the first breach in 1998 killed 40 people.";
    assert!(keys(s, "twice").scope.is_empty());
    assert_eq!(keys(s, "40").scope, ["1998"]);
    // A total over a named set; a bare `in all` names none.
    let s = "The striker scored 23 goals in all competitions.";
    assert_eq!(keys(s, "23").scope, ["all competitions"]);
    let s = "In all, 23 crates were found.";
    assert!(keys(s, "23").scope.is_empty());
}

#[test]
fn qualifiers_of_the_counted_thing() {
    let s = "He faces two counts of fraud.";
    assert_eq!(keys(s, "two").scope, ["of fraud"]);
}

#[test]
fn fractional_counts_of_things_are_no_claims() {
    let claims = claims_of("It was followed by a 2.9 aftershock.", Some("2024-05-02"));
    assert!(claims.iter().all(|c| c.kind != ClaimKind::Quantity));
}

#[test]
fn other_after_a_verb_is_the_whole_count_of_that_verb() {
    // Others than the killed: all the wounded, not a part of them.
    let s = "The blast killed 4 miners and wounded other 30, the company said.";
    let k = keys(s, "30");
    assert_eq!(k.predicate.as_deref(), Some("verb:wound"));
    assert!(!k.scope.contains(&"part".to_string()), "{k:?}");
    // `the other 5` after a determiner is a part.
    let s = "Police found 12 rifles in the van; the other 5 rifles were buried.";
    assert!(keys(s, "5").scope.contains(&"part".to_string()));
}

#[test]
fn a_whole_set_after_one_of_is_counted_by_its_participle() {
    let s = "Hale was one of 45 suspects detained in the raids.";
    assert_eq!(predicate(s, "45").as_deref(), Some("verb:detain"));
    let s = "Ana Ruiz, one of 12 workers hurt in the fire, spoke.";
    assert_eq!(predicate(s, "12").as_deref(), Some("adj:hurt"));
    let s = "She was among 30 protesters arrested downtown.";
    assert_eq!(predicate(s, "30").as_deref(), Some("verb:arrest"));
    // The verb is the one's, not the set's.
    let s = "One of the three hikers died on the ridge.";
    assert_eq!(predicate(s, "three"), None);
}

#[test]
fn money_is_counted_by_what_it_is_the_value_of() {
    let s = "Burglars took $6 million worth of gold watches and coins.";
    assert_eq!(predicate(s, "$6").as_deref(), Some("noun:watch"));
    let s = "Burglars took sculptures valued at $6 million.";
    assert_eq!(predicate(s, "$6").as_deref(), Some("noun:sculpture"));
    let s = "Burglars took sculptures worth $6 million.";
    assert_eq!(predicate(s, "$6").as_deref(), Some("noun:sculpture"));
}

#[test]
fn a_phrasal_verb_is_the_predicate() {
    let s = "The thieves made off with an estimated $4 million in gems.";
    assert_eq!(predicate(s, "$4").as_deref(), Some("verb:make off"));
    let s = "Troops rounded up 40 suspects in the village.";
    assert_eq!(predicate(s, "40").as_deref(), Some("verb:round up"));
    // A preposition before the figure is no particle.
    let s = "Police arrested in 7 towns a dozen men.";
    assert_ne!(predicate(s, "7").as_deref(), Some("verb:arrest in"));
    let s = "Prices rose up 40 percent.";
    assert_ne!(predicate(s, "40").as_deref(), Some("verb:rise up"));
}

#[test]
fn a_range_of_terms_is_counted_by_the_noun_that_ranges() {
    let s = "The four received sentences ranging from 3 to 11 years.";
    assert_eq!(predicate(s, "3 to").as_deref(), Some("noun:sentence"));
    let s = "The four received sentences of between three and 11 years.";
    assert_eq!(predicate(s, "three").as_deref(), Some("noun:sentence"));
    // A period in the next clause is not the range's.
    let s = "Four received sentences ranging from 3 to 11 years; a fifth is tried this month.";
    assert!(keys(s, "3 to").scope.is_empty());
}

/// The first word of `s` that opens with a digit.
fn first_figure(s: &str) -> &str {
    s.split(' ')
        .find(|w| w.starts_with(char::is_numeric))
        .unwrap()
}

#[test]
fn living_in_a_place_is_residing() {
    for s in [
        "About 700 people live in the village.",
        "Some 2,000 families lived on the island.",
        "Nearly 300 people live there.",
        "About 900 people living in Marrow Bay were told to leave.",
        "About 400 members live in southeastern Tarvos.",
    ] {
        assert_eq!(
            predicate(s, first_figure(s)).as_deref(),
            Some("verb:reside"),
            "{s}"
        );
    }
    // Living in a state, with an illness, on an income, or in a place named
    // by what befell it is not where one resides (nor a population, which
    // WordNet's `live` / `inhabit` would make it).
    for s in [
        "About 700 people live in poverty.",
        "Some 2,000 people live with the disease.",
        "Nearly 300 people live on less than a dollar.",
        "About 900 people live in the affected area.",
    ] {
        assert_eq!(predicate(s, first_figure(s)), None, "{s}");
    }
}

/// The quantity claims of two invented articles of one story, and
/// whether alignment pairs the figure containing `a.1` with the one
/// containing `b.1`.
fn compared(a: (&str, &str), b: (&str, &str)) -> bool {
    let mut claims = Vec::new();
    for (source, text) in [a.0, b.0].into_iter().enumerate() {
        for mut c in claims_of(text, Some("2024-05-02")) {
            c.source = source;
            claims.push(c);
        }
    }
    let find = |source: usize, text: &str, figure: &str| {
        claims
            .iter()
            .position(|c| {
                c.source == source
                    && c.kind == ClaimKind::Quantity
                    && text[c.span.clone()].contains(figure)
            })
            .unwrap_or_else(|| panic!("no quantity {figure:?} in {text:?}"))
    };
    let (i, j) = (find(0, a.0, a.1), find(1, b.0, b.1));
    crate::align::align(&claims, &[0, 0], &crate::align::AlignConfig::default())
        .iter()
        .any(|p| (p.a(), p.b()) == (i.min(j), i.max(j)))
}

#[test]
fn an_offset_is_keyed_by_the_verb_of_its_clause() {
    let k = keys("Mara Vell suffered a stroke nine days earlier.", "nine");
    assert_eq!(k.predicate.as_deref(), Some("verb:suffer"));
    assert_eq!(k.scope, vec!["earlier than".to_string()]);
    // `was wed`: an invariant participle after an auxiliary.
    let k = keys(
        "The pilot, who was wed about three weeks ago, flew on.",
        "three",
    );
    assert_eq!(k.predicate.as_deref(), Some("verb:wed"));
    let k = keys("The ferry docked two hours later.", "two");
    assert_eq!(k.scope, vec!["later than".to_string()]);
}

#[test]
fn an_offset_without_a_verb_of_its_own_stays_unkeyed() {
    // A light verb says nothing of what happened then.
    let text = "He left Varno two days later.";
    let c = claims_of(text, Some("2024-05-02"))
        .into_iter()
        .find(|c| c.kind == ClaimKind::Quantity)
        .expect("a figure");
    assert!(c.subject.counted.is_none(), "{c:?}");
    assert_eq!(&*c.subject.class, "day after");
}

#[test]
fn offsets_of_one_verb_compare_across_units() {
    assert!(compared(
        (
            "Mara Vell suffered a stroke nine days earlier, her doctor said.",
            "nine"
        ),
        (
            "Mara Vell died of a stroke she suffered three weeks ago.",
            "three"
        ),
    ));
    assert!(compared(
        (
            "The Tarvos deputy was married two weeks ago to his wife.",
            "two"
        ),
        (
            "The Tarvos deputy, who was wed about three weeks ago, was hurt.",
            "three"
        ),
    ));
}

#[test]
fn offsets_never_compare_with_durations_or_other_verbs() {
    // A duration of the same verb counts how long, not how long ago.
    assert!(!compared(
        ("The Tarvos deputy was married two weeks ago.", "two"),
        ("The Tarvos deputy was married for three weeks.", "three"),
    ));
    // What happened then differs.
    assert!(!compared(
        ("The Tarvos deputy was married two weeks ago.", "two"),
        ("The Tarvos deputy was promoted three weeks ago.", "three"),
    ));
    // One side before, the other after.
    assert!(!compared(
        ("The Tarvos deputy was promoted two weeks earlier.", "two"),
        ("The Tarvos deputy was promoted three weeks later.", "three"),
    ));
}

#[test]
fn one_unit_with_an_article_is_a_round_offset() {
    let c = claims_of("The ferry sank a week ago.", Some("2024-05-02"))
        .into_iter()
        .find(|c| c.kind == ClaimKind::Quantity)
        .expect("a figure");
    let crate::claims::Value::Quantity { lo, hi, .. } = c.value else {
        panic!("{c:?}")
    };
    assert!(lo < 1.0 && hi > 8.0 / 7.0, "{lo}..{hi}");
    let c = claims_of("The ferry sank one week ago.", Some("2024-05-02"))
        .into_iter()
        .find(|c| c.kind == ClaimKind::Quantity)
        .expect("a figure");
    assert!(
        matches!(c.value, crate::claims::Value::Quantity { lo, hi, .. } if lo == 1.0 && hi == 1.0)
    );
}

#[test]
fn going_back_is_returning() {
    let k = keys("They moved back to Corran around six weeks ago.", "six");
    assert_eq!(k.predicate.as_deref(), Some("verb:return"));
    assert!(compared(
        (
            "Ena Holt returned to Corran with her son 12 weeks ago.",
            "12"
        ),
        (
            "Ena Holt and her son moved back to Corran around six weeks ago.",
            "six"
        ),
    ));
    // Moving somewhere is not going back.
    assert!(!compared(
        (
            "Ena Holt returned to Corran with her son 12 weeks ago.",
            "12"
        ),
        (
            "Ena Holt and her son moved to Corran around six weeks ago.",
            "six"
        ),
    ));
}

#[test]
fn a_present_tense_verb_after_a_plural_subject() {
    let s = "Smugglers seize 14 trucks at the border crossing.";
    assert_eq!(predicate(s, "14").as_deref(), Some("verb:seize"));
    let s = "They rescue 30 hikers from the ridge every winter.";
    assert_eq!(predicate(s, "30").as_deref(), Some("verb:rescue"));
    // A base form after a singular noun or a determiner is no verb here.
    let s = "The ticket price $40 was set by the club.";
    assert_eq!(predicate(s, "$40"), None);
    let s = "The club plans to repair 12 boats.";
    assert_eq!(predicate(s, "12"), None);
}

#[test]
fn a_part_of_the_things_counts_those_things_and_adjectives_of_more() {
    let s = "Crews towed at least 9 of the stranded trawlers to port.";
    let k = keys(s, "9");
    assert_eq!(k.thing.as_deref(), Some("trawler"));
    assert!(k.scope.iter().any(|x| x == "part"));
    // A part opening its clause with a verb of its own counts all the
    // things that verb is said of (see `part`).
    let s = "At least 9 of the stranded trawlers were towed to port.";
    let k = keys(s, "9");
    assert_eq!(k.predicate.as_deref(), Some("verb:tow"));
    assert!(!k.scope.iter().any(|x| x == "part"));
    let s = "The brigade sent an additional five tankers.";
    assert_eq!(predicate(s, "five").as_deref(), Some("verb:send"));
    let s = "The council hired a further eight wardens.";
    assert_eq!(predicate(s, "eight").as_deref(), Some("verb:hire"));
}

#[test]
fn a_model_is_the_counted_thing() {
    let thing = |s: &str, f: &str| keys(s, f).thing;
    let s = "Guards found 9 AK-47s in the van.";
    assert_eq!(thing(s, "9").as_deref(), Some("ak47"));
    let s = "Guards found 11 AK 47 carbines in the van.";
    assert_eq!(thing(s, "11").as_deref(), Some("ak47"));
    let s = "Guards found four M16 rifles in the van.";
    assert_eq!(thing(s, "four").as_deref(), Some("m16"));
    // A plain count keeps its noun; a height is no model.
    let s = "Guards found 9 rifles in the van.";
    assert_eq!(thing(s, "9").as_deref(), Some("rifle"));
}

#[test]
fn a_bound_one_faces_is_a_maximum() {
    let s = "Ivo Brand faces up to 20 years in prison if convicted.";
    assert!(keys(s, "20").scope.iter().any(|x| x == "maximum faced"));
    let s = "Ivo Brand risks as many as ten years behind bars.";
    assert!(keys(s, "ten").scope.iter().any(|x| x == "maximum faced"));
    // What was given, or a bound after another verb, is no maximum.
    let s = "Ivo Brand was sentenced to 20 years in prison.";
    assert!(!keys(s, "20").scope.iter().any(|x| x == "maximum faced"));
    let s = "Prices rose up to 20 percent in May.";
    assert!(!keys(s, "20").scope.iter().any(|x| x == "maximum faced"));
}

#[test]
fn instalments_after_a_down_payment_are_the_plan_not_others() {
    let s = "The phone costs $49 down and 18 additional monthly payments of $45.";
    let k = keys(s, "18 additional");
    assert!(k.scope.iter().any(|x| x == "instalment monthly"));
    assert!(!k.scope.iter().any(|x| x == "other than"));
    let s = "The phone costs $49 down and 24 monthly payments of $30.";
    assert!(keys(s, "24").scope.iter().any(|x| x == "of 30"));
}

#[test]
fn a_figure_in_an_aside_is_no_subject_of_the_verb_after_it() {
    let s = "Arvid Lund, who has three children, was arrested on Monday.";
    assert_ne!(predicate(s, "three").as_deref(), Some("verb:arrest"));
    let s = "Lund, alleged to have 14 wives, is charged with polygamy.";
    assert_eq!(predicate(s, "14").as_deref(), Some("noun:wife"));
}

#[test]
fn a_figure_closing_an_aside_is_not_dated_by_the_main_clause() {
    let s = "Lund, alleged to have smuggled 14 cars, is charged with fraud between 2011 and 2013.";
    assert!(!keys(s, "14")
        .scope
        .iter()
        .any(|x| x == "2011" || x == "2013"));
    // Not in an aside: the years date the count.
    let s = "Lund smuggled 14 cars between 2011 and 2013.";
    assert!(keys(s, "14").scope.iter().any(|x| x == "2011"));
    // A year inside the aside still dates it.
    let s = "Lund, who smuggled 14 cars in 2011, is charged with fraud.";
    assert!(keys(s, "14").scope.iter().any(|x| x == "2011"));
}

#[test]
fn a_word_of_value_names_what_the_sum_is_worth_whatever_verb_follows() {
    // The sum is the deal's value, not a bet: the verb after it is
    // another clause's.
    let s = "The two groups agreed a share deal worth roughly $5.2bn, betting on growth.";
    let k = keys(s, "$5.2bn");
    assert_eq!(k.predicate.as_deref(), Some("noun:deal"));
    // `a share` before the figure is an article and a noun, no rate.
    assert!(!k.scope.iter().any(|x| x == "per share"), "{:?}", k.scope);
    let s = "Police said a brooch valued at about $40,000 was taken.";
    assert_eq!(predicate(s, "$40,000").as_deref(), Some("noun:brooch"));
    // Without a word of value the verb still counts the sum.
    let s = "Thieves stole about $40,000 from the till.";
    assert_eq!(predicate(s, "$40,000").as_deref(), Some("verb:steal"));
    // A rate after the figure stays a rate.
    let s = "The buyer offered $12 a share for the firm.";
    assert!(keys(s, "$12").scope.iter().any(|x| x == "per share"));
}

#[test]
fn what_captors_hold_and_an_adverb_before_a_present_verb() {
    // `hold` keeps: the figure counts what is held.
    let s = "Raiders are holding 12 trawlers in the bay.";
    assert_eq!(predicate(s, "12").as_deref(), Some("verb:hold"));
    // `they still hold`: the adverb stands between subject and verb.
    let s = "They still hold 14 trawlers in the bay.";
    assert_eq!(predicate(s, "14").as_deref(), Some("verb:hold"));
    let s = "Raiders also steal 30 nets a year.";
    assert_eq!(predicate(s, "30").as_deref(), Some("verb:steal"));
    // A base form after an adverb that follows no subject is no verb.
    let s = "The bay still hold 14 trawlers.";
    assert_eq!(predicate(s, "14"), None);
}

#[test]
fn people_held_after_the_figure() {
    let s = "Twelve fishermen are still being held in the bay.";
    assert_eq!(predicate(s, "Twelve").as_deref(), Some("verb:hold"));
    // Things held are contained, not kept.
    let s = "Twelve rifles were held in the shed.";
    assert_ne!(predicate(s, "Twelve").as_deref(), Some("verb:hold"));
}
