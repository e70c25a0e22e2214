//! One conflict told once: a distance written as a place's offset (`940
//! miles south of Tehran`) is both a figure and a place; when the places
//! conflict, the figures' finding repeats it and is dropped. And a weak
//! finding on the next paragraphs of a statement, given to the same
//! different speakers by the same sources, repeats the statement's one
//! disagreement over who spoke.

use super::Finding;
use crate::claims::{Claim, ClaimKind, Value};
use std::collections::HashMap;

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
            } => Some((claims[c].source, s.to_string())),
            _ => None,
        })
        .collect::<Option<_>>()?;
    out.sort_unstable();
    out.dedup();
    Some(out)
}

/// Most bytes between two quotes of one statement in one source: the end
/// of one paragraph's quote (with its attribution) and the start of the
/// next paragraph's.
const STATEMENT_GAP: usize = 300;

/// Whether every claim of `later` lies right after or before a claim of
/// `kept` in its source (the next paragraph of one statement).
fn same_statement(kept: &Finding, later: &Finding, claims: &[Claim]) -> bool {
    later.claims.iter().all(|&c| {
        let c = &claims[c];
        kept.claims.iter().any(|&d| {
            let d = &claims[d];
            let gap = if c.span.start >= d.span.end {
                c.span.start - d.span.end
            } else if d.span.start >= c.span.end {
                d.span.start - c.span.end
            } else {
                return false;
            };
            d.source == c.source && gap <= STATEMENT_GAP
        })
    })
}

/// Drops a weak quote finding (a warning: speakers carried over or
/// guessed) on the next paragraphs of a statement that a more severe quote
/// finding already reports with the same speakers in the same sources: a
/// statement given by one outlet to Smith and by another to Butler is one
/// disagreement over who spoke. Quotes attributed where they stand, or
/// further apart, keep their own findings: each is a place to correct.
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
    let mut kept: HashMap<Vec<(usize, String)>, Vec<usize>> = HashMap::new();
    let mut drop = vec![false; findings.len()];
    for i in order {
        let Some(who) = speakers(&findings[i], claims) else {
            continue;
        };
        let same = kept.entry(who).or_default();
        drop[i] = same.iter().any(|&k| {
            findings[k].severity > findings[i].severity
                && same_statement(&findings[k], &findings[i], claims)
        });
        if !drop[i] {
            same.push(i);
        }
    }
    let mut k = 0;
    findings.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}
