//! One more victim told as an ordinal: `killing two and wounding a
//! third`, `killed one man and injured a second`, `shot two workers and
//! critically injured a third co-worker`. The ordinal right after an
//! outcome verb of the curated tables counts one more than the figure
//! the clause gave before `and`: it is a count of one, what the verb did.

use super::context::{make, unit_after};
use super::forms::{exact, time_noun};
use super::text::{lower, word_after, word_before};
use super::words::{num_word, NumWord};
use super::QuantityExpr;
use crate::lexical::{Lexical, Lexname, Pos};

/// How many words may stand between the earlier figure and `and`
/// (`killing two women and`, `killed two of his co-workers and`).
const FIGURE_WINDOW: usize = 4;

/// The count of one read from `a` at `i..we` followed by an ordinal, when
/// the words around it make the form: an inflected outcome verb right
/// before `a` (an `-ly` adverb may stand between), `and` before the verb,
/// and before `and`, within [`FIGURE_WINDOW`] words, a figure one less
/// than the ordinal. The noun after the ordinal, if it names a person, is
/// the unit; any other noun (`a second time`, `a third term`) or `of` (`a
/// third of`, a share) makes no such count.
pub(super) fn one_more_at(text: &str, (i, we): (usize, usize)) -> Option<QuantityExpr> {
    let b = text.as_bytes();
    let (os, oe) = word_after(text, we)?;
    let mut buf = [0u8; 32];
    let order = match lower(&mut buf, &b[os..oe]) {
        b"second" => 2.0,
        b"third" => 3.0,
        b"fourth" => 4.0,
        b"fifth" => 5.0,
        _ => return None,
    };
    let lex = Lexical::embedded();
    let (unit, end) = person_after(text, oe, lex)?;
    let verb_start = outcome_verb_before(text, i, lex)?;
    let (as_, ae) = word_before(text, verb_start)?;
    if !b[as_..ae].eq_ignore_ascii_case(b"and") {
        return None;
    }
    if figure_before(&text[..as_]) != Some(order - 1.0) {
        return None;
    }
    Some(make(
        (i, end),
        1.0,
        (1.0, 1.0),
        &exact(1.0),
        None,
        unit,
        "quantity",
    ))
}

/// What follows the ordinal ending at `oe`: a person noun (`a third
/// co-worker`, the unit and its end), or no noun at all (a punctuation
/// mark, the text's end, or a preposition: `a third in the leg`). `None`
/// when another noun follows (`a second time`) or `of` (a share).
fn person_after(text: &str, oe: usize, lex: &Lexical) -> Option<(Option<String>, usize)> {
    let b = text.as_bytes();
    let Some((s, e)) = word_after(text, oe) else {
        // Punctuation or the end right after the ordinal.
        return Some((None, oe));
    };
    let mut buf = [0u8; 32];
    let w = lower(&mut buf, &b[s..e]);
    if w == b"of" || time_noun(w).is_some() {
        return None;
    }
    if matches!(
        w,
        b"in" | b"at" | b"on" | b"and" | b"with" | b"as" | b"when" | b"before" | b"after"
    ) {
        return Some((None, oe));
    }
    let (unit, ue) = unit_after(text, oe, false)?;
    let head = unit.rsplit('-').next().unwrap_or(&unit);
    let person = [unit.as_str(), head]
        .iter()
        .any(|n| lex.first_lexname(n) == Some(Lexname::NOUN_PERSON));
    person.then_some((Some(unit), ue))
}

/// The start of an inflected outcome verb (`wounding`, `injured`, a verb
/// of a curated group) right before `i`, across one `-ly` adverb
/// (`critically injuring`).
fn outcome_verb_before(text: &str, i: usize, lex: &Lexical) -> Option<usize> {
    let b = text.as_bytes();
    let (vs, ve) = word_before(text, i)?;
    let word = String::from_utf8_lossy(&b[vs..ve]).to_ascii_lowercase();
    let lemmas = lex.lemmas(&word, Pos::Verb);
    let lemma = *lemmas.as_slice().first()?;
    let inflected = word != lemma && (word.ends_with("ing") || word.ends_with("ed"));
    if !inflected || !lex.in_curated_group(lemma, Pos::Verb) {
        return None;
    }
    match word_before(text, vs) {
        Some((s, e)) if b[s..e].len() > 3 && b[s..e].ends_with(b"ly") => Some(s),
        _ => Some(vs),
    }
}

/// The figure among the last [`FIGURE_WINDOW`] words of `head`, nearest
/// first: a number word (`two`) or digits (`2`).
fn figure_before(head: &str) -> Option<f64> {
    head.split_whitespace()
        .rev()
        .take(FIGURE_WINDOW)
        .find_map(|t| {
            let t = t.trim_matches(|c: char| !c.is_ascii_alphanumeric());
            if !t.is_empty() && t.bytes().all(|c| c.is_ascii_digit()) {
                return t.parse().ok();
            }
            let mut buf = [0u8; 32];
            match num_word(lower(&mut buf, t.as_bytes())) {
                Some(NumWord::Unit(v) | NumWord::Teen(v)) => Some(v),
                _ => None,
            }
        })
}

#[cfg(test)]
mod tests {
    use crate::quantity::find_quantities;

    fn counts(text: &str) -> Vec<(String, f64, Option<String>)> {
        find_quantities(text, &crate::lexicon::Lexicon::defaults().hedges)
            .into_iter()
            .map(|q| (text[q.start..q.end].to_string(), q.value, q.unit))
            .collect()
    }

    #[test]
    fn an_ordinal_after_an_outcome_verb_is_one_more() {
        let got = counts("The gunman shot dead two guards and critically injured a third guard.");
        assert!(
            got.contains(&("a third guard".into(), 1.0, Some("guard".into()))),
            "{got:?}"
        );
        let got = counts("The blast killed one man and wounded a second, police said.");
        assert!(got.contains(&("a second".into(), 1.0, None)), "{got:?}");
    }

    #[test]
    fn ordinals_that_are_no_extra_victim_are_no_counts() {
        for text in [
            // Not one more than the figure before.
            "The blast killed two men and wounded a fourth, police said.",
            // No outcome verb.
            "Vell won two titles and claimed a third at the open.",
            // A time, a share.
            "Police arrested two men and arrested a second time in May.",
            "The storm killed two people and injured a third of the crew.",
            // No figure before `and`.
            "The police arrested the driver and detained a second man.",
        ] {
            let got = counts(text);
            assert!(got.iter().all(|(_, v, _)| *v != 1.0), "{text}: {got:?}");
        }
    }
}
