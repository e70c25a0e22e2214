use super::*;
use crate::lexicon::Lexicon;

fn find(text: &str) -> Vec<QuantityExpr> {
    find_quantities(text, &Lexicon::defaults().hedges)
}

fn one(text: &str) -> QuantityExpr {
    let q = find(text);
    assert_eq!(q.len(), 1, "{text:?}: {q:#?}");
    q.into_iter().next().unwrap()
}

fn none(text: &str) {
    let q = find(text);
    assert!(q.is_empty(), "{text:?}: {q:#?}");
}

fn span<'a>(text: &'a str, q: &QuantityExpr) -> &'a str {
    &text[q.start..q.end]
}

fn check(text: &str, want_span: &str, value: f64, unit: Option<&str>, category: &str) {
    let q = one(text);
    assert_eq!(span(text, &q), want_span, "{text:?}: {q:#?}");
    assert!(
        (q.value - value).abs() <= 1e-9 * value.abs().max(1.0),
        "{text:?}: value {} != {value}",
        q.value
    );
    assert_eq!(q.unit.as_deref(), unit, "{text:?}");
    assert_eq!(q.category, category, "{text:?}");
}

#[test]
fn digits_and_separators() {
    check(
        "The war has killed some 400,000 people.",
        "some 400,000 people",
        400_000.0,
        Some("person"),
        "quantity",
    );
    check(
        "an estimated 400 000 civilians died",
        "an estimated 400 000 civilians",
        400_000.0,
        Some("civilian"),
        "quantity",
    );
    check(
        "an estimated 400\u{a0}000 civilians died",
        "an estimated 400\u{a0}000 civilians",
        400_000.0,
        Some("civilian"),
        "quantity",
    );
    check(
        "about 400\u{202f}000 civilians",
        "about 400\u{202f}000 civilians",
        400_000.0,
        Some("civilian"),
        "quantity",
    );
    check("it grew 1.5 times", "1.5", 1.5, None, "quantity");
    check(
        "a 3,883.36 points index",
        "3,883.36 points",
        3883.36,
        Some("point"),
        "quantity",
    );
    check(
        "the index closed at 5272.50 on Monday",
        "5272.50",
        5272.5,
        None,
        "quantity",
    );
}

#[test]
fn scales() {
    check(
        "2.3 million Syrian people fled",
        "2.3 million Syrian people",
        2_300_000.0,
        Some("person"),
        "quantity",
    );
    check("it costs 1 billion", "1 billion", 1e9, None, "quantity");
    check("a deal worth 5bn", "5bn", 5e9, None, "quantity");
    check("a deal worth $10m", "$10m", 1e7, Some("usd"), "money");
    none("he ran 10m");
    check(
        "three hundred thousand refugees",
        "three hundred thousand refugees",
        300_000.0,
        Some("refugee"),
        "quantity",
    );
}

#[test]
fn number_words() {
    check(
        "It lasted four hours.",
        "four hours",
        4.0,
        Some("hour"),
        "quantity",
    );
    check(
        "twenty-five soldiers",
        "twenty-five soldiers",
        25.0,
        Some("soldier"),
        "quantity",
    );
    check(
        "one hundred days",
        "one hundred days",
        100.0,
        Some("day"),
        "quantity",
    );
    check(
        "one hundred and six days",
        "one hundred and six days",
        106.0,
        Some("day"),
        "quantity",
    );
    check(
        "a dozen journalists",
        "a dozen journalists",
        12.0,
        Some("journalist"),
        "quantity",
    );
    check(
        "half a million people",
        "half a million people",
        500_000.0,
        Some("person"),
        "quantity",
    );
    check(
        "almost a thousand points",
        "almost a thousand points",
        1000.0,
        Some("point"),
        "quantity",
    );
    check("Two were hurt.", "Two", 2.0, None, "quantity");
    check(
        "three publicly-acknowledged visits",
        "three publicly-acknowledged visits",
        3.0,
        Some("visit"),
        "quantity",
    );
}

#[test]
fn vague_plurals() {
    let t = "dozens of people were hurt";
    let q = one(t);
    assert_eq!(span(t, &q), "dozens of people");
    assert_eq!(q.unit.as_deref(), Some("person"));
    assert!(q.lo >= 24.0 && q.hi > q.lo);
    let t = "tens of thousands of protesters";
    let q = one(t);
    assert_eq!(q.value, 10_000.0);
    assert_eq!((q.lo, q.hi), (10_000.0, 100_000.0));
    assert_eq!(q.unit.as_deref(), Some("protester"));
    let q = one("Thousands fled.");
    assert_eq!(q.value, 1000.0);
    assert_eq!(q.unit, None);
    none("in the tens column");
}

#[test]
fn percents() {
    check(
        "up 12% on the year",
        "12%",
        12.0,
        Some("percent"),
        "percent",
    );
    check(
        "up 12 percent",
        "12 percent",
        12.0,
        Some("percent"),
        "percent",
    );
    check(
        "up 12 per cent",
        "12 per cent",
        12.0,
        Some("percent"),
        "percent",
    );
    check(
        "fell two percent",
        "two percent",
        2.0,
        Some("percent"),
        "percent",
    );
    check(
        "rose half a percent",
        "half a percent",
        0.5,
        Some("percent"),
        "percent",
    );
    check(
        "a 5-percent rise",
        "5-percent",
        5.0,
        Some("percent"),
        "percent",
    );
    check(
        "rates rose 0.25 percentage points",
        "0.25 percentage points",
        0.25,
        Some("percentage point"),
        "percent",
    );
    let q = one("between 15-20% of voters");
    assert_eq!((q.lo, q.hi, q.category), (15.0, 20.0, "percent"));
}

#[test]
fn money() {
    check(
        "a $5 million grant",
        "$5 million",
        5e6,
        Some("usd"),
        "money",
    );
    check("costs €200 each", "€200", 200.0, Some("eur"), "money");
    check("a £3bn bill", "£3bn", 3e9, Some("gbp"), "money");
    check(
        "5 million dollars in aid",
        "5 million dollars",
        5e6,
        Some("usd"),
        "money",
    );
    check(
        "a US$ 40 billion contract",
        "US$ 40 billion",
        4e10,
        Some("usd"),
        "money",
    );
    check(
        "a US$40 billion contract",
        "US$40 billion",
        4e10,
        Some("usd"),
        "money",
    );
    check(
        "paid USD 300 for it",
        "USD 300",
        300.0,
        Some("usd"),
        "money",
    );
    check(
        "for around $9.99 US dollars each",
        "around $9.99 US dollars",
        9.99,
        Some("usd"),
        "money",
    );
    check(
        "a dividend of fifteen cents",
        "fifteen cents",
        0.15,
        Some("usd"),
        "money",
    );
    let q = one("sales of $5 to $10 million");
    assert_eq!((q.lo, q.hi), (5e6, 1e7));
}

#[test]
fn hedges_widen() {
    let q = one("some 400,000");
    assert_eq!(q.hedge.as_deref(), Some("some"));
    // A round figure under `some` keeps its round interval (±50,000),
    // wider than the 10% of `around`.
    assert!((q.lo - 350_000.0).abs() < 1e-6 && (q.hi - 450_000.0).abs() < 1e-6);
    let q = one("some 43");
    assert!((q.lo - 38.7).abs() < 1e-6 && (q.hi - 47.3).abs() < 1e-6);
    let q = one("At least 12 people died");
    assert_eq!(q.hedge.as_deref(), Some("at least"));
    assert_eq!((q.lo, q.hi), (12.0, f64::INFINITY));
    let t = "more than 2.3 million refugees";
    let q = one(t);
    assert_eq!(span(t, &q), t);
    assert_eq!(q.hedge.as_deref(), Some("more than"));
    assert!(q.lo > 2_300_000.0 && q.lo < 2_300_001.0, "{q:?}");
    // `an estimated` beats `estimated`.
    let q = one("an estimated 400 000");
    assert_eq!(q.hedge.as_deref(), Some("an estimated"));
}

#[test]
fn ranges() {
    let q = one("between 10 and 20 people");
    assert_eq!(
        (q.lo, q.hi, q.unit.as_deref()),
        (10.0, 20.0, Some("person"))
    );
    let t = "10-20 people";
    let q = one(t);
    assert_eq!((q.lo, q.hi), (10.0, 20.0));
    let q = one("10 to 20 minutes");
    assert_eq!(
        (q.lo, q.hi, q.unit.as_deref()),
        (10.0, 20.0, Some("minute"))
    );
    let q = one("25,000 to 30,000 jobs");
    assert_eq!((q.lo, q.hi), (25_000.0, 30_000.0));
    let q = one("2 to 3 million people");
    assert_eq!((q.lo, q.hi), (2e6, 3e6));
    let q = one("10 – 20 people");
    assert_eq!((q.lo, q.hi), (10.0, 20.0));
    // `from 10 to 20` is a change, not a range.
    assert_eq!(find("rose from 10 to 20 people").len(), 2);
    // A number word and digits pair after an explicit cue only.
    let q = one("terms of between four and 15 years");
    assert_eq!((q.lo, q.hi, q.unit.as_deref()), (4.0, 15.0, Some("year")));
    let q = one("terms ranging from three to 20 days");
    assert_eq!((q.lo, q.hi), (3.0, 20.0));
    assert!(find("rose from three to 20 people")
        .iter()
        .all(|q| q.lo == q.hi));
    // `over` after an amount spans a period: no hedge.
    let qs = find("a bid of $90 million over six years");
    assert_eq!(qs.len(), 2);
    assert!(qs.iter().all(|q| q.hedge.is_none()));
    assert_eq!((qs[1].lo, qs[1].hi), (6.0, 6.0));
    let qs = find("the toll rose to 31 over three days");
    assert!(qs.iter().all(|q| q.hedge.is_none()));
    let q = one("he spent over six years in jail");
    assert_eq!(q.hedge.as_deref(), Some("over"));
    // `dropped $50 to $649`: a change by $50 to $649, two amounts.
    let qs = find("the tablet has dropped $50 to $649");
    assert_eq!(qs.len(), 2);
    assert!(qs.iter().all(|q| q.lo == q.hi));
    assert_eq!((qs[0].value, qs[1].value), (50.0, 649.0));
    // Close amounts after a change verb, or none, stay a range.
    let q = one("shares rose $2 to $3 in early trading");
    assert_eq!((q.lo, q.hi), (2.0, 3.0));
    let q = one("tickets cost $50 to $649");
    assert_eq!((q.lo, q.hi), (50.0, 649.0));
}

#[test]
fn units() {
    assert_eq!(one("killed some 400,000 since 2011").unit, None);
    assert_eq!(one("3.5-inch screen").unit.as_deref(), Some("inch"));
    assert_eq!(one("a 500km road").unit.as_deref(), Some("km"));
    assert_eq!(one("the 60GB model").unit.as_deref(), Some("gb"));
    assert_eq!(one("7 casualties").unit.as_deref(), Some("casualty"));
    assert_eq!(one("5 US soldiers").unit.as_deref(), Some("soldier"));
    assert_eq!(one("two more people").unit.as_deref(), Some("person"));
    assert_eq!(one("400,000 died").unit, None);
    assert_eq!(one("15 a year").unit, None);
    assert_eq!(one("one person was hurt").unit.as_deref(), Some("person"));
}

#[test]
fn negatives_years_dates_times() {
    none("The war began in 2011.");
    none("in 2015 people voted");
    none("since 1990 the rate");
    none("2011 was hard");
    none("On November 20 the talks began.");
    none("On 20 November the talks began.");
    none("Nov. 20, 2008");
    none("March 01, 2008");
    none("at 02:20 local time");
    none("at 8:07");
    none("at 8 p.m. on Friday");
    none("at UTC+3");
    none("the years 2011-2015");
    none("the 1990s");
    none("date = \"2008-03-01\"");
}

#[test]
fn negatives_ordinals_ids_urls() {
    none("the second round");
    none("the 3rd time");
    none("the twenty-first century");
    none("call 555-123-4567 now");
    none("call 202 555 0123 now");
    none("file a61487 here");
    none("see http://example.com/2018/05/18/story");
    none("published 2018/05/18");
    none("version 1.2.3");
    none("No. 5 was");
    none("COVID-19 cases");
    none("a Boeing 737 jet");
    none("ref 0012345");
    none("id 123456789");
    none("see for_$40_billion_US");
}

#[test]
fn negatives_pronoun_one() {
    none("one of the victims");
    none("no one was hurt");
    none("the one that got away");
    none("this one is better");
    none("one said so");
    none("a one-sided game");
    assert_eq!(one("a one-day visit").unit.as_deref(), Some("day"));
}

#[test]
fn same_quantity_compatibility() {
    let a = one("some 400,000");
    let b = one("an estimated 400 000");
    assert!(same_quantity(&a, &b, 0.05));
    let a = one("four hours");
    let b = one("nine hours");
    assert!(!same_quantity(&a, &b, 0.1));
    let a = one("2.3 million people");
    assert_eq!(a.value, 2_300_000.0);
    assert_eq!(a.unit.as_deref(), Some("person"));
    let b = one("2,300,000 refugees");
    assert!(!same_quantity(&a, &b, 0.1), "different units");
    let c = one("killed 2.31 million");
    assert!(
        same_quantity(&a, &c, 0.01),
        "no unit conflicts with nothing"
    );
    // `2.3 million` is round: it stands for 2.25-2.35 million.
    assert!(same_quantity(&a, &c, 0.0));
    assert!(!same_quantity(&a, &one("killed 2.36 million"), 0.0));
    let x = one("killed 2,301,317");
    assert!(!same_quantity(&x, &one("killed 2,301,318"), 0.0));
    let p = one("2.3 percent");
    assert!(!same_quantity(&p, &one("2.3 million"), 1.0));
    let open = one("at least 12 people");
    assert!(same_quantity(&open, &one("40 people"), 0.0));
    assert!(!same_quantity(&open, &one("10 people"), 0.0));
}

#[test]
fn display_forms() {
    assert_eq!(one("some 400,000").display(), "~400,000");
    assert_eq!(
        one("between 400,000 and 440,000").display(),
        "400,000–440,000"
    );
    assert_eq!(one("at least 400,000").display(), "≥ 400,000");
    assert_eq!(one("four hours").display(), "4 hours");
    assert_eq!(one("one hour").display(), "1 hour");
    assert_eq!(one("12%").display(), "12%");
    assert_eq!(one("$2.3 million").display(), "$2.3 million");
    assert_eq!(one("up to 60 people").display(), "≤ 60 people");
    assert_eq!(one("1.5 times").display(), "1.5");
}

#[test]
fn multiple_and_offsets() {
    let t = "Officials said 12 people died and 40 were hurt; 3% of homes lost power.";
    let q = find(t);
    let spans: Vec<&str> = q.iter().map(|q| span(t, q)).collect();
    assert_eq!(spans, ["12 people", "40", "3%"]);
}

#[test]
fn never_panics_on_odd_input() {
    let inputs = [
        "",
        "1",
        "$",
        "€",
        "£5",
        "5 €",
        "1,",
        "1,0",
        "1.",
        "-1",
        "1-",
        "1–",
        "½",
        "١٢٣",
        "a",
        "one",
        "half",
        "half a",
        "a hundred",
        "twenty-",
        "ten to",
        "between 1 and",
        "5\u{a0}",
        "5\u{202f}",
        "é5 5é 5€ 5é €5é",
        "🙂 12 🙂",
        "12\u{2009}000\u{2009}",
        "US$",
        "per cent 5 per",
        "5 per",
        "5 percentage",
        "tens of",
        "hundreds of thousands of",
        "#",
        "#5 billion",
        "0.5% of 0",
        "99999999999999999999999999999",
        "1e10",
        "5 – – 6",
        "  3  ",
        "x\u{a0}5\u{a0}m",
    ];
    for t in inputs {
        for q in find(t) {
            assert!(t.is_char_boundary(q.start) && t.is_char_boundary(q.end) && q.start < q.end);
            let _ = q.display();
        }
    }
    // Every prefix of a mixed text, cut at every char boundary.
    let t = "Some 2.3 million Syrians — about 12 per cent, €5bn — fled in 2015; “four hours”.";
    for (k, _) in t.char_indices() {
        for q in find(&t[..k]) {
            let _ = &t[q.start..q.end];
        }
        for q in find(&t[k..]) {
            let _ = &t[k..][q.start..q.end];
        }
    }
}

#[test]
fn more_forms() {
    check(
        "almost two and a half years late",
        "almost two and a half years",
        2.5,
        Some("year"),
        "quantity",
    );
    check(
        "one and a half million people",
        "one and a half million people",
        1_500_000.0,
        Some("person"),
        "quantity",
    );
    assert_eq!(one("orders for 2,200 more, keeping").unit, None);
    assert_eq!(
        one("seven customer nations").unit.as_deref(),
        Some("nation")
    );
    assert_eq!(
        one("179 new aerial refueling tankers").unit.as_deref(),
        Some("tanker")
    );
    let q = one("after 30 -- 40 days");
    assert_eq!((q.lo, q.hi), (30.0, 40.0));
    assert_eq!(find("orders for 18 777s and 46 more 787s").len(), 2);
    none("the number one airline");
}

#[test]
fn names_are_not_counts() {
    let t = "Boeing 787 flew. The 787 is late. Airlines ordered 55 of the jets; the 787 costs $150 million.";
    let q: Vec<String> = find(t)
        .iter()
        .map(|q| t[q.start..q.end].to_string())
        .collect();
    assert_eq!(q, ["55", "$150 million"]);
    // Space-grouped thousands stay thousands.
    assert_eq!(one("Airlines ordered 55 787 jets").value, 55_787.0);
    none("rival Boeing's 747.");
}

#[test]
fn count_before_a_name() {
    check(
        "agreed to purchase 60 Boeing 787 Dreamliners",
        "60 Boeing",
        60.0,
        Some("boeing"),
        "quantity",
    );
    assert_eq!(one("short of the 60 needed to pass").value, 60.0);
    none("6:40 p.m. (GMT +8)");
    none("the class of '82");
    none("at one point he left");
}

#[test]
fn product_names_and_versions() {
    none("Apple launches the iPhone 4 today");
    none("a USB 1.1 connection");
    none("the iPhone 2.0 update");
    none("Mac OS X, version 10.4.");
    none("the “Big Three” automakers");
    none("our One Ford plan");
    none("a 3G iPhone");
    assert_eq!(
        one("launched 3 new U.S. routes").unit.as_deref(),
        Some("route")
    );
    none("a very short, 30-to-60-day wait");
    let q: Vec<String> = find("8,000 nautical miles (14,800 km)")
        .iter()
        .map(QuantityExpr::display)
        .collect();
    assert_eq!(q, ["8,000 nautical miles", "14,800 km"]);
    assert_eq!(
        one("an area of 40 square miles").unit.as_deref(),
        Some("square mile")
    );
}

#[test]
fn model_numbers_spread() {
    let t = "Boeing's 787 is late. The 787 will seat 250. The 777-200LR and 777 jets.";
    let q: Vec<String> = find(t)
        .iter()
        .map(|q| t[q.start..q.end].to_string())
        .collect();
    assert_eq!(q, ["250"]);
    let t = "The 787-8 holds 250; the 787 flies.";
    let q: Vec<String> = find(t)
        .iter()
        .map(|q| t[q.start..q.end].to_string())
        .collect();
    assert_eq!(q, ["250"]);
}

#[test]
fn leading_spaces_and_hedges_at_the_start() {
    // A number after nothing but spaces has no hedge (and no panic).
    let q = one("  5 people died");
    assert_eq!(q.hedge, None);
    let q = one("about 5 people died");
    assert!(q.hedge.is_some());
    let q = one("\u{a0}5 people died");
    assert_eq!(q.hedge, None);
}

mod forms;

#[test]
fn capitalised_modifiers_joined_by_and_lead_one_noun() {
    check(
        "The coastguard held 17 Maltese and Tunisian sailors.",
        "17 Maltese and Tunisian sailors",
        17.0,
        Some("sailor"),
        "quantity",
    );
    // A figure after the conjunction is a list of two counts.
    let q = find("The coastguard held 9 Maltese and 8 Tunisian crew.");
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(q[0].unit.as_deref(), Some("maltese"));
}
