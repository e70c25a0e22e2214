//! The check type about dates: `same-date` (one event, one day and time,
//! read loosely where a source wrote a weekday or a relative day).

use super::checks::{Explain, Verdict};
use crate::claims::{Claim, Value};
use crate::temporal::DateValue;

/// The month and day a date names, resolved or as written.
fn month_day_of(v: &Value) -> Option<(i8, i8)> {
    use crate::temporal::DateForm;
    match v {
        Value::Date {
            resolved: Some(DateValue::Day(d)),
            ..
        } => Some((d.month(), d.day())),
        Value::Date {
            resolved: None,
            written,
        } => crate::temporal::find_date_expressions(written)
            .into_iter()
            .find_map(|e| match e.form {
                DateForm::MonthDay { month, day } => Some((month, day)),
                DateForm::FullDate(d) => Some((d.month(), d.day())),
                _ => None,
            }),
        _ => None,
    }
}

fn weekday_of(v: &Value) -> Option<jiff::civil::Weekday> {
    match v {
        Value::Date {
            resolved: Some(r), ..
        } => r.weekday(),
        Value::Date { written, .. } => crate::temporal::find_date_expressions(written)
            .into_iter()
            .find_map(|e| match e.form {
                crate::temporal::DateForm::Weekday(w) => Some(w),
                _ => None,
            }),
        _ => None,
    }
}

/// The form of a written date when it counts from the article's date
/// (`Saturday`, `yesterday`, `12 weeks ago`, `this morning`).
fn relative_form(written: &str) -> Option<crate::temporal::DateForm> {
    use crate::temporal::DateForm;
    // `the day (yesterday)`: a day told by reference counts as the date
    // it refers to.
    crate::temporal::find_date_expressions(written)
        .into_iter()
        .map(|e| e.form)
        .find(|form| {
            matches!(
                form,
                DateForm::Weekday(_) | DateForm::RelativeDay(_) | DateForm::RelativeUnit { .. }
            )
        })
}

/// The same words, up to case, `on` and `last` (`on Saturday`, `last
/// Saturday`, `Saturday`).
fn same_words(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .map(str::to_lowercase)
            .filter(|w| {
                !w.is_empty() && w != "on" && w != "last" && !super::overnight::is_part_of_day(w)
            })
            .collect()
    };
    words(a) == words(b)
}

/// Why two resolved dates that differ may still be one date told two
/// ways, if they may: the same relative words counted from two article
/// dates (`died Saturday`); `last Thursday` a week from `Thursday`;
/// `yesterday` a day from a weekday (the hour and zone of publication
/// decide it); `last week` a few days from a day (writers use it loosely).
fn loose_reading(
    ra: &DateValue,
    rb: &DateValue,
    (wa, fa): (&str, &Option<crate::temporal::DateForm>),
    (wb, fb): (&str, &Option<crate::temporal::DateForm>),
) -> Option<&'static str> {
    use crate::temporal::DateForm;
    if let (Some(x), Some(y)) = (fa, fb) {
        if same_words(wa, wb) {
            return Some("the same words, counted from different article dates");
        }
        if seven_days_apart(ra, rb, x, y) {
            return Some("one weekday, and which week is the reader's guess");
        }
    }
    let gap = days_between(ra, rb)?;
    let either =
        |f: fn(&DateForm) -> bool| fa.as_ref().is_some_and(f) || fb.as_ref().is_some_and(f);
    if gap <= 1 && either(|f| matches!(f, DateForm::RelativeDay(_))) {
        return Some("a day apart, and which day `today` is depends on the hour of publication");
    }
    if gap <= 7 && either(|f| matches!(f, DateForm::RelativeUnit { .. })) {
        return Some("days apart, and `last week` is loosely used");
    }
    None
}

/// Days between two date values' intervals (0 when they overlap).
fn days_between(a: &DateValue, b: &DateValue) -> Option<i64> {
    let ((a0, a1), (b0, b1)) = (a.interval()?, b.interval()?);
    let (from, to) = if a1 < b0 {
        (a1, b0)
    } else if b1 < a0 {
        (b1, a0)
    } else {
        return Some(0);
    };
    to.since(from).ok().map(|s| i64::from(s.get_days()))
}

/// One weekday, a week apart: which week `last Friday` means is the
/// reader's guess.
fn seven_days_apart(
    a: &DateValue,
    b: &DateValue,
    fa: &crate::temporal::DateForm,
    fb: &crate::temporal::DateForm,
) -> bool {
    use crate::temporal::DateForm::Weekday;
    match (a, b, fa, fb) {
        (DateValue::Day(x), DateValue::Day(y), Weekday(_), Weekday(_)) => {
            x.since(*y).is_ok_and(|s| s.get_days().abs() == 7)
        }
        _ => false,
    }
}

/// Two times of day of one event: compared in UTC when both zones are
/// known (`local time` at a place the gazetteer knows, on the event's day,
/// is), as written when neither has one or one is `local time` (both the
/// clock of the event's place), else not at all;
/// `--explain` shows the zones and the UTC times compared.
/// Each time reaches as far as it is precise and hedged (`4:12` to the
/// minute, `4 a.m.` to the hour, `about` by `slack` minutes, `shortly
/// after` half an hour on): they agree when their windows meet. A time
/// and a day never compare.
fn same_time(
    (wa, ra): (&str, &Option<DateValue>),
    (wb, rb): (&str, &Option<DateValue>),
    slack: f64,
    ex: Explain,
) -> Verdict {
    let (
        Some(
            a @ DateValue::Time {
                minutes: ma,
                zone: za,
            },
        ),
        Some(
            b @ DateValue::Time {
                minutes: mb,
                zone: zb,
            },
        ),
    ) = (ra, rb)
    else {
        return Verdict::undecided(ex.why(|| "a time of day and a day do not compare".into()));
    };
    // Known offsets compare in UTC; no zone and `local time` compare as
    // written (both the clock of the event's place).
    let offset = |z: &Option<crate::temporal::Zone>| z.and_then(|z| z.utc_offset());
    let plain = |z: &Option<crate::temporal::Zone>| z.is_none_or(|z| z.is_local());
    let (x, y, in_utc) = match (offset(za), offset(zb)) {
        (Some(oa), Some(ob)) => (
            i32::from(*ma) - i32::from(oa),
            i32::from(*mb) - i32::from(ob),
            true,
        ),
        _ if plain(za) && plain(zb) => (i32::from(*ma), i32::from(*mb), false),
        _ => {
            return Verdict::undecided(ex.why(|| {
                format!(
                    "{} and {}: a time compares with a zoned one only where both zones are known",
                    a.display(),
                    b.display()
                )
            }))
        }
    };
    let utc = |m: i32| {
        let m = m.rem_euclid(1440);
        format!("{:02}:{:02} UTC", m / 60, m % 60)
    };
    // A zone other than UTC is shown with the UTC time it gives.
    let shown = |v: &DateValue, z: &Option<crate::temporal::Zone>, m: i32| match in_utc
        && offset(z) != Some(0)
    {
        true => format!("{} ({})", v.display(), utc(m)),
        false => v.display(),
    };
    // Whole minutes: the rule's slack is at most 720 (rules/load.rs).
    let slack = slack.round() as i32;
    let gap = crate::temporal::windows_apart(
        crate::temporal::clock_window(wa, x, slack),
        crate::temporal::clock_window(wb, y, slack),
    );
    // Minutes apart, around midnight too.
    let apart = (x - y).rem_euclid(1440).min((y - x).rem_euclid(1440));
    if gap == 0 {
        Verdict::consistent(ex.why(|| format!("{} and {} agree", shown(a, za, x), shown(b, zb, y))))
    } else {
        Verdict::conflict(
            false,
            ex.why(|| {
                format!(
                    "{} is {apart} minutes from {}",
                    shown(a, za, x),
                    shown(b, zb, y)
                )
            }),
        )
    }
}

/// Whether either claim's sentence tells its event as overnight (`an
/// overnight fire Friday` / `the church burned Saturday`): then the two
/// days around its night both date it.
fn told_overnight(a: &Claim, b: &Claim) -> bool {
    [a, b]
        .iter()
        .any(|c| c.subject.context.iter().any(|w| w == "overnight"))
}

pub(super) fn same_date(a: &Claim, b: &Claim, slack_minutes: f64, ex: Explain) -> Verdict {
    let (
        Value::Date {
            resolved: ra,
            written: wa,
        },
        Value::Date {
            resolved: rb,
            written: wb,
        },
    ) = (&a.value, &b.value)
    else {
        return Verdict::undecided(ex.why(|| "not dates".into()));
    };
    // A state held since a date and its holder's beginning.
    if let Some((conflict, why)) = crate::claims::existence_conflict(a, b) {
        return match conflict {
            Some(true) => Verdict::conflict(true, ex.why(|| why)),
            Some(false) => Verdict::consistent(ex.why(|| why)),
            None => Verdict::undecided(ex.why(|| why)),
        };
    }
    // `Monday at 3:40 a.m. local time` / `Sunday at 1840 GMT`: one instant.
    if let Some(verdict) = super::zoned_days::judge(a, b, slack_minutes, ex) {
        return verdict;
    }
    if let (Some(DateValue::Time { .. }), _) | (_, Some(DateValue::Time { .. })) = (ra, rb) {
        return same_time((wa.as_str(), ra), (wb.as_str(), rb), slack_minutes, ex);
    }
    let unanchored = |r: &Option<DateValue>| matches!(r, None | Some(DateValue::Weekday(_)));
    if !unanchored(ra) && !unanchored(rb) {
        let (ra, rb) = (
            ra.as_ref().expect("anchored"),
            rb.as_ref().expect("anchored"),
        );
        if ra.overlaps(rb) {
            return Verdict::consistent(
                ex.why(|| format!("{} and {} agree", ra.display(), rb.display())),
            );
        }
        // `Friday night` and `early Saturday`: one night.
        let a_first = ra
            .interval()
            .zip(rb.interval())
            .is_some_and(|(x, y)| x.0 < y.0);
        let (first, second) = if a_first { (wa, wb) } else { (wb, wa) };
        if days_between(ra, rb) == Some(1)
            && (super::overnight::one_night(first, second) || told_overnight(a, b))
        {
            return Verdict::undecided(
                ex.why(|| format!("\"{first}\" and \"{second}\" may be one night")),
            );
        }
        let (fa, fb) = (relative_form(wa), relative_form(wb));
        if let Some(why) = loose_reading(ra, rb, (wa, &fa), (wb, &fb)) {
            return Verdict::undecided(ex.why(|| format!("\"{wa}\" / \"{wb}\": {why}")));
        }
        // Which day `today` or `this morning` is depends on the hour and
        // time zone of publication, which articles rarely give.
        let today = |f: &Option<crate::temporal::DateForm>| {
            matches!(f, Some(crate::temporal::DateForm::RelativeDay(_)))
        };
        let weak = today(&fa) || today(&fb);
        return Verdict::conflict(
            weak,
            ex.why(|| format!("{} is not {}", ra.display(), rb.display())),
        );
    }
    // Without an anchor, `November 19` and `November 18` still differ.
    if let (Some(x), Some(y)) = (month_day_of(&a.value), month_day_of(&b.value)) {
        return if x == y {
            Verdict::consistent(ex.why(|| format!("both say {wa}")))
        } else {
            Verdict::conflict(
                true,
                ex.why(|| format!("{wa} is not {wb} (compared by month and day)")),
            )
        };
    }
    // Without an anchor, weekdays still compare by name; a weekday and a
    // calendar date do not (which week is unknown).
    if !unanchored(ra) || !unanchored(rb) {
        return Verdict::undecided(
            ex.why(|| format!("cannot place \"{wa}\" beside \"{wb}\" without a date")),
        );
    }
    match (weekday_of(&a.value), weekday_of(&b.value)) {
        (Some(x), Some(y)) if x == y => Verdict::consistent(ex.why(|| format!("both say {x:?}"))),
        (Some(x), Some(y))
            if (x.next() == y || y.next() == x) && told_overnight(a, b)
                || (x.next() == y && super::overnight::one_night(wa, wb))
                || (y.next() == x && super::overnight::one_night(wb, wa)) =>
        {
            Verdict::undecided(ex.why(|| format!("\"{wa}\" and \"{wb}\" may be one night")))
        }
        (Some(x), Some(y)) => Verdict::conflict(
            true,
            ex.why(|| format!("{x:?} is not {y:?} (compared by weekday name)")),
        ),
        _ => Verdict::undecided(
            ex.why(|| format!("cannot compare \"{wa}\" with \"{wb}\" without a date")),
        ),
    }
}
