//! Date expressions: finding them in text and resolving them to calendar
//! values against an anchor (usually the publication date).
//!
//! SKELETON: the finder and resolver are being written (see issue 2).

use jiff::civil::{Date, Weekday};

/// A resolved (or partly resolved) calendar value.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum DateValue {
    /// One calendar day.
    Day(Date),
    /// A calendar month.
    Month {
        /// Year.
        year: i16,
        /// Month 1–12.
        month: i8,
    },
    /// A calendar year.
    Year(i16),
    /// Inclusive range of days (`last week`).
    Range(Date, Date),
    /// A weekday that could not be anchored (no publication date).
    Weekday(Weekday),
}

/// Which way a weekday or bare month resolves from the anchor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Past tense: the nearest one on or before the anchor.
    Past,
    /// Future (`will`, `scheduled`, `ahead of`): on or after the anchor.
    Future,
    /// No tense cue: the nearest one either way.
    Nearest,
}

/// Time units for relative expressions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Days.
    Day,
    /// Weeks.
    Week,
    /// Months.
    Month,
    /// Years.
    Year,
}

/// The shape of a date expression as written, before resolution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateForm {
    /// `Wednesday`, `on Monday`, `Monday's`.
    Weekday(Weekday),
    /// `November 20`, `20 November`, `Nov. 20`.
    MonthDay {
        /// Month 1–12.
        month: i8,
        /// Day of month.
        day: i8,
    },
    /// `November 20, 2017`, `2017-11-20`.
    FullDate(Date),
    /// `October 2015`.
    MonthYear {
        /// Year.
        year: i16,
        /// Month 1–12.
        month: i8,
    },
    /// `in March` (year from the anchor and direction).
    Month(i8),
    /// `in 2011`.
    Year(i16),
    /// `yesterday` (-1), `today` (0), `tomorrow` (+1).
    RelativeDay(i32),
    /// `last week` (-1 week), `next month` (+1), `two years ago` (-2 years), `last year`.
    RelativeUnit {
        /// Signed count of units from the anchor.
        amount: i32,
        /// The unit.
        unit: Unit,
    },
    /// `on the eve of` another event: the day before it, unresolvable alone.
    Eve,
}

/// A date expression found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateExpr {
    /// Byte offset of the start, in the text given to the finder.
    pub start: usize,
    /// Byte offset of the end (exclusive).
    pub end: usize,
    /// What was written.
    pub form: DateForm,
}

/// Finds the date expressions in `text` (usually one sentence).
pub fn find_date_expressions(_text: &str) -> Vec<DateExpr> {
    Vec::new()
}

/// Resolves a form against an anchor date. Without an anchor only absolute
/// forms resolve (and a weekday stays a `DateValue::Weekday`).
pub fn resolve(
    _form: &DateForm,
    _anchor: Option<Date>,
    _direction: Direction,
) -> Option<DateValue> {
    None
}

/// The tense cue governing the expression starting at `at` in `sentence`.
pub fn direction_at(_sentence: &str, _at: usize) -> Direction {
    Direction::Nearest
}
