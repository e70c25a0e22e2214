//! Which quantities are ambiguous: a source giving several values for one
//! thing, so which of them another source's value matches is a guess.

use super::{counted, offsets, stops};
use crate::claims::{Claim, ClaimKind, Value};
use rayon::prelude::*;

/// Quantity claims whose source gives another value for the same key (see
/// [`counted::ambiguity_key`]), and offsets whose source gives another
/// from one place for an event within `days` (see [`offsets`]), and places
/// of one event whose source gives another, far from it (see [`stops`]).
pub(super) fn ambiguous_quantities(claims: &[Claim], days: i64) -> Vec<bool> {
    // Claims come grouped by source (in source order) from extraction and
    // from claims files alike; each source's few quantities are grouped
    // by class on their own. Claims in another order are first put in
    // source order (indices only).
    if claims.is_sorted_by_key(|c| c.source) {
        return claims
            .par_chunk_by(|a, b| a.source == b.source)
            .flat_map_iter(|run| ambiguous_in(run, (0..run.len() as u32).collect(), days))
            .collect();
    }
    let mut order: Vec<u32> = (0..claims.len() as u32).collect();
    order.par_sort_by_key(|&i| claims[i as usize].source);
    let mut out = vec![false; claims.len()];
    for run in order.chunk_by(|&x, &y| claims[x as usize].source == claims[y as usize].source) {
        for (k, marked) in ambiguous_in(claims, run.to_vec(), days).enumerate() {
            if marked {
                out[run[k] as usize] = true;
            }
        }
    }
    out
}

/// For each of `which` (indices into `claims`, all of one source, in
/// order), whether it is a quantity whose source gives another value for
/// the same key.
fn ambiguous_in(claims: &[Claim], which: Vec<u32>, days: i64) -> impl Iterator<Item = bool> {
    let mut marked = vec![false; which.len()];
    let claim = |k: usize| &claims[which[k] as usize];
    let value = |k: usize| match claim(k).value {
        Value::Quantity { value, .. } => Some(value),
        _ => None,
    };
    // `!=` as the list of distinct values counted: a NaN is never equal.
    let several = |run: &[(String, usize)]| {
        let first = value(run[0].1);
        run.iter().skip(1).any(|&(_, k)| value(k) != first)
    };
    let quantities = || {
        which
            .iter()
            .enumerate()
            .filter(|(_, &i)| claims[i as usize].kind == ClaimKind::Quantity)
    };
    offsets::mark_ambiguous(claims, &which, &mut marked, days);
    stops::mark_stops(claims, &which, &mut marked, days);
    // Several values under one key: all of them are ambiguous.
    let mut keyed: Vec<(String, usize)> = quantities()
        .map(|(k, &i)| (counted::ambiguity_key(&claims[i as usize]), k))
        .collect();
    keyed.sort_unstable();
    for run in keyed.chunk_by(|x, y| x.0 == y.0) {
        if several(run) {
            for &(_, k) in run {
                marked[k] = true;
            }
        }
    }
    // Several ages of one holder noun: those that do not say what was done
    // to the holder are ambiguous (`the 12-year-old girl` beside
    // `assaulting a 15-year-old girl`).
    let mut by_holder: Vec<(String, usize)> = quantities()
        .filter(|(_, &i)| claims[i as usize].subject.class == crate::claims::age::AGE_CLASS)
        .map(|(k, &i)| (counted::age_holder_key(&claims[i as usize]), k))
        .collect();
    by_holder.sort_unstable();
    for run in by_holder.chunk_by(|x, y| x.0 == y.0) {
        if several(run) {
            for &(_, k) in run {
                let s = &claim(k).subject;
                marked[k] |= !s.participants.is_empty()
                    || s.counted.as_deref().is_none_or(|c| c.predicate.is_none());
            }
        }
    }
    // Several values of one class: those without a predicate are too.
    let mut by_class: Vec<(String, usize)> = quantities()
        .map(|(k, &i)| (claims[i as usize].subject.class.to_string(), k))
        .collect();
    by_class.sort_unstable();
    for run in by_class.chunk_by(|x, y| x.0 == y.0) {
        if several(run) {
            for &(_, k) in run {
                // Ages are keyed by their holder (see `ambiguity_key`).
                let c = claim(k);
                // A price keyed by its item (`$1,099 for the 13-inch
                // model`) or a party's figure keyed by its holder is told
                // apart from the others.
                let keyed = c.subject.class == crate::claims::age::AGE_CLASS
                    || c.subject
                        .counted
                        .as_deref()
                        .is_some_and(counted::told_apart);
                marked[k] |= !keyed;
            }
        }
    }
    marked.into_iter()
}
