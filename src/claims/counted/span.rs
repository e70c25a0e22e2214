//! The predicate of a span of time written after `for`: `was banned for
//! two years`, `signed with the club for eight years`, `has lived in
//! Kerrow for the past three years`. The span is how long the verb before
//! `for` lasted, so it is keyed by that verb, as `a two-year ban` is by
//! its noun and `sentenced to seven years` by its verb: `banned for two
//! years` then meets `a 12-month ban` (converted), and a span of one
//! thing never meets a span of another in the same article.

use super::predicate::{inflected_verb, light_verb_form, resides, words_back_in_clause};
use super::SentenceView;
use crate::lexical::{Lexical, Pos};

/// Words between `for` and the figure (`for the past three years`, `for
/// more than a decade`, `for nearly two decades`).
const BETWEEN_FOR_AND_FIGURE: &[&str] = &[
    "the", "past", "last", "next", "nearly", "almost", "about", "around", "roughly", "some",
    "more", "than", "over", "at", "least", "up", "to", "a", "an", "just", "only", "less", "under",
    "well",
];

/// Words that make the span an addition to another (`for another two
/// years`, `for a further six months`): not the whole term.
const ADDED: &[&str] = &["another", "further", "additional", "extra", "more"];

/// How many words before `for` its verb is looked for (`signed with
/// Harbor City for`, `had lived in the village for`).
const VERB_REACH: usize = 5;

/// Prepositions a gerund follows as their object (`banned from sailing
/// for two years`): that verb is not the one the span measures.
const GERUND_PREPOSITIONS: &[&str] = &["from", "of", "about", "without", "by", "after", "before"];

/// The predicate of a span of time (`two years` in `was banned for two
/// years`) whose words start after word `first_before - 1`: the nearest
/// inflected verb before `for` in its clause, `verb:live` for living
/// somewhere (`lived in Kerrow for`). `None` when no `for` leads the
/// figure, the span is added to another (`for another year`), or the verb
/// is a light one or counts an outcome of the curated tables (`detained
/// for three days`: how long, not how many).
pub(super) fn span_verb(
    sentence: &str,
    view: &SentenceView,
    first_before: usize,
    lex: &Lexical,
) -> Option<String> {
    let mut k = first_before;
    loop {
        let w = view.word(k.checked_sub(1)?);
        if ADDED.contains(&w) && w != "more" {
            return None;
        }
        if w == "for" {
            break;
        }
        if !BETWEEN_FOR_AND_FIGURE.contains(&w) || first_before - k >= 4 {
            return None;
        }
        k -= 1;
    }
    // `k - 1` is `for`: its verb is looked for before it.
    for j in words_back_in_clause(sentence, view, k - 1, VERB_REACH) {
        let w = view.word(j);
        if matches!(w, "and" | "or" | "but" | "who" | "which" | "that" | "when") {
            return None;
        }
        let gerund = w.ends_with("ing") && j > 0 && GERUND_PREPOSITIONS.contains(&view.word(j - 1));
        if gerund {
            continue;
        }
        if light_verb_form(w, lex) {
            return None;
        }
        let Some(verb) = inflected_verb(w, lex) else {
            continue;
        };
        let lemma = verb.strip_prefix("verb:").unwrap_or(&verb);
        if lemma == "live" {
            return resides(sentence, view, j + 1, lex).then(|| LIVED.to_string());
        }
        return (!lex.in_curated_group(lemma, Pos::Verb)).then_some(verb);
    }
    None
}

/// Verbs of settling somewhere (`moved to Kerrow four years ago`).
const MOVE_VERBS: &[&str] = &["move", "relocate"];

/// Whether an offset before its event (`four years ago`, whose words
/// start after word `first_before - 1`) dates a move to a place in its
/// clause (`moved to Kerrow`, `relocated there`): then it is how long
/// the mover has lived there, and meets `has lived in Kerrow for the past
/// three years` (keyed [`LIVED`]).
pub(super) fn moved_there(
    sentence: &str,
    view: &SentenceView,
    first_before: usize,
    lex: &Lexical,
) -> bool {
    for j in words_back_in_clause(sentence, view, first_before, MOVE_REACH) {
        let lemmas = lex.lemmas(view.word(j), Pos::Verb);
        let Some(&lemma) = lemmas.as_slice().first() else {
            continue;
        };
        if !crate::claims::text::inflected_form(view.word(j), lemma) {
            continue;
        }
        if !MOVE_VERBS.contains(&lemma) || j + 2 > view.words.len() {
            return false;
        }
        let next = view.word(j + 1);
        let (s, _) = view.words.get(j + 2).copied().unwrap_or((0, 0));
        let named = next == "to" && sentence[s..].starts_with(char::is_uppercase);
        return matches!(next, "there" | "here") || (named && j + 2 < first_before);
    }
    false
}

/// How many words before an offset the move it dates is looked for.
const MOVE_REACH: usize = 8;

/// The predicate of a move's offset read as how long the mover has lived
/// at the place ([`moved_there`]).
pub(super) fn lived() -> String {
    LIVED.to_string()
}

/// The predicate of how long someone lived somewhere (not `verb:reside`,
/// which the curated tables count with a population).
const LIVED: &str = "verb:live";

#[cfg(test)]
mod tests {
    use crate::claims::predicate_at as predicate;

    #[test]
    fn a_span_after_for_takes_the_verb_before_it() {
        let s = "Ivo Marek was banned for two years on Monday.";
        assert_eq!(predicate(s, "two").as_deref(), Some("verb:ban"));
        let s = "Dario Pelle signed with Harbor City for eight years.";
        assert_eq!(predicate(s, "eight").as_deref(), Some("verb:sign"));
        let s = "Ana Dell had lived in Kerrow for the past three years.";
        assert_eq!(predicate(s, "three").as_deref(), Some("verb:live"));
        let s = "The captain was banned from sailing for 18 months.";
        assert_eq!(predicate(s, "18").as_deref(), Some("verb:ban"));
        let s = "Rescuers searched the ravine for more than nine hours.";
        assert_eq!(predicate(s, "nine").as_deref(), Some("verb:search"));
    }

    #[test]
    fn no_verb_of_its_own_no_predicate() {
        // An addition to a term, a clause break, a light verb, living
        // in a state rather than a place.
        for (s, figure) in [
            ("He was jailed for another two years.", "two"),
            (
                "She left, and for three years nobody heard of her.",
                "three",
            ),
            ("The plant was idle for six months.", "six"),
            ("They lived in fear for two years.", "two"),
        ] {
            assert_eq!(predicate(s, figure), None, "{s}");
        }
    }

    #[test]
    fn a_move_some_years_ago_is_how_long_one_has_lived_there() {
        let s = "Ana Dell moved to Kerrow four years ago with her children.";
        assert_eq!(predicate(s, "four").as_deref(), Some("verb:live"));
        let s = "Ana Dell moved back to Kerrow four years ago.";
        assert_eq!(predicate(s, "four").as_deref(), Some("verb:return"));
        let s = "Ana Dell moved the date four years ago.";
        assert_eq!(predicate(s, "four").as_deref(), Some("verb:move"));
    }

    #[test]
    fn an_outcome_the_tables_count_is_not_how_long() {
        let s = "Police detained the driver for three days.";
        assert_eq!(predicate(s, "three"), None);
    }
}
