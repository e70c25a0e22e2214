//! The ambiguity policy: which names are places without a context that
//! introduces a place, and which need one (docs/places.md).
//!
//! * A country, or a city of at least [`WELL_KNOWN_POPULATION`] people, is
//!   well known: `Russia`, `Mumbai`, `Los Angeles` are places wherever they
//!   stand.
//! * Any other name is a place only after a context that introduces one
//!   (`in`, `at`, `near`, `outside`, `off the coast of`, `north of`, a
//!   dateline): see [`super::find`].
//! * A name that is also a common English word (`March`, `Nice`, `Split`,
//!   `Deal`, `Police`, `Union`, `Mobile`, `Reading`, `Bath`, `Orange`: any
//!   word WordNet knows as a noun, verb or adjective) is never well known,
//!   and even after `in` it must not be followed by a noun (`in Police
//!   custody`).
//! * A month or weekday name (`March`, `Sunday`) is never a place alone:
//!   `in March` is a date; only a qualified form (`March, Cambridgeshire`)
//!   is the town.

use super::{Place, PlaceKind};
use crate::lexical::{Lexical, Pos};

/// Cities of at least this many people are well known.
pub const WELL_KNOWN_POPULATION: u64 = 1_000_000;

/// Whether a name is a month or a weekday (never a place alone).
pub fn is_calendar_word(name: &str) -> bool {
    crate::source::MONTH_NAMES
        .iter()
        .chain(&crate::source::WEEKDAY_NAMES)
        .any(|c| c.eq_ignore_ascii_case(name))
}

/// Whether a name as written is also a common English word: one word that
/// WordNet knows as a noun, verb or adjective, read in lower case
/// (`Reading` → `read`, `Nice`, `Police`), or a month or weekday name.
pub fn is_common_word(name: &str) -> bool {
    if name.contains(' ') || name.contains('-') {
        return false;
    }
    if is_calendar_word(name) {
        return true;
    }
    let lower = name.to_lowercase();
    let lex = Lexical::embedded();
    [Pos::Noun, Pos::Verb, Pos::Adj]
        .into_iter()
        .any(|pos| lex.knows(&lower, pos))
}

/// Whether a reading of a name is well known: a country, or a city of at
/// least [`WELL_KNOWN_POPULATION`] people, and the name no common word.
pub fn well_known(name: &str, p: &Place) -> bool {
    let big = match p.kind {
        PlaceKind::Country => true,
        PlaceKind::City => p.population >= WELL_KNOWN_POPULATION,
        PlaceKind::Region | PlaceKind::County => false,
    };
    big && !is_common_word(name)
}

/// Whether a name needs a place-introducing context to be read as a place:
/// none of its readings is well known (`Tokyo` the prefecture is not, `Tokyo`
/// the city is).
pub fn needs_context(name: &str, readings: &[&Place]) -> bool {
    !readings.iter().any(|p| well_known(name, p))
}

/// Whether a lower-case noun that is no verb follows a name (`Police
/// custody`): the name is then a modifier, not a place.
pub(super) fn noun_follows(text: &str, end: usize) -> bool {
    let Some(rest) = text[end..].strip_prefix(' ') else {
        return false;
    };
    let word: String = rest.chars().take_while(char::is_ascii_lowercase).collect();
    if word.len() < 3 {
        return false;
    }
    let lex = Lexical::embedded();
    lex.knows(&word, Pos::Noun) && !lex.knows(&word, Pos::Verb)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Gazetteer;

    #[test]
    fn common_words_that_are_places_need_context() {
        let g = Gazetteer::embedded();
        for w in [
            "March", "Nice", "Split", "Deal", "Police", "Union", "Mobile", "Reading", "Bath",
            "Orange", "Sunday",
        ] {
            assert!(is_common_word(w), "{w} is a common word");
            assert!(needs_context(w, &g.lookup(w)), "{w} needs context");
        }
    }

    #[test]
    fn well_known_names_do_not() {
        let g = Gazetteer::embedded();
        for w in ["Russia", "Mumbai", "Los Angeles", "France", "Tokyo"] {
            assert!(!needs_context(w, &g.lookup(w)), "{w} is well known");
        }
        // A town, a region: known only in context.
        for w in ["Sochi", "Hollywood", "Texas", "Kandahar", "Nowhereville"] {
            assert!(needs_context(w, &g.lookup(w)), "{w} needs context");
        }
    }
}
