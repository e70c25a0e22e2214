//! One conflict told once: a distance written as a place's offset (`940
//! miles south of Tehran`) is both a figure and a place; when the places
//! conflict, the figures' finding repeats it and is dropped.

use super::Finding;
use crate::claims::{Claim, ClaimKind};

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
