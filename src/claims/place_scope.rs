//! A place named just before a figure, in its clause, scopes it softly
//! (`In Lyon, 8,000 marched`; `Marseille, where 40,000 people
//! marched`): the figure is then keyed by the gazetteer's reading of the
//! place (`at mumbai` for `Bombay` and for `Mumbai`). Two
//! figures at different places are different counts; a place only one of
//! them names says nothing (see `align::counted`). A place after the figure
//! (`marched in Athens`) is read by the extractor itself, as written.

use super::{Claim, ClaimKind, Value};
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

/// The prefix of a soft place scope (`at lyon`).
pub(crate) const SOFT_PLACE: &str = "at ";

/// The scope of a figure after `include` (`the works include two
/// landscapes`): all of its own thing, some of a broader one.
pub(crate) const INCLUDED: &str = "included";

/// The prefix of a crowd's estimator scope (`by police`): soft like a
/// place named before the figure.
pub(crate) const ESTIMATOR: &str = "by ";

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
    // Each sentence's places, in their order: a scan of every place per
    // figure was quadratic in an article's size.
    let mut by_sentence: HashMap<(usize, usize), Vec<usize>> = HashMap::default();
    for (i, p) in places.iter().enumerate() {
        by_sentence.entry((p.0.start, p.0.end)).or_default().push(i);
    }
    for c in claims.iter_mut().filter(|c| c.kind == ClaimKind::Quantity) {
        let (sentence, start) = (&c.sentence, c.span.start);
        let Some(counted) = c.subject.counted.as_mut().map(std::sync::Arc::make_mut) else {
            continue;
        };
        if counted.scope.iter().any(|s| is_place_like(s)) {
            continue;
        }
        let nearest = by_sentence
            .get(&(sentence.start, sentence.end))
            .into_iter()
            .flatten()
            .map(|&i| &places[i])
            .filter(|p| p.1.end <= start)
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

/// Units of land below a province that a sentence may name a place by
/// alone, once an earlier sentence named it with the unit (`felt in
/// Jember regency. The regency police said 11 were injured`): a figure of
/// such a sentence counts in that part only. Provinces and states are left
/// out: a story's figures are often all of one.
const PART_UNITS: &[&str] = &[
    "regency",
    "district",
    "county",
    "municipality",
    "borough",
    "township",
    "parish",
];

/// Most bytes from a place named with its unit to the start of a sentence
/// that names it by the unit alone.
const MAX_UNIT_REACH: usize = 400;

/// Scopes each keyed quantity of one text by the place its sentence names
/// only by a unit (`the regency`), when a sentence shortly before named a
/// place with that unit (`Jember regency`, `the district of Jarra`) and
/// its own sentence names no place. The scope is hard: a count in one
/// regency is not the province's.
pub(super) fn scope_by_units(text: &str, claims: &mut [Claim]) {
    let places: Vec<(usize, &str, String)> = claims
        .iter()
        .filter_map(|c| {
            let unit = unit_beside(text, c.span.clone())?;
            Some((c.span.end, unit, named_place(c)?))
        })
        .collect();
    if places.is_empty() {
        return;
    }
    let placed: Vec<Range<usize>> = claims
        .iter()
        .filter(|c| c.kind == ClaimKind::Location && !super::home::is_home(c))
        .map(|c| c.sentence.clone())
        .collect();
    for c in claims.iter_mut().filter(|c| c.kind == ClaimKind::Quantity) {
        let sentence = c.sentence.clone();
        let Some(counted) = c.subject.counted.as_mut().map(std::sync::Arc::make_mut) else {
            continue;
        };
        let scoped = |s: &String| is_place_like(s) || PART_UNITS.contains(&s.as_str());
        if counted.scope.iter().any(scoped) || placed.contains(&sentence) {
            continue;
        }
        let Some(unit) = text.get(sentence.clone()).and_then(referred_unit) else {
            continue;
        };
        let place = places
            .iter()
            .filter(|p| {
                p.1 == unit && p.0 <= sentence.start && sentence.start - p.0 <= MAX_UNIT_REACH
            })
            .max_by_key(|p| p.0);
        if let Some((_, _, place)) = place {
            counted.scope.push(place.clone());
            counted.scope.sort();
        }
    }
}

/// Scopes each keyed quantity of one text that has no place scope by a
/// part of a state named with its unit just before it in its clause
/// (`In Monroe County, where six people died`; `Lee County, four`): the
/// scope is hard, as if the part followed the figure (`six people died in
/// Monroe County`), since a count in one county is not the story's.
pub(super) fn scope_by_named_parts(text: &str, claims: &mut [Claim]) {
    for c in claims.iter_mut().filter(|c| c.kind == ClaimKind::Quantity) {
        let Some(counted) = c.subject.counted.as_mut().map(std::sync::Arc::make_mut) else {
            continue;
        };
        if counted.scope.iter().any(|s| is_place_like(s)) {
            continue;
        }
        let Some(before) = text.get(c.sentence.start..c.span.start) else {
            continue;
        };
        if let Some(part) = part_just_before(before) {
            counted.scope.push(part);
            counted.scope.sort();
        }
    }
}

/// The part named with its unit that opens `before` and ends it within
/// one clause (`Monroe County` of `In Monroe County, where `), lower case.
fn part_just_before(before: &str) -> Option<String> {
    let words: Vec<(usize, &str)> = crate::segment::words(before).collect();
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    let unit_at = words
        .iter()
        .rposition(|&(_, w)| capital(w) && PART_UNITS.iter().any(|u| w.eq_ignore_ascii_case(u)))?;
    let (at, unit) = words[unit_at];
    if !just_before(&before[at + unit.len()..]) {
        return None;
    }
    // The name's capitalised words before the unit (not `In`, `The`).
    let name: Vec<&str> = words[..unit_at]
        .iter()
        .rev()
        .map(|&(_, w)| w)
        .take_while(|w| capital(w) && !super::text::is_stopword(&w.to_lowercase()))
        .take(3)
        .collect();
    // The part opens the sentence, alone or after `In`: after a figure
    // (`six died in Monroe County, four in Lee County`) it is that
    // figure's place, not the next one's.
    let opens = match unit_at - name.len() {
        0 => true,
        1 => words[0].1 == "In",
        _ => false,
    };
    if name.is_empty() || !opens {
        return None;
    }
    let mut out: Vec<String> = name.iter().rev().map(|w| w.to_lowercase()).collect();
    out.push(unit.to_lowercase());
    Some(out.join(" "))
}

/// The unit written beside a place: after it (`Jember regency`) or before
/// it with `of` (`the district of Jarra`).
fn unit_beside(text: &str, span: Range<usize>) -> Option<&'static str> {
    let unit = |w: &str| {
        PART_UNITS
            .iter()
            .copied()
            .find(|u| w.eq_ignore_ascii_case(u))
    };
    let after = text.get(span.end..)?;
    // Only a word right after the place, not across punctuation.
    if let Some((at, w)) = crate::segment::words(after).next() {
        if let Some(u) = unit(w).filter(|_| after[..at].trim().is_empty()) {
            return Some(u);
        }
    }
    let start = text.floor_char_boundary(span.start.saturating_sub(40));
    let before = text.get(start..span.start)?;
    let words: Vec<&str> = crate::segment::words(before).map(|(_, w)| w).collect();
    match words.as_slice() {
        [.., u, of] if of.eq_ignore_ascii_case("of") && before.trim_end().ends_with(*of) => unit(u),
        _ => None,
    }
}

/// The unit a sentence names a place by alone: `the regency` (or `the
/// regency's`), not followed by `of` (`the district of Jarra` names it).
fn referred_unit(sentence: &str) -> Option<&'static str> {
    let words: Vec<String> = crate::segment::words(sentence)
        .map(|(_, w)| w.to_lowercase())
        .collect();
    words.windows(2).enumerate().find_map(|(k, w)| {
        let unit = w[1].strip_suffix("'s").unwrap_or(&w[1]);
        let named = words.get(k + 2).is_some_and(|n| n == "of");
        (w[0] == "the" && !named)
            .then(|| PART_UNITS.iter().copied().find(|u| *u == unit))
            .flatten()
    })
}

/// The name of the place a location claim reads (lower case), in the
/// gazetteer or not, when it is a place the event is in.
fn named_place(c: &Claim) -> Option<String> {
    match &c.value {
        Value::Location {
            place,
            offset: None,
            ..
        } if c.kind == ClaimKind::Location && !super::home::is_home(c) => {
            Some(place.strip_prefix("near ").unwrap_or(place).to_lowercase())
        }
        _ => None,
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
        } if c.kind == ClaimKind::Location && !super::home::is_home(c) => {
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
pub(super) fn is_place_like(scope: &str) -> bool {
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
    use crate::claims::scope_at as scope;

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
    fn a_part_named_by_its_unit_alone_scopes_the_figures_of_its_sentence() {
        let text = "The quake struck Velmora province on Sunday. It was also felt in Jember regency. The regency police said the quake injured 11 residents.";
        assert!(scope(text, "11").contains(&"jember".to_string()));
        let text = "The quake struck Velmora province on Sunday. Buildings fell in the district of Banyumas. The district chief said 40 people were hurt.";
        assert!(scope(text, "40").contains(&"banyumas".to_string()));
    }

    #[test]
    fn a_unit_nobody_named_or_a_province_does_not() {
        // No regency named before.
        let text = "The quake struck Velmora province on Sunday. The regency police said the quake injured 11 residents.";
        assert!(!scope(text, "11").contains(&"velmora".to_string()));
        // A province is often the whole story's place.
        let text = "The quake was felt in Garut province. The province police said the quake injured 11 residents.";
        assert!(!scope(text, "11").contains(&"garut".to_string()));
        // The sentence names its own place.
        let text = "It was also felt in Jember regency. The regency police said the quake injured 11 residents in Velmora.";
        assert!(!scope(text, "11").contains(&"jember".to_string()));
    }

    #[test]
    fn a_county_named_just_before_a_figure_scopes_it_hard() {
        let s = scope(
            "In Velmar County, where six people died, volunteers opened a shelter.",
            "six",
        );
        assert_eq!(s, ["velmar county"]);
        // As the extractor reads a county after the figure.
        assert_eq!(
            scope("Six people died in Velmar County.", "Six"),
            ["velmar county"]
        );
        // Spoken from, or far from the figure: not the figure's county.
        let county = "velmar county".to_string();
        let s = scope(
            "Velmar County Sheriff Ann Hale said six people died.",
            "six",
        );
        assert!(!s.contains(&county), "{s:?}");
        let s = scope(
            "The storm hit Velmar County on Sunday and then six people died.",
            "six",
        );
        assert!(!s.contains(&county), "{s:?}");
        // A part after a figure is that figure's.
        let s = scope(
            "Two people died in Velmar County, four people were hurt.",
            "four",
        );
        assert!(!s.contains(&county), "{s:?}");
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
