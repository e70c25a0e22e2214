//! Two occasions, not one act told wrongly twice: when the same two
//! sentences disagree both on when an act was and on where it was
//! (`spoke in Boston on Monday` / `spoke in Chicago on Tuesday`), they
//! tell two occasions of an act that repeats (a tour, a second raid),
//! and neither finding stands. One wrong figure is a slip; a day and a
//! place that both differ are another occasion.

use super::Finding;
use crate::claims::{Claim, ClaimKind};
use std::collections::BTreeSet;

/// The sentences a finding's claims stand in: (source, sentence start).
fn sentences(f: &Finding, claims: &[Claim]) -> BTreeSet<(usize, usize)> {
    f.claims
        .iter()
        .map(|&c| (claims[c].source, claims[c].sentence.start))
        .collect()
}

/// Whether a place finding is told in a date finding's sentences: every
/// sentence of the place finding is one of the date finding's, in at
/// least two sources.
fn told_alike(place: &BTreeSet<(usize, usize)>, date: &BTreeSet<(usize, usize)>) -> bool {
    let sources: BTreeSet<usize> = place.iter().map(|&(s, _)| s).collect();
    sources.len() >= 2 && place.is_subset(date)
}

/// Drops every date finding and every location finding told in the same
/// sentences as one of the other kind (see the module's documentation).
pub(super) fn drop_other_occasions(findings: &mut Vec<Finding>, claims: &[Claim]) {
    let of_kind = |kind: ClaimKind| -> Vec<(usize, BTreeSet<(usize, usize)>)> {
        findings
            .iter()
            .enumerate()
            .filter(|(_, f)| f.kind == kind)
            .map(|(k, f)| (k, sentences(f, claims)))
            .collect()
    };
    let (dates, places) = (of_kind(ClaimKind::Date), of_kind(ClaimKind::Location));
    if dates.is_empty() || places.is_empty() {
        return;
    }
    let mut dropped = vec![false; findings.len()];
    for (p, place) in &places {
        for (d, date) in &dates {
            if told_alike(place, date) {
                dropped[*p] = true;
                dropped[*d] = true;
            }
        }
    }
    let mut k = 0;
    findings.retain(|_| {
        k += 1;
        !dropped[k - 1]
    });
}

#[cfg(test)]
mod tests {
    use crate::claims::ClaimKind;

    fn kinds(texts: &[&str]) -> Vec<ClaimKind> {
        crate::findings::tests::findings_of(texts)
            .iter()
            .map(|f| f.kind)
            .collect()
    }

    #[test]
    fn a_day_and_a_place_that_both_differ_are_another_occasion() {
        let found = kinds(&[
            "Governor Ana Ruiz addressed supporters in Denver on Monday.",
            "Governor Ana Ruiz addressed supporters in Phoenix on Thursday.",
        ]);
        assert!(
            !found.contains(&ClaimKind::Date) && !found.contains(&ClaimKind::Location),
            "{found:?}"
        );
    }

    #[test]
    fn a_place_alone_that_differs_still_conflicts() {
        let found = kinds(&[
            "Governor Ana Ruiz addressed supporters in Denver on Monday.",
            "Governor Ana Ruiz addressed supporters in Phoenix on Monday.",
        ]);
        assert!(found.contains(&ClaimKind::Location), "{found:?}");
    }
}
