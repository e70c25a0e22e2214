//! Places given as a distance and bearing from a reference place (`about
//! 20 miles north of Santa Rosa`, `150 nautical miles east of Aden`).
//! Sources of one story that each give one such offset from one reference
//! place locate one thing with it, whatever verb governs it (`the quake
//! struck`, `was centered`, `the island is`): those offsets are compared.
//! A source giving two different offsets from one place (a town and the
//! epicentre) is ambiguous for that place: which one another source's
//! offset answers is a guess. A street block or address (`the 4200 block
//! of Elm Street`) is a number on a street and is met the same way.

use crate::claims::{Claim, ClaimKind, Value};

/// The reference place of a location claim given as an offset a verb
/// governs: the place's name (the resolved reading's own name, `Mumbai`
/// for `Bombay`). Two sources of one story measuring from places of one
/// name measure from one place, even when each article's country read
/// the name differently (`Santa Rosa` in an article naming no other
/// place reads as the most populous Santa Rosa).
pub(super) fn reference(c: &Claim) -> Option<String> {
    reference_of(c, true)
}

/// The reference place of a location claim given as an offset, governed
/// by a verb or not (`only_governed` false).
fn reference_of(c: &Claim, only_governed: bool) -> Option<String> {
    match &c.value {
        // A block or address is a number on a street, the street its place.
        Value::Location {
            geo: None,
            offset: None,
            place,
            ..
        } if c.kind == ClaimKind::Location => {
            // A street alone is no number on it: it meets others by its
            // event.
            crate::gazetteer::street_parts(place)
                .filter(|p| p.number.is_some())
                .map(|p| format!("street {}", p.street))
        }
        Value::Location {
            offset: Some(o),
            place,
            ..
        } if c.kind == ClaimKind::Location && (o.after_verb || !only_governed) => {
            Some(place.strip_prefix("near ").unwrap_or(place).to_lowercase())
        }
        _ => None,
    }
}

/// The words of a claim's offset as written (`about 20 miles north`), or
/// of its street block or address.
fn written(c: &Claim) -> Option<&str> {
    match &c.value {
        Value::Location {
            offset: Some(o), ..
        } => Some(o.written.as_str()),
        Value::Location { place, .. } => Some(place.as_str()),
        _ => None,
    }
}

/// Marks, among `which` (indices of one source's claims), the offsets
/// whose source gives another offset from the same reference place for
/// an event that may be the same (event dates within `days`: `a town 600
/// miles south of Tehran` hit by last year's quake is no second answer
/// for this one).
pub(super) fn mark_ambiguous(claims: &[Claim], which: &[u32], marked: &mut [bool], days: i64) {
    let mut by_place: Vec<(String, &str, usize)> = which
        .iter()
        .enumerate()
        .filter_map(|(k, &i)| {
            let c = &claims[i as usize];
            Some((reference_of(c, false)?, written(c)?, k))
        })
        .collect();
    by_place.sort_unstable();
    let date = |k: usize| &claims[which[k] as usize].subject.event_date;
    for run in by_place.chunk_by(|x, y| x.0 == y.0) {
        for (n, x) in run.iter().enumerate() {
            for y in &run[n + 1..] {
                if x.1 != y.1 && super::score::dates_close(date(x.2), date(y.2), days) {
                    marked[x.2] = true;
                    marked[y.2] = true;
                }
            }
        }
    }
}

/// Whether two location claims are offsets a verb governs from the same
/// reference place (whether each is its source's only one is
/// `mark_ambiguous`'s to say).
pub(super) fn same_reference(a: &Claim, b: &Claim) -> bool {
    matches!((reference(a), reference(b)), (Some(x), Some(y)) if x == y)
}
