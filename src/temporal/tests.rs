use jiff::civil::{date, Weekday};

use super::*;

fn forms(text: &str) -> Vec<(String, DateForm)> {
    find_date_expressions(text)
        .into_iter()
        .map(|e| (text[e.start..e.end].to_string(), e.form))
        .collect()
}

fn one(text: &str) -> (String, DateForm) {
    let f = forms(text);
    assert_eq!(f.len(), 1, "{text:?} -> {f:?}");
    f.into_iter().next().expect("one")
}

/// Finds the only expression in `sentence` and resolves it against `pub_date`.
fn resolved(sentence: &str, pub_date: Date) -> Option<DateValue> {
    let found = find_date_expressions(sentence);
    assert_eq!(found.len(), 1, "{sentence:?} -> {found:?}");
    let e = &found[0];
    resolve(&e.form, Some(pub_date), direction_at(sentence, e.start))
}

fn day(y: i16, m: i8, d: i8) -> Option<DateValue> {
    Some(DateValue::Day(date(y, m, d)))
}

fn month(year: i16, month: i8) -> Option<DateValue> {
    Some(DateValue::Month { year, month })
}

#[test]
fn patterns_compile() {
    for text in ["", "x", "on Monday 20 November 2017 in 2011"] {
        let _ = find_date_expressions(text);
    }
}

#[test]
fn finds_weekdays() {
    assert_eq!(
        one("on Monday"),
        ("Monday".into(), DateForm::Weekday(Weekday::Monday))
    );
    assert_eq!(
        one("Monday's meeting was long"),
        ("Monday".into(), DateForm::Weekday(Weekday::Monday))
    );
    assert_eq!(one("talks on Wednesday.").0, "Wednesday");
    assert!(forms("markets fell on Black Monday").is_empty());
    assert!(forms("open on Mondays").is_empty());
}

#[test]
fn finds_month_days() {
    let md = |m, d| DateForm::MonthDay { month: m, day: d };
    assert_eq!(
        one("on November 20 they met"),
        ("November 20".into(), md(11, 20))
    );
    assert_eq!(
        one("on 20 November they met"),
        ("20 November".into(), md(11, 20))
    );
    assert_eq!(one("on Nov. 20 they met"), ("Nov. 20".into(), md(11, 20)));
    assert_eq!(one("on Sept. 3 they met"), ("Sept. 3".into(), md(9, 3)));
    assert_eq!(one("on June 1st"), ("June 1st".into(), md(6, 1)));
    assert_eq!(one("the 5th of May"), ("5th of May".into(), md(5, 5)));
    assert!(forms("on November 32").is_empty());
}

#[test]
fn finds_full_dates() {
    let full = DateForm::FullDate(date(2017, 11, 20));
    assert_eq!(
        one("on November 20, 2017 they"),
        ("November 20, 2017".into(), full.clone())
    );
    assert_eq!(
        one("on 20 November 2017 they"),
        ("20 November 2017".into(), full.clone())
    );
    assert_eq!(
        one("dated 2017-11-20."),
        ("2017-11-20".into(), full.clone())
    );
    assert_eq!(one("on 11/20/2017"), ("11/20/2017".into(), full));
    assert!(forms("on February 30, 2017")
        .iter()
        .all(|f| !matches!(f.1, DateForm::FullDate(_))));
}

#[test]
fn finds_months_and_years() {
    assert_eq!(
        one("The first was in October 2015."),
        (
            "October 2015".into(),
            DateForm::MonthYear {
                year: 2015,
                month: 10
            }
        )
    );
    assert_eq!(
        one("re-elected in March"),
        ("March".into(), DateForm::Month(3))
    );
    assert_eq!(
        one("since early June"),
        ("early June".into(), DateForm::Month(6))
    );
    assert_eq!(
        one("last September it"),
        ("last September".into(), DateForm::Month(9))
    );
    assert_eq!(one("in May they"), ("May".into(), DateForm::Month(5)));
    assert_eq!(
        one("in November last year"),
        (
            "November last year".into(),
            DateForm::MonthRelativeYear {
                month: 11,
                year_offset: -1
            }
        )
    );
    assert_eq!(one("in 2011 they"), ("2011".into(), DateForm::Year(2011)));
    assert_eq!(
        one("2011's election"),
        ("2011".into(), DateForm::Year(2011))
    );
    assert_eq!(one("since 1992."), ("1992".into(), DateForm::Year(1992)));
    assert_eq!(
        one("in early 2009,"),
        ("early 2009".into(), DateForm::Year(2009))
    );
    assert_eq!(
        one("the 2008 model year"),
        ("2008".into(), DateForm::Year(2008))
    );
    let f = forms("between 2014 and 2016 it");
    assert_eq!(f.len(), 2, "{f:?}");
    let f = forms("who hosted in 2008 and 2006, and");
    assert_eq!(f.len(), 2, "{f:?}");
    let f = forms("grew in 2004, 2005 or 2006.");
    assert_eq!(f.len(), 3, "{f:?}");
    let f = forms("from 2009 to 2011, then");
    assert_eq!(f.len(), 2, "{f:?}");
    let f = forms("between April and June");
    assert_eq!(f.len(), 2, "{f:?}");
    let f = forms("as it had been in October and November, and");
    assert_eq!(f.len(), 2, "{f:?}");
    let f = forms("between September and October of 2007,");
    assert_eq!(
        f[0].1,
        DateForm::MonthYear {
            year: 2007,
            month: 9
        }
    );
    assert_eq!(
        f[1].1,
        DateForm::MonthYear {
            year: 2007,
            month: 10
        }
    );
    // A decade is ten years, not its first year.
    assert_eq!(
        forms("In the late 1980's Apple grew")[0].1,
        DateForm::Decade(1980)
    );
    assert_eq!(forms("in the 1990's it grew")[0].1, DateForm::Decade(1990));
}

#[test]
fn finds_relative() {
    assert_eq!(
        one("Yesterday, he"),
        ("Yesterday".into(), DateForm::RelativeDay(-1))
    );
    assert_eq!(one("today"), ("today".into(), DateForm::RelativeDay(0)));
    assert_eq!(
        one("due tomorrow"),
        ("tomorrow".into(), DateForm::RelativeDay(1))
    );
    assert_eq!(
        one("happened yesterday evening"),
        ("yesterday evening".into(), DateForm::RelativeDay(-1))
    );
    let ru = |amount, unit| DateForm::RelativeUnit { amount, unit };
    assert_eq!(one("last week"), ("last week".into(), ru(-1, Unit::Week)));
    assert_eq!(one("next month"), ("next month".into(), ru(1, Unit::Month)));
    assert_eq!(one("this year"), ("this year".into(), ru(0, Unit::Year)));
    assert_eq!(one("last year"), ("last year".into(), ru(-1, Unit::Year)));
    assert_eq!(
        one("two years ago"),
        ("two years ago".into(), ru(-2, Unit::Year))
    );
    assert_eq!(one("3 days ago"), ("3 days ago".into(), ru(-3, Unit::Day)));
    assert_eq!(one("a week ago"), ("a week ago".into(), ru(-1, Unit::Week)));
    assert_eq!(
        one("the previous day"),
        (
            "the previous day".into(),
            DateForm::Anaphoric {
                amount: -1,
                unit: Unit::Day
            }
        )
    );
    assert_eq!(
        one("the following day"),
        (
            "the following day".into(),
            DateForm::Anaphoric {
                amount: 1,
                unit: Unit::Day
            }
        )
    );
    assert_eq!(one("on the eve of the summit").1, DateForm::Eve);
}

#[test]
fn negatives() {
    for text in [
        "May I ask a question?",
        "Theresa May said so.",
        "It costs 2.3 million dollars.",
        "About 400,000 people and 2011 others.",
        "they march on the capital",
        "They will March on.",
        "in 2000 homes",
        "a total of 1500 people",
        "room 2011 is free",
        "It rose 2011 points.",
        "the 2000 employees",
        "It may rain.",
        "She will go in 20 minutes.",
    ] {
        assert!(forms(text).is_empty(), "{text:?} -> {:?}", forms(text));
    }
}

#[test]
fn a_share_out_of_a_number_is_no_year_but_a_year_out_of_a_place_is() {
    for text in [
        "Some 2000 out of 3000 voters stayed home.",
        "About 1990 out of every 5000 ballots were void.",
        "Only 2010 out of the 4000 seats were sold.",
    ] {
        assert!(forms(text).is_empty(), "{text:?} -> {:?}", forms(text));
    }
    assert_eq!(
        one("The airline will fly the jet in 2012 out of Lisbon."),
        ("2012".into(), DateForm::Year(2012))
    );
}

#[test]
fn never_panics_on_odd_input() {
    let text = "Ça a eu lieu le 20 novembre — «Monday» 2017年 in 2011é, yesterday…";
    for e in find_date_expressions(text) {
        assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end));
    }
    for at in 0..=text.len() + 3 {
        let _ = direction_at(text, at);
    }
    let _ = direction_at("", 10);
}

#[test]
fn fuzz_does_not_panic() {
    let pool = [
        "on",
        "Monday",
        "May",
        "3",
        "2011",
        "'s",
        "in",
        "last",
        "week",
        "ago",
        "two",
        "é",
        "—",
        "will",
        "was",
        "held",
        "November",
        "20,",
        "2017",
        "Nov.",
        "yesterday",
        "the",
        "eve",
        "of",
        "年",
        "-",
        "/",
        "11/20/17",
        "’s",
        "mid-",
        "early",
        "since",
        "'82",
        ".",
        "2.3",
        "400,000",
    ];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let anchors = [
        None,
        Some(Date::MIN),
        Some(Date::MAX),
        Some(date(2017, 11, 21)),
    ];
    for _ in 0..400 {
        let mut text = String::new();
        for _ in 0..8 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            text.push_str(pool[(seed % pool.len() as u64) as usize]);
            if !seed.is_multiple_of(3) {
                text.push(' ');
            }
        }
        for e in find_date_expressions(&text) {
            assert!(text.get(e.start..e.end).is_some(), "{text:?} {e:?}");
            for a in anchors {
                for d in [Direction::Past, Direction::Future, Direction::Nearest] {
                    let _ = resolve(&e.form, a, d);
                }
            }
        }
        for at in 0..text.len() + 2 {
            let _ = direction_at(&text, at);
        }
    }
    let extreme = [
        DateForm::RelativeUnit {
            amount: i32::MAX,
            unit: Unit::Month,
        },
        DateForm::RelativeUnit {
            amount: i32::MIN,
            unit: Unit::Week,
        },
        DateForm::RelativeUnit {
            amount: i32::MIN,
            unit: Unit::Year,
        },
        DateForm::RelativeDay(i32::MAX),
        DateForm::MonthRelativeYear {
            month: 13,
            year_offset: i32::MAX,
        },
        DateForm::MonthDay { month: 2, day: 30 },
        DateForm::Month(0),
        DateForm::MonthYear {
            year: i16::MAX,
            month: 12,
        },
        DateForm::Year(i16::MIN),
    ];
    for f in &extreme {
        for a in anchors {
            for d in [Direction::Past, Direction::Future, Direction::Nearest] {
                let _ = resolve(f, a, d);
            }
        }
    }
}

#[test]
fn resolves_weekdays_by_direction() {
    let tue = date(2017, 11, 21);
    let w = DateForm::Weekday(Weekday::Wednesday);
    assert_eq!(resolve(&w, Some(tue), Direction::Past), day(2017, 11, 15));
    assert_eq!(resolve(&w, Some(tue), Direction::Future), day(2017, 11, 22));
    assert_eq!(
        resolve(&w, Some(tue), Direction::Nearest),
        day(2017, 11, 22)
    );
    let sat = DateForm::Weekday(Weekday::Saturday);
    assert_eq!(
        resolve(&sat, Some(tue), Direction::Nearest),
        day(2017, 11, 18)
    );
    let t = DateForm::Weekday(Weekday::Tuesday);
    assert_eq!(resolve(&t, Some(tue), Direction::Past), day(2017, 11, 21));
    assert_eq!(resolve(&t, Some(tue), Direction::Future), day(2017, 11, 21));
    assert_eq!(
        resolve(&w, None, Direction::Past),
        Some(DateValue::Weekday(Weekday::Wednesday))
    );
}

#[test]
fn resolves_month_days_and_months() {
    let jan = date(2018, 1, 10);
    let md = DateForm::MonthDay { month: 12, day: 30 };
    assert_eq!(resolve(&md, Some(jan), Direction::Past), day(2017, 12, 30));
    assert_eq!(
        resolve(&md, Some(jan), Direction::Nearest),
        day(2017, 12, 30)
    );
    assert_eq!(
        resolve(&md, Some(jan), Direction::Future),
        day(2018, 12, 30)
    );
    let md = DateForm::MonthDay { month: 2, day: 3 };
    assert_eq!(resolve(&md, Some(jan), Direction::Past), day(2018, 2, 3));
    assert_eq!(resolve(&md, None, Direction::Past), None);
    let feb29 = DateForm::MonthDay { month: 2, day: 29 };
    assert_eq!(
        resolve(&feb29, Some(date(2008, 7, 2)), Direction::Past),
        day(2008, 2, 29)
    );

    let may = date(2018, 5, 18);
    let m = DateForm::Month(3);
    assert_eq!(resolve(&m, Some(may), Direction::Past), month(2018, 3));
    assert_eq!(resolve(&m, Some(may), Direction::Future), month(2019, 3));
    assert_eq!(resolve(&m, Some(may), Direction::Nearest), month(2018, 3));
    let m = DateForm::Month(12);
    assert_eq!(resolve(&m, Some(may), Direction::Past), month(2017, 12));
    assert_eq!(resolve(&m, Some(may), Direction::Nearest), month(2017, 12));
    assert_eq!(
        resolve(&DateForm::Month(8), Some(may), Direction::Nearest),
        month(2018, 8)
    );
    assert_eq!(resolve(&m, None, Direction::Past), None);
}

#[test]
fn resolves_relative_units() {
    let tue = date(2017, 11, 21);
    let ru = |amount, unit| DateForm::RelativeUnit { amount, unit };
    let n = Direction::Nearest;
    assert_eq!(
        resolve(&DateForm::RelativeDay(-1), Some(tue), n),
        day(2017, 11, 20)
    );
    assert_eq!(
        resolve(&ru(-1, Unit::Week), Some(tue), n),
        Some(DateValue::Range(date(2017, 11, 13), date(2017, 11, 19)))
    );
    assert_eq!(
        resolve(&ru(-2, Unit::Week), Some(tue), n),
        Some(DateValue::Range(date(2017, 11, 6), date(2017, 11, 12)))
    );
    assert_eq!(
        resolve(&ru(1, Unit::Month), Some(date(2017, 12, 5)), n),
        month(2018, 1)
    );
    assert_eq!(
        resolve(&ru(-2, Unit::Year), Some(tue), n),
        Some(DateValue::Year(2015))
    );
    assert_eq!(resolve(&ru(-3, Unit::Day), Some(tue), n), day(2017, 11, 18));
    assert_eq!(resolve(&ru(-1, Unit::Year), None, n), None);
    assert_eq!(resolve(&DateForm::RelativeDay(0), None, n), None);
    assert_eq!(resolve(&DateForm::Eve, Some(tue), n), None);
    let mry = DateForm::MonthRelativeYear {
        month: 11,
        year_offset: -1,
    };
    assert_eq!(resolve(&mry, Some(date(2018, 5, 18)), n), month(2017, 11));
    assert_eq!(
        resolve(&DateForm::Year(2011), None, n),
        Some(DateValue::Year(2011))
    );
}

#[test]
fn directions() {
    let d = |s: &str, word: &str| direction_at(s, s.find(word).expect("word"));
    assert_eq!(
        d("a summit scheduled on Wednesday", "Wednesday"),
        Direction::Future
    );
    assert_eq!(
        d("the leaders held talks on Monday", "Monday"),
        Direction::Past
    );
    assert_eq!(d("On Monday, talks were held", "Monday"), Direction::Past);
    assert_eq!(
        d("The vote will be held on Friday", "Friday"),
        Direction::Future
    );
    assert_eq!(d("The meeting is on Friday", "Friday"), Direction::Nearest);
    assert_eq!(d("Friday", "Friday"), Direction::Nearest);
    assert_eq!(d("He said last Monday", "last"), Direction::Past);
    assert_eq!(d("They'll meet on Monday", "Monday"), Direction::Future);
    assert_eq!(
        d("a detailed report on Monday", "Monday"),
        Direction::Nearest
    );
    // Past forms shorter than the `-ed` rule reads.
    assert_eq!(d("Vesk died on Monday", "Monday"), Direction::Past);
    assert_eq!(d("the gunman fled on Monday", "Monday"), Direction::Past);
}

#[test]
fn worked_examples() {
    let tue = date(2017, 11, 21);
    assert_eq!(
        resolved("a summit scheduled on Wednesday in Russia", tue),
        day(2017, 11, 22)
    );
    assert_eq!(
        resolved(
            "ahead of a Syria summit in Sochi on Thursday which will bring Putin together",
            tue
        ),
        day(2017, 11, 23)
    );
    assert_eq!(
        resolved("the two leaders held bilateral talks on Monday", tue),
        day(2017, 11, 20)
    );
    assert_eq!(
        resolved("happened yesterday evening", tue),
        day(2017, 11, 20)
    );
    assert_eq!(
        resolved("On November 20, talks took place", tue),
        day(2017, 11, 20)
    );
    assert_eq!(
        resolved("The first was in October 2015", tue),
        month(2015, 10)
    );

    let fri = date(2018, 5, 18);
    assert_eq!(
        resolved("Putin flew to Sochi for talks on Thursday", fri),
        day(2018, 5, 17)
    );
    assert_eq!(
        resolved("Putin was re-elected in March", fri),
        month(2018, 3)
    );
    assert_eq!(
        resolved("They met in November last year", fri),
        month(2017, 11)
    );
    assert_eq!(
        resolved("The summit will take place in March", fri),
        month(2019, 3)
    );
}

#[test]
fn value_helpers() {
    let d = DateValue::Day(date(2017, 11, 22));
    assert_eq!(d.display(), "2017-11-22");
    assert_eq!(
        DateValue::Month {
            year: 2017,
            month: 11
        }
        .display(),
        "2017-11"
    );
    assert_eq!(DateValue::Year(2017).display(), "2017");
    assert_eq!(
        DateValue::Weekday(Weekday::Wednesday).display(),
        "Wednesday"
    );
    let week = DateValue::Range(date(2017, 11, 13), date(2017, 11, 19));
    assert_eq!(week.display(), "2017-11-13..2017-11-19");
    assert_eq!(
        DateValue::Month {
            year: 2016,
            month: 2
        }
        .interval(),
        Some((date(2016, 2, 1), date(2016, 2, 29)))
    );
    assert_eq!(DateValue::Weekday(Weekday::Monday).interval(), None);
    assert!(d.overlaps(&DateValue::Month {
        year: 2017,
        month: 11
    }));
    assert!(!d.overlaps(&week));
    assert!(d.overlaps(&DateValue::Weekday(Weekday::Wednesday)));
    assert!(!d.overlaps(&DateValue::Weekday(Weekday::Monday)));
    assert!(week.overlaps(&DateValue::Weekday(Weekday::Monday)));
    assert!(!DateValue::Range(date(2017, 11, 13), date(2017, 11, 14))
        .overlaps(&DateValue::Weekday(Weekday::Friday)));
    assert_eq!(d.weekday(), Some(Weekday::Wednesday));
    assert_eq!(DateValue::Year(2017).weekday(), None);
}

#[test]
fn parts_of_day() {
    let part = |text: &str| {
        let e = find_date_expressions(text);
        assert_eq!(e.len(), 1, "{text:?} {e:?}");
        part_of_day(text, &e[0])
    };
    assert_eq!(part("happened yesterday evening"), Some(PartOfDay::Evening));
    assert_eq!(part("on Monday morning"), Some(PartOfDay::Morning));
    assert_eq!(part("last night"), Some(PartOfDay::Night));
    assert_eq!(part("tonight"), Some(PartOfDay::Night));
    assert_eq!(part("this afternoon"), Some(PartOfDay::Afternoon));
    assert_eq!(part("on Monday, morning papers said"), None);
    assert_eq!(part("on Monday"), None);
}

#[test]
fn the_day_after_an_ing_form_is_the_story_day_not_the_next() {
    // Not `the day after` (the next day), and no date of its own.
    let found = find_date_expressions("It rebounded late in the day after falling.");
    assert!(found.is_empty(), "{found:?}");
    let found = find_date_expressions("They met the day after the vote.");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_full_month_name_keeps_the_full_stop_out() {
    let found = find_date_expressions("The jet flew on 4 March.");
    let text = "The jet flew on 4 March.";
    assert_eq!(&text[found[0].start..found[0].end], "4 March");
    let text = "It opens on 4 Mar. in Leeds.";
    let found = find_date_expressions(text);
    assert_eq!(&text[found[0].start..found[0].end], "4 Mar.");
}

#[test]
fn a_short_past_form_gives_the_past() {
    assert_eq!(
        direction_at("He is believed to have died Saturday.", 28),
        Direction::Past
    );
}

/// A text that `may_hold_calendar_date` turns away holds no full date,
/// month-day or month with its year; the ones that hold one pass.
#[test]
fn the_calendar_date_triggers_turn_away_only_texts_without_one() {
    let calendar = |text: &str| {
        forms(text).into_iter().any(|(_, f)| {
            matches!(
                f,
                DateForm::FullDate(_) | DateForm::MonthDay { .. } | DateForm::MonthYear { .. }
            )
        })
    };
    let texts = [
        "the firm was founded in 2005 by two brothers",
        "in the 1990s and since 2001, after the 2008 vote",
        "on Tuesday, 12 May 2020, and on the eve of the vote",
        "the plant opened on 2019-03-04 near the river",
        "it sold 11/20/2017 tickets, they said on 5/2/07",
        "on Nov. 20 the board met; in March 2011 it closed",
        "ninety people, 2,000 homes and last year",
        "from June to August 2014",
    ];
    for text in texts {
        assert!(
            may_hold_calendar_date(text) || !calendar(text),
            "{text:?} -> {:?}",
            forms(text)
        );
    }
    assert!(!may_hold_calendar_date("in 2005 and 1999, 42 of them"));
    assert!(may_hold_calendar_date("on 2019-03-04"));
}
