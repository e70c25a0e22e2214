//! Figures of time before publication (`married two weeks ago`, `wed
//! about three weeks ago`). Each sits in a date claim whose frame says
//! what happened then (the figure is keyed by its clause's verb, if at
//! all: see `counted::offset_keys`). Two such
//! figures date one event when their frames relate (`marry` / `wed`),
//! whatever the sentences' other words, and are compared as figures
//! (converted when their units differ: `nine days ago`, `three weeks
//! ago`).
//!
//! A figure of time before publication is measured from its article's
//! day: two articles published a week apart rightly write `two weeks
//! ago` and `three weeks ago` for one day. So the figures are paired only
//! when the days they name, each resolved from its article's day, do not
//! meet: when they meet, the figures differ by the days between the
//! articles and nothing is contradicted.

use crate::claims::{Claim, ClaimKind, Value};
use crate::lexical::Relation;
use crate::source::SourceId;
use std::collections::HashMap;

/// The date claims of figures of time before publication, by source and
/// sentence.
pub(super) struct Ago {
    /// (source, sentence start) → the date claims written `… ago` there.
    dates: HashMap<(SourceId, usize), Vec<usize>>,
}

impl Ago {
    /// Indexes the date claims written `… ago` of `claims`.
    pub(super) fn new(claims: &[Claim]) -> Ago {
        let mut dates: HashMap<(SourceId, usize), Vec<usize>> = HashMap::new();
        for (i, c) in claims.iter().enumerate() {
            if c.kind == ClaimKind::Date && written_ago(c) && c.subject.class.contains(':') {
                dates
                    .entry((c.source, c.sentence.start))
                    .or_default()
                    .push(i);
            }
        }
        Ago { dates }
    }

    /// The date claim written `… ago` whose words overlap quantity `q`'s
    /// (`about three weeks` and `three weeks ago`).
    fn date_of<'c>(&self, claims: &'c [Claim], q: &Claim) -> Option<&'c Claim> {
        self.dates
            .get(&(q.source, q.sentence.start))?
            .iter()
            .map(|&d| &claims[d])
            .find(|d| d.span.start < q.span.end && q.span.start < d.span.end)
    }

    /// The date claims of quantities `a` and `b`, when both are figures
    /// of time before their event written `… ago`.
    fn dates_of<'c>(
        &self,
        claims: &'c [Claim],
        a: &Claim,
        b: &Claim,
    ) -> Option<(&'c Claim, &'c Claim)> {
        if !(is_before(a) && is_before(b)) {
            return None;
        }
        Some((self.date_of(claims, a)?, self.date_of(claims, b)?))
    }

    /// How the frames of quantities `a` and `b` relate, when both are
    /// figures of time before publication dating related events on days
    /// that do not meet (see the module's documentation).
    pub(super) fn same_event(&self, claims: &[Claim], a: &Claim, b: &Claim) -> Option<Relation> {
        let (da, db) = self.dates_of(claims, a, b)?;
        let relation = frames_relate(&da.subject.class, &db.subject.class)?;
        match (resolved(da), resolved(db)) {
            (Some((a0, a1)), Some((b0, b1))) if a1 < b0 || b1 < a0 => Some(relation),
            _ => None,
        }
    }

    /// Whether two figures of time before publication name overlapping
    /// days once each is counted back from its own article's date
    /// (`married two weeks ago` on the 25th, `wed a week ago` on the
    /// 18th): told from days apart, they agree whatever their figures.
    pub(super) fn name_same_days(&self, claims: &[Claim], a: &Claim, b: &Claim) -> bool {
        let Some((da, db)) = self.dates_of(claims, a, b) else {
            return false;
        };
        match (resolved(da), resolved(db)) {
            (Some((a0, a1)), Some((b0, b1))) => a0 <= b1 && b0 <= a1,
            _ => false,
        }
    }
}

/// Whether a quantity is a figure of time before its event (`two weeks`
/// of `two weeks ago`): its class is its unit and `before`, or it is
/// keyed by its clause's verb with the scope `earlier than` (see
/// `counted::offset_keys`).
fn is_before(c: &Claim) -> bool {
    let keyed_before = || {
        c.subject
            .counted
            .as_ref()
            .is_some_and(|k| k.scope.iter().any(|s| s == "earlier than"))
    };
    c.kind == ClaimKind::Quantity
        && matches!(&c.value, Value::Quantity { unit: Some(u), .. }
            if c.subject.class.strip_suffix(" before") == Some(u.as_str())
                || (c.subject.class == *u && keyed_before()))
}

/// Whether a date claim is written as a time before publication (`two
/// weeks ago`).
fn written_ago(c: &Claim) -> bool {
    matches!(&c.value, Value::Date { written, .. }
        if written.rsplit(' ').next().is_some_and(|w| w.eq_ignore_ascii_case("ago")))
}

/// The first and last day a date claim names, when resolved.
fn resolved(c: &Claim) -> Option<(jiff::civil::Date, jiff::civil::Date)> {
    match &c.value {
        Value::Date {
            resolved: Some(v), ..
        } => v.interval(),
        _ => None,
    }
}

/// How two frames' predicates relate (`verb:marry` / `verb:wed`).
fn frames_relate(a: &str, b: &str) -> Option<Relation> {
    let (pa, la) = crate::claims::class_predicate(a);
    let (pb, lb) = crate::claims::class_predicate(b);
    super::counted::relate((pa, la), (pb, lb))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::claims_of;

    /// The quantity `figure` of `text`, published on `day`, with the
    /// claims of its text.
    fn figure(text: &str, day: &str, figure: &str) -> (Vec<Claim>, usize) {
        let claims = claims_of(text, Some(day));
        let at = claims
            .iter()
            .position(|c| c.kind == ClaimKind::Quantity && text[c.span.clone()].contains(figure))
            .unwrap_or_else(|| panic!("no quantity {figure:?} in {text:?}"));
        (claims, at)
    }

    /// Whether the two figures, each of its own article, date one event.
    /// Two articles' claims as one list (the second as source 1), with
    /// the places of their two figures in it.
    fn joined(a: (&str, &str, &str), b: (&str, &str, &str)) -> (Vec<Claim>, usize, usize) {
        let (mut ca, ia) = figure(a.0, a.1, a.2);
        let (mut cb, ib) = figure(b.0, b.1, b.2);
        for c in &mut cb {
            c.source = 1;
        }
        let offset = ca.len();
        ca.append(&mut cb);
        (ca, ia, offset + ib)
    }

    fn meet(a: (&str, &str, &str), b: (&str, &str, &str)) -> Option<Relation> {
        let (claims, ia, ib) = joined(a, b);
        Ago::new(&claims).same_event(&claims, &claims[ia], &claims[ib])
    }

    #[test]
    fn related_frames_on_days_apart_meet() {
        let m = meet(
            ("The mayor was married two weeks ago.", "2024-05-20", "two"),
            (
                "The mayor, who was wed about three weeks ago, spoke.",
                "2024-05-20",
                "three",
            ),
        );
        assert!(
            m.is_some(),
            "marry / wed, two and three weeks before one day"
        );
        // Days and weeks meet too: the rule converts them.
        let m = meet(
            ("The mayor was married nine days ago.", "2024-05-20", "nine"),
            (
                "The mayor, who was wed four weeks ago, spoke.",
                "2024-05-20",
                "four",
            ),
        );
        assert!(m.is_some());
    }

    fn same_days(a: (&str, &str, &str), b: (&str, &str, &str)) -> bool {
        let (claims, ia, ib) = joined(a, b);
        Ago::new(&claims).name_same_days(&claims, &claims[ia], &claims[ib])
    }

    #[test]
    fn figures_counted_back_to_one_week_name_the_same_days() {
        assert!(same_days(
            ("The mayor was married two weeks ago.", "2024-05-27", "two"),
            (
                "The mayor, who was wed a week ago, spoke.",
                "2024-05-20",
                "week"
            ),
        ));
        assert!(!same_days(
            ("The mayor was married two weeks ago.", "2024-05-20", "two"),
            (
                "The mayor, who was wed five weeks ago, spoke.",
                "2024-05-20",
                "five"
            ),
        ));
    }

    #[test]
    fn figures_naming_one_day_from_days_apart_do_not_meet() {
        // Written a week apart, both name the same week.
        assert_eq!(
            meet(
                ("The mayor was married two weeks ago.", "2024-05-27", "two"),
                (
                    "The mayor, who was wed a week ago, spoke.",
                    "2024-05-20",
                    "week",
                ),
            ),
            None
        );
    }

    #[test]
    fn unrelated_frames_do_not_meet() {
        assert_eq!(
            meet(
                ("The mayor was married two weeks ago.", "2024-05-20", "two"),
                (
                    "The mayor, who was promoted three weeks ago, spoke.",
                    "2024-05-20",
                    "three",
                ),
            ),
            None
        );
    }
}
