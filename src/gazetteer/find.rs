//! Finding places in a sentence: runs of capitalised words that the
//! gazetteer knows, with the context that introduces them (`in Sochi`,
//! `near Kandahar`, `30 km west of Kandahar`, `Paris, Texas`, a dateline).

use super::policy::{is_calendar_word, is_common_word, needs_context, noun_follows};
use super::{Gazetteer, Place, PlaceKind};

/// What introduces a place in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Introduced {
    /// `in`, `at`, `inside`, also through a description (`in the Black Sea
    /// resort of`, `in northern`).
    In,
    /// `near`, `outside`, `on the outskirts of`, `off the coast of`: close
    /// to the place, not in it.
    Near,
    /// A bearing: `north of`, `30 km west of`.
    Bearing,
    /// A qualified name: `Paris, Texas`.
    Qualified,
    /// A dateline: `SOCHI, Russia —`, `LOS ANGELES (Reuters) -`.
    Dateline,
    /// No context: a well-known name (a country, a city of a million).
    WellKnown,
}

/// A place found in a text.
#[derive(Debug, Clone)]
pub struct Found<'g> {
    /// Byte span of the name (with its qualifier, `Paris, Texas`).
    pub start: usize,
    /// End of the span (exclusive).
    pub end: usize,
    /// The name as written, without its qualifier.
    pub name: String,
    /// Its readings, most likely first (a qualifier keeps the readings inside it).
    pub readings: Vec<&'g Place>,
    /// What introduced it.
    pub introduced: Introduced,
}

/// Words that may join the capitalised words of one name (`Rio de Janeiro`).
const CONNECTORS: &[&str] = &[
    "de", "del", "da", "do", "la", "le", "of", "upon", "on", "am",
];
/// Words that start a sentence before a name (`In Sochi, ...`).
pub(super) const FUNCTION_WORDS: &[&str] = &[
    "in", "at", "near", "outside", "the", "from", "and", "but", "on", "to", "by", "for", "after",
    "before", "a", "an", "with", "while", "when", "as", "of", "inside", "across",
];
/// Words before a name that make a larger area (`Southern California`).
const COMPASS: &[&str] = &[
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Central",
    "North",
    "South",
    "East",
    "West",
    "Greater",
    "Downtown",
    "Suburban",
    "Upstate",
    "Metropolitan",
];
/// Words after a name that name its area or a facility in it (`Los Angeles County`).
const TRAILERS: &[&str] = &[
    "County",
    "Province",
    "Region",
    "State",
    "District",
    "Parish",
    "Borough",
    "Township",
    "Oblast",
    "Prefecture",
    "Governorate",
    "Area",
    "Metro",
    "Airport",
];
/// Nouns that describe a place before its name: `the resort of Sochi`.
const PLACE_NOUNS: &[&str] = &[
    "resort",
    "city",
    "town",
    "village",
    "capital",
    "region",
    "province",
    "state",
    "island",
    "port",
    "district",
    "county",
    "suburb",
    "enclave",
    "outskirts",
    "centre",
    "center",
    "area",
    "neighborhood",
    "neighbourhood",
    "community",
    "township",
    "borough",
    "coast",
    "state",
];
const BEARINGS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
];
/// Adjectives between `in` and a name: `in northern Syria`.
const AREA_ADJECTIVES: &[&str] = &[
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "downtown",
    "suburban",
    "rural",
    "coastal",
    "nearby",
    "neighboring",
    "neighbouring",
];

/// The places in `text` that the gazetteer knows and the ambiguity policy
/// accepts (docs/places.md), in text order, not overlapping.
pub fn find_places<'g>(text: &str, g: &'g Gazetteer) -> Vec<Found<'g>> {
    find_places_in(text, &crate::segment::word_spans(text), g)
}

/// [`find_places`] with the text's words already split (as
/// [`crate::segment::word_spans`] splits `text`): a caller that holds
/// them does not split the text again.
pub fn find_places_in<'g>(
    text: &str,
    words: &[(usize, usize)],
    g: &'g Gazetteer,
) -> Vec<Found<'g>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        // `In Sochi`, `The Hague`: a capitalised function word starts no
        // name, unless the gazetteer knows the two together.
        let first = &text[words[i].0..words[i].1];
        // Most words start no name: skipped before the function-word
        // comparisons (a lower-case word has no run either way).
        if !capitalised(first) {
            i += 1;
            continue;
        }
        if FUNCTION_WORDS.iter().any(|f| f.eq_ignore_ascii_case(first))
            && !(first == "The"
                && run_end(text, words, i)
                    .is_some_and(|j| !g.lookup(&text[words[i].0..words[j - 1].1]).is_empty()))
        {
            i += 1;
            continue;
        }
        let Some(j) = run_end(text, words, i) else {
            i += 1;
            continue;
        };
        match place_in_run(text, words, i, j, g) {
            Some((found, next)) => {
                out.push(found);
                i = next;
            }
            None => i = j,
        }
    }
    out
}

pub(super) fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// The end (exclusive word index) of the run of name words starting at `i`,
/// when word `i` starts one.
pub(super) fn run_end(text: &str, words: &[(usize, usize)], i: usize) -> Option<usize> {
    let w = |k: usize| &text[words[k].0..words[k].1];
    if !capitalised(w(i)) {
        return None;
    }
    let mut j = i + 1;
    while j < words.len() && j - i < 6 {
        let gap = &text[words[j - 1].1..words[j].0];
        let prev = w(j - 1);
        let short = prev.len() <= 3 && capitalised(prev);
        let joined = matches!(gap, " " | "-" | "'") || (short && matches!(gap, ". " | "."));
        if !joined {
            break;
        }
        if capitalised(w(j)) {
            j += 1;
        } else if CONNECTORS.contains(&w(j))
            && j + 1 < words.len()
            && capitalised(w(j + 1))
            && matches!(&text[words[j].1..words[j + 1].0], " " | "-")
        {
            j += 2;
        } else {
            break;
        }
    }
    Some(j)
}

/// The place named in the run of words `i..j`, with the index of the word
/// after it.
fn place_in_run<'g>(
    text: &str,
    words: &[(usize, usize)],
    i: usize,
    j: usize,
    g: &'g Gazetteer,
) -> Option<(Found<'g>, usize)> {
    let w = |k: usize| &text[words[k].0..words[k].1];
    let span = |a: usize, b: usize| &text[words[a].0..words[b - 1].1];
    // The whole run, else without a compass word before it or an area word
    // after it (`Southern California`, `Los Angeles County`).
    // A run joined by a connector may be two names (`Nice on Thursday`):
    // the part before the connector is tried last. Not before `of`: `the
    // Gulf of Aden`, `the University of Texas` are one name, and neither
    // the province of Gulf nor Aden.
    let before_connector = (i + 1..j).find(|&k| CONNECTORS.contains(&w(k)) && w(k) != "of");
    let mut choice = None;
    let tries = [
        (i, j),
        (i + 1, j),
        (i, j.saturating_sub(1)),
        (i, j.saturating_sub(2)),
    ];
    for (a, b) in tries.into_iter().chain(before_connector.map(|k| (i, k))) {
        let trimmed = (a, b) != (i, j) && Some(b) != before_connector;
        if a >= b || trimmed && !trimmed_ok(text, words, (i, j), (a, b)) {
            continue;
        }
        let readings = g.lookup(span(a, b));
        if !readings.is_empty() {
            choice = Some((a, b, readings));
            break;
        }
    }
    let (a, b, mut readings) = choice?;
    let name = span(a, b).to_string();
    // A short all-capitals name is an acronym unless it names a country
    // (`US`, `UAE`; `EU` is not the French town of Eu).
    if name.len() <= 4 && !name.chars().any(char::is_lowercase) {
        readings.retain(|p| p.kind == PlaceKind::Country);
        if readings.is_empty() {
            return None;
        }
    }
    let (start, mut end) = (words[a].0, words[b - 1].1);
    let mut next = j;
    let mut introduced = None;
    // `Paris, Texas`: a qualifier keeps the readings inside it.
    if b == j && text[end..].starts_with(", ") && j < words.len() {
        if let Some(k) = run_end(text, words, j) {
            let q = span(j, k);
            let outer: Vec<&Place> = g
                .lookup_qualifier(q)
                .into_iter()
                .filter(|p| p.kind != PlaceKind::City)
                .collect();
            let inside: Vec<&Place> = readings
                .iter()
                .copied()
                .filter(|r| outer.iter().any(|o| g.contains(o, r) && o.id != r.id))
                .collect();
            if !inside.is_empty() {
                readings = inside;
                // `Mobile, Ala.`: an abbreviation's full stop is part of it.
                let dot = text[words[k - 1].1..].starts_with('.') && g.is_abbreviation(q);
                end = words[k - 1].1 + usize::from(dot);
                next = k;
                introduced = Some(Introduced::Qualified);
            }
        }
    }
    let lower_before: Vec<String> = words[..i]
        .iter()
        .rev()
        .take(8)
        .map(|&(s, e)| text[s..e].to_lowercase())
        .collect();
    let before: Vec<&str> = lower_before.iter().map(String::as_str).collect();
    if dateline(text, start, end) {
        introduced = Some(Introduced::Dateline);
    }
    let introduced = introduced.or_else(|| introduction(&before))?;
    let introduced = match introduced {
        // Months and weekdays are never places alone.
        _ if introduced != Introduced::Qualified && is_calendar_word(&name) => return None,
        Introduced::WellKnown if needs_context(&name, &readings) => return None,
        Introduced::In | Introduced::Near | Introduced::Bearing
            if is_common_word(&name) && noun_follows(text, end) =>
        {
            return None
        }
        x => x,
    };
    // `near Medford, Ore.`, `20 miles north of Fresno, Calif.`: the
    // qualifier chose the readings, the words before say how the event
    // lies to the place.
    let introduced = match introduction(&before) {
        Some(how @ (Introduced::Near | Introduced::Bearing))
            if introduced == Introduced::Qualified =>
        {
            how
        }
        _ => introduced,
    };
    let found = Found {
        start,
        end,
        name,
        readings,
        introduced,
    };
    Some((found, next.max(b)))
}

/// Whether dropping words from a run still leaves a name: the dropped words
/// are compass words before it or area words after it.
fn trimmed_ok(
    text: &str,
    words: &[(usize, usize)],
    run: (usize, usize),
    kept: (usize, usize),
) -> bool {
    let w = |k: usize| &text[words[k].0..words[k].1];
    (run.0..kept.0).all(|k| COMPASS.contains(&w(k)))
        && (kept.1..run.1).all(|k| TRAILERS.contains(&w(k)) || w(k) == "International")
}

/// What introduces a name, from the lower-case words before it (nearest
/// first); [`Introduced::WellKnown`] when nothing does.
pub(super) fn introduction(before: &[&str]) -> Option<Introduced> {
    let at = |k: usize| before.get(k).copied().unwrap_or("");
    let first = at(0);
    // `in the Bronx`, `in northern Syria`, `in the northern Syrian`.
    let mut start = usize::from(first == "the");
    start += usize::from(AREA_ADJECTIVES.contains(&at(start)));
    start += usize::from(at(start) == "the");
    if distance_from(&before[start.min(before.len())..]) {
        return Some(Introduced::Bearing);
    }
    match at(start) {
        "in" | "at" | "inside" => return Some(Introduced::In),
        "near" | "outside" | "off" => return Some(Introduced::Near),
        _ => {}
    }
    if first == "of" {
        if BEARINGS.contains(&at(1)) {
            return Some(Introduced::Bearing);
        }
        if at(1) == "coast" && at(2) == "the" && at(3) == "off" || at(1) == "outskirts" {
            return Some(Introduced::Near);
        }
        // `in the <up to four words> resort of`
        if PLACE_NOUNS.contains(&at(1)) {
            let window = &before[2.min(before.len())..before.len().min(7)];
            if window.contains(&"the") && window.iter().any(|w| matches!(*w, "in" | "at")) {
                return Some(Introduced::In);
            }
        }
    }
    Some(Introduced::WellKnown)
}

/// Number words that may give a distance before its unit (`ten miles
/// from`, `a mile outside`).
const DISTANCE_FIGURES: &[&str] = &[
    "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
    "eighty", "ninety", "hundred",
];

/// Whether the lower-case words before a name (nearest first) are a
/// distance and `outside`, `outside of`, `from` or `away from` (`10 miles
/// outside`, `about 30 km from`, `two nautical miles away from`): an
/// offset with no bearing, a ring around the place. Without a figure
/// before a distance unit (`miles from`, `thousands of miles from`) it is
/// none: `outside` alone is only near a place, `from` alone no place.
fn distance_from(before: &[&str]) -> bool {
    let at = |k: usize| before.get(k).copied().unwrap_or("");
    let mut k = match (at(0), at(1)) {
        ("of", "outside") | ("from", "away") => 2,
        ("outside" | "from", _) => 1,
        _ => return false,
    };
    let unit = at(k);
    let singular = match unit {
        "feet" => "foot",
        "kms" => "km",
        _ => unit.strip_suffix('s').unwrap_or(unit),
    };
    let units = crate::quantity::Units::defaults();
    if units
        .measure(singular)
        .is_none_or(|m| m.dimension != "distance")
    {
        return false;
    }
    k += 1;
    if at(k) == "nautical" {
        k += 1;
    }
    let figure = at(k);
    figure.bytes().any(|b| b.is_ascii_digit()) || DISTANCE_FIGURES.contains(&figure)
}

/// Whether a name starts its sentence as a dateline: `SOCHI, Russia —`,
/// `LOS ANGELES (Reuters) -`, `Sochi, Nov. 21 —` is not one.
fn dateline(text: &str, start: usize, end: usize) -> bool {
    if !text[..start]
        .trim_matches(|c: char| c.is_whitespace() || c == '"')
        .is_empty()
    {
        return false;
    }
    let mut rest = text[end..].trim_start();
    if rest.starts_with(',') && end - start > 0 {
        // `SOCHI, Russia —`: only an all-caps name takes a qualifier here.
        if text[start..end].chars().any(char::is_lowercase) {
            return false;
        }
        let cut = rest.find(['—', '–', '(']).unwrap_or(0);
        if cut == 0 || cut > 30 {
            return false;
        }
        rest = rest[cut..].trim_start();
    }
    if rest.starts_with('(') {
        let Some(close) = rest.find(')') else {
            return false;
        };
        rest = rest[close + 1..].trim_start();
    }
    rest.starts_with(['—', '–']) || rest.starts_with("- ") || rest.starts_with("--")
}
