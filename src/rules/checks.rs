//! The check types: each judges one aligned pair of claims.

use super::{Check, Rule};
use crate::align::Pair;
use crate::claims::{Attribution, Claim, Value};
use crate::temporal::DateValue;

/// The judgement on one aligned pair.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    /// `Some(true)`: they contradict; `Some(false)`: consistent; `None`: cannot tell.
    pub conflict: Option<bool>,
    /// The conflict rests on an uncertain reading (use the weak severity).
    pub weak: bool,
    /// Why, in words.
    pub why: String,
}

/// Whether a check writes its explanation: judging every pair of a large
/// run only needs to know which conflict, and most verdicts are dropped.
#[derive(Clone, Copy)]
pub(super) struct Explain(pub(super) bool);

impl Explain {
    /// The explanation, written only when asked for.
    pub(super) fn why(self, why: impl FnOnce() -> String) -> String {
        if self.0 {
            why()
        } else {
            String::new()
        }
    }
}

impl Verdict {
    pub(super) fn consistent(why: String) -> Verdict {
        Verdict {
            conflict: Some(false),
            weak: false,
            why,
        }
    }
    pub(super) fn conflict(weak: bool, why: String) -> Verdict {
        Verdict {
            conflict: Some(true),
            weak,
            why,
        }
    }
    pub(super) fn undecided(why: String) -> Verdict {
        Verdict {
            conflict: None,
            weak: false,
            why,
        }
    }
}

impl Rule {
    /// Judges an aligned pair with this rule's check.
    pub fn judge(&self, a: &Claim, b: &Claim, pair: &Pair) -> Verdict {
        self.judge_with(a, b, pair, Explain(true))
    }

    /// Whether the pair conflicts (`Verdict::conflict`), without writing
    /// the explanation.
    pub fn conflict(&self, a: &Claim, b: &Claim, pair: &Pair) -> Option<bool> {
        self.judge_with(a, b, pair, Explain(false)).conflict
    }

    fn judge_with(&self, a: &Claim, b: &Claim, pair: &Pair, ex: Explain) -> Verdict {
        match self.check {
            Check::SameDate => same_date(
                a,
                b,
                self.clock_slack.unwrap_or(super::DEFAULT_CLOCK_SLACK),
                ex,
            ),
            Check::MonotonicSeries => monotonic(a, b, ex),
            Check::NumericTolerance => numeric(a, b, self.tolerance.unwrap_or(0.0), ex),
            Check::SameSpeaker => same_speaker(a, b, pair, ex),
            Check::SamePlace => super::checks_places::same_place(a, b, ex),
            Check::SameRole => super::checks_people::same_role(a, b, ex),
            Check::SameSpelling => super::checks_people::same_spelling(a, b, ex),
            Check::SameResult => super::checks_results::same_result(a, b, ex),
        }
    }
}

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
    let form = crate::temporal::find_date_expressions(written)
        .into_iter()
        .next()?
        .form;
    matches!(
        form,
        DateForm::Weekday(_) | DateForm::RelativeDay(_) | DateForm::RelativeUnit { .. }
    )
    .then_some(form)
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
/// known, as written when neither has one (both local), else not at all;
/// they agree within `slack` minutes. A time and a day never compare.
fn same_time(
    _t: &DateValue,
    ra: &Option<DateValue>,
    rb: &Option<DateValue>,
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
    let (x, y) = match (za, zb) {
        (None, None) => (i32::from(*ma), i32::from(*mb)),
        (Some(_), Some(_)) => match (a.utc_minutes(), b.utc_minutes()) {
            (Some(x), Some(y)) => (x, y),
            _ => return Verdict::undecided(ex.why(|| "an unknown time zone".into())),
        },
        _ => {
            return Verdict::undecided(ex.why(|| {
                format!(
                    "{} and {}: a local time compares with a zoned one only where the place's zone is known",
                    a.display(),
                    b.display()
                )
            }))
        }
    };
    // Minutes apart, around midnight too.
    let apart = (x - y).rem_euclid(1440).min((y - x).rem_euclid(1440));
    if f64::from(apart) <= slack {
        Verdict::consistent(ex.why(|| format!("{} and {} agree", a.display(), b.display())))
    } else {
        Verdict::conflict(
            false,
            ex.why(|| format!("{} is {apart} minutes from {}", a.display(), b.display())),
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

fn same_date(a: &Claim, b: &Claim, slack_minutes: f64, ex: Explain) -> Verdict {
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
    if let (Some(t @ DateValue::Time { .. }), _) | (_, Some(t @ DateValue::Time { .. })) = (ra, rb)
    {
        return same_time(t, ra, rb, slack_minutes, ex);
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

fn monotonic(a: &Claim, b: &Claim, ex: Explain) -> Verdict {
    let (Value::Ordinal { n: na, count: ca }, Value::Ordinal { n: nb, count: cb }) =
        (&a.value, &b.value)
    else {
        return Verdict::undecided(ex.why(|| "not ordinals".into()));
    };
    let (Some(ta), Some(tb)) = (a.subject.event_date.as_ref(), b.subject.event_date.as_ref())
    else {
        // Between two undated sources a series may not grow at all:
        // which one is later is unknown. A weak conflict.
        if a.subject.event_date.is_none() && b.subject.event_date.is_none() && na != nb {
            return Verdict::conflict(
                true,
                ex.why(|| format!("{na} and {nb} in two undated sources")),
            );
        }
        return Verdict::undecided(ex.why(|| "an as-of date is missing".into()));
    };
    let what = |n: u32, count: bool, t: &DateValue| {
        if count {
            ex.why(|| format!("{n} as of {}", t.display()))
        } else {
            ex.why(|| format!("#{n} on {}", t.display()))
        }
    };
    let (da, db) = (what(*na, *ca, ta), what(*nb, *cb, tb));
    if ta.overlaps(tb) {
        // One moment: ordinals of one event must agree, and so must counts;
        // a count may exceed an ordinal of the same day only if it includes later events.
        return if ca == cb && na != nb {
            Verdict::conflict(
                false,
                ex.why(|| format!("{da} and {db} describe the same moment")),
            )
        } else if !ca && *cb && nb < na {
            Verdict::conflict(false, ex.why(|| format!("{db} is fewer than {da}")))
        } else if *ca && !cb && na < nb {
            Verdict::conflict(false, ex.why(|| format!("{da} is fewer than {db}")))
        } else {
            Verdict::consistent(ex.why(|| format!("{da} and {db} agree")))
        };
    }
    let (Some((_, a_end)), Some((b_start, _))) = (ta.interval(), tb.interval()) else {
        return Verdict::undecided(ex.why(|| "dates not comparable".into()));
    };
    let (first, second, d1, d2) = if a_end < b_start {
        ((na, ca), (nb, cb), &da, &db)
    } else {
        ((nb, cb), (na, ca), &db, &da)
    };
    // One ordinal on two dates is one member reported twice (`the second
    // such arrest` on Monday and on Wednesday), not a series shrinking.
    let grows = first.0 <= second.0;
    if grows {
        Verdict::consistent(ex.why(|| format!("{d1} then {d2}: the series grows with time")))
    } else {
        Verdict::conflict(
            true,
            ex.why(|| format!("{d1} then {d2}: the series shrinks")),
        )
    }
}

fn numeric(a: &Claim, b: &Claim, tol: f64, ex: Explain) -> Verdict {
    let (
        Value::Quantity {
            value: v1,
            lo: l1,
            hi: h1,
            unit: u1,
            reading: r1,
            ..
        },
        Value::Quantity {
            value: v2,
            lo: l2,
            hi: h2,
            unit: u2,
            reading: r2,
            ..
        },
    ) = (&a.value, &b.value)
    else {
        return Verdict::undecided(ex.why(|| "not quantities".into()));
    };
    // Units of one dimension convert (miles and km), with slack for the
    // writer's rounding of a converted figure; currencies do not.
    let mut converted = false;
    let (s1, s2) = match (u1.as_deref(), u2.as_deref()) {
        (Some(x), Some(y)) if x != y => {
            let units = crate::quantity::Units::defaults();
            match (units.measure(x), units.measure(y)) {
                (Some(m1), Some(m2)) if m1.dimension == m2.dimension => {
                    converted = true;
                    (m1.size, m2.size)
                }
                _ if is_currency(x) && is_currency(y) => {
                    return Verdict::undecided(ex.why(|| {
                        format!(
                            "{} and {} are in different currencies: exchange rates change, so the figures are not judged",
                            a.value.display(),
                            b.value.display()
                        )
                    }))
                }
                // `12 ships` and `17 vessels`: things the aligner found to
                // be one (a synonym or hypernym) are counted one to one.
                _ if counts_thing(a) && counts_thing(b) => (1.0, 1.0),
                _ => return Verdict::undecided(ex.why(|| format!("{x} and {y} do not convert"))),
            }
        }
        _ => (1.0, 1.0),
    };
    let tol = if converted {
        tol.max(crate::quantity::ReadingSettings::defaults().convert.slack)
    } else {
        tol
    };
    let widen = |lo: f64, hi: f64, size: f64| (lo * size * (1.0 - tol), hi * size * (1.0 + tol));
    let ((x0, x1), (y0, y1)) = (widen(*l1, *h1, s1), widen(*l2, *h2, s2));
    let (va, vb) = (ex.why(|| a.value.display()), ex.why(|| b.value.display()));
    let how = |r: &crate::quantity::Reading, lo: f64, hi: f64, shown: &str| {
        use crate::claims::text::format_number as n;
        use crate::quantity::Reading;
        match r {
            Reading::Exact => format!("{shown} (exact)"),
            Reading::Round => format!("{shown} (a round figure: {}–{})", n(lo), n(hi)),
            Reading::Hedged if hi.is_infinite() => format!("{shown} ({} or more)", n(lo)),
            Reading::Hedged => format!("{shown} ({}–{})", n(lo), n(hi)),
            Reading::Range => format!("{shown} (a range)"),
        }
    };
    let slack = if tol > 0.0 {
        format!(", with {:.0}% slack", tol * 100.0)
    } else {
        String::new()
    };
    // Two intervals meet when they overlap; touching at one end counts
    // only for an exact figure (300,000 and 400,000, each a round figure,
    // touch at 350,000 but do not meet).
    let overlap = x1.min(y1) - x0.max(y0);
    let meet = overlap > 0.0 || (overlap == 0.0 && (x0 == x1 || y0 == y1));
    let hedged = crate::quantity::Reading::Hedged;
    if !meet && *r1 == hedged && *r2 == hedged && v1 == v2 && u1 == u2 {
        // `nearly 100` and `over 100`: one figure, hedged two ways; which
        // side of it is right is not told by either source.
        return Verdict::undecided(ex.why(|| {
            format!(
                "{} and {}: one figure, hedged two ways",
                a.value.display(),
                b.value.display()
            )
        }));
    }
    // `more than 400` and `more than 200`: two lower bounds can both be
    // true, whatever the hedges' reading of how far above they reach.
    let lower_bound = |r: &crate::quantity::Reading, v: f64, lo: f64, hi: f64| {
        *r == hedged && lo >= v * (1.0 - 1e-9) && hi > v
    };
    if !meet && lower_bound(r1, *v1, *l1, *h1) && lower_bound(r2, *v2, *l2, *h2) {
        return Verdict::undecided(ex.why(|| {
            format!(
                "{} and {} are both lower bounds: both can be true",
                a.value.display(),
                b.value.display()
            )
        }));
    }
    // `from 7 to 75 years` and `between six and 75 years`: two ranges
    // as written give their ends; ends that differ disagree, though the
    // ranges overlap (weakly: a range may be an estimate's spread).
    let range = crate::quantity::Reading::Range;
    let ends_differ = (x0 - y0).abs() > 1e-9 * x0.abs().max(y0.abs())
        || (x1 - y1).abs() > 1e-9 * x1.abs().max(y1.abs());
    if meet && *r1 == range && *r2 == range && ends_differ {
        return Verdict::conflict(
            true,
            ex.why(|| format!("{va} and {vb} are ranges with different ends")),
        );
    }
    if meet {
        Verdict::consistent(ex.why(|| {
            format!(
                "{} and {} meet{slack}",
                how(r1, *l1, *h1, &va),
                how(r2, *l2, *h2, &vb)
            )
        }))
    } else {
        // A conflict resting on a hedge's reading is weaker than one
        // between figures as written (exact, round or a range).
        let weak =
            *r1 == crate::quantity::Reading::Hedged || *r2 == crate::quantity::Reading::Hedged;
        Verdict::conflict(
            weak,
            ex.why(|| {
                format!(
                    "{} and {} do not meet{slack}",
                    how(r1, *l1, *h1, &va),
                    how(r2, *l2, *h2, &vb)
                )
            }),
        )
    }
}

/// Whether a quantity counts a thing named by a noun (`ships`), as its
/// keys say, rather than a measure in a unit.
fn counts_thing(c: &Claim) -> bool {
    c.subject
        .counted
        .as_deref()
        .is_some_and(|k| k.thing.is_some())
}

/// Whether a quantity's unit is a currency code (`usd`, `eur`).
fn is_currency(unit: &str) -> bool {
    unit.bytes().all(|b| b.is_ascii_lowercase()) && crate::quantity::is_currency_code(unit)
}

fn same_speaker(a: &Claim, b: &Claim, pair: &Pair, ex: Explain) -> Verdict {
    let (
        Value::Quote {
            speaker: Some(sa),
            attribution: aa,
            person: pa,
            ..
        },
        Value::Quote {
            speaker: Some(sb),
            attribution: ab,
            person: pb,
            ..
        },
    ) = (&a.value, &b.value)
    else {
        return Verdict::undecided(ex.why(|| "a speaker is unknown".into()));
    };
    if same_person(sa, sb) {
        return Verdict::consistent(ex.why(|| format!("both attribute it to {sa}")));
    }
    // `Andrew Wetzler` and `Andrew Welzler`: one person, misspelled once;
    // rule `name-spelling` reports the spelling.
    if crate::claims::role::compare::misspelled(
        sa,
        sb,
        &crate::claims::role::vocab::ROLE_WORDS.spelling,
    ) {
        return Verdict::undecided(ex.why(|| format!("{sa} / {sb}: one name spelled two ways")));
    }
    if !pa || !pb {
        // `the Kremlin said` and `Putin said` can both be true; so can a
        // spokesman's words and their principal's.
        return Verdict::undecided(ex.why(|| {
            format!("{sa} / {sb}: an organization or a spokesperson may speak for a person")
        }));
    }
    let guessed = |x: &Attribution| *x != Attribution::Explicit;
    if guessed(aa) && guessed(ab) {
        // Two guesses are never compared.
        return Verdict::undecided(ex.why(|| format!("{sa} / {sb}: both speakers are guessed")));
    }
    // `Hale; Ortiz` (a joint statement) and `Hale`: one of them spoke.
    let members = |s: &str| s.split("; ").map(str::to_string).collect::<Vec<_>>();
    let (ma, mb) = (members(sa), members(sb));
    if (ma.len() > 1 || mb.len() > 1) && ma.iter().any(|x| mb.iter().any(|y| same_person(x, y))) {
        return Verdict::undecided(ex.why(|| format!("{sa} / {sb}: a joint statement")));
    }
    let weak = guessed(aa) || guessed(ab) || pair.score < 0.9;
    let how = if pair.score < 0.9 {
        "a paraphrase of the same quote"
    } else {
        "the same quote"
    };
    Verdict::conflict(
        weak,
        ex.why(|| format!("{how} is attributed to {sa} and to {sb}")),
    )
}

/// Whether two speaker names are one person: equal (case and accents
/// aside), or one surname with the other's words all in it (`Mendes` and
/// `Carla Mendes`, not `Ana Mendes` and `Carla Mendes`).
fn same_person(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    if a.contains("; ") || b.contains("; ") {
        return false;
    }
    // `José Muñoz` and `Jose Munoz`: case and accents aside.
    let folded = |s: &str| -> Vec<String> {
        s.split(' ')
            .map(|w| match crate::claims::role::compare::fold(w) {
                f if f.is_empty() => w.to_string(),
                f => f,
            })
            .collect()
    };
    let (fa, fb) = (folded(a), folded(b));
    let wa: Vec<&str> = fa.iter().map(String::as_str).collect();
    let wb: Vec<&str> = fb.iter().map(String::as_str).collect();
    if same_spelling_apart_from_spaces(&wa, &wb) {
        return true;
    }
    if wa.last() != wb.last() {
        return false;
    }
    // `Boone Isaacs` and `Cheryl Boone Isaacs`: every word of the shorter
    // form is in the longer.
    let (short, long) = if wa.len() <= wb.len() {
        (&wa, &wb)
    } else {
        (&wb, &wa)
    };
    short.iter().all(|w| long.contains(w))
}

/// `Del Giudice` and `Vincent DelGiudice`, `Smith-Jones` and `Smith
/// Jones`: one name when, without spaces, hyphens, periods and case, the
/// shorter is the whole of the longer or its last words.
fn same_spelling_apart_from_spaces(wa: &[&str], wb: &[&str]) -> bool {
    let squash = |ws: &[&str]| -> String {
        ws.iter()
            .flat_map(|w| w.chars())
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    // Either may be the shorter once squashed (`Vincent DelGiudice` has
    // fewer words than `Judge Del Giudice` but is not within it).
    let within = |short: &[&str], long: &[&str]| {
        let target = squash(short);
        !target.is_empty() && (0..long.len()).any(|k| squash(&long[k..]) == target)
    };
    within(wa, wb) || within(wb, wa)
}
