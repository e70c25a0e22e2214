//! How long an event lasted, told after its noun (`the strike ended
//! after 12 days`, `the siege lasted nine days`). The span is keyed by
//! the event noun, as `an 11-day strike` is by the noun its figure
//! modifies: two lengths of one event then meet (converted) and conflict
//! when they differ, and the length of one event never meets another's.

use super::predicate::words_back_in_clause;
use super::SentenceView;
use crate::lexical::{Lexical, Pos};

/// Verbs whose subject ran for the span told after them, each with the
/// words that may lead the span (`""`: none): `lasted 12 days`, `lasted
/// for 12 days`, `ended after 12 days`.
const LENGTH_VERBS: &[(&str, &[&str])] = &[
    ("last", &["", "for"]),
    ("end", &["after"]),
    ("finish", &["after"]),
    ("conclude", &["after"]),
];

/// Words between the leading word and the figure (`after nearly 12
/// days`, `lasted more than a week`).
const HEDGES: &[&str] = &[
    "nearly", "almost", "about", "around", "roughly", "some", "more", "than", "over", "just",
    "only", "less", "under", "at", "least", "a", "an",
];

/// Words between the event noun and its verb (`the strike finally ended`,
/// `a siege that lasted`, `the strike has ended`).
const BETWEEN_NOUN_AND_VERB: &[&str] = &[
    "that",
    "which",
    "finally",
    "eventually",
    "only",
    "has",
    "had",
    "have",
    "officially",
];

/// How many words before the verb its event noun is looked for.
const NOUN_REACH: usize = 3;

/// The predicate (`noun:strike`) of a span of time whose words run from
/// word `first_before` to before word `first_after`, when it is how long
/// the event named before its verb lasted (`the strike ended after 12
/// days`). `None` when the span counts something of its own (`after 12
/// days of talks`), no verb of [`LENGTH_VERBS`] leads it, or the verb's
/// subject names no single event.
pub(super) fn event_length(
    sentence: &str,
    view: &SentenceView,
    (first_before, first_after): (usize, usize),
    lex: &Lexical,
) -> Option<String> {
    if first_after < view.words.len() && view.word(first_after) == "of" {
        return None;
    }
    let mut back = words_back_in_clause(sentence, view, first_before, 12)
        .skip_while(|&k| HEDGES.contains(&view.word(k)));
    let mut k = back.next()?;
    let lead = match view.word(k) {
        w @ ("after" | "for") => {
            k = back.next()?;
            w
        }
        _ => "",
    };
    let w = view.word(k);
    let lemmas = lex.lemmas(w, Pos::Verb);
    let lemma = *lemmas.as_slice().first()?;
    let leads = LENGTH_VERBS.iter().find(|(v, _)| *v == lemma)?.1;
    let finite = crate::claims::text::inflected_form(w, lemma) || w == format!("{lemma}s");
    if !finite || !leads.contains(&lead) {
        return None;
    }
    let before: Vec<usize> = back.collect();
    let event = |k: usize| crate::claims::frame::names_one_event(view, sentence, k);
    // `the strike over pension cuts ended`: the head before the phrase.
    let event = head_before_phrase(view, &before)
        .and_then(event)
        .or_else(|| {
            let noun = before
                .iter()
                .take(NOUN_REACH)
                .copied()
                .find(|&j| !BETWEEN_NOUN_AND_VERB.contains(&view.word(j)))?;
            event(noun)
        })?;
    Some(format!("noun:{event}"))
}

/// The word before a prepositional phrase that ends right before the
/// verb (`the strike over pension cuts ended`, `the siege of the port
/// lasted`): `before` are the words before the verb, nearest first. The
/// phrase is at most [`PHRASE_REACH`] words after its preposition, none
/// of them a word of [`BETWEEN_NOUN_AND_VERB`] (`that`, `had`), which
/// may stand between the phrase and the verb (`a strike at two mills
/// that lasted`).
fn head_before_phrase(view: &SentenceView, before: &[usize]) -> Option<usize> {
    let filler = |j: &usize| BETWEEN_NOUN_AND_VERB.contains(&view.word(*j));
    let before = &before[before.iter().take_while(|j| filler(j)).count()..];
    let at = before
        .iter()
        .take(PHRASE_REACH + 1)
        .position(|&j| PHRASE_PREPOSITIONS.contains(&view.word(j)))?;
    if at == 0 || before[..at].iter().any(filler) {
        return None;
    }
    before.get(at + 1).copied()
}

/// Prepositions that lead a phrase between an event noun and its verb of
/// length (`the strike over pension cuts`, `the protest against the law`).
const PHRASE_PREPOSITIONS: &[&str] = &[
    "over", "against", "of", "at", "in", "on", "near", "outside", "by", "with", "for",
];

/// How many words a prepositional phrase before the verb may have after
/// its preposition (`over the planned pension cuts`).
const PHRASE_REACH: usize = 4;

#[cfg(test)]
mod tests {
    use crate::claims::predicate_at as predicate;

    #[test]
    fn a_length_told_after_the_event_is_keyed_by_its_noun() {
        for (s, figure) in [
            ("The dock strike ended after 12 days on Thursday.", "12"),
            ("The siege lasted nine days before troops withdrew.", "nine"),
            ("A strike that lasted for 11 days shut the port.", "11"),
            (
                "The strike finally ended after nearly three weeks.",
                "three",
            ),
            ("The strike over pension cuts ended after 12 days.", "12"),
            ("The siege of the old port lasted nine days.", "nine"),
            ("A strike at two mills that lasted 11 days ended.", "11"),
        ] {
            let key = predicate(s, figure);
            assert!(
                matches!(key.as_deref(), Some("noun:strike" | "noun:siege")),
                "{s}: {key:?}"
            );
        }
        // The same key as the figure that modifies the noun.
        let s = "Dock workers ended an 11-day strike on Thursday.";
        assert_eq!(predicate(s, "11").as_deref(), Some("noun:strike"));
    }

    #[test]
    fn a_span_of_its_own_or_no_event_is_no_length() {
        for (s, figure) in [
            ("The strike ended after 12 days of talks.", "12"),
            ("The warehouse lasted nine days in the flood.", "nine"),
            ("The strike ended, and after 12 days the port opened.", "12"),
            ("The strike ended before 12 days had passed.", "12"),
            ("The strike, and talks on it, ended after 12 days.", "12"),
        ] {
            assert_ne!(predicate(s, figure).as_deref(), Some("noun:strike"), "{s}");
            assert_ne!(
                predicate(s, figure).as_deref(),
                Some("noun:warehouse"),
                "{s}"
            );
        }
    }
}
