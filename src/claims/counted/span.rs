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
    // `k - 1` is `for`: its verb is looked for before it, past a
    // companion (`had been living in Ashford with her mother for`).
    let reach = VERB_REACH + companion_words(view, k - 1);
    for j in words_back_in_clause(sentence, view, k - 1, reach) {
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

/// Most words of a companion phrase before `for` (`with her mother`,
/// `with his two sons`).
const COMPANION_WORDS: usize = 4;

/// How many words before word `at` (`for`) a companion phrase takes
/// (`with her mother`: 3), its `with` included; 0 when none ends there.
fn companion_words(view: &SentenceView, at: usize) -> usize {
    (1..=COMPANION_WORDS)
        .find(|&n| at >= n && view.word(at - n) == "with")
        .unwrap_or(0)
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
    // Past a place set off by commas (`moved to Ashford, Kent, three
    // years ago`), the walk starts at the place before it.
    let set_off = before_appositive_place(sentence, view, first_before);
    let place = (set_off < first_before).then(|| set_off - 1);
    let start = place.unwrap_or(first_before);
    let words = place
        .into_iter()
        .chain(words_back_in_clause(sentence, view, start, MOVE_REACH));
    for j in words {
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

/// `moved to Ashford, Kent, three years ago`: when a place set off by
/// commas (`, Kent,`) follows a capitalised word and ends right before
/// the offset whose first word is `first_before`, the index of its first
/// word (the move is looked for before it); else `first_before`.
pub(super) fn before_appositive_place(
    sentence: &str,
    view: &SentenceView,
    first_before: usize,
) -> usize {
    let capital = |k: usize| {
        let (s, e) = view.words[k];
        sentence[s..e].starts_with(char::is_uppercase)
    };
    let start_of = |k: usize| view.words.get(k).map_or(sentence.len(), |w| w.0);
    let mut a = first_before;
    while a > 0 && first_before - a < APPOSITIVE_WORDS && capital(a - 1) {
        if a < first_before && super::broken(sentence, view.words[a - 1].1, start_of(a)) {
            break;
        }
        a -= 1;
    }
    let comma = |from: usize, to: usize| sentence.get(from..to).is_some_and(|g| g.trim() == ",");
    let set_off = a < first_before
        && a >= 2
        && capital(a - 1)
        && comma(view.words[a - 1].1, view.words[a].0)
        && comma(view.words[first_before - 1].1, start_of(first_before));
    if set_off {
        a
    } else {
        first_before
    }
}

/// Most words of a place set off by commas after another (`, South
/// Wales,`).
const APPOSITIVE_WORDS: usize = 3;

/// Prepositions that lead the place one lives at or moves to.
const RESIDENCE_PREPOSITIONS: &[&str] = &["in", "to", "at", "near"];

/// How many words before a figure of living somewhere its place is
/// looked for (`moved to Merthyr Tydfil, South Wales, four years ago`,
/// `had been living in Ashford with her mother for the past five years`).
const PLACE_REACH: usize = 12;

/// The places a figure of living somewhere (keyed [`LIVED`]) names before
/// it, as soft place scopes (`at ashford`): the capitalised words after
/// the nearest `in`, `to`, `at` or `near`, and a place set off by commas
/// after them (`Merthyr Tydfil, South Wales`: both). Two residences at
/// different places are two; one at a place both name is one.
pub(super) fn lived_places(
    sentence: &str,
    view: &SentenceView,
    first_before: usize,
) -> Vec<String> {
    let from = first_before.saturating_sub(PLACE_REACH);
    let Some(p) = (from..first_before)
        .rev()
        .find(|&k| RESIDENCE_PREPOSITIONS.contains(&view.word(k)))
    else {
        return Vec::new();
    };
    let capital = |k: usize| {
        let (s, e) = view.words[k];
        sentence[s..e].starts_with(char::is_uppercase)
    };
    let mut places = Vec::new();
    let mut k = p + 1;
    while k < first_before && capital(k) {
        let mut name = vec![view.word(k)];
        k += 1;
        while k < first_before
            && capital(k)
            && !super::broken(sentence, view.words[k - 1].1, view.words[k].0)
        {
            name.push(view.word(k));
            k += 1;
        }
        places.push(format!("{}{}", crate::claims::SOFT_PLACE, name.join(" ")));
        // Another place only when set off by a comma (`Merthyr Tydfil,
        // South Wales`).
        let comma = k < first_before
            && sentence
                .get(view.words[k - 1].1..view.words[k].0)
                .is_some_and(|g| g.trim() == ",");
        if !comma {
            break;
        }
    }
    places
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
    fn living_somewhere_with_someone_is_how_long_one_lived_there() {
        let s = "Osk had been living in Ashford with her mother for the past five years.";
        assert_eq!(predicate(s, "five").as_deref(), Some("verb:live"));
        let s = "Pell worked at the mill with his two brothers for nine years.";
        assert_eq!(predicate(s, "nine").as_deref(), Some("verb:work"));
    }

    #[test]
    fn a_move_past_a_place_set_off_by_commas_is_how_long_one_lived_there() {
        let s = "She moved to Ashford, Kent, three years ago to start a new job.";
        let c = crate::claims::quantity_at(s, "three");
        let k = c.subject.counted.expect("keyed");
        assert_eq!(k.predicate.as_deref(), Some("verb:live"));
        assert_eq!(k.scope, ["at ashford", "at kent"]);
        // Another verb of the clause, or no place: no residence.
        let s = "She moved the meeting, Kent said, three years ago.";
        assert_ne!(predicate(s, "three").as_deref(), Some("verb:live"));
    }

    #[test]
    fn a_span_of_living_somewhere_is_scoped_by_the_place() {
        let s = "Osk had been living in Ashford with her mother for the past five years.";
        let c = crate::claims::quantity_at(s, "five");
        let k = c.subject.counted.expect("keyed");
        assert_eq!(k.scope, ["at ashford"]);
    }

    #[test]
    fn an_outcome_the_tables_count_is_not_how_long() {
        let s = "Police detained the driver for three days.";
        assert_eq!(predicate(s, "three"), None);
    }
}
