//! A part told with its whole and a verb of its own: `17 of the hijacked
//! ships are still held`, `two of the five climbers died`. The part is
//! all the things the verb says something of (17 ships held), so it is
//! keyed by that verb and the whole's counted thing, not as a part.

use super::predicate::{inflected_verb, light_verb_form, predicate_after, words_back_in_clause};
use super::{broken, is_figure, SentenceView};
use crate::lexical::{Lexical, Lexname, Pos};

/// How many words after `of` the whole's counted noun is looked for (`of
/// the hijacked cargo ships`).
const WHOLE_WORDS: usize = 5;

/// Determiners of a short noun phrase coordinated with the whole (`17 of
/// the ships and their crews are held`): the verb after it is the
/// subject's as a whole, and so the part's.
const COORDINATED: &[&str] = &["their", "its", "the", "his", "her"];

/// The predicate of a part told as `N of the <whole>` (`first_before` is
/// the part's first word, `first_after` the word `of`) from the verb after
/// the whole's counted noun, whose lemma is `thing`: `17 of the hijacked
/// ships are still held` → `verb:hold`. None when a verb comes before the
/// part in its clause, when no word of the whole is `thing`, when the
/// phrase is broken by punctuation, or when no verb follows.
pub(super) fn part_predicate(
    sentence: &str,
    view: &SentenceView,
    (first_before, first_after): (usize, usize),
    thing: &str,
    lex: &Lexical,
) -> Option<String> {
    // Only a part that opens its clause is the verb's subject: after a
    // verb (`reached 9 of the 40 miners trapped`, `reported that two of
    // the victims died`) the verb after the whole is the whole's.
    let verb_before = words_back_in_clause(sentence, view, first_before, 8).any(|k| {
        let w = view.word(k);
        inflected_verb(w, lex).is_some() || light_verb_form(w, lex)
    });
    if verb_before {
        return None;
    }
    let last = (first_after + WHOLE_WORDS).min(view.words.len().saturating_sub(1));
    let mut head = None;
    for k in first_after + 1..=last {
        if broken(sentence, view.words[k - 1].1, view.words[k].0) {
            return None;
        }
        if lex.lemma(view.word(k), Pos::Noun) == thing {
            head = Some(k);
            break;
        }
    }
    let after = head? + 1;
    predicate_after(sentence, view, after, lex).or_else(|| {
        // `of the ships and their crews are held`: across `and` and a
        // two-word noun phrase to the verb.
        let word = |k: usize| (k < view.words.len()).then(|| view.word(k));
        (word(after) == Some("and") && word(after + 1).is_some_and(|w| COORDINATED.contains(&w)))
            .then(|| predicate_after(sentence, view, after + 3, lex))
            .flatten()
    })
}

/// `killed two women and a man`, `three soldiers and two civilians were
/// hurt`: a count of people (`thing`, a noun whose first sense is a
/// person) listed first, before `and` and another count of people, is a
/// part of the people the verb is said of, as the counts after it are.
/// `first_after` is the word right after the figure's noun.
pub(super) fn people_listed_first(
    sentence: &str,
    view: &SentenceView,
    first_after: usize,
    thing: &str,
    lex: &Lexical,
) -> bool {
    let person = |n: &str| {
        let lemma = lex.lemma(n, Pos::Noun);
        lex.knows(&lemma, Pos::Noun) && lex.first_lexname(&lemma) == Some(Lexname::NOUN_PERSON)
    };
    let word = |k: usize| (k < view.words.len()).then(|| view.word(k));
    let joined = |k: usize| {
        k > 0 && k < view.words.len() && !broken(sentence, view.words[k - 1].1, view.words[k].0)
    };
    let counted = |w: &str| matches!(w, "a" | "an" | "one") || is_figure(w);
    word(first_after) == Some("and")
        && (first_after + 1..=first_after + 2).all(joined)
        && word(first_after + 1).is_some_and(counted)
        && word(first_after + 2).is_some_and(person)
        && person(thing)
}

#[cfg(test)]
mod tests {
    use crate::claims::{claims_of, ClaimKind, Counted};

    /// The keys of the quantity whose words contain `figure`.
    fn keys(text: &str, figure: &str) -> Option<Counted> {
        claims_of(text, Some("2024-05-02"))
            .into_iter()
            .find(|c| c.kind == ClaimKind::Quantity && text[c.span.clone()].contains(figure))
            .and_then(|c| c.subject.counted.map(|k| (*k).clone()))
    }

    /// The predicate and scopes of that quantity.
    fn read(text: &str, figure: &str) -> (Option<String>, Vec<String>) {
        let k = keys(text, figure).unwrap_or_default();
        (k.predicate, k.scope)
    }

    #[test]
    fn the_verb_after_the_whole_keys_the_part_as_a_count_of_its_own() {
        let (p, scope) = read(
            "At least 17 of the seized trawlers are still held by the gang.",
            "17",
        );
        assert_eq!(p.as_deref(), Some("verb:hold"));
        assert!(!scope.iter().any(|s| s == "part"), "{scope:?}");
        let (p, _) = read(
            "Nine of the trawlers and their crews were freed on Friday.",
            "Nine",
        );
        assert_eq!(p.as_deref(), Some("verb:free"));
        // `held captive` keeps what it holds, whatever is held.
        let text = "At least 14 of the seized barges and their crews are still held captive.";
        let (p, scope) = read(text, "14");
        assert_eq!(p.as_deref(), Some("verb:hold"));
        assert!(scope.is_empty(), "{scope:?}");
        let (p, _) = read(
            "Three of the planned meetings were held on Friday.",
            "Three",
        );
        assert_ne!(p.as_deref(), Some("verb:hold"));
        let (p, scope) = read("Two of the five climbers died on the ridge.", "Two");
        assert_eq!(p.as_deref(), Some("verb:die"));
        // The whole's words are no qualifier of the count.
        assert!(!scope.iter().any(|s| s.starts_with("of ")), "{scope:?}");
    }

    #[test]
    fn people_listed_first_are_a_part_of_those_the_verb_is_said_of() {
        let (p, scope) = read("The blast killed two guards and a driver in Tarvo.", "two");
        assert_eq!(p.as_deref(), Some("verb:kill"));
        assert!(scope.iter().any(|s| s == "part"), "{scope:?}");
        // Homes and a school: the homes are all the homes.
        let (_, scope) = read("The storm destroyed 40 homes and a school in Tarvo.", "40");
        assert!(!scope.iter().any(|s| s == "part"), "{scope:?}");
        // Two clauses, not a list.
        let (_, scope) = read("The blast killed two guards and injured a driver.", "two");
        assert!(!scope.iter().any(|s| s == "part"), "{scope:?}");
    }

    #[test]
    fn without_a_verb_of_its_own_a_part_stays_a_part() {
        let (p, scope) = read(
            "Two of the five climbers, all from Varnia, were guides.",
            "Two",
        );
        assert_eq!(p, None);
        assert!(scope.iter().any(|s| s == "part"), "{scope:?}");
        let (p, scope) = read("Police recovered 14 of the stolen rifles in a barn.", "14");
        assert_eq!(p.as_deref(), Some("verb:recover"));
        assert!(scope.iter().any(|s| s == "part"), "{scope:?}");
        // After a verb, the verb after the whole is the whole's.
        let (p, scope) = read("Divers reached 9 of the 40 miners trapped in the pit.", "9");
        assert_ne!(p.as_deref(), Some("verb:trap"));
        assert!(scope.iter().any(|s| s == "part"), "{scope:?}");
        let text = "The radio reported that two of the three hikers died.";
        let (p, scope) = read(text, "two");
        assert_eq!(p, None);
        assert!(scope.iter().any(|s| s == "part"), "{scope:?}");
    }
}
