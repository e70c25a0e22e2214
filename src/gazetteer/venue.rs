//! Venues below the gazetteer's level: the kind of building an event
//! happened in (`died at his home`, `died at a hospice near his home`,
//! `in hospital`). The kinds and their words are data,
//! `rules/places/venues.toml`; two venues compare by kind only.

use aho_corasick::AhoCorasick;
use regex::Regex;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::LazyLock;

const VENUES_TOML: &str = include_str!("../../rules/places/venues.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct VenuesFile {
    kinds: BTreeMap<String, Vec<String>>,
    /// Head words of named venues, by kind ([`super::named_venue`]).
    #[serde(default)]
    named: BTreeMap<String, Vec<String>>,
}

/// The venue words and the pattern that finds them.
pub(super) struct Venues {
    /// Each word with its kind.
    words: Vec<(String, String)>,
    /// Compiled on first use ([`Venues::pattern`]): a small run whose
    /// texts name no venue word does without it.
    pattern: std::sync::OnceLock<Regex>,
    /// Finds any venue word: a text without one (most sentences) is not
    /// searched by the pattern, which ends with one.
    any_word: AhoCorasick,
    /// The head words of named venues with their kinds, longer first.
    pub(super) named: Vec<(String, String)>,
}

pub(super) static VENUES: LazyLock<Venues> = LazyLock::new(|| {
    let f: VenuesFile = toml::from_str(VENUES_TOML)
        .expect("rules/places/venues.toml is valid (checked by a unit test)");
    let words = by_length(f.kinds);
    let any_word = AhoCorasick::new(words.iter().map(|(w, _)| w)).expect("venue words compile");
    let named = by_length(f.named);
    Venues {
        words,
        named,
        pattern: std::sync::OnceLock::new(),
        any_word,
    }
});

/// Each word of a table of kinds with its kind, longer words first
/// (`nursing home` before `home`).
fn by_length(kinds: BTreeMap<String, Vec<String>>) -> Vec<(String, String)> {
    let mut words: Vec<(String, String)> = kinds
        .into_iter()
        .flat_map(|(kind, ws)| ws.into_iter().map(move |w| (w, kind.clone())))
        .collect();
    words.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
    words
}

impl Venues {
    /// The pattern that finds a venue: a preposition, a determiner, and
    /// one of the words, compiled the first time a text holds one.
    fn pattern(&self) -> &Regex {
        self.pattern.get_or_init(|| {
            let alternatives: Vec<String> =
                self.words.iter().map(|(w, _)| regex::escape(w)).collect();
            Regex::new(&format!(
                r"\b(?:at|in|inside) (?:(?:his|her|their|its|the|a|an|my|our|your) )?(?:[A-Za-z]+'s )?((?:[a-z-]+ ){{0,2}}?)({})\b",
                alternatives.join("|")
            ))
            .expect("venue pattern compiles")
        })
    }
}

/// Builds the venue words and their finder now (see
/// [`crate::pipeline::warm_up`]).
pub(super) fn warm_up() {
    LazyLock::force(&VENUES);
}

/// Words that may not stand between the determiner and the venue's word
/// (`in the area near his home` is no venue), nor follow it as part of a
/// longer noun (`an apartment complex`, `a hospital parking lot`): a venue
/// is followed by punctuation, a capitalised word or a number, or one of
/// these.
const FUNCTION_WORDS: &[&str] = &[
    "in",
    "on",
    "at",
    "near",
    "where",
    "when",
    "while",
    "after",
    "before",
    "of",
    "with",
    "and",
    "or",
    "but",
    "for",
    "from",
    "to",
    "by",
    "late",
    "early",
    "yesterday",
    "today",
    "last",
    "this",
    "that",
    "which",
    "who",
    "shortly",
    "around",
    "about",
    "outside",
    "since",
    "until",
    "as",
    "following",
    "surrounded",
    "alone",
    "overnight",
    "the",
    "a",
];

/// A venue found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Venue {
    /// Byte span, from the preposition (`at his home`).
    pub span: Range<usize>,
    /// As written, spaces normalised.
    pub text: String,
    /// Its kind (`home`, `care`).
    pub kind: &'static str,
    /// A named venue's name without its head word, lower case (`riverside`
    /// of `the Riverside Hotel`; the kind stands for the head); `None` for
    /// a venue named by its kind's word alone.
    pub name: Option<String>,
}

/// The kind of a venue word.
fn kind_of(word: &str) -> Option<&'static str> {
    VENUES
        .words
        .iter()
        .find(|(w, _)| w == word)
        .map(|(_, k)| k.as_str())
}

/// Venues in `text`: `at his home`, `at a local hospital`, `in hospital`,
/// and named ones (`at the Riverside Hotel`), in order of their spans.
pub fn find_venues(text: &str) -> Vec<Venue> {
    let mut out = unnamed_venues(text);
    let named = super::named_venue::find_named_venues(text);
    if !named.is_empty() {
        out.retain(|v| !named.iter().any(|n| overlap(&n.span, &v.span)));
        out.extend(named);
        out.sort_by_key(|v| v.span.start);
    }
    out
}

fn overlap(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// Venues named by a kind's word alone: `at his home`, `in hospital`.
fn unnamed_venues(text: &str) -> Vec<Venue> {
    let mut out = Vec::new();
    if !VENUES.any_word.is_match(text) {
        return out;
    }
    for m in VENUES.pattern().captures_iter(text) {
        let (Some(whole), Some(mods), Some(word)) = (m.get(0), m.get(1), m.get(2)) else {
            continue;
        };
        if mods
            .as_str()
            .split_whitespace()
            .any(|w| FUNCTION_WORDS.contains(&w))
        {
            continue;
        }
        let next = text[whole.end()..]
            .trim_start()
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .next()
            .unwrap_or("");
        let ends = next.is_empty()
            || !next.starts_with(|c: char| c.is_ascii_lowercase())
            || FUNCTION_WORDS.contains(&next)
            // `at his home Tuesday`, `at home 3 miles away`: a gap before punctuation.
            || text[whole.end()..].starts_with(|c: char| c.is_ascii_punctuation());
        if !ends {
            continue;
        }
        let Some(kind) = kind_of(word.as_str()) else {
            continue;
        };
        out.push(Venue {
            span: whole.range(),
            text: whole
                .as_str()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
            kind,
            name: None,
        });
    }
    out
}

/// The venue written as [`find_venues`] finds it (`at his home`, `at the
/// Riverside Hotel`), `None` for anything else.
pub fn venue_of(text: &str) -> Option<Venue> {
    let v = find_venues(text).into_iter().next()?;
    (v.span == (0..text.len())).then_some(v)
}

/// The kind of a venue written as [`find_venues`] finds it (`at his
/// home` is `home`), `None` for anything else.
pub fn venue_kind(text: &str) -> Option<&'static str> {
    venue_of(text).map(|v| v.kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(t: &str) -> Vec<(String, &'static str)> {
        find_venues(t)
            .into_iter()
            .map(|v| (v.text, v.kind))
            .collect()
    }

    #[test]
    fn the_table_parses_and_every_word_has_a_kind() {
        for (w, k) in &VENUES.words {
            assert_eq!(kind_of(w), Some(k.as_str()), "{w}");
        }
    }

    #[test]
    fn every_word_is_found() {
        let cases = [
            ("home", "home"),
            ("house", "home"),
            ("residence", "home"),
            ("apartment", "home"),
            ("flat", "home"),
            ("nursing home", "care"),
            ("care home", "care"),
            ("hospice", "care"),
            ("hospital", "care"),
            ("medical center", "care"),
            ("medical centre", "care"),
            ("infirmary", "care"),
        ];
        assert_eq!(cases.len(), VENUES.words.len());
        for (w, k) in cases {
            let t = format!("The writer died on Sunday at a {w} in Dunmore.");
            assert_eq!(found(&t), [(format!("at a {w}"), k)], "{t}");
        }
    }

    #[test]
    fn a_venue_near_another_is_the_first() {
        assert_eq!(
            found("She died at a hospice near her home in Dunmore."),
            [("at a hospice".to_string(), "care")]
        );
        assert_eq!(
            found("He died at his home in Dunmore, and in hospital the day before he was calm."),
            [
                ("at his home".to_string(), "home"),
                ("in hospital".to_string(), "care")
            ]
        );
        assert_eq!(
            found("He died at his daughter's home."),
            [("at his daughter's home".to_string(), "home")]
        );
        assert_eq!(
            found("She died at a local nursing home."),
            [("at a local nursing home".to_string(), "care")]
        );
    }

    #[test]
    fn longer_nouns_and_other_uses_are_no_venues() {
        assert!(found("He followed her to an apartment complex in Dunmore.").is_empty());
        assert!(found("He was shot in a hospital parking lot.").is_empty());
        assert!(found("He was shot in his home town.").is_empty());
        assert!(found("She is at the area near his home.").is_empty());
        assert!(found("They charge at a flat rate.").is_empty());
        assert!(found("The hospital said he died.").is_empty());
    }

    #[test]
    fn kinds_read_back() {
        assert_eq!(venue_kind("at his home"), Some("home"));
        assert_eq!(venue_kind("at a hospice"), Some("care"));
        assert_eq!(venue_kind("Dunmore"), None);
        assert_eq!(venue_kind("at his home in Dunmore"), None);
    }
}
