//! A scheduled act in the present tense: `Okafor takes office on January
//! 12`, `the law takes effect on July 1`. A month-day or month with no year
//! governed by a verb in the present (third person) is the act's next
//! occurrence after publication, whatever a later clause says (`... and
//! has promised`); a news body reports past acts in the past tense.

use super::{EventWord, SentenceView};
use crate::lexical::{Lexical, Pos};
use crate::temporal::{DateForm, Direction};

/// Words before a word in `-s` that make it a noun (`the talks`, `its
/// opens`) rather than a finite present verb.
const NOT_FINITE_BEFORE: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those", "to",
];

/// Whether `word` is the third person present of the verb `lemma`
/// (`takes` of `take`, `goes` of `go`, `carries` of `carry`).
fn third_person_of(word: &str, lemma: &str) -> bool {
    if word == lemma || !word.ends_with('s') || word.ends_with("ss") {
        return false;
    }
    let y_stem = lemma.strip_suffix('y').map(|s| format!("{s}ies"));
    word.strip_suffix('s') == Some(lemma)
        || word.strip_suffix("es") == Some(lemma)
        || y_stem.as_deref() == Some(word)
}

/// Whether the verb frame `event` is written in the present (third
/// person) and stands before the date at `date_start`.
fn present_verb_before(view: &SentenceView, event: &EventWord, date_start: usize) -> bool {
    if !event.class.starts_with("verb:") || event.end > date_start {
        return false;
    }
    let k = view.words.partition_point(|&(_, e)| e <= event.start);
    if k >= view.words.len() || view.words[k].0 != event.start {
        return false;
    }
    if k > 0 && NOT_FINITE_BEFORE.contains(&view.word(k - 1)) {
        return false;
    }
    let word = view.word(k);
    let lex = Lexical::embedded();
    lex.lemmas(word, Pos::Verb)
        .as_slice()
        .iter()
        .any(|lemma| third_person_of(word, lemma))
}

/// The direction a yearless month-day or month resolves in when its
/// governing verb is a present-tense act before it: the next one
/// ([`Direction::Future`]); `None` when the verb says nothing.
pub(super) fn scheduled_direction(
    view: &SentenceView,
    event: &EventWord,
    form: &DateForm,
    date_start: usize,
) -> Option<Direction> {
    let yearless = matches!(form, DateForm::MonthDay { .. } | DateForm::Month(_));
    (yearless && present_verb_before(view, event, date_start)).then_some(Direction::Future)
}

#[cfg(test)]
mod tests {
    use super::third_person_of;

    #[test]
    fn third_person_forms() {
        assert!(third_person_of("takes", "take"));
        assert!(third_person_of("goes", "go"));
        assert!(third_person_of("carries", "carry"));
        assert!(!third_person_of("take", "take"));
        assert!(!third_person_of("took", "take"));
        assert!(third_person_of("passes", "pass"));
        assert!(!third_person_of("press", "pres"));
    }
}
