//! Counts told by a state rather than an act: a firm's workforce
//! (`employs 41,000 people`), the people aboard (`158 people on board`),
//! the people present at a site (`90 people were working`). The phrases
//! are in `rules/quantity/states.toml`, embedded and checked when loaded;
//! each state's predicate is a noun of its curated group
//! (`rules/lexical/curated.toml`).

use super::crowd::{phrase_after, HEDGE_WORDS};
use super::{broken, SentenceView};
use crate::claims::HOLDER;
use crate::lexical::{Lexical, Lexname, Pos};
use serde::Deserialize;
use std::sync::LazyLock;

/// The embedded state phrases.
pub const DEFAULT_STATE_CUES: &str = include_str!("../../../rules/quantity/states.toml");

/// One state and its phrases.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct State {
    /// The noun of its curated group the figure's predicate is.
    pub predicate: String,
    /// Phrases right before the figure, across hedges (`employs`).
    pub before: Vec<String>,
    /// Phrases right after the counted words (`on board`).
    pub after: Vec<String>,
}

/// The states of `rules/quantity/states.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "kebab-case")]
pub struct StateCues {
    /// Words before a figure that make it a capacity (`able to carry`).
    pub capacity: Vec<String>,
    /// Each state, in file order.
    pub state: Vec<State>,
}

impl StateCues {
    /// Parses and checks the file: a predicate and lower-case trimmed
    /// phrases for each state.
    pub fn parse(text: &str) -> Result<StateCues, String> {
        let c: StateCues = toml::from_str(text).map_err(|e| e.to_string())?;
        for s in &c.state {
            if s.predicate.is_empty() || s.before.is_empty() && s.after.is_empty() {
                return Err(format!(
                    "state `{}` needs a predicate and a phrase",
                    s.predicate
                ));
            }
            if let Some(bad) = s
                .before
                .iter()
                .chain(&s.after)
                .chain(&c.capacity)
                .chain(std::iter::once(&s.predicate))
                .find(|p| p.is_empty() || p.trim() != p.as_str() || p.to_lowercase() != **p)
            {
                return Err(format!("`{bad}` must be a trimmed lower-case phrase"));
            }
        }
        Ok(c)
    }

    /// The embedded cues.
    pub fn defaults() -> &'static StateCues {
        static DEFAULTS: LazyLock<StateCues> = LazyLock::new(|| {
            StateCues::parse(DEFAULT_STATE_CUES)
                .expect("rules/quantity/states.toml is checked by a test")
        });
        &DEFAULTS
    }
}

/// The state predicate (`noun:workforce`) of a figure counting people
/// (`unit` is its counted word, if any) whose words are `first_before..
/// first_after`, when a phrase around it tells a state.
pub(super) fn state_predicate(
    sentence: &str,
    view: &SentenceView,
    (first_before, first_after): (usize, usize),
    unit: Option<&str>,
) -> Option<String> {
    if !unit.is_none_or(counts_people) {
        return None;
    }
    let cues = StateCues::defaults();
    if (0..first_before).any(|k| cues.capacity.iter().any(|c| c == view.word(k))) {
        return None;
    }
    let before = hedged_start(sentence, view, first_before);
    cues.state
        .iter()
        .find(|s| {
            phrase_after(sentence, view, first_after, &s.after).is_some()
                || s.before.iter().any(|p| ends_at(view, before, p))
        })
        .map(|s| format!("noun:{}", s.predicate))
}

/// Whether a counted word names people (`people`, `passengers`, `crew`).
fn counts_people(unit: &str) -> bool {
    let lex = Lexical::embedded();
    let lemma = lex.lemma(unit, Pos::Noun);
    matches!(&*lemma, "person" | "people" | "crew" | "staff")
        || lex.first_lexname(&lemma) == Some(Lexname::NOUN_PERSON)
}

/// The word index where the figure starts once hedges before it are
/// taken in (`about`, `some`, `more than`), within its clause.
fn hedged_start(sentence: &str, view: &SentenceView, first_before: usize) -> usize {
    let mut k = first_before;
    while k > 0 && HEDGE_WORDS.contains(&view.word(k - 1)) {
        let next = view.words.get(k).map_or(sentence.len(), |w| w.0);
        if broken(sentence, view.words[k - 1].1, next) {
            break;
        }
        k -= 1;
    }
    k
}

/// Whether `phrase` is the words right before word `k`, with no break
/// between them and the figure.
fn ends_at(view: &SentenceView, k: usize, phrase: &str) -> bool {
    let words: Vec<&str> = phrase.split(' ').collect();
    let Some(from) = k.checked_sub(words.len()) else {
        return false;
    };
    words
        .iter()
        .enumerate()
        .all(|(i, w)| view.word(from + i) == *w)
}

/// The holder a state figure's sentence names before it (`Korvane Foods,
/// which employs`, `its rival Marden Foods employs`, `The Sea Star,
/// carrying`), as a soft scope ([`HOLDER`] and the name): the last name
/// before the figure of two capitalised words, or of one no dictionary
/// knows that does not open the sentence (not `Some`, `A` or `Its`).
pub(super) fn state_holder(
    sentence: &str,
    view: &SentenceView,
    first_before: usize,
) -> Option<String> {
    let lex = Lexical::embedded();
    let unknown = |w: &str| {
        [Pos::Noun, Pos::Verb, Pos::Adj]
            .iter()
            .all(|&p| !lex.knows(w, p))
    };
    let capital = |k: usize| sentence[view.words[k].0..].starts_with(char::is_uppercase);
    (0..first_before.min(view.words.len()))
        // `Headquartered in New York, EYP MCF has`: a comma ends a name.
        .filter(|&k| {
            capital(k)
                && (k == 0
                    || !capital(k - 1)
                    || broken(sentence, view.words[k - 1].1, view.words[k].0))
        })
        .filter_map(|k| {
            let name = super::scope::capitalized_name(sentence, view, k)?;
            let proper = name.contains(' ') || k > 0 && unknown(&name);
            proper.then(|| format!("{HOLDER}{name}"))
        })
        .last()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::predicate_at as predicate;

    #[test]
    fn state_idioms_give_their_group_predicate() {
        let s = "Brelton Mills, which employs about 41,000 people, will close a plant.";
        assert_eq!(predicate(s, "41,000").as_deref(), Some("noun:workforce"));
        let s = "The group has a workforce of 9,500.";
        assert_eq!(predicate(s, "9,500").as_deref(), Some("noun:workforce"));
        let s = "The ferry, with 214 people on board, sank off the cape.";
        assert_eq!(predicate(s, "214").as_deref(), Some("noun:complement"));
        let s = "The two trawlers had 14 crew onboard.";
        assert_eq!(predicate(s, "14").as_deref(), Some("noun:complement"));
        let s = "A jet carrying 87 passengers and crew landed safely.";
        assert_eq!(predicate(s, "87").as_deref(), Some("noun:complement"));
        let s = "Some 35 people were working in the depot when it collapsed.";
        assert_eq!(predicate(s, "35").as_deref(), Some("noun:occupancy"));
    }

    #[test]
    fn near_misses_are_no_state() {
        // A load, not people; people who did something.
        let s = "The truck was carrying 40 tonnes of grain.";
        assert_ne!(predicate(s, "40").as_deref(), Some("noun:complement"));
        let s = "Some 35 people were killed in the depot.";
        assert_ne!(predicate(s, "35").as_deref(), Some("noun:occupancy"));
        // What could be, not what is.
        let s = "The jet is able to carry 555 passengers on board.";
        assert_ne!(predicate(s, "555").as_deref(), Some("noun:complement"));
        let s = "The firm employed new methods in 12 plants.";
        assert_ne!(predicate(s, "12").as_deref(), Some("noun:workforce"));
    }

    #[test]
    fn the_holder_is_the_name_a_sentence_opens_with() {
        let scope = |s: &str, f: &str| {
            crate::claims::quantity_at(s, f)
                .subject
                .counted
                .map(|k| k.scope.clone())
                .unwrap_or_default()
        };
        let s = "Brelton Mills, which employs 41,000 people, will close a plant.";
        assert!(scope(s, "41,000").contains(&"held by brelton mills".to_string()));
        let s = "Based in Ostrava, Velmor Tools has 2,300 employees.";
        assert!(scope(s, "2,300").contains(&"held by velmor tools".to_string()));
        let s = "The ferry, with 214 people on board, sank.";
        assert!(!scope(s, "214").iter().any(|x| x.starts_with(HOLDER)));
        let s = "Some 35 people were working in the depot.";
        assert!(!scope(s, "35").iter().any(|x| x.starts_with(HOLDER)));
        // No state, no holder.
        let s = "Brelton Mills said 41 people were hurt.";
        assert!(!scope(s, "41").iter().any(|x| x.starts_with(HOLDER)));
    }

    #[test]
    fn bad_cues_are_refused() {
        let bad = DEFAULT_STATE_CUES.replace("\"employs\"", "\"Employs\"");
        assert!(StateCues::parse(&bad).is_err());
        assert!(StateCues::defaults().state.len() >= 3);
    }
}
