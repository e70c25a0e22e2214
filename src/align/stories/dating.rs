//! When sources were published, and what earlier time they look back to.
//!
//! Sources of one event are mostly published within days, so story
//! grouping keeps dated sources of one story within a window. A follow-up
//! published months or years later (the sentencing after a shooting, the
//! anniversary of a quake) is still about that event, and it usually says
//! so by writing the event's date in full (`on June 24, 2005`, `in March
//! 2011`). Such a back-reference brings the follow-up as near to the
//! sources published at that time as the distance from the date it names:
//! a pair's date gap is the smaller of the two, and a story's publication
//! days may fall in several epochs when each later epoch names a date of
//! an earlier one. A day written without its year (`on June 24`) is read as
//! its occurrence nearest the publication day (a reporter who writes no
//! year means the recent one); and two sources that name the same earlier
//! day look back to one event, however far apart they were published.

use crate::temporal::{
    find_date_expressions, may_hold_calendar_date, resolve, DateForm, DateValue, Direction,
};
use jiff::civil::Date;

/// At most this many back-references are kept per source, and per epoch of
/// a story: the earliest, which name the event a follow-up goes back to
/// (a wire story's copies repeat the same dates).
const KEPT_REFERENCES: usize = 8;

/// A source's publication day and the earlier days it names in full.
#[derive(Debug, Clone, Default)]
pub struct Dating {
    /// Publication day (days since 1970-01-01), when known.
    pub day: Option<i64>,
    /// Days it names (first and last day of each: a full date or a day
    /// without its year is one day, a month and year its month), before
    /// the day it was published by more than `same_days`; sorted, at most
    /// `KEPT_REFERENCES`.
    pub refs: Vec<(i64, i64)>,
    /// The days among `refs` written without their year (so near its
    /// publication); sorted, at most `KEPT_REFERENCES`.
    pub near: Vec<i64>,
    /// For a source without a publication day, the first and last day of
    /// the month its URL names (`/2013/09/`).
    pub month: Option<(i64, i64)>,
}

/// Day number of a date (days since 1970-01-01).
pub fn day_number(d: Date) -> Option<i64> {
    let days = d.since(Date::constant(1970, 1, 1)).ok()?;
    Some(i64::from(days.get_days()))
}

impl Dating {
    /// The dating of a source published on `published` whose body is
    /// `body`: the full dates, months with a year and days without one it
    /// names, at least `same_days` before it was published.
    pub fn of(body: &str, published: Option<Date>, same_days: i64) -> Dating {
        let Some(anchor) = published else {
            return Dating::default();
        };
        let Some(day) = day_number(anchor) else {
            return Dating::default();
        };
        // Most years are written without a month or a full date around
        // them (`in 2005`): such a window is not searched.
        let named: Vec<((i64, i64), bool)> = year_windows(body)
            .filter(|w| may_hold_calendar_date(w))
            .chain(month_windows(body))
            .flat_map(find_date_expressions)
            .filter_map(|e| named_days(&e.form, anchor))
            .filter(|&((_, last), _)| last < day - same_days)
            .collect();
        let mut refs: Vec<(i64, i64)> = named.iter().map(|&(r, _)| r).collect();
        refs.sort_unstable();
        refs.dedup();
        refs.truncate(KEPT_REFERENCES);
        let mut near: Vec<i64> = named
            .iter()
            .filter(|&&(_, yearless)| yearless)
            .map(|&((first, _), _)| first)
            .collect();
        near.sort_unstable();
        near.dedup();
        near.truncate(KEPT_REFERENCES);
        Dating {
            day: Some(day),
            refs,
            near,
            month: None,
        }
    }

    /// The same, published in the month starting on `first` when no day is
    /// known.
    pub fn in_month(mut self, first: Option<Date>) -> Dating {
        if self.day.is_none() {
            self.month = first.and_then(|f| Some((day_number(f)?, day_number(f.last_of_month())?)));
        }
        self
    }

    /// A source without a publication day.
    pub fn undated() -> Dating {
        Dating::default()
    }
}

/// Bytes before a year that a date naming it may take (`Wednesday,
/// September 30, 2005` is 29).
const DATE_BEFORE_YEAR: usize = 32;

/// The stretches of `text` that end with a year from 1900 to 2099 written
/// as a word, with room for a month and day before it: the date finder
/// reads those only, not the whole text (most of an article names no
/// year).
fn year_windows(text: &str) -> impl Iterator<Item = &str> {
    let b = text.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    (0..b.len().saturating_sub(3))
        .filter(move |&i| {
            matches!(&b[i..i + 2], b"19" | b"20")
                && digit(i + 2)
                && digit(i + 3)
                && !digit(i + 4)
                && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
        })
        .map(move |i| {
            let mut start = i.saturating_sub(DATE_BEFORE_YEAR);
            while !text.is_char_boundary(start) {
                start += 1;
            }
            &text[start..i + 4]
        })
}

/// Bytes before a month name that a day naming it may take (`24 June`),
/// and after it (`September 30, 2005`).
const DAY_BEFORE_MONTH: usize = 4;
const DATE_AFTER_MONTH: usize = 20;

/// The stretches of `text` around a capitalised month name (or its short
/// form) with a digit near it: the days written without a year are read
/// there only.
fn month_windows(text: &str) -> impl Iterator<Item = &str> {
    let b = text.as_bytes();
    (0..b.len().saturating_sub(2))
        .filter(move |&i| {
            b[i].is_ascii_uppercase()
                && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
                && is_month_word(&b[i..])
        })
        .filter_map(move |i| {
            let mut start = i.saturating_sub(DAY_BEFORE_MONTH);
            while !text.is_char_boundary(start) {
                start += 1;
            }
            let mut end = (i + DATE_AFTER_MONTH).min(b.len());
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            let w = &text[start..end];
            w.bytes().any(|c| c.is_ascii_digit()).then_some(w)
        })
}

/// Whether `b` starts with a month's name or short form as a whole word
/// (`Mar.` and `March`, not `Mark`).
fn is_month_word(b: &[u8]) -> bool {
    const MONTHS: [&[u8]; 12] = [
        b"January",
        b"February",
        b"March",
        b"April",
        b"May",
        b"June",
        b"July",
        b"August",
        b"September",
        b"October",
        b"November",
        b"December",
    ];
    let len = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    let word = &b[..len];
    MONTHS
        .iter()
        .any(|m| *m == word || ((len == 3 || word == b"Sept") && m.starts_with(word)))
}

/// The first and last day of a date written with its year, or of a day
/// written without one, read as its occurrence nearest `anchor` (then
/// `true`).
fn named_days(form: &DateForm, anchor: Date) -> Option<((i64, i64), bool)> {
    match form {
        DateForm::FullDate(d) => {
            let n = day_number(*d)?;
            Some(((n, n), false))
        }
        DateForm::MonthDay { .. } => match resolve(form, Some(anchor), Direction::Nearest)? {
            DateValue::Day(d) => {
                let n = day_number(d)?;
                Some(((n, n), true))
            }
            _ => None,
        },
        DateForm::MonthYear { year, month } => {
            let first = Date::new(*year, *month, 1).ok()?;
            Some((
                (day_number(first)?, day_number(first.last_of_month())?),
                false,
            ))
        }
        _ => None,
    }
}

/// Days between a named period and a day (0 inside it).
fn distance((first, last): (i64, i64), day: i64) -> i64 {
    (first - day).max(day - last).max(0)
}

/// The date gap of two sources, in days: the days between their
/// publication, or between one's publication and a date the other names
/// when that is at most `reach` days (a follow-up naming the day the other
/// reported); none when both name one earlier day. `None` when either is
/// undated.
pub fn gap(a: &Dating, b: &Dating, reach: i64) -> Option<i64> {
    let (x, y) = (a.day?, b.day?);
    if same_day_named((&a.refs, &a.near), (&b.refs, &b.near)) {
        return Some(0);
    }
    let back = |refs: &[(i64, i64)], day: i64| {
        refs.iter()
            .map(|&r| distance(r, day))
            .filter(|&d| d <= reach)
            .min()
    };
    let mut g = (x - y).abs();
    for d in [back(&a.refs, y), back(&b.refs, x)].into_iter().flatten() {
        g = g.min(d);
    }
    Some(g)
}

/// Named periods and the days among them written without a year.
type Named<'a> = (&'a [(i64, i64)], &'a [i64]);

/// Whether two sources (or epochs) name one single day, one of them
/// without its year: that one was published near the day, so both look
/// back to one event. Two full dates alone are not enough (an anniversary,
/// or two texts of one event dated apart); a month named by both is too
/// coarse.
fn same_day_named(a: Named, b: Named) -> bool {
    let named_in = |days: &[i64], refs: &[(i64, i64)]| {
        days.iter().any(|&d| refs.binary_search(&(d, d)).is_ok())
    };
    named_in(a.1, b.0) || named_in(b.1, a.0)
}

/// A run of publication days of one story within the window, and the
/// earlier days its sources name.
#[derive(Debug, Clone, PartialEq)]
struct Epoch {
    lo: i64,
    hi: i64,
    refs: Vec<(i64, i64)>,
    near: Vec<i64>,
}

/// The publication days of a group of sources, in epochs: one epoch when
/// they lie within the window, more when each later epoch names a date of
/// an earlier one (a follow-up). Empty when no source is dated; the months
/// its undated sources' URLs name are kept beside.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Epochs {
    epochs: Vec<Epoch>,
    /// First and last day of the months undated sources were published in.
    months: Option<(i64, i64)>,
}

impl Epochs {
    /// The epochs of one source.
    pub fn of(d: &Dating) -> Epochs {
        Epochs {
            epochs: d
                .day
                .map(|day| Epoch {
                    lo: day,
                    hi: day,
                    refs: d.refs.clone(),
                    near: d.near.clone(),
                })
                .into_iter()
                .collect(),
            months: d.month,
        }
    }

    /// Whether no source of the group is dated.
    pub fn is_empty(&self) -> bool {
        self.epochs.is_empty()
    }

    /// Whether joining `other` would date one of the two groups (one has a
    /// dated source, the other none) on the strength of text alone: not
    /// when the undated group's months (from its URLs) lie within `reach`
    /// days of the other's days.
    pub fn lends_dates(&self, other: &Epochs, reach: i64) -> bool {
        let (undated, dated) = match (self.is_empty(), other.is_empty()) {
            (true, false) => (self, other),
            (false, true) => (other, self),
            _ => return false,
        };
        undated
            .months
            .is_none_or(|m| !dated.epochs.iter().any(|e| apart(m, (e.lo, e.hi)) <= reach))
    }

    /// The epochs of two groups joined, or `None` when their days cannot be
    /// one story's: a run of days wider than `window` that no later
    /// epoch's back-reference (within `reach` days of an earlier epoch's
    /// days) bridges, or a month of an undated source further than
    /// `window` from the other group's days or months. A negative window
    /// allows any days.
    pub fn join(&self, other: &Epochs, window: i64, reach: i64) -> Option<Epochs> {
        if window >= 0 && !(self.months_fit(other, window) && other.months_fit(self, window)) {
            return None;
        }
        let mut all: Vec<Epoch> = self.epochs.iter().chain(&other.epochs).cloned().collect();
        all.sort_unstable_by_key(|a| (a.lo, a.hi));
        let mut out: Vec<Epoch> = Vec::with_capacity(all.len());
        for e in all {
            match out.last_mut() {
                Some(last) if window < 0 || e.hi.max(last.hi) - last.lo <= window => {
                    last.hi = last.hi.max(e.hi);
                    last.refs.extend(e.refs);
                    last.refs.sort_unstable();
                    last.refs.dedup();
                    last.refs.truncate(KEPT_REFERENCES);
                    last.near.extend(e.near);
                    last.near.sort_unstable();
                    last.near.dedup();
                    last.near.truncate(KEPT_REFERENCES);
                }
                _ => out.push(e),
            }
        }
        let bridged = (1..out.len()).all(|k| (0..k).any(|j| names(&out[k], &out[j], reach)));
        let months = match (self.months, other.months) {
            (Some(a), Some(b)) => Some((a.0.min(b.0), a.1.max(b.1))),
            (a, b) => a.or(b),
        };
        bridged.then_some(Epochs {
            epochs: out,
            months,
        })
    }

    /// Whether this group's months lie within `window` days of some epoch
    /// of `other` (when it has any) and of its months.
    fn months_fit(&self, other: &Epochs, window: i64) -> bool {
        let Some(m) = self.months else {
            return true;
        };
        let near_days = other.is_empty()
            || other
                .epochs
                .iter()
                .any(|e| apart(m, (e.lo, e.hi)) <= window);
        near_days && other.months.is_none_or(|o| apart(m, o) <= window)
    }
}

/// Days between two spans of days (0 when they overlap).
fn apart(a: (i64, i64), b: (i64, i64)) -> i64 {
    (b.0 - a.1).max(a.0 - b.1).max(0)
}

/// Whether `later` names a day within `reach` of `earlier`'s days, or a
/// day `earlier` names too.
fn names(later: &Epoch, earlier: &Epoch, reach: i64) -> bool {
    same_day_named((&later.refs, &later.near), (&earlier.refs, &earlier.near))
        || later
            .refs
            .iter()
            .any(|&(first, last)| first - reach <= earlier.hi && earlier.lo <= last + reach)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dating(text: &str, published: Date) -> Dating {
        Dating::of(text, Some(published), 3)
    }

    #[test]
    fn a_follow_up_names_the_day_of_the_event() {
        let later = dating(
            "The deputy was shot on May 3, 2004, outside a bar. In March 2004 he joined.",
            Date::constant(2006, 1, 10),
        );
        assert_eq!(later.refs.len(), 2);
        let first = dating("The deputy was shot on Monday.", Date::constant(2004, 5, 4));
        assert_eq!(gap(&later, &first, 31), Some(1));
        // Without the back-reference the gap is the publication gap.
        let plain = dating("The deputy was sentenced.", Date::constant(2006, 1, 10));
        assert_eq!(gap(&plain, &first, 31), Some(616));
        // A named day further than the reach from the other's publication
        // does not bring them together.
        let far = dating("He was born on May 3, 1960.", Date::constant(2006, 1, 10));
        assert_eq!(gap(&far, &first, 31), Some(616));
    }

    #[test]
    fn only_the_stretches_before_a_year_are_read() {
        let text = "Née in 1999: on Wednesday, September 30, 2005 and 12005 or a2005.";
        let w: Vec<&str> = year_windows(text).collect();
        assert_eq!(w.len(), 2);
        assert!(w[0].ends_with("1999"));
        assert!(w[1].ends_with("September 30, 2005"));
        let d = dating(text, Date::constant(2006, 1, 1));
        assert_eq!(d.refs.len(), 1);
    }

    #[test]
    fn dates_after_publication_are_not_back_references() {
        let d = dating(
            "The trial opens on June 2, 2005, and opening statements May 3.",
            Date::constant(2005, 5, 1),
        );
        assert!(d.refs.is_empty(), "{:?}", d.refs);
        assert!(Dating::of("On May 3, 2004.", None, 3).refs.is_empty());
    }

    #[test]
    fn a_day_without_its_year_is_the_nearest_one() {
        // Read in the year of publication, or the year before in January.
        let d = dating(
            "He was arrested March 20. Mark 12 spoke. On 28 December police came.",
            Date::constant(2005, 5, 1),
        );
        let day = |y, m, d| day_number(Date::constant(y, m, d)).unwrap();
        assert_eq!(
            d.refs,
            vec![
                (day(2004, 12, 28), day(2004, 12, 28)),
                (day(2005, 3, 20), day(2005, 3, 20))
            ]
        );
        let january = dating("Shot on December 30.", Date::constant(2006, 1, 20));
        assert_eq!(january.refs, vec![(day(2005, 12, 30), day(2005, 12, 30))]);
    }

    #[test]
    fn month_words_are_whole_names_or_short_forms() {
        for w in ["March 3", "Mar. 3", "Sept. 3", "Dec", "May"] {
            assert!(is_month_word(w.as_bytes()), "{w}");
        }
        for w in ["Mark", "Marc", "Decision", "Janet", "Julie"] {
            assert!(!is_month_word(w.as_bytes()), "{w}");
        }
    }

    #[test]
    fn two_sources_naming_one_earlier_day_are_near() {
        // A charge a month after a shooting names its day without a year;
        // a verdict two years on names it in full.
        let charge = dating(
            "He shot the deputy on June 24.",
            Date::constant(2005, 7, 26),
        );
        let verdict = dating(
            "The deputy was shot on June 24, 2005.",
            Date::constant(2007, 4, 2),
        );
        assert_eq!(gap(&charge, &verdict, 31), Some(0));
        // The report two days after the shooting is near the charge too.
        let report = dating(
            "The deputy was shot on Friday.",
            Date::constant(2005, 6, 26),
        );
        assert_eq!(gap(&charge, &report, 31), Some(2));
        let story = Epochs::of(&report)
            .join(&Epochs::of(&charge), 90, 31)
            .expect("near");
        assert!(story.join(&Epochs::of(&verdict), 90, 31).is_some());
        // Two full dates alone do not: an anniversary piece names the day
        // as a follow-up does.
        let anniversary = dating(
            "A year after June 24, 2005, the town remembers.",
            Date::constant(2006, 6, 24),
        );
        assert_eq!(gap(&anniversary, &verdict, 31), Some(282));
        // Naming only the same month is too coarse.
        let month = dating("Shot in June 2005.", Date::constant(2007, 4, 2));
        let other = dating("Elected in June 2005.", Date::constant(2007, 9, 2));
        assert_eq!(gap(&month, &other, 31), Some(153));
    }

    #[test]
    fn epochs_join_within_the_window_or_when_a_later_one_names_an_earlier() {
        let first = Epochs::of(&dating("Shot on Monday.", Date::constant(2004, 5, 4)));
        let same_week = Epochs::of(&dating("Shot.", Date::constant(2004, 5, 6)));
        let both = first.join(&same_week, 90, 31).expect("within the window");
        let plain = Epochs::of(&dating("Sentenced.", Date::constant(2006, 1, 10)));
        assert_eq!(both.join(&plain, 90, 31), None);
        let follow_up = Epochs::of(&dating(
            "Shot on May 3, 2004, he died.",
            Date::constant(2006, 1, 10),
        ));
        let story = both.join(&follow_up, 90, 31).expect("bridged");
        assert_eq!(story.epochs.len(), 2);
        // A source published beside the follow-up joins its epoch, though
        // it names no date itself.
        assert!(story.join(&plain, 90, 31).is_some());
        // One in between, near neither epoch, does not.
        let between = Epochs::of(&dating("Charged.", Date::constant(2005, 3, 1)));
        assert_eq!(story.join(&between, 90, 31), None);
        // Undated groups join anything.
        assert!(Epochs::default().join(&between, 90, 31).is_some());
    }

    #[test]
    fn a_month_from_the_url_agrees_with_days_near_it_and_keeps_far_ones_out() {
        let undated = |first: Date| Epochs::of(&Dating::undated().in_month(Some(first)));
        let sept = undated(Date::constant(2013, 9, 1));
        let dated = Epochs::of(&dating("Hit.", Date::constant(2013, 9, 14)));
        // The month vouches for the join: it dates nothing on text alone.
        assert!(!sept.lends_dates(&dated, 31));
        assert!(!dated.lends_dates(&sept, 31));
        assert!(Epochs::default().lends_dates(&dated, 31));
        let joined = sept.join(&dated, 90, 31).expect("same month");
        // A year later is another story, dated or not.
        let later = Epochs::of(&dating("Hit.", Date::constant(2014, 9, 14)));
        assert!(sept.lends_dates(&later, 31));
        assert_eq!(sept.join(&later, 90, 31), None);
        assert_eq!(
            joined.join(&undated(Date::constant(2014, 9, 1)), 90, 31),
            None
        );
        assert!(joined
            .join(&undated(Date::constant(2013, 10, 1)), 90, 31)
            .is_some());
        // A dated source keeps no month.
        let d =
            dating("Hit.", Date::constant(2013, 9, 14)).in_month(Some(Date::constant(2010, 1, 1)));
        assert_eq!(d.month, None);
    }
}
