//! A tour's stops: a source that places one event (one predicate, one set
//! of people, dates within a week) in two places the gazetteer judges to
//! conflict tells a series of events (a tour, a campaign's rallies, a
//! storm's landfalls), not one event told two ways. Which of its places
//! another source's place answers is a guess, so none of them is compared
//! as the event's place (see `score`).

use crate::claims::{Claim, ClaimKind, Value};
use crate::gazetteer::{Gazetteer, Place};

/// A gazetteer place of a location claim without an offset: its name as
/// written (without `near`), the place and whether it is only near it.
fn placed(c: &Claim) -> Option<(&str, &'static Place, bool)> {
    match &c.value {
        Value::Location {
            place,
            geo: Some(geo),
            offset: None,
            ..
        } if c.kind == ClaimKind::Location && !crate::claims::home::is_home(c) => {
            let (name, near) = place
                .strip_prefix("near ")
                .map_or((place.as_str(), false), |p| (p, true));
            Some((name, Gazetteer::embedded().place_named(name, geo)?, near))
        }
        _ => None,
    }
}

/// Whether a claim is a gazetteer place without an offset: the kind of
/// location claim [`mark_stops`] marks.
pub(super) fn is_stop_kind(c: &Claim) -> bool {
    matches!(
        &c.value,
        Value::Location {
            geo: Some(_),
            offset: None,
            ..
        }
    ) && c.kind == ClaimKind::Location
        && !crate::claims::home::is_home(c)
}

/// Whether two claims of one source are about one event: one event class,
/// one tense, the people of one among the other's, dates within `days`.
fn one_event(a: &Claim, b: &Claim, days: i64) -> bool {
    let (sa, sb) = (&a.subject, &b.subject);
    let (fewer, more) = if sa.participants.len() <= sb.participants.len() {
        (&sa.participants, &sb.participants)
    } else {
        (&sb.participants, &sa.participants)
    };
    // The lexical comparison of the classes last: it costs the most.
    sa.tense == sb.tense
        && fewer.iter().all(|p| more.contains(p))
        && super::score::dates_close(&sa.event_date, &sb.event_date, days)
        && crate::claims::same_event_class(&sa.class, &sb.class)
}

/// A located claim as [`mark_stops`] compares it: its index in `which`,
/// the claim and its gazetteer place.
type Stop<'a> = (usize, &'a Claim, (&'a str, &'static Place, bool));

/// Marks, among `which` (indices of one source's claims), the gazetteer
/// places of one event that conflict with another place the source gives
/// for it.
pub(super) fn mark_stops(claims: &[Claim], which: &[u32], marked: &mut [bool], days: i64) {
    let mut located: Vec<Stop> = which
        .iter()
        .enumerate()
        .map(|(k, &i)| (k, &claims[i as usize]))
        .filter(|(_, c)| is_stop_kind(c))
        .filter_map(|(k, c)| Some((k, c, placed(c)?)))
        .collect();
    // Only two places that differ can conflict: claims are grouped by
    // place and compared across groups, so a long article that places
    // thousands of claims in one town costs no pairs.
    located.sort_by_key(|&(k, _, p)| (p.1.id, k));
    let groups: Vec<&[Stop]> = located.chunk_by(|x, y| x.2 .1.id == y.2 .1.id).collect();
    let g = Gazetteer::embedded();
    for (n, &here) in groups.iter().enumerate() {
        for &there in &groups[n + 1..] {
            for &x in here {
                for &y in there {
                    // Each pair in the source's order, as it is written.
                    let ((k, a, pa), (l, b, pb)) = if x.0 < y.0 { (x, y) } else { (y, x) };
                    if one_event(a, b, days) && g.judge(pa, pb, false).conflict == Some(true) {
                        marked[k] = true;
                        marked[l] = true;
                    }
                }
            }
        }
    }
}
