//! The check types: each judges one aligned pair of claims.

use super::{Check, Rule};
use crate::align::Pair;
use crate::claims::{Claim, Value};
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
            Check::SameDate => super::checks_dates::same_date(
                a,
                b,
                self.clock_slack.unwrap_or(super::DEFAULT_CLOCK_SLACK),
                ex,
            ),
            Check::MonotonicSeries => monotonic(a, b, ex),
            Check::NumericTolerance => numeric(a, b, self.tolerance.unwrap_or(0.0), ex),
            Check::SameSpeaker => super::checks_quotes::same_speaker(a, b, pair, ex),
            Check::SamePlace => super::checks_places::same_place(a, b, ex),
            Check::SameRole => super::checks_people::same_role(a, b, ex),
            Check::SameSpelling => super::checks_people::same_spelling(a, b, ex),
            Check::SameResult => super::checks_results::same_result(a, b, ex),
        }
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

/// The decimal places a figure is written to (0 to 4).
fn places(v: f64) -> i32 {
    (0..4)
        .find(|&k| {
            let x = v * 10f64.powi(k);
            (x - x.round()).abs() < 1e-6
        })
        .unwrap_or(4)
}

/// Two exact figures one of which is the other rounded to fewer decimal
/// places (`44 per cent` / `44.2 per cent`, `6.5` / `6.48`): one figure,
/// told to two precisions. Only within a small share of the figure
/// (`$1` is no rounding of `$1.42`).
fn rounded_alike(
    (v1, r1): (f64, &crate::quantity::Reading),
    (v2, r2): (f64, &crate::quantity::Reading),
) -> bool {
    let exact = crate::quantity::Reading::Exact;
    if *r1 != exact || *r2 != exact || v1 == v2 {
        return false;
    }
    let (coarse, fine) = if places(v1) < places(v2) {
        (v1, v2)
    } else {
        (v2, v1)
    };
    let scale = 10f64.powi(places(coarse));
    let rounded = (fine * scale).round() / scale;
    places(coarse) < places(fine)
        && (rounded - coarse).abs() < 1e-9
        && (fine - coarse).abs() <= 0.02 * coarse.abs()
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
    let meet = overlap > 0.0
        || (overlap == 0.0 && (x0 == x1 || y0 == y1))
        || (!converted && rounded_alike((*v1, r1), (*v2, r2)));
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
