//! A date among the dates beside it: lists, ranges, a weekday that a
//! calendar date spells out, and a date that modifies a noun.

use crate::claims::SentenceView;
use crate::temporal::{self, DateValue};

/// Whether a date form counts from the article's date (`Saturday`,
/// `yesterday`, `two weeks ago`) rather than naming a day itself.
pub(super) fn is_relative(form: &temporal::DateForm) -> bool {
    matches!(
        form,
        temporal::DateForm::Weekday(_)
            | temporal::DateForm::RelativeDay(_)
            | temporal::DateForm::RelativeUnit { .. }
            | temporal::DateForm::Weekend { .. }
    )
}

/// Whether date expression `n` of a sentence dates an event on its own:
/// not one of a list or range (`in 2008 and 2006`, `between May 1 and
/// June 8`: several days, or a span), and not a weekday or `today` that
/// a calendar date beside it spells out (`on Saturday, 8 October 2011`,
/// `today (20 October)`), where the calendar date is the claim.
pub(super) fn stands_alone(dates: &[temporal::DateExpr], n: usize, sentence: &str) -> bool {
    let beside = |other: &temporal::DateExpr| {
        let gap = if other.start >= dates[n].end {
            sentence.get(dates[n].end..other.start)
        } else {
            sentence.get(other.end..dates[n].start)
        };
        gap.map(|g| g.to_ascii_lowercase())
    };
    let neighbours = [n.checked_sub(1), Some(n + 1)];
    for other in neighbours
        .into_iter()
        .flatten()
        .filter_map(|k| dates.get(k))
    {
        let Some(gap) = beside(other) else { continue };
        let words: Vec<&str> = gap
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let punctuation_only = gap.chars().all(|c| matches!(c, ' ' | ',' | '(' | ')'));
        // `10:00 am (0800 GMT)`: one time in two zones.
        let clock = |f: &temporal::DateForm| matches!(f, temporal::DateForm::Clock { .. });
        if punctuation_only && clock(&dates[n].form) && clock(&other.form) {
            continue;
        }
        // `on November 11, three days later than planned`: an offset
        // beside a date describes it.
        if punctuation_only && matches!(other.form, temporal::DateForm::Anaphoric { .. }) {
            continue;
        }
        // `9:40 p.m. Friday`: a time of day spells out no day; the
        // weekday is a claim of its own.
        if punctuation_only && is_relative(&dates[n].form) && clock(&other.form) {
            continue;
        }
        if punctuation_only && is_relative(&dates[n].form) && !is_relative(&other.form) {
            return false;
        }
        if punctuation_only && !is_relative(&dates[n].form) && is_relative(&other.form) {
            continue;
        }
        let joined = words
            .iter()
            .all(|w| matches!(*w, "and" | "or" | "to" | "through" | "until"));
        if joined && (punctuation_only || !words.is_empty() || gap.trim() == "-") {
            return false;
        }
    }
    true
}

/// Where a weekday that date `n` spells out starts, when it stands right
/// before it (`said on Monday 12 November`, `Tuesday, May 3`): the words
/// before the pair are the date's. Not after `today (20 October)`: what
/// happened on an article's own day is another event in an article of
/// another day (an update), which the relative word alone tells.
pub(super) fn spelled_out_day(
    dates: &[temporal::DateExpr],
    n: usize,
    sentence: &str,
) -> Option<usize> {
    let before = dates.get(n.checked_sub(1)?)?;
    let gap = sentence.get(before.end..dates[n].start)?;
    let weekday = matches!(before.form, temporal::DateForm::Weekday(_));
    (weekday && !is_relative(&dates[n].form) && gap.chars().all(|c| matches!(c, ' ' | ',' | '(')))
        .then_some(before.start)
}

/// A range of two calendar dates opening at date `n` of a sentence (`from
/// 2009 to 2011`, `between April and June`): the opening word's start,
/// the end of the second date and the days covered. A list (`in 2008 and
/// 2006`) and weekdays or relative dates (`from Monday to Friday`) are no
/// range.
pub(super) struct DateRange {
    pub(super) opener: usize,
    pub(super) end: usize,
    pub(super) value: DateValue,
}

pub(super) fn range_at(
    view: &SentenceView,
    sentence: &str,
    dates: &[temporal::DateExpr],
    n: usize,
    anchor: Option<jiff::civil::Date>,
) -> Option<DateRange> {
    let (a, b) = (dates.get(n)?, dates.get(n + 1)?);
    if is_relative(&a.form) || is_relative(&b.form) {
        return None;
    }
    let k = view
        .words
        .partition_point(|&(_, e)| e <= a.start)
        .checked_sub(1)?;
    // `between May 1, 2005, and Dec. 8, 2006`: a comma may close the first.
    let gap = sentence.get(a.end..b.start)?.trim().to_ascii_lowercase();
    let gap = gap.trim_start_matches(',').trim_start();
    let joined = match view.word(k) {
        "between" => gap == "and",
        "from" => matches!(gap, "to" | "through" | "until" | "till" | "-" | "–"),
        _ => false,
    };
    if !joined {
        return None;
    }
    let days = |d: &temporal::DateExpr| {
        temporal::resolve(&d.form, anchor, temporal::direction_at(sentence, d.start))?.interval()
    };
    let ((lo, _), (_, hi)) = (days(a)?, days(b)?);
    (lo <= hi).then(|| DateRange {
        opener: view.words[k].0,
        end: b.end,
        value: DateValue::Range(lo, hi),
    })
}

/// Whether a date modifies a noun (`the 2007 Oscars`, `a 2008
/// conviction`, `the June 20 shooting`, `the 1930's`): a date between a
/// determiner and a word, or a decade.
pub(super) fn modifies_noun(view: &SentenceView, sentence: &str, d: &temporal::DateExpr) -> bool {
    // A decade is read as a period (`founded in the 1930's by`).
    if (is_relative(&d.form) && !matches!(d.form, temporal::DateForm::Weekday(_)))
        || matches!(d.form, temporal::DateForm::Decade(_))
    {
        return false;
    }
    let determined = view.words_before(d.start).next().is_some_and(|w| {
        matches!(
            w,
            "the" | "a" | "an" | "his" | "her" | "its" | "their" | "this" | "that" | "s"
        )
    });
    let after = sentence[d.end..].trim_start_matches(['\'', '’']);
    let modifies = after.starts_with(|c: char| c.is_alphabetic())
        || after.starts_with(' ') && after[1..].starts_with(|c: char| c.is_alphabetic());
    determined && modifies
}
