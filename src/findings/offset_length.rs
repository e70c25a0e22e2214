//! Two figures of time counted from an anchor (`a stroke eleven days
//! earlier`, `suffered a stroke a month ago`) in an undated article
//! compare by their lengths only: `ago` counts back from the article's
//! day, `earlier` from another event of it, and no calendar gives either
//! a day. Such lengths may disagree with nothing contradicted (the anchors
//! may lie apart), so their conflict is never an error, a warning at most.
//! When both articles are dated, lengths that differ by no more than the
//! days between them are no conflict at all (each may count from its own
//! day); other conflicts of dated articles keep the rule's severity, as
//! do figures the calendar places on days ([`Reason::Dated`], see
//! `align::ago`). The anchor word is not read here: a big run has
//! released the texts by the time pairs are judged.

use crate::align::{Pair, Reason};
use crate::claims::{Claim, ClaimKind, Value};
use crate::quantity::{Units, DURATION};
use crate::rules::Verdict;
use crate::source::Source;

/// Why a pair is left undecided by [`judge`] when the days between the
/// articles explain the lengths.
const WHY_APART: &str = "figures of time counted from days that lie apart: the articles' dates \
     explain the difference";

/// Scopes of a figure of time counted back or on from an anchor (see
/// `counted::offset_keys`).
const OFFSET_SCOPES: &[&str] = &["earlier than", "later than"];

/// Whether `c` is a figure of time counted from an anchor: keyed by the
/// verb of its clause with an `earlier than` / `later than` scope, or
/// classed by its unit and side (`day before`, `week after`).
pub(super) fn is_offset(c: &Claim) -> bool {
    let Value::Quantity { unit: Some(u), .. } = &c.value else {
        return false;
    };
    if c.kind != ClaimKind::Quantity {
        return false;
    }
    let keyed = c
        .subject
        .counted
        .as_ref()
        .is_some_and(|k| k.scope.iter().any(|s| OFFSET_SCOPES.contains(&s.as_str())));
    let sided = ["before", "after"]
        .iter()
        .any(|side| c.subject.class.strip_suffix(side).map(str::trim_end) == Some(u.as_str()));
    (keyed && c.subject.class == *u) || sided
}

/// What becomes of a conflict between two figures of time.
#[derive(Debug, PartialEq)]
enum Policy {
    /// The rule's verdict stands.
    Keep,
    /// The days between the articles explain the lengths: undecided.
    Apart,
    /// Lengths only: a warning at most.
    Weak,
}

/// The policy for a conflicting pair (see the module's documentation).
fn policy(a: &Claim, b: &Claim, pair: &Pair, sources: &[Source]) -> Policy {
    if matches!(pair.reason, Reason::Dated { .. }) || !(is_offset(a) && is_offset(b)) {
        return Policy::Keep;
    }
    if days_apart_explain(a, b, sources) {
        return Policy::Apart;
    }
    let dated = |c: &Claim| {
        sources
            .get(c.source)
            .is_some_and(|s| s.meta.published.is_some())
    };
    if dated(a) && dated(b) {
        Policy::Keep
    } else {
        Policy::Weak
    }
}

/// The verdict of a conflict between two figures of time counted from
/// anchors (see the module's documentation): undecided when the days
/// between their articles cover the difference, weak when no calendar
/// places both. Other verdicts and pairs come back unchanged.
pub(super) fn judge(v: Verdict, a: &Claim, b: &Claim, pair: &Pair, sources: &[Source]) -> Verdict {
    if v.conflict != Some(true) {
        return v;
    }
    match policy(a, b, pair, sources) {
        Policy::Keep => v,
        Policy::Apart => Verdict {
            conflict: None,
            why: WHY_APART.to_string(),
            ..v
        },
        Policy::Weak => {
            let why = if v.why.is_empty() {
                v.why
            } else {
                format!("{}; {WHY_WEAK}", v.why)
            };
            Verdict {
                weak: true,
                why,
                ..v
            }
        }
    }
}

/// [`judge`] for whether a pair conflicts only (the rule's `conflict`).
pub(super) fn conflict(
    c: Option<bool>,
    a: &Claim,
    b: &Claim,
    pair: &Pair,
    sources: &[Source],
) -> Option<bool> {
    c.filter(|&c| !(c && policy(a, b, pair, sources) == Policy::Apart))
}

/// Whether both articles are dated, on different days, and the lengths
/// differ by no more than the days between them.
fn days_apart_explain(a: &Claim, b: &Claim, sources: &[Source]) -> bool {
    let published = |c: &Claim| sources.get(c.source).and_then(|s| s.meta.published);
    let apart = match (published(a), published(b)) {
        (Some(x), Some(y)) => x.since(y).map_or(0, |s| s.get_days().unsigned_abs()),
        _ => 0,
    };
    apart > 0 && gap_days(a, b).is_some_and(|gap| gap <= f64::from(apart))
}

/// Why such a conflict is weak.
const WHY_WEAK: &str = "lengths counted from anchors no calendar places: a warning at most";

/// The days between two figures of time, each read as its interval in
/// days (`a month` is 0.75 to 1.25 of 30.4 days): 0 when they meet;
/// `None` when either is no duration.
fn gap_days(a: &Claim, b: &Claim) -> Option<f64> {
    let (a0, a1) = days(a)?;
    let (b0, b1) = days(b)?;
    Some((a0.max(b0) - a1.min(b1)).max(0.0))
}

/// A figure of time as its interval in days.
fn days(c: &Claim) -> Option<(f64, f64)> {
    let Value::Quantity {
        lo,
        hi,
        unit: Some(u),
        ..
    } = &c.value
    else {
        return None;
    };
    let m = Units::defaults().measure(u)?;
    (m.dimension == DURATION).then(|| (lo * m.size, hi * m.size))
}

#[cfg(test)]
mod tests;
