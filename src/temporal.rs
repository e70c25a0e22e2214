//! Date expressions: finding them in text and resolving them to calendar
//! values against an anchor (usually the publication date).
//!
//! * [`find_date_expressions`] finds weekdays, month–day dates, full dates,
//!   months, years and relative expressions (`yesterday`, `last week`,
//!   `two years ago`) with byte spans;
//! * [`direction_at`] reads the tense cue around an expression;
//! * [`resolve`](fn@resolve) turns a [`DateForm`] into a [`DateValue`] against an anchor.

use jiff::civil::{Date, Weekday};

mod clock;
mod zone;
pub use zone::Zone;
mod find;
mod hedge;
pub use hedge::{clock_hedge_words, clock_window, precision, windows_apart};
mod resolve;
mod tense;
#[cfg(test)]
mod tests;

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
    /// A time of day: minutes after midnight, in the zone written beside
    /// it (`UTC` for `GMT`), or local time when none is.
    Time {
        /// Minutes after midnight, 0–1439.
        minutes: u16,
        /// The zone written with the time.
        zone: Option<Zone>,
    },
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
    /// `9:30 a.m.`, `2045 GMT`, `noon`: a time of day.
    Clock {
        /// Minutes after midnight, 0–1439.
        minutes: u16,
        /// The zone written with it (`UTC`, `BST`, `EST`, `local time`,
        /// `Beijing time`), if any.
        zone: Option<Zone>,
    },
    /// `on the eve of` another event: the day before it, unresolvable alone.
    Eve,
    /// `November last year`, `October of next year`: a month in the year
    /// `year_offset` years from the anchor's year.
    MonthRelativeYear {
        /// Month 1–12.
        month: i8,
        /// Years from the anchor's year (-1 for `last year`).
        year_offset: i32,
    },
    /// `the third quarter of 2009`, `the first quarter of last year`,
    /// `third-quarter`, `the last quarter`: a calendar quarter in the year
    /// written, or `year_offset` years from the anchor's. Without a year it
    /// does not resolve: the fourth quarter may be a game's.
    Quarter {
        /// Quarter 1–4; 0 for one named from the anchor's (`last quarter`).
        quarter: i8,
        /// The year written, if any.
        year: Option<i16>,
        /// Years from the anchor's year, if written relatively.
        year_offset: Option<i32>,
    },
    /// `the 1930s`, `the 1930's`, `the '90s`: the ten years from the one
    /// given.
    Decade(i16),
    /// `this weekend` (offset 0), `last weekend` (-1), `next weekend` (+1):
    /// the Saturday and Sunday of the anchor's week or one `offset` weeks
    /// away; `the weekend` (no offset), the nearest in the direction of
    /// the sentence's tense.
    Weekend {
        /// Weeks from the anchor's, when written.
        offset: Option<i32>,
    },
    /// `the previous day`, `the following day`, `a year earlier`: relative to
    /// another event in the text, not to the anchor; unresolvable alone.
    Anaphoric {
        /// Signed count of units from the other event.
        amount: i32,
        /// The unit.
        unit: Unit,
    },
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

/// Finds the date expressions in `text` (usually one sentence), in order of
/// their start. Spans are byte offsets on char boundaries and never overlap.
pub fn find_date_expressions(text: &str) -> Vec<DateExpr> {
    find::find(text)
}

/// Whether `text` may hold a date with its day or year written
/// ([`DateForm::FullDate`], [`DateForm::MonthDay`], [`DateForm::MonthYear`]):
/// the byte and month-name triggers [`find_date_expressions`] reads before
/// it searches for those forms. A text without them holds none, so a
/// caller that wants only those forms need not search it.
pub fn may_hold_calendar_date(text: &str) -> bool {
    find::may_hold_calendar_date(text)
}

/// The story's `the day` in `text` (`ended the day higher`, `later in
/// the day.`), as byte spans: no date of its own and not among
/// [`find_date_expressions`], but the day an earlier date of the text
/// told.
pub fn story_days(text: &str) -> Vec<(usize, usize)> {
    find::story_days(text)
}

/// The weekday a capitalised name (`Monday`) names.
pub fn weekday_named(name: &str) -> Option<Weekday> {
    find::weekday_of(name)
}

/// Compiles the date patterns' gate now instead of on first use: the
/// pipeline does it while it reads and segments the sources, which
/// matters for a small run such as an editor's check on save. The
/// patterns themselves are compiled when the gate first opens for them.
pub fn warm_up() {
    find::warm_up();
}

/// Resolves a form against an anchor date. Without an anchor only absolute
/// forms resolve (and a weekday stays a `DateValue::Weekday`).
pub fn resolve(form: &DateForm, anchor: Option<Date>, direction: Direction) -> Option<DateValue> {
    resolve::resolve(form, anchor, direction)
}

/// The tense cue governing the expression starting at `at` in `sentence`.
///
/// `last`/`next` right before (or at) the expression win; otherwise the
/// closest cue before the expression (within about 80 bytes) decides, then
/// the closest cue after it. Future cues: `will`, `'ll`, `shall`, `scheduled`,
/// `planned`, `due to`, `is to`, `expected to`, `set to`, `ahead of`,
/// `upcoming`, `next`, `be` + participle. Past cues: `was`, `were`, `had`,
/// irregular past forms (`held`, `met`, `said`, `flew`...), `took place`,
/// verbs in `-ed`. Present `is`/`are`/`says` and `until` give
/// [`Direction::Nearest`].
pub fn direction_at(sentence: &str, at: usize) -> Direction {
    tense::direction_at(sentence, at)
}

/// The tense cue of the event word at byte `at` of `sentence`: the words
/// before it, then the word itself (`seized`) and the words after it.
pub fn event_direction_at(sentence: &str, at: usize) -> Direction {
    tense::event_direction_at(sentence, at)
}

/// [`event_direction_at`], except that a `would` reporting what someone
/// said (`said they would merge`, `is_speech` telling speech verbs) gives
/// [`Direction::Nearest`]: the plan told, not a forecast.
pub fn event_direction_reported(
    sentence: &str,
    at: usize,
    is_speech: &dyn Fn(&str) -> bool,
) -> Direction {
    tense::event_direction_reported(sentence, at, is_speech)
}

/// A part of the day named with a date expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartOfDay {
    /// `Monday morning`, `this morning`.
    Morning,
    /// `yesterday afternoon`.
    Afternoon,
    /// `yesterday evening`.
    Evening,
    /// `last night`, `tonight`, `Friday night`.
    Night,
}

/// The part of the day written in `expr` (`yesterday evening`, `last night`)
/// or in the word right after it (`Monday morning`), if any.
pub fn part_of_day(text: &str, expr: &DateExpr) -> Option<PartOfDay> {
    let inside = text.get(expr.start..expr.end)?;
    let after = text.get(expr.end..).unwrap_or_default();
    let next_word = after
        .strip_prefix(' ')
        .unwrap_or_default()
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or_default();
    let words = inside
        .split(|c: char| !c.is_ascii_alphabetic())
        .chain(std::iter::once(next_word));
    for w in words {
        let part = match w.to_ascii_lowercase().as_str() {
            "morning" => PartOfDay::Morning,
            "afternoon" => PartOfDay::Afternoon,
            "evening" => PartOfDay::Evening,
            "night" | "tonight" | "overnight" => PartOfDay::Night,
            _ => continue,
        };
        return Some(part);
    }
    None
}

fn weekday_name(w: Weekday) -> &'static str {
    match w {
        Weekday::Monday => "Monday",
        Weekday::Tuesday => "Tuesday",
        Weekday::Wednesday => "Wednesday",
        Weekday::Thursday => "Thursday",
        Weekday::Friday => "Friday",
        Weekday::Saturday => "Saturday",
        Weekday::Sunday => "Sunday",
    }
}

impl DateValue {
    /// A short display: `2017-11-22`, `2017-11`, `2017`, `Wednesday`,
    /// `2017-11-13..2017-11-19`.
    pub fn display(&self) -> String {
        match self {
            DateValue::Day(d) => d.to_string(),
            DateValue::Month { year, month } => format!("{year:04}-{month:02}"),
            DateValue::Year(y) => format!("{y:04}"),
            DateValue::Range(a, b) => format!("{a}..{b}"),
            DateValue::Weekday(w) => weekday_name(*w).to_string(),
            DateValue::Time { minutes, zone } => {
                let clock = format!("{:02}:{:02}", minutes / 60, minutes % 60);
                match zone {
                    Some(z) => format!("{clock} {z}"),
                    None => clock,
                }
            }
        }
    }

    /// First and last day covered (inclusive); `None` for an unanchored
    /// weekday.
    pub fn interval(&self) -> Option<(Date, Date)> {
        match self {
            DateValue::Day(d) => Some((*d, *d)),
            DateValue::Month { year, month } => {
                let first = Date::new(*year, *month, 1).ok()?;
                Some((first, first.last_of_month()))
            }
            DateValue::Year(y) => Some((Date::new(*y, 1, 1).ok()?, Date::new(*y, 12, 31).ok()?)),
            DateValue::Range(a, b) => Some((*a, *b)),
            DateValue::Weekday(_) | DateValue::Time { .. } => None,
        }
    }

    /// Whether the two values can denote a common day. An unanchored
    /// weekday overlaps a period that contains such a weekday.
    pub fn overlaps(&self, other: &DateValue) -> bool {
        if let (DateValue::Time { .. }, _) | (_, DateValue::Time { .. }) = (self, other) {
            return self == other;
        }
        match (self.interval(), other.interval()) {
            (Some((a0, a1)), Some((b0, b1))) => a0 <= b1 && b0 <= a1,
            (None, None) => self.weekday() == other.weekday(),
            (Some(iv), None) => other.weekday().is_some_and(|w| contains_weekday(iv, w)),
            (None, Some(iv)) => self.weekday().is_some_and(|w| contains_weekday(iv, w)),
        }
    }

    /// Minutes after midnight UTC of a time in a known zone; a local time
    /// gives `None` (its zone is the place's, unknown here).
    pub fn utc_minutes(&self) -> Option<i32> {
        match self {
            DateValue::Time {
                minutes,
                zone: Some(z),
            } => Some(i32::from(*minutes) - i32::from(z.utc_offset()?)),
            _ => None,
        }
    }

    /// Whether it is a time whose zone waits for the event's place or day
    /// (`local time`, `Beijing time`: see [`Zone::settle`]).
    pub fn zone_unsettled(&self) -> bool {
        matches!(
            self,
            DateValue::Time {
                zone: Some(Zone::Local | Zone::Undated { .. }),
                ..
            }
        )
    }

    /// The value with its time's zone settled at the event's place (the
    /// gazetteer's zone index) and day (see [`Zone::settle`]); any other
    /// value as it is.
    pub fn settle_zone(self, place_zone: Option<u16>, day: Option<Date>) -> DateValue {
        match self {
            DateValue::Time {
                minutes,
                zone: Some(z),
            } => DateValue::Time {
                minutes,
                zone: Some(z.settle(place_zone, day, minutes)),
            },
            other => other,
        }
    }

    /// Parses a time as [`DateValue::display`] writes it: `09:30`, `20:45 UTC`.
    pub fn parse_time(s: &str) -> Option<DateValue> {
        let (clock, zone) = match s.split_once(' ') {
            Some((c, z)) => (c, Some(Zone::parse(z)?)),
            None => (s, None),
        };
        let (h, m) = clock.split_once(':')?;
        let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
        (h < 24 && m < 60).then_some(DateValue::Time {
            minutes: h * 60 + m,
            zone,
        })
    }

    /// The weekday, for a single day or an unanchored weekday.
    pub fn weekday(&self) -> Option<Weekday> {
        match self {
            DateValue::Day(d) => Some(d.weekday()),
            DateValue::Weekday(w) => Some(*w),
            _ => None,
        }
    }
}

fn contains_weekday((first, last): (Date, Date), w: Weekday) -> bool {
    let ahead = i64::from(w.since(first.weekday()));
    resolve::add_days(first, ahead).is_some_and(|d| d <= last)
}
