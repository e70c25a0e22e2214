//! Reported plans: `would` after a past speech verb (`said they would
//! merge in a deal worth $5 billion`) tells, in the past, what was
//! announced; it is no forecast set against a past telling of the same
//! deal.

use super::{classify, floor_boundary, is_past_word, Toks, LOOK_BACK};
use crate::temporal::Direction;

/// How many words may stand between the speech verb and `would` (`said
/// that the two companies would`, `told reporters the firm would`).
const REPORT_SPAN: usize = 6;

/// Whether the future cue nearest before byte `at` is `would` (or
/// `could`) reporting what someone said: a past-tense speech verb
/// (`is_speech`, the lexicon's list) stands a few words before it, in the
/// same clause.
pub(in crate::temporal) fn reported_plan_at(
    sentence: &str,
    at: usize,
    is_speech: &dyn Fn(&str) -> bool,
) -> bool {
    let at = floor_boundary(sentence, at);
    let before = floor_boundary(sentence, at.saturating_sub(LOOK_BACK));
    let behind = Toks::new(sentence.get(before..at).unwrap_or_default());
    let behind = behind.view();
    for i in (0..behind.len()).rev() {
        let w = behind.word(i);
        if matches!(w, ";" | ":") {
            return false;
        }
        if matches!(w, "would" | "could") {
            return speech_before(&behind, i, is_speech);
        }
        if classify(&behind, i).is_some() {
            return false;
        }
    }
    false
}

/// Whether a past-tense speech verb stands in the few words before word
/// `i`, with no other tense cue between (`said the deal was done and
/// would` is a past clause of its own).
fn speech_before(toks: &super::ToksView<'_>, i: usize, is_speech: &dyn Fn(&str) -> bool) -> bool {
    for j in (i.saturating_sub(REPORT_SPAN + 1)..i).rev() {
        let w = toks.word(j);
        if matches!(w, ";" | ":") {
            return false;
        }
        if is_speech(w) && is_past_word(w) {
            return true;
        }
        if classify(toks, j).is_some() {
            return false;
        }
    }
    false
}

/// [`super::event_direction_at`], with a reported plan read as of no
/// tense: it may meet both the deal done and the deal foreseen.
pub(in crate::temporal) fn event_direction_reported(
    sentence: &str,
    at: usize,
    is_speech: &dyn Fn(&str) -> bool,
) -> Direction {
    match super::event_direction_at(sentence, at) {
        Direction::Future if reported_plan_at(sentence, at, is_speech) => Direction::Nearest,
        d => d,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn speech(w: &str) -> bool {
        matches!(w, "said" | "says" | "told" | "announced")
    }

    fn at(s: &str, figure: &str) -> Direction {
        event_direction_reported(s, s.find(figure).unwrap(), &speech)
    }

    #[test]
    fn would_after_a_past_speech_verb_is_a_reported_plan() {
        let s = "Harlow Mills said on Monday that the two firms would merge in a deal worth $4 billion.";
        assert_eq!(at(s, "$4"), Direction::Nearest);
        let s = "The bakers announced they would hire 300 workers.";
        assert_eq!(at(s, "300"), Direction::Nearest);
    }

    #[test]
    fn a_forecast_of_its_own_stays_future() {
        // No speech verb: the writer's own conditional.
        let s = "The deal would make the merged firm worth about $9 billion.";
        assert_eq!(at(s, "$9"), Direction::Future);
        // A present speech verb: a plan still ahead.
        let s = "The board says the two firms would merge in a deal worth $4 billion.";
        assert_eq!(at(s, "$4"), Direction::Future);
        // `will` is a forecast whoever tells it.
        let s = "Harlow Mills said the two firms will merge in a deal worth $4 billion.";
        assert_eq!(at(s, "$4"), Direction::Future);
        // Another tense cue between the speech verb and `would`.
        let s = "Ann Lee said the mill was sold and that the buyers would hire 300 workers.";
        assert_eq!(at(s, "300"), Direction::Future);
    }

    #[test]
    fn a_past_clause_stays_past() {
        let s = "Harlow Mills said the two firms merged in a deal worth $4 billion.";
        assert_eq!(at(s, "$4"), Direction::Past);
    }
}
