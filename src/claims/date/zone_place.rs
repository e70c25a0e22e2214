//! The zone of a time told in `local time` (or a place's time, `Beijing
//! time`): the zone of the event's place on the event's day. The place is
//! the town or region the sentence names, else the one the article's
//! first sentence names (a dateline: `OSAKA, Japan -`), when all of them
//! lie in one zone; the day is a calendar date beside the time, else the
//! article's date. Where neither place nor day settles it, the time keeps
//! its zone unknown and compares with no zoned time.

use super::{DateValue, Doc};
use crate::temporal::{self, DateExpr, DateForm};

/// The zone index of the places `text` names, when they all lie in one
/// zone: towns and regions, not countries (many span several zones).
fn zone_of_places(text: &str) -> Option<u16> {
    use crate::gazetteer::{find_places, Gazetteer, PlaceKind};
    let g = Gazetteer::embedded();
    let mut zones: Vec<&str> = find_places(text, g)
        .iter()
        .filter_map(|f| f.readings.first())
        .filter(|p| p.kind != PlaceKind::Country && !p.timezone.is_empty())
        .map(|p| p.timezone)
        .collect();
    zones.sort_unstable();
    zones.dedup();
    match zones[..] {
        [one] => g.zone_index(one),
        _ => None,
    }
}

/// The day a calendar date beside the time names, in the sentence's
/// dates `found`; else the article's date.
fn day_of(doc: &Doc, sentence: &str, found: &[DateExpr]) -> Option<jiff::civil::Date> {
    let beside = found.iter().find_map(|d| {
        if matches!(d.form, DateForm::Clock { .. }) {
            return None;
        }
        let direction = temporal::direction_at(sentence, d.start);
        match temporal::resolve(&d.form, doc.anchor, direction)? {
            DateValue::Day(day) => Some(day),
            _ => None,
        }
    });
    beside.or(doc.anchor)
}

/// `value` with its time's zone settled at the event's place and day
/// (see the module's doc); any other value as it is.
pub(super) fn settle(
    doc: &Doc,
    i: usize,
    found: &[DateExpr],
    value: Option<DateValue>,
) -> Option<DateValue> {
    let value = value?;
    if !value.zone_unsettled() {
        return Some(value);
    }
    let sentence = doc.sentence_text(i);
    Some(value.settle_zone(place_zone(doc, i), day_of(doc, sentence, found)))
}

/// The zone of the event's place for sentence `i`: the places it names,
/// else the article's first sentence's (a dateline).
fn place_zone(doc: &Doc, i: usize) -> Option<u16> {
    zone_of_places(doc.sentence_text(i)).or_else(|| {
        (i > 0 && !doc.seg.sentences.is_empty())
            .then(|| zone_of_places(doc.sentence_text(0)))
            .flatten()
    })
}

/// The zoned time of day told beside the day `found[n]` resolved to
/// `day` (`at 3:40 a.m. local time on Monday`, `Sunday at 1840 GMT`): the
/// nearest clock time with a zone written, at most two words away, its
/// zone settled at the event's place on that day. A time with no zone
/// written is none: it is the clock of the day as written.
pub(super) fn time_beside(
    doc: &Doc,
    i: usize,
    found: &[DateExpr],
    n: usize,
    day: jiff::civil::Date,
) -> Option<DateValue> {
    let sentence = doc.sentence_text(i);
    let this = found.get(n)?;
    let words_between = |d: &DateExpr| {
        let gap = if d.start >= this.end {
            sentence.get(this.end..d.start)
        } else {
            sentence.get(d.end..this.start)
        }?;
        // One clause: no stop or semicolon between them.
        if gap.contains([';', '.', '(', ')']) {
            return None;
        }
        Some(
            gap.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .count(),
        )
    };
    let (_, minutes, zone) = found
        .iter()
        .filter_map(|d| match d.form {
            DateForm::Clock {
                minutes,
                zone: Some(zone),
            } => Some((words_between(d)?, minutes, zone)),
            _ => None,
        })
        .filter(|(words, ..)| *words <= 2)
        .min_by_key(|(words, ..)| *words)?;
    let time = DateValue::Time {
        minutes,
        zone: Some(zone),
    };
    Some(time.settle_zone(place_zone(doc, i), Some(day)))
}
