//! Crowds told in idioms (`took to the streets`, `police put the march at
//! 30,000`, `a rally attended by 5,000`): the figure's predicate is the
//! crowd (`noun:crowd`, of the curated group `crowds`, which `marched`
//! and `demonstrated` are in too). The phrases are in
//! `rules/quantity/crowd.toml`, embedded and checked when loaded.

use super::{broken, SentenceView};
use serde::Deserialize;
use std::sync::LazyLock;

/// The embedded crowd phrases.
pub const DEFAULT_CROWD_CUES: &str = include_str!("../../../rules/quantity/crowd.toml");

/// The predicate a crowd idiom gives its figure.
const CROWD: &str = "noun:crowd";

/// The crowd idioms of `rules/quantity/crowd.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct CrowdCues {
    /// Phrases right after the counted words (`took to the streets`).
    pub after: Vec<String>,
    /// Verbs estimating a crowd noun's size (`put the march at`).
    pub estimate: Vec<String>,
    /// Nouns naming a crowd after an estimating verb (`the march`).
    pub nouns: Vec<String>,
    /// How many words before `at` the estimating verb may stand.
    pub estimate_reach: usize,
    /// Passive verbs whose agent is the crowd (`attended by`).
    pub attended: Vec<String>,
    /// Who estimates a crowd (`police`, `organisers`).
    pub estimators: Vec<String>,
    /// Verbs an estimator says a figure with (`said`, `put`).
    pub estimators_say: Vec<String>,
}

impl CrowdCues {
    /// Parses and checks the file: lower-case trimmed phrases, the reach
    /// within its range.
    pub fn parse(text: &str) -> Result<CrowdCues, String> {
        let c: CrowdCues = toml::from_str(text).map_err(|e| e.to_string())?;
        let lists = [
            &c.after,
            &c.estimate,
            &c.nouns,
            &c.attended,
            &c.estimators,
            &c.estimators_say,
        ];
        if let Some(bad) = lists
            .iter()
            .flat_map(|l| l.iter())
            .find(|p| p.is_empty() || p.trim() != p.as_str() || p.to_lowercase() != **p)
        {
            return Err(format!("`{bad}` must be a trimmed lower-case phrase"));
        }
        if !(3..=20).contains(&c.estimate_reach) {
            return Err(format!(
                "estimate-reach = {} is outside 3-20",
                c.estimate_reach
            ));
        }
        Ok(c)
    }

    /// The embedded cues.
    pub fn defaults() -> &'static CrowdCues {
        static DEFAULTS: LazyLock<CrowdCues> = LazyLock::new(|| {
            CrowdCues::parse(DEFAULT_CROWD_CUES)
                .expect("rules/quantity/crowd.toml is checked by a test")
        });
        &DEFAULTS
    }
}

/// Who a crowd figure's sentence says estimated it (`Police said ...`,
/// `police put the march at`, `according to organisers`), as a soft
/// scope ([`crate::claims::ESTIMATOR`] and the word).
pub(super) fn crowd_estimator(view: &SentenceView) -> Option<String> {
    let cues = CrowdCues::defaults();
    let n = view.words.len();
    (0..n).find_map(|k| {
        let w = view.word(k);
        if !cues.estimators.iter().any(|e| e == w) {
            return None;
        }
        let says = k + 1 < n && cues.estimators_say.iter().any(|v| v == view.word(k + 1));
        let back = |i: usize| k.checked_sub(i).map(|j| view.word(j));
        let according = (back(2), back(1)) == (Some("according"), Some("to"))
            || (back(3), back(2), back(1)) == (Some("according"), Some("to"), Some("the"));
        (says || according).then(|| format!("{}{w}", crate::claims::ESTIMATOR))
    })
}

/// The crowd predicate of the figure whose words are `first_before..
/// first_after` (word indices), when an idiom around it says the figure
/// counts a crowd.
pub(super) fn crowd_predicate(
    sentence: &str,
    view: &SentenceView,
    (first_before, first_after): (usize, usize),
) -> Option<String> {
    let cues = CrowdCues::defaults();
    if phrase_after(sentence, view, first_after, &cues.after).is_some() {
        return Some(CROWD.to_string());
    }
    let before = preposition_before(sentence, view, first_before)?;
    match view.word(before) {
        "at" => estimated(view, before, cues),
        "by" => {
            let verb = before.checked_sub(1).map(|k| view.word(k))?;
            cues.attended
                .iter()
                .any(|v| v == verb)
                .then(|| CROWD.to_string())
        }
        _ => None,
    }
}

/// How many words the first of `phrases` starting at word `k`, in the
/// figure's clause, has.
fn phrase_after(
    sentence: &str,
    view: &SentenceView,
    k: usize,
    phrases: &[String],
) -> Option<usize> {
    let &(start, _) = view.words.get(k)?;
    let prev_end = k.checked_sub(1).map_or(0, |j| view.words[j].1);
    if broken(sentence, prev_end, start) {
        return None;
    }
    phrases.iter().find_map(|p| {
        let mut n = 0;
        for (i, w) in p.split(' ').enumerate() {
            if k + i >= view.words.len() || view.word(k + i) != w {
                return None;
            }
            n = i + 1;
        }
        Some(n)
    })
}

/// The place a crowd idiom names softly (`at athens`, see
/// [`crate::claims::SOFT_PLACE`]): after the idiom (`took to the streets
/// of Athens`, `in Athens`), or before the figure in its sentence (`In
/// Velk, 8,000 people took to the streets`). A crowd's place is where
/// it gathered, as a place named just before a figure is: two different
/// places never compare, a place only one figure names does not stop
/// them. `None` when the figure has no crowd idiom.
pub(super) fn crowd_place(
    sentence: &str,
    view: &SentenceView,
    (first_before, first_after): (usize, usize),
) -> Option<String> {
    let cues = CrowdCues::defaults();
    let soft = |name: String| format!("{}{name}", crate::claims::SOFT_PLACE);
    if let Some(n) = phrase_after(sentence, view, first_after, &cues.after) {
        let k = first_after + n;
        if k + 1 < view.words.len() && matches!(view.word(k), "of" | "in") {
            return super::scope::capitalized_name(sentence, view, k + 1).map(soft);
        }
    } else if crowd_predicate(sentence, view, (first_before, first_after)).is_none() {
        return None;
    }
    // `In Velk, 8,000`, `In Velk, some 8,000`: across hedge words and one
    // comma, a capitalised name right after `in`.
    let mut k = first_before.checked_sub(1)?;
    while k > 0 && HEDGE_WORDS.contains(&view.word(k)) {
        k -= 1;
    }
    let name_end = k;
    while k > 0 && sentence[view.words[k].0..].starts_with(char::is_uppercase) {
        k -= 1;
    }
    let comma = sentence
        .get(view.words[name_end].1..view.words.get(name_end + 1)?.0)
        .is_some_and(|gap| gap.trim() == ",");
    (comma && k < name_end && view.word(k) == "in")
        .then(|| super::scope::capitalized_name(sentence, view, k + 1))
        .flatten()
        .map(soft)
}

/// Hedge words skipped between a preposition and its figure (`at
/// roughly`, `by as many as`).
const HEDGE_WORDS: &[&str] = &[
    "about",
    "around",
    "roughly",
    "some",
    "nearly",
    "almost",
    "approximately",
    "an",
    "estimated",
    "more",
    "than",
    "over",
    "as",
    "many",
    "up",
    "to",
    "at",
    "least",
];

/// The word index of the `at` or `by` before the figure, across hedge
/// words, in the figure's clause.
fn preposition_before(sentence: &str, view: &SentenceView, first_before: usize) -> Option<usize> {
    let mut next_start = view.words.get(first_before).map_or(sentence.len(), |w| w.0);
    for k in (first_before.saturating_sub(5)..first_before).rev() {
        let (s, e) = view.words[k];
        if broken(sentence, e, next_start) {
            return None;
        }
        next_start = s;
        let w = view.word(k);
        // `at least 20`: the hedge's own `at`, unless another `at` is
        // before it.
        let hedge_at = w == "at" && view.words.get(k + 1).is_some() && view.word(k + 1) == "least";
        if matches!(w, "at" | "by") && !hedge_at {
            return Some(k);
        }
        if !HEDGE_WORDS.contains(&w) {
            return None;
        }
    }
    None
}

/// `police put the march at 30,000`, `estimated the crowd, which filled
/// the square, at 50,000`: an estimating verb, then `the` (optional) and
/// a crowd noun, within reach before `at`.
fn estimated(view: &SentenceView, at: usize, cues: &CrowdCues) -> Option<String> {
    let from = at.saturating_sub(cues.estimate_reach);
    (from..at).rev().find_map(|k| {
        if !cues.estimate.iter().any(|v| v == view.word(k)) {
            return None;
        }
        let mut n = k + 1;
        if n < at && matches!(view.word(n), "the" | "a" | "its" | "their") {
            n += 1;
        }
        let noun = (n < at).then(|| view.word(n))?;
        cues.nouns
            .iter()
            .any(|c| c == noun)
            .then(|| CROWD.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::predicate_at as predicate;

    #[test]
    fn crowd_idioms_give_the_crowd_predicate() {
        let crowd = Some(CROWD);
        let s = "Police said up to 8,000 people took to the streets of Velk.";
        assert_eq!(predicate(s, "8,000").as_deref(), crowd);
        let s = "Police put the rally, called by three unions, at about 12,000 people.";
        assert_eq!(predicate(s, "12,000").as_deref(), crowd);
        let s = "Organisers estimated the crowd at more than 40,000.";
        assert_eq!(predicate(s, "40,000").as_deref(), crowd);
        let s = "The vigil was attended by some 3,000 people.";
        assert_eq!(predicate(s, "3,000").as_deref(), crowd);
    }

    #[test]
    fn near_misses_are_no_crowd() {
        // An estimate of something else, and `by` after another verb.
        let s = "Officials put the damage at about 12,000 homes.";
        assert_ne!(predicate(s, "12,000").as_deref(), Some(CROWD));
        let s = "The town was hit by some 3,000 shells.";
        assert_ne!(predicate(s, "3,000").as_deref(), Some(CROWD));
        // The hedge's own `at`.
        let s = "Police said at least 300 people took part.";
        assert_ne!(predicate(s, "300").as_deref(), Some(CROWD));
    }

    #[test]
    fn the_estimator_of_a_crowd_is_read() {
        let scope = |s: &str, f: &str| {
            crate::claims::quantity_at(s, f)
                .subject
                .counted
                .map(|k| k.scope.clone())
                .unwrap_or_default()
        };
        let by = |s: &str| s.to_string();
        let s = "Police said 9,000 people marched in Velk.";
        assert!(scope(s, "9,000").contains(&by("by police")));
        let s = "The rally drew a crowd of 9,000, according to organisers.";
        assert!(!scope(s, "9,000").contains(&by("by police")));
        // Not a crowd, and no estimate.
        let s = "Police said 9 people were arrested.";
        assert!(!scope(s, "9").iter().any(|x| x.starts_with("by ")));
        let s = "Police fired tear gas as 9,000 people marched.";
        assert!(!scope(s, "9,000").iter().any(|x| x.starts_with("by ")));
    }

    #[test]
    fn the_embedded_cues_load() {
        let c = CrowdCues::defaults();
        assert!(c.after.iter().any(|p| p == "took to the streets"));
        assert!(c.estimate.iter().any(|p| p == "put"));
    }

    #[test]
    fn upper_case_cues_and_a_reach_out_of_range_are_refused() {
        let bad = DEFAULT_CROWD_CUES.replace("\"put\"", "\"Put\"");
        assert!(CrowdCues::parse(&bad).is_err());
        let bad = DEFAULT_CROWD_CUES.replace("estimate-reach = 14", "estimate-reach = 60");
        assert!(CrowdCues::parse(&bad).is_err());
    }
}
