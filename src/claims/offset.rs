//! Where an event lies from a place: `150 nautical miles east of Aden`,
//! `about 940 miles south of Tehran`, `north of Kabul`. The bearing is
//! read as degrees clockwise from north, the distance as an interval in
//! kilometres (hedges and units read as for any figure), so that two
//! sources placing one event on opposite sides of a place, or at distances
//! that do not meet, can be told apart.

use super::Offset;
use crate::lexicon::Hedge;
use crate::quantity::{find_quantities, Units};

/// The offset written before a place's name that starts at byte
/// `name_start` of `sentence`, when a bearing introduces it (`... east of`).
pub(super) fn offset_before(sentence: &str, name_start: usize, hedges: &[Hedge]) -> Option<Offset> {
    let before = sentence.get(..name_start)?.trim_end();
    let before = before.strip_suffix(" the").unwrap_or(before).trim_end();
    bearing_before(before, hedges).or_else(|| distance_only(before, hedges))
}

/// The offset ending `before` with a bearing (`30 miles north of`).
fn bearing_before(before: &str, hedges: &[Hedge]) -> Option<Offset> {
    let before = before.strip_suffix("of")?.trim_end();
    let word_start = before
        .rfind(|c: char| !(c.is_alphabetic() || c == '-'))
        .map_or(0, |i| i + 1);
    let bearing = bearing_of(&before[word_start..])?;
    let rest = &before[..word_start];
    let mut written_start = word_start;
    let km = distance_before(rest, hedges).map(|(start, km)| {
        written_start = start;
        km
    });
    Some(Offset {
        bearing: Some(bearing),
        km,
        written: before[written_start..].to_string(),
        after_verb: verb_ends(&before[..written_start])
            || after_event_place(&before[..written_start]),
    })
}

/// The offset ending `before` with a distance and no bearing (`about 10
/// miles outside`, `30 km from`, `two miles away from`): the event lies
/// that far from the place, in any direction. No distance, no offset.
fn distance_only(before: &str, hedges: &[Hedge]) -> Option<Offset> {
    let rest = ["outside of", "outside", "away from", "from"]
        .iter()
        .find_map(|w| {
            let rest = before.strip_suffix(w)?;
            rest.ends_with(' ').then_some(rest)
        })?;
    let (start, km) = distance_before(rest, hedges)?;
    Some(Offset {
        bearing: None,
        km: Some(km),
        written: before[start..].to_string(),
        after_verb: verb_ends(&before[..start]) || after_event_place(&before[..start]),
    })
}

/// Whether an offset starting at byte `lead` of `sentence` stands beside
/// the object of the event ending at byte `event_end` before it, in one
/// clause: `seized a tanker 150 miles east of`, `attacked by a skiff about
/// 150 miles east of` place the event where its object is. A comma, a
/// semicolon or more than [`OBJECT_WORDS`] words between (`left the camp,
/// 30 miles north of`) leave the offset to the noun.
pub(super) fn places_object(sentence: &str, event_end: usize, lead: usize) -> bool {
    let Some(between) = sentence.get(event_end..lead) else {
        return false;
    };
    !between.contains([',', ';', '(', ':']) && between.split_whitespace().count() <= OBJECT_WORDS
}

/// The most words between an event and the offset of its object.
const OBJECT_WORDS: usize = 10;

/// Whether `text` ends with a place a verb governs, then a comma: the
/// offset after it says where that place lies, and so where the event is
/// (`was centered in Marlow, 20 miles north of`, `struck near Cobb, 3
/// miles from`); `a driver in Marlow, 20 miles north of` places the
/// driver.
fn after_event_place(text: &str) -> bool {
    let Some(head) = text.trim_end().strip_suffix(',') else {
        return false;
    };
    let mut words: Vec<&str> = head.split(' ').collect();
    let mut names = 0;
    while words
        .last()
        .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()) && names < 4)
    {
        words.pop();
        names += 1;
    }
    let preposition = words.pop();
    names > 0
        && matches!(preposition, Some("in" | "at" | "near" | "outside"))
        && verb_ends(&words.join(" "))
}

/// Whether `text` ends with a verb form (`struck`, `is`, `located`,
/// `lies`), across a bare adverb (`located roughly`, `struck just`).
fn verb_ends(text: &str) -> bool {
    use crate::lexical::{Lexical, Pos};
    let lex = Lexical::embedded();
    let mut words = text.trim_end().rsplit(' ');
    let mut w = words.next().unwrap_or("");
    if matches!(w, "just" | "only" | "some" | "roughly" | "about" | "around") {
        w = words.next().unwrap_or("");
    }
    if !w.bytes().all(|b| b.is_ascii_lowercase()) || w.is_empty() {
        return false;
    }
    if matches!(
        w,
        "is" | "was" | "are" | "were" | "lies" | "lay" | "lie" | "be" | "been"
    ) {
        return true;
    }
    let lemmas = lex.lemmas(w, Pos::Verb);
    lemmas
        .as_slice()
        .first()
        .is_some_and(|l| super::text::inflected_form(w, l))
}

/// The distance ending `rest` (`150 nautical miles `, `1,150 kilometers
/// (700 miles) `): its start in `rest` and its interval in kilometres.
fn distance_before(rest: &str, hedges: &[Hedge]) -> Option<(usize, [f64; 2])> {
    // A distance is a few words: look at the last 60 bytes only.
    let mut from = rest.len().saturating_sub(60);
    while !rest.is_char_boundary(from) {
        from += 1;
    }
    let window = &rest[from..];
    let units = Units::defaults();
    let found = find_quantities(window, hedges);
    let last = found.iter().rposition(|q| {
        let trailing = window[q.end..].trim();
        trailing.is_empty() || trailing == ")"
    })?;
    // `1,150 kilometers (700 miles)`: the figure in brackets converts the
    // one before it, which is the distance as written.
    let converted = last > 0 && window[found[last - 1].end..found[last].start].trim() == "(";
    let q = &found[if converted { last - 1 } else { last }];
    let measure = units.measure(q.unit.as_deref()?)?;
    if measure.dimension != "distance" || !q.lo.is_finite() {
        return None;
    }
    let km = |x: f64| x * measure.size / 1000.0;
    let hi = if q.hi.is_finite() {
        km(q.hi)
    } else {
        f64::INFINITY
    };
    Some((from + q.start, [km(q.lo), hi]))
}

/// Degrees clockwise from north of a compass word: `east` 90,
/// `northeast` and `north-east` 45, `north-northeast` 22.5.
pub fn bearing_of(word: &str) -> Option<f32> {
    let word = word.to_ascii_lowercase();
    let point = |w: &str| -> Option<f32> {
        Some(match w {
            "north" => 0.0,
            "northeast" => 45.0,
            "east" => 90.0,
            "southeast" => 135.0,
            "south" => 180.0,
            "southwest" => 225.0,
            "west" => 270.0,
            "northwest" => 315.0,
            _ => return None,
        })
    };
    match word.split_once('-') {
        None => point(&word),
        Some((a, b)) => {
            let (x, y) = (point(a)?, point(b)?);
            // The point halfway between the two, the short way round.
            let d = ((y - x + 540.0) % 360.0) - 180.0;
            Some((x + d / 2.0 + 360.0) % 360.0)
        }
    }
}

/// The angle between two bearings, 0-180 degrees.
pub fn bearings_apart(a: f32, b: f32) -> f32 {
    let d = (a - b).abs() % 360.0;
    d.min(360.0 - d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn offset(text: &str, place: &str) -> Option<Offset> {
        let lexicon = crate::lexicon::Lexicon::defaults();
        offset_before(text, text.find(place).unwrap(), &lexicon.hedges)
    }

    #[test]
    fn compass_words_read_as_degrees() {
        assert_eq!(bearing_of("East"), Some(90.0));
        assert_eq!(bearing_of("north-east"), Some(45.0));
        assert_eq!(bearing_of("north-northeast"), Some(22.5));
        assert_eq!(bearing_of("north-west"), Some(315.0));
        assert_eq!(bearing_of("upstream"), None);
        assert_eq!(bearings_apart(350.0, 10.0), 20.0);
        assert_eq!(bearings_apart(90.0, 270.0), 180.0);
    }

    #[test]
    fn bearings_and_distances_before_a_place() {
        let o = offset(
            "The ship was seized 150 nautical miles east of Brindlemoor.",
            "Brindlemoor",
        )
        .unwrap();
        assert_eq!(o.bearing, Some(90.0));
        let [lo, hi] = o.km.unwrap();
        assert!(
            (lo - 277.8).abs() < 0.1 && (hi - 277.8).abs() < 0.1,
            "{lo} {hi}"
        );
        assert_eq!(o.written, "150 nautical miles east");
        let o = offset(
            "It lies 1,150 kilometers (700 miles) southeast of Ostrava.",
            "Ostrava",
        )
        .unwrap();
        assert_eq!(o.bearing, Some(135.0));
        let [lo, hi] = o.km.unwrap();
        assert!(
            (lo - 1150.0).abs() < 1.0 && (hi - 1150.0).abs() < 60.0,
            "{lo} {hi}"
        );
        assert_eq!(o.written, "1,150 kilometers (700 miles) southeast");
        let o = offset("The camp is north of the town of Velk.", "Velk");
        assert!(o.is_none(), "a bearing of the town, not of Velk: {o:?}");
        let o = offset("Fighting raged north of Velk.", "Velk").unwrap();
        assert_eq!((o.bearing, o.km), (Some(0.0), None));
        assert!(offset("Fighting raged in Velk.", "Velk").is_none());
        // A verb governs the offset: it places the clause's event.
        let o = offset("The quake struck about 30 miles north of Velk.", "Velk").unwrap();
        assert!(o.after_verb);
        let o = offset("The town is 30 miles north of Velk.", "Velk").unwrap();
        assert!(o.after_verb);
        let o = offset("A driver 30 miles north of Velk saw it.", "Velk").unwrap();
        assert!(!o.after_verb, "the driver's place");
        let o = offset("They left the camp, 30 miles north of Velk.", "Velk").unwrap();
        assert!(!o.after_verb, "the camp's place");
        // An offset of the place the event is in places the event.
        let o = offset(
            "It was centered in Marlow, about 20 miles north of Velk.",
            "Velk",
        )
        .unwrap();
        assert!(o.after_verb, "where Marlow lies");
        let o = offset(
            "A driver in Marlow, 20 miles north of Velk, saw it.",
            "Velk",
        )
        .unwrap();
        assert!(!o.after_verb, "the driver's place");
        // An offset beside what the event's verb acts on places the event.
        let s = "Pirates attacked a skiff 80 miles east of Velk.";
        let lead = s.find("80").unwrap();
        assert!(places_object(s, s.find(" a skiff").unwrap(), lead));
        let s = "They left the camp, 30 miles north of Velk.";
        let lead = s.find("30").unwrap();
        assert!(!places_object(s, s.find(" the camp").unwrap(), lead));
        // A distance outside or from a place, with no bearing: a ring.
        let o = offset("The plane crashed about 10 miles outside Velk.", "Velk").unwrap();
        assert_eq!(o.bearing, None);
        let [lo, hi] = o.km.unwrap();
        assert!(lo < 16.1 && 16.1 < hi && hi < 18.0, "{lo} {hi}");
        assert_eq!(o.written, "about 10 miles outside");
        assert!(o.after_verb);
        let o = offset("It sank 30 km away from Velk.", "Velk").unwrap();
        let [lo, hi] = o.km.unwrap();
        assert!(o.bearing.is_none() && lo <= 30.0 && 30.0 <= hi, "{o:?}");
        let o = offset("A farm 30 km from Velk burned.", "Velk").unwrap();
        assert!(!o.after_verb, "the farm's place");
        assert!(offset("The plane crashed outside Velk.", "Velk").is_none());
        assert!(offset("She drove from Velk.", "Velk").is_none());
        // A count of people is no distance.
        let o = offset("Some 300 people fled west of Velk.", "Velk").unwrap();
        assert_eq!(o.km, None);
    }
}
