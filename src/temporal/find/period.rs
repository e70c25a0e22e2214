//! Periods named without a calendar date: calendar quarters (`the third
//! quarter of 2009`, `the last quarter`, `third-quarter`), weekends (`over
//! the weekend`, `last weekend`), decades (`the 1930s`, `the '90s`) and
//! the day of the story (`to end the day at 7,114`, `later in the day`),
//! which is found only to keep it from being read as another day.

use std::sync::LazyLock;

use crate::pattern::Regex;

use super::{re, DateForm, T_QUARTER, T_THE_DAY, T_WEEKEND};

static QUARTER: LazyLock<Regex> = LazyLock::new(|| {
    re("(?i)(?-u:\\b)(?:the\\s+)?(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+quarter\
        (?:\\s+(?:of|in)\\s+(?:(?P<y>[12][0-9]{3})|(?P<rel>this|last|next)\\s+year))?|\
        (?P<rq>last|this|current|next|previous)\\s+quarter)(?-u:\\b)")
});

static WEEKEND: LazyLock<Regex> =
    LazyLock::new(|| re("(?i)(?-u:\\b)(?P<rel>this|last|next|the)\\s+weekend(?-u:\\b)"));

/// `the 1930s`, `1930's`, `the '90s`, `the 70s` (two digits only after
/// `the`).
static DECADE: LazyLock<Regex> = LazyLock::new(|| {
    re("(?-u:\\b)(?:(?P<y>1[5-9][0-9]0|20[0-9]0)|(?i:the)\\s+(?:['’]?(?P<yy>[0-9]0)))(?:['’]s|s)(?-u:\\b)")
});

static THE_DAY: LazyLock<Regex> = LazyLock::new(|| re("(?i)(?-u:\\b)the\\s+day(?-u:\\b)"));

/// Words after `the day` that leave it the day of the story (`end the day
/// at`, `for the day,`); others make it another day (`the day he died`).
const DAY_FOLLOWERS: &[&str] = &[
    "at",
    "with",
    "up",
    "down",
    "higher",
    "lower",
    "flat",
    "unchanged",
    "s",
];

/// Quarters, weekends and decades in `text`, as (start, end, form);
/// `bits` are the text's [`super::triggers`] (a quarter needs the word
/// `quarter`, a weekend `weekend`, in any case).
pub(super) fn find_periods(text: &str, bits: u32) -> Vec<(usize, usize, DateForm)> {
    let mut out = Vec::new();
    if bits & T_QUARTER != 0 {
        for c in QUARTER.captures_iter(text) {
            let Some(m) = c.get(0) else { continue };
            let quarter = match c.name("ord").map(|o| o.as_str().to_ascii_lowercase()) {
                Some(o) if (o.starts_with('f') && o != "fourth") || o == "1st" => 1,
                Some(o) if o.starts_with("se") || o == "2nd" => 2,
                Some(o) if o.starts_with('t') || o == "3rd" => 3,
                Some(_) => 4,
                None => 0,
            };
            let year = c.name("y").and_then(|y| y.as_str().parse().ok());
            let year_offset =
                c.name("rel")
                    .map(|r| match r.as_str().to_ascii_lowercase().as_str() {
                        "last" => -1,
                        "next" => 1,
                        _ => 0,
                    });
            let form = DateForm::Quarter {
                quarter,
                year,
                year_offset,
            };
            out.push((m.start(), m.end(), form));
        }
    }
    if bits & T_WEEKEND != 0 {
        for c in WEEKEND.captures_iter(text) {
            let (Some(m), Some(rel)) = (c.get(0), c.name("rel")) else {
                continue;
            };
            let offset = match rel.as_str().to_ascii_lowercase().as_str() {
                "this" => Some(0),
                "last" => Some(-1),
                "next" => Some(1),
                _ => None,
            };
            out.push((m.start(), m.end(), DateForm::Weekend { offset }));
        }
    }
    if text.contains("0s") || text.contains("0's") || text.contains("0’s") {
        for c in DECADE.captures_iter(text) {
            let Some(m) = c.get(0) else { continue };
            let year = match (c.name("y"), c.name("yy")) {
                (Some(y), _) => y.as_str().parse().ok(),
                (None, Some(yy)) => {
                    yy.as_str()
                        .parse::<i16>()
                        .ok()
                        .map(|y| if y <= 20 { 2000 + y } else { 1900 + y })
                }
                _ => None,
            };
            if let Some(y) = year {
                out.push((m.start(), m.end(), DateForm::Decade(y)));
            }
        }
    }
    out
}

/// `the day` of the story (`to end the day at`, `late in the day after
/// falling`), as spans: not dated (nothing here says which day; the
/// article's date is often the day after), but kept from being read as
/// `the day after` (the next day). `bits` are the text's
/// [`super::triggers`]: without `the day` in any case, there is none.
pub(super) fn story_days(text: &str, bits: u32) -> Vec<(usize, usize)> {
    if bits & T_THE_DAY == 0 {
        return Vec::new();
    }
    THE_DAY
        .find_iter(text)
        .filter(|m| story_day(text, m.end()))
        .map(|m| (m.start(), m.end()))
        .collect()
}

/// Whether `the day` ending at `end` is the story's day: followed by the
/// end of the clause or a word of [`DAY_FOLLOWERS`], or by `before`/`after`
/// and an `-ing` form (`late in the day after falling`).
fn story_day(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or_default();
    if rest.is_empty() || rest.starts_with([',', '.', ';', ':', ')']) {
        return true;
    }
    let mut words = rest
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty());
    let next = words.next().unwrap_or_default().to_ascii_lowercase();
    let mut gerund = || {
        words
            .next()
            .is_some_and(|w| w.len() > 4 && w.ends_with("ing"))
    };
    DAY_FOLLOWERS.contains(&next.as_str())
        || (matches!(next.as_str(), "before" | "after") && gerund())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(text: &str) -> Vec<(String, DateForm)> {
        find_periods(text, super::super::triggers(text))
            .into_iter()
            .map(|(s, e, f)| (text[s..e].to_string(), f))
            .collect()
    }

    #[test]
    fn quarters_with_and_without_a_year() {
        let q = |quarter, year, year_offset| DateForm::Quarter {
            quarter,
            year,
            year_offset,
        };
        assert_eq!(
            forms("Profit rose in the third quarter of 2011."),
            [("the third quarter of 2011".into(), q(3, Some(2011), None))]
        );
        assert_eq!(
            forms("Sales fell in the first quarter of last year."),
            [(
                "the first quarter of last year".into(),
                q(1, None, Some(-1))
            )]
        );
        assert_eq!(
            forms("Its fourth-quarter loss widened; the last quarter was worse."),
            [
                ("fourth-quarter".into(), q(4, None, None)),
                ("the last quarter".into(), q(0, None, None))
            ]
        );
        assert!(forms("A quarter of the staff left.").is_empty());
        assert!(forms("He lives in the Latin Quarter.").is_empty());
    }

    #[test]
    fn the_day_of_the_story_but_not_another_day() {
        let days = |t: &str| story_days(t, super::super::triggers(t)).len();
        assert_eq!(days("The index rose 2% to end the day at 812."), 1);
        assert_eq!(days("Shares recovered later in the day."), 1);
        assert_eq!(days("It rebounded late in the day after falling."), 1);
        assert_eq!(days("She recalled the day he died."), 0);
        assert_eq!(days("It was the day of the vote."), 0);
    }

    #[test]
    fn a_quarter_resolves_only_with_its_year() {
        use crate::temporal::{resolve, DateValue, Direction};
        let anchor = "2009-04-22".parse().ok();
        let days =
            |a: &str, b: &str| Some(DateValue::Range(a.parse().unwrap(), b.parse().unwrap()));
        let q = |quarter, year, year_offset| DateForm::Quarter {
            quarter,
            year,
            year_offset,
        };
        let past = Direction::Past;
        assert_eq!(
            resolve(&q(3, Some(2011), None), None, past),
            days("2011-07-01", "2011-09-30")
        );
        assert_eq!(
            resolve(&q(1, None, Some(-1)), anchor, past),
            days("2008-01-01", "2008-03-31")
        );
        assert_eq!(resolve(&q(4, None, None), anchor, past), None);
        assert_eq!(resolve(&q(0, None, Some(0)), anchor, past), None);
    }

    #[test]
    fn weekends_resolve_to_their_saturday_and_sunday() {
        use crate::temporal::{resolve, DateValue, Direction};
        let found = forms("Talks went on over the weekend; more are due next weekend.");
        assert_eq!(
            found[0],
            ("the weekend".into(), DateForm::Weekend { offset: None })
        );
        assert_eq!(found[1].1, DateForm::Weekend { offset: Some(1) });
        // A Wednesday.
        let anchor = "2009-04-22".parse().ok();
        let days =
            |a: &str, b: &str| Some(DateValue::Range(a.parse().unwrap(), b.parse().unwrap()));
        let the = DateForm::Weekend { offset: None };
        assert_eq!(
            resolve(&the, anchor, Direction::Past),
            days("2009-04-18", "2009-04-19")
        );
        assert_eq!(
            resolve(&the, anchor, Direction::Future),
            days("2009-04-25", "2009-04-26")
        );
        assert_eq!(
            resolve(
                &DateForm::Weekend { offset: Some(-1) },
                anchor,
                Direction::Past
            ),
            days("2009-04-18", "2009-04-19")
        );
        // On a Sunday, `the weekend` past is the one under way.
        let sunday = "2009-04-26".parse().ok();
        assert_eq!(
            resolve(&the, sunday, Direction::Past),
            days("2009-04-25", "2009-04-26")
        );
    }

    #[test]
    fn decades_are_ten_years() {
        use crate::temporal::{resolve, DateValue, Direction};
        let found = forms("The club was founded in the 1920's and thrived in the '50s.");
        assert_eq!(found[0], ("1920's".into(), DateForm::Decade(1920)));
        assert_eq!(found[1], ("the '50s".into(), DateForm::Decade(1950)));
        assert_eq!(forms("He was in his 70s.").len(), 0);
        assert_eq!(
            forms("Cars of the 70s were boxy.")[0].1,
            DateForm::Decade(1970)
        );
        assert_eq!(
            resolve(&DateForm::Decade(1920), None, Direction::Past),
            Some(DateValue::Range(
                "1920-01-01".parse().unwrap(),
                "1929-12-31".parse().unwrap()
            ))
        );
    }
}
