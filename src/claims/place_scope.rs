//! A place named just before a figure, in its clause, scopes it softly
//! (`In Lyon, 8,000 marched`; `Marseille, where 40,000 people
//! marched`): the figure is then keyed by the gazetteer's reading of the
//! place (`at mumbai` for `Bombay` and for `Mumbai`). Two
//! figures at different places are different counts; a place only one of
//! them names says nothing (see `align::counted`). A place after the figure
//! (`marched in Athens`) is read by the extractor itself, as written.

use super::{Claim, ClaimKind, Value};
use std::ops::Range;

/// The prefix of a soft place scope (`at lyon`).
pub(crate) const SOFT_PLACE: &str = "at ";

/// Most words between a place and the figure it scopes (`Marseille,
/// where another 40,000`).
const MAX_WORDS_BETWEEN: usize = 3;

/// Words between a place and a figure that say the figure is not of the
/// place: speech (`officials in Paris said 45 died`) and comparison.
const NOT_OF_THE_PLACE: &[&str] = &[
    "said",
    "says",
    "told",
    "reported",
    "announced",
    "estimated",
    "than",
    "from",
    "to",
];

/// Adds the soft place scope of each keyed quantity of one text that has
/// no place scope of its own, from the location claims of its sentence.
pub(super) fn scope_by_places(text: &str, claims: &mut [Claim]) {
    let places: Vec<(Range<usize>, Range<usize>, String)> = claims
        .iter()
        .filter_map(|c| Some((c.sentence.clone(), c.span.clone(), place_of(c)?)))
        .collect();
    if places.is_empty() {
        return;
    }
    for c in claims.iter_mut().filter(|c| c.kind == ClaimKind::Quantity) {
        let (sentence, start) = (&c.sentence, c.span.start);
        let Some(counted) = c.subject.counted.as_mut().map(std::sync::Arc::make_mut) else {
            continue;
        };
        if counted.scope.iter().any(|s| is_place_like(s)) {
            continue;
        }
        let nearest = places
            .iter()
            .filter(|p| p.0 == *sentence && p.1.end <= start)
            .max_by_key(|p| p.1.end);
        let Some((_, span, place)) = nearest else {
            continue;
        };
        if text.get(span.end..start).is_some_and(just_before) {
            counted.scope.push(format!("{SOFT_PLACE}{place}"));
            counted.scope.sort();
        }
    }
}

/// The gazetteer's name of a place a location claim reads (lower case),
/// when it is a place the event is in (not an offset from it, nor a
/// street).
fn place_of(c: &Claim) -> Option<String> {
    match &c.value {
        Value::Location {
            place,
            geo: Some(_),
            offset: None,
            ..
        } if c.kind == ClaimKind::Location => {
            Some(place.strip_prefix("near ").unwrap_or(place).to_lowercase())
        }
        _ => None,
    }
}

/// Whether the text between a place and a figure keeps them in one
/// clause: a few words, no other figure, no stronger break than a comma.
fn just_before(between: &str) -> bool {
    if between
        .chars()
        .any(|ch| ch.is_ascii_digit() || ".;:()[]\"“”—".contains(ch))
    {
        return false;
    }
    let words: Vec<String> = crate::segment::words(between)
        .map(|(_, w)| w.to_lowercase())
        .collect();
    words.len() <= MAX_WORDS_BETWEEN && !words.iter().any(|w| NOT_OF_THE_PLACE.contains(&&**w))
}

/// Whether a scope the extractor read names a place or group (`athens`,
/// `among crew`) rather than a part, qualifier or period.
fn is_place_like(scope: &str) -> bool {
    const NOT_PLACES: &[&str] = &["of ", "in ", "per ", "day ", "last ", "this ", "next "];
    let named_part = matches!(scope, "part" | "province" | "state" | "district" | "county");
    let period = scope.chars().all(|ch| ch.is_ascii_digit()) || is_month(scope);
    !(named_part || period || NOT_PLACES.iter().any(|p| scope.starts_with(p)))
}

fn is_month(w: &str) -> bool {
    crate::source::MONTH_NAMES.contains(&w)
}

#[cfg(test)]
mod tests {
    use crate::claims::{claims_of, ClaimKind};

    fn scope(text: &str, figure: &str) -> Vec<String> {
        let c = claims_of(text, Some("2024-05-02"))
            .into_iter()
            .find(|c| c.kind == ClaimKind::Quantity && text[c.span.clone()].contains(figure))
            .unwrap_or_else(|| panic!("no quantity {figure:?} in {text:?}"));
        c.subject
            .counted
            .map(|k| k.scope.clone())
            .unwrap_or_default()
    }

    #[test]
    fn a_place_just_before_a_figure_scopes_it() {
        let s = scope(
            "Clashes broke out in Lyon, where about 8,000 people marched.",
            "8,000",
        );
        assert_eq!(s, ["at lyon"]);
        let s = scope("In Lyon, 8,000 people marched on Friday.", "8,000");
        assert_eq!(s, ["at lyon", "day friday"]);
    }

    #[test]
    fn a_place_far_before_or_spoken_from_does_not() {
        assert!(scope(
            "Officials in Lyon said 8,000 people marched through the streets.",
            "8,000"
        )
        .iter()
        .all(|s| !s.starts_with("at ")));
        assert!(scope(
            "Clashes broke out in Lyon late on a cold and wet evening as 8,000 people marched.",
            "8,000"
        )
        .iter()
        .all(|s| !s.starts_with("at ")));
    }

    #[test]
    fn a_place_after_the_figure_is_the_extractors() {
        let s = scope(
            "Clashes broke out in Lyon, where 8,000 people marched in Nantes.",
            "8,000",
        );
        assert_eq!(s, ["nantes"]);
    }
}
