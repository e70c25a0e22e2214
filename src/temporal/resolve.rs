//! Resolution of date forms against an anchor date.

use jiff::civil::{Date, Weekday};
use jiff::Span;

use super::{DateForm, DateValue, Direction, Unit};

/// Days a month-day may lie on the "wrong" side of the anchor before its
/// year is shifted (about six months).
const HALF_YEAR_DAYS: i64 = 183;

/// `d` plus `n` days, `None` when out of range.
pub(super) fn add_days(d: Date, n: i64) -> Option<Date> {
    d.checked_add(Span::new().try_days(n).ok()?).ok()
}

/// Signed days from `from` to `to`.
fn days_between(from: Date, to: Date) -> Option<i64> {
    Some(i64::from(to.since(from).ok()?.get_days()))
}

/// The month `n` months after (`year`, `month`).
fn add_months(year: i16, month: i8, n: i32) -> Option<DateValue> {
    let total = i64::from(year) * 12 + i64::from(month) - 1 + i64::from(n);
    let year = i16::try_from(total.div_euclid(12)).ok()?;
    let month = i8::try_from(total.rem_euclid(12) + 1).ok()?;
    Date::new(year, month, 1).ok()?;
    Some(DateValue::Month { year, month })
}

fn year_value(year: i32) -> Option<DateValue> {
    let y = i16::try_from(year).ok()?;
    Date::new(y, 1, 1).ok()?;
    Some(DateValue::Year(y))
}

/// Quarter `q` (1–4) of `year`, as the range of its days.
fn quarter_value(year: i32, q: i32) -> Option<DateValue> {
    if !(1..=4).contains(&q) {
        return None;
    }
    let year = i16::try_from(year).ok()?;
    let first = Date::new(year, i8::try_from(q * 3 - 2).ok()?, 1).ok()?;
    let last = Date::new(year, i8::try_from(q * 3).ok()?, 1)
        .ok()?
        .last_of_month();
    Some(DateValue::Range(first, last))
}

/// The weekend `offset` weeks from the anchor's week, or without one the
/// latest begun by the anchor (in the future: the next not yet over).
fn weekend(anchor: Date, offset: Option<i32>, direction: Direction) -> Option<DateValue> {
    let monday = add_days(anchor, -i64::from(anchor.weekday().to_monday_zero_offset()))?;
    let on_weekend = anchor.weekday().to_monday_zero_offset() >= 5;
    let weeks = match (offset, direction) {
        (Some(o), _) => o,
        (None, Direction::Future) => 0,
        (None, _) => -i32::from(!on_weekend),
    };
    let saturday = add_days(monday, 5 + 7 * i64::from(weeks))?;
    Some(DateValue::Range(saturday, add_days(saturday, 1)?))
}

/// The ISO week (Monday..Sunday) containing `d`.
fn week_of(d: Date) -> Option<DateValue> {
    let monday = add_days(d, -i64::from(d.weekday().to_monday_zero_offset()))?;
    let sunday = add_days(monday, 6)?;
    Some(DateValue::Range(monday, sunday))
}

fn resolve_weekday(w: Weekday, anchor: Date, direction: Direction) -> Option<Date> {
    let ahead = i64::from(w.since(anchor.weekday()));
    let offset = match direction {
        Direction::Future => ahead,
        Direction::Past => {
            if ahead == 0 {
                0
            } else {
                ahead - 7
            }
        }
        Direction::Nearest => {
            if ahead <= 3 {
                ahead
            } else {
                ahead - 7
            }
        }
    };
    add_days(anchor, offset)
}

fn resolve_month_day(month: i8, day: i8, anchor: Date, direction: Direction) -> Option<Date> {
    let year = anchor.year();
    // Candidates from the anchor's year outwards (February 29 skips years).
    let candidates = |years: &mut dyn Iterator<Item = i16>| -> Vec<(Date, i64)> {
        years
            .filter_map(|dy| Date::new(year.checked_add(dy)?, month, day).ok())
            .filter_map(|d| Some((d, days_between(anchor, d)?)))
            .collect()
    };
    match direction {
        // The anchor's year unless that is more than half a year ahead.
        Direction::Past => candidates(&mut (-8i16..=0).rev())
            .into_iter()
            .find(|&(_, diff)| diff <= HALF_YEAR_DAYS)
            .map(|(d, _)| d),
        Direction::Future => candidates(&mut (0i16..=8))
            .into_iter()
            .find(|&(_, diff)| diff >= -HALF_YEAR_DAYS)
            .map(|(d, _)| d),
        Direction::Nearest => candidates(&mut (-4i16..=4))
            .into_iter()
            // Ties go to the past: news reports more than it announces.
            .min_by_key(|&(_, diff)| (diff.abs(), diff > 0))
            .map(|(d, _)| d),
    }
}

fn resolve_month(month: i8, anchor: Date, direction: Direction) -> Option<DateValue> {
    if !(1..=12).contains(&month) {
        return None;
    }
    let diff = i32::from(month) - i32::from(anchor.month());
    let year_offset = match direction {
        Direction::Past => -i32::from(diff > 0),
        Direction::Future => i32::from(diff < 0),
        Direction::Nearest => {
            if diff >= 6 {
                -1
            } else if diff < -6 {
                1
            } else {
                0
            }
        }
    };
    let year = i16::try_from(i32::from(anchor.year()) + year_offset).ok()?;
    Date::new(year, month, 1).ok()?;
    Some(DateValue::Month { year, month })
}

/// See [`super::resolve`](fn@super::resolve).
pub(super) fn resolve(
    form: &DateForm,
    anchor: Option<Date>,
    direction: Direction,
) -> Option<DateValue> {
    match *form {
        DateForm::FullDate(d) => return Some(DateValue::Day(d)),
        DateForm::MonthYear { year, month } => {
            Date::new(year, month, 1).ok()?;
            return Some(DateValue::Month { year, month });
        }
        DateForm::Year(y) => return year_value(i32::from(y)),
        DateForm::Decade(y) => {
            let first = Date::new(y, 1, 1).ok()?;
            let last = Date::new(y.checked_add(9)?, 12, 31).ok()?;
            return Some(DateValue::Range(first, last));
        }
        DateForm::Quarter {
            quarter,
            year: Some(y),
            ..
        } => return quarter_value(i32::from(y), i32::from(quarter)),
        DateForm::Eve | DateForm::Anaphoric { .. } => return None,
        DateForm::Clock { minutes, zone } => return Some(DateValue::Time { minutes, zone }),
        DateForm::Weekday(w) if anchor.is_none() => return Some(DateValue::Weekday(w)),
        _ => {}
    }
    let anchor = anchor?;
    match *form {
        DateForm::Weekday(w) => resolve_weekday(w, anchor, direction).map(DateValue::Day),
        DateForm::MonthDay { month, day } => {
            resolve_month_day(month, day, anchor, direction).map(DateValue::Day)
        }
        DateForm::Month(m) => resolve_month(m, anchor, direction),
        DateForm::MonthRelativeYear { month, year_offset } => {
            let year = i16::try_from(i32::from(anchor.year()).checked_add(year_offset)?).ok()?;
            Date::new(year, month, 1).ok()?;
            Some(DateValue::Month { year, month })
        }
        DateForm::RelativeDay(n) => add_days(anchor, i64::from(n)).map(DateValue::Day),
        DateForm::RelativeUnit { amount, unit } => match unit {
            Unit::Day => add_days(anchor, i64::from(amount)).map(DateValue::Day),
            Unit::Week => week_of(add_days(anchor, i64::from(amount) * 7)?),
            Unit::Month => add_months(anchor.year(), anchor.month(), amount),
            Unit::Year => year_value(i32::from(anchor.year()).checked_add(amount)?),
        },
        DateForm::Weekend { offset } => weekend(anchor, offset, direction),
        DateForm::Quarter {
            quarter,
            year,
            year_offset,
        } => {
            let year = match (year, year_offset) {
                (Some(y), _) => i32::from(y),
                (None, Some(offset)) => i32::from(anchor.year()).checked_add(offset)?,
                (None, None) => return None,
            };
            quarter_value(year, i32::from(quarter))
        }
        _ => None,
    }
}
