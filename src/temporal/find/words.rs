//! Words and numbers of the date patterns: month and weekday names, number
//! words, units, and whether a number is a date at all.

use crate::pattern::Captures;
use jiff::civil::{Date, Weekday};

use super::patterns::MONTH_FULL;
use crate::temporal::{DateForm, Unit};

/// Month 1–12 from a name or abbreviation (a trailing dot is ignored).
pub(super) fn month_number(name: &str) -> Option<i8> {
    let key = name.get(..3)?.to_ascii_lowercase();
    let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let i = months.iter().position(|m| *m == key)?;
    i8::try_from(i + 1).ok()
}

/// The weekday a capitalised name (`Monday`) names.
pub(crate) fn weekday_of(name: &str) -> Option<Weekday> {
    Some(match name {
        "Monday" => Weekday::Monday,
        "Tuesday" => Weekday::Tuesday,
        "Wednesday" => Weekday::Wednesday,
        "Thursday" => Weekday::Thursday,
        "Friday" => Weekday::Friday,
        "Saturday" => Weekday::Saturday,
        "Sunday" => Weekday::Sunday,
        _ => return None,
    })
}

pub(super) fn number_word(word: &str) -> Option<i32> {
    let w = word.to_ascii_lowercase();
    let w: String = w.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Ok(n) = w.parse::<i32>() {
        return Some(n);
    }
    Some(match w.as_str() {
        "a" | "an" | "one" => 1,
        "two" | "a couple of" => 2,
        "three" | "a few" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "fifteen" => 15,
        "twenty" => 20,
        "thirty" => 30,
        _ => return None,
    })
}

pub(super) fn unit_of(word: &str) -> Option<Unit> {
    Some(match word.to_ascii_lowercase().as_str() {
        "day" => Unit::Day,
        "week" => Unit::Week,
        "month" => Unit::Month,
        "year" => Unit::Year,
        _ => return None,
    })
}

pub(super) fn year_of(c: &Captures<'_>, name: &str) -> Option<i16> {
    let text = c.name(name)?.as_str();
    if let Some(short) = text.strip_prefix('\'').or_else(|| text.strip_prefix('’')) {
        // `'82` is 1982, `'07` is 2007.
        let y: i16 = short.parse().ok()?;
        return Some(if y <= 30 { 2000 + y } else { 1900 + y });
    }
    let y: i16 = text.parse().ok()?;
    (1000..=2999).contains(&y).then_some(y)
}

/// Whether the number that ends at `end` continues as a number (`2.3`,
/// `400,000`, `20%`, `2011-12`).
pub(super) fn continues_number(text: &str, end: usize) -> bool {
    let rest = text.as_bytes().get(end..).unwrap_or_default();
    match rest {
        [b'.' | b',', d, ..] if d.is_ascii_digit() => true,
        [b'%' | b'/', ..] => true,
        [b'-', d, ..] if d.is_ascii_digit() => true,
        _ => false,
    }
}

/// Whether the word after a number ending at `end` makes it a count
/// (`in 2000 homes`, `of 1500 people`).
pub(super) fn looks_like_count(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or_default().trim_start_matches(' ');
    let word: &str = rest
        .split(|ch: char| !ch.is_ascii_alphabetic())
        .next()
        .unwrap_or_default();
    if word.is_empty() || !word.starts_with(|ch: char| ch.is_ascii_lowercase()) {
        return false;
    }
    // `2000 out of 3000`, `1500 out of every`: a share; `in 2009 out of
    // London` is a year.
    if word == "out" {
        return out_of_a_number(&rest[3..]);
    }
    (word.ends_with('s') && !word.ends_with("ss"))
        || matches!(
            word,
            "people"
                | "million"
                | "billion"
                | "thousand"
                | "hundred"
                | "percent"
                | "per"
                | "km"
                | "kg"
                | "feet"
                | "foot"
                | "men"
                | "women"
                | "children"
                | "staff"
                | "police"
                | "times"
                | "more"
                | "other"
                | "new"
                | "to"
        )
}

/// Whether the text after `out` (`of 3000`, `of every 10`) makes a share
/// of the number before it: `of` then a digit or a word of quantity.
fn out_of_a_number(rest: &str) -> bool {
    let Some(after) = rest.trim_start().strip_prefix("of ") else {
        return false;
    };
    let mut words = after.split_whitespace();
    let first = match words.next().unwrap_or_default() {
        "the" => words.next().unwrap_or_default(),
        w => w,
    };
    first.starts_with(|ch: char| ch.is_ascii_digit())
        || matches!(first, "a" | "an" | "every" | "all" | "each")
}

/// Whether the number that starts at `start` continues a number before it.
pub(super) fn follows_number(text: &str, start: usize) -> bool {
    let before = text.as_bytes().get(..start).unwrap_or_default();
    matches!(before, [.., d, b'.' | b',' | b'/' | b'-'] if d.is_ascii_digit())
        || matches!(before, [.., b'$' | b'#'])
}

pub(super) fn full_date(c: &Captures<'_>) -> Option<DateForm> {
    let month = month_number(c.name("m")?.as_str()).or_else(|| {
        let m: i8 = c.name("m")?.as_str().parse().ok()?;
        Some(m)
    })?;
    let day: i8 = c.name("d")?.as_str().parse().ok()?;
    let year = year_of(c, "y")?;
    Date::new(year, month, day).ok().map(DateForm::FullDate)
}

pub(super) fn month_day(c: &Captures<'_>) -> Option<DateForm> {
    let month = month_number(c.name("m")?.as_str())?;
    let day: i8 = c.name("d")?.as_str().parse().ok()?;
    // February 29 must exist in some year.
    Date::new(2000, month, day).ok()?;
    Some(DateForm::MonthDay { month, day })
}

/// Whether a month name is written in full and followed by a dot
/// (`March.`), which is then punctuation, not an abbreviation's.
pub(super) fn full_month_with_dot(name: &str) -> bool {
    name.strip_suffix('.')
        .is_some_and(|n| MONTH_FULL.split('|').any(|full| full == n))
}
