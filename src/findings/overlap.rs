//! One conflict told once: a distance written as a place's offset (`940
//! miles south of Tehran`) is both a figure and a place; when the places
//! conflict, the figures' finding repeats it and is dropped. And a
//! statement quoted over several paragraphs (or several quotes of one
//! person) given to the same different speakers by the same sources is one
//! disagreement over who spoke: told once, by its most severe finding.

use super::Finding;
use crate::claims::{Claim, ClaimKind, Value};
use std::collections::HashSet;

/// Most bytes between a figure and the place it is an offset from (`940
/// miles south-southeast of the capital`).
const OFFSET_GAP: usize = 40;

/// Drops the quantity findings whose every figure is the distance of a
/// place in a location finding.
pub(super) fn drop_offset_distances(findings: &mut Vec<Finding>, claims: &[Claim]) {
    let places: Vec<usize> = findings
        .iter()
        .filter(|f| f.kind == ClaimKind::Location)
        .flat_map(|f| f.claims.iter().copied())
        .collect();
    if places.is_empty() {
        return;
    }
    let is_offset = |q: &Claim| {
        places.iter().any(|&p| {
            let p = &claims[p];
            p.source == q.source
                && p.sentence == q.sentence
                && p.span.start >= q.span.end
                && p.span.start - q.span.end <= OFFSET_GAP
        })
    };
    findings.retain(|f| {
        f.kind != ClaimKind::Quantity || !f.claims.iter().all(|&q| is_offset(&claims[q]))
    });
}

/// Who each source says spoke, in a quote finding: its sorted (source,
/// speaker) pairs; `None` when a claim names no speaker.
fn speakers(f: &Finding, claims: &[Claim]) -> Option<Vec<(usize, String)>> {
    let mut out: Vec<(usize, String)> = f
        .claims
        .iter()
        .map(|&c| match &claims[c].value {
            Value::Quote {
                speaker: Some(s), ..
            } => Some((claims[c].source, s.clone())),
            _ => None,
        })
        .collect::<Option<_>>()?;
    out.sort_unstable();
    out.dedup();
    Some(out)
}

/// Drops a quote finding whose sources give the same speakers as a more
/// severe (or, at one severity, earlier) quote finding: the paragraphs of
/// one statement, or two quotes of one person, given by one outlet to
/// Smith and by another to Butler, are one disagreement.
pub(super) fn drop_repeated_speakers(findings: &mut Vec<Finding>, claims: &[Claim]) {
    let mut order: Vec<usize> = (0..findings.len())
        .filter(|&i| findings[i].kind == ClaimKind::Quote)
        .collect();
    if order.len() < 2 {
        return;
    }
    let first_at = |f: &Finding| {
        f.claims
            .first()
            .map(|&c| (claims[c].source, claims[c].span.start))
    };
    order.sort_by_key(|&i| {
        (
            std::cmp::Reverse(findings[i].severity),
            first_at(&findings[i]),
        )
    });
    let mut seen: HashSet<Vec<(usize, String)>> = HashSet::new();
    let mut drop = vec![false; findings.len()];
    for i in order {
        if let Some(who) = speakers(&findings[i], claims) {
            drop[i] = !seen.insert(who);
        }
    }
    let mut k = 0;
    findings.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}
