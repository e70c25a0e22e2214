//! The date-expression finder.

use std::sync::LazyLock;

use crate::pattern::Regex;

use super::{DateExpr, DateForm};

mod calendar;
mod gate;
mod patterns;
mod period;
mod relative;
mod sources;
mod words;
use calendar::*;
use gate::*;
use patterns::*;
use relative::*;
pub(crate) use words::weekday_of;
use words::*;

/// Compiles one of this module's constant patterns (checked by the tests).
///
/// Date words are ASCII: without Unicode classes and case folding the
/// patterns compile several times faster (this is paid on every run, and an
/// editor runs factlint on every save) and match faster. A pattern that
/// needs Unicode (a `’` in a class) falls back to it: it is one that does
/// not compile without it (the gate's `GATE_SOURCES` flag them; the tests hold
/// the two to agree), so the others are parsed once, not twice.
pub(super) fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("built-in date pattern")
}

/// Whether `pattern` needs Unicode mode to compile as a `&str` regex (a
/// `’` in a class, a class that could match part of a character): read,
/// not compiled.
#[cfg(test)]
pub(super) fn needs_unicode(pattern: &str) -> bool {
    regex_syntax::ParserBuilder::new()
        .unicode(false)
        .build()
        .parse(pattern)
        .is_err()
}

struct Candidate {
    start: usize,
    end: usize,
    form: DateForm,
}

fn push(out: &mut Vec<Candidate>, start: usize, end: usize, form: Option<DateForm>) {
    if let Some(form) = form {
        out.push(Candidate { start, end, form });
    }
}

/// Capitalized month prefixes: every month pattern needs one.
static MONTH_PREFIX: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::new([
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ])
    .expect("built-in month prefixes")
});

/// See [`super::may_hold_calendar_date`]: the triggers of
/// [`find_full_dates`], [`find_month_days`] and [`find_months`] below, the
/// only finders of those forms.
pub(super) fn may_hold_calendar_date(text: &str) -> bool {
    let t = CalendarTriggers::of(text);
    t.month || (t.digit && t.separator)
}

/// The cheap triggers of the calendar-date finders: a digit, a month
/// name's prefix, a `-` or `/`.
struct CalendarTriggers {
    digit: bool,
    month: bool,
    separator: bool,
}

impl CalendarTriggers {
    fn of(text: &str) -> CalendarTriggers {
        let bytes = text.as_bytes();
        CalendarTriggers {
            digit: bytes.iter().any(u8::is_ascii_digit),
            month: MONTH_PREFIX.is_match(text),
            separator: bytes.iter().any(|&b| b == b'-' || b == b'/'),
        }
    }
}

/// See [`super::find_date_expressions`].
pub(super) fn find(text: &str) -> Vec<DateExpr> {
    let mut cands = Vec::new();
    let gate = Gate::new(text);
    // Cheap triggers first: most sentences have no date at all, and each
    // family of patterns needs a digit, a month name or a time word.
    let bytes = text.as_bytes();
    let CalendarTriggers {
        digit,
        month,
        separator,
    } = CalendarTriggers::of(text);
    // A year needs four digits in a row, or `'82`.
    let year = digit
        && (bytes.windows(4).any(|w| w.iter().all(u8::is_ascii_digit))
            || bytes
                .windows(3)
                .any(|w| w[0] == b'\'' && w[1].is_ascii_digit() && w[2].is_ascii_digit())
            || text.contains('’'));
    let bits = triggers(text);
    if digit && (month || separator) {
        find_full_dates(text, &gate, &mut cands);
    }
    if year {
        find_years(text, &gate, &mut cands);
    }
    if month {
        if digit {
            find_month_days(text, &gate, &mut cands);
        }
        find_months(text, &gate, &mut cands);
    }
    if bits & T_WEEKDAY != 0 {
        find_weekdays(text, &gate, &mut cands);
    }
    find_relative(text, &gate, bits, &mut cands);
    for (start, end, form) in period::find_periods(text, bits) {
        push(&mut cands, start, end, Some(form));
    }
    // The story's day: no date of its own, but not `the day after` either.
    let story_days = period::story_days(text, bits);
    for &(start, end) in &story_days {
        push(&mut cands, start, end, Some(DateForm::Eve));
    }
    for e in super::clock::find_clock_times(text, bits & T_CLOCK_WORD != 0) {
        push(&mut cands, e.start, e.end, Some(e.form));
    }
    // Longest first, then earliest; keep the ones that do not overlap.
    cands.sort_by_key(|c| (std::cmp::Reverse(c.end - c.start), c.start));
    let mut kept: Vec<Candidate> = Vec::new();
    for c in cands {
        if kept.iter().all(|k| c.end <= k.start || k.end <= c.start) {
            kept.push(c);
        }
    }
    kept.sort_by_key(|c| c.start);
    kept.into_iter()
        .filter(|c| !story_days.contains(&(c.start, c.end)))
        .filter(|c| text.is_char_boundary(c.start) && text.is_char_boundary(c.end))
        .map(|c| DateExpr {
            start: c.start,
            end: c.end,
            form: c.form,
        })
        .collect()
}

/// Compiles the gate now (see [`super::warm_up`]), and the finders of
/// month names and time words. Each date pattern is compiled on first use,
/// when the gate first opens for it: a small run meets only some of them,
/// and compiling all was about a tenth of its CPU time. The period
/// patterns wait for their trigger words in the same way.
/// The story's `the day` spans of `text` (see [`period::story_days`]).
pub(super) fn story_days(text: &str) -> Vec<(usize, usize)> {
    period::story_days(text, triggers(text))
}

pub(super) fn warm_up() {
    LazyLock::force(&GATE);
    LazyLock::force(&MONTH_PREFIX);
    LazyLock::force(&TIME_WORD);
}
