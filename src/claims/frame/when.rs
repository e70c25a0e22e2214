//! A date that a `when` clause explains (`an improvement from 2008, when
//! the company posted a loss`, `became public this weekend, when a
//! magazine cited the report`): the clause tells what happened at that
//! date, whatever the date's own clause leads with, so the clause's verb
//! is a frame of the date.

use super::{breaks, stops_at, word_frame, EventWord, SentenceView, Word, MAX_AFTER};

/// Words opening a subject that names nobody known (`when a man was
/// shot`): such an event is told apart by nothing but its place, and a
/// story's other event of that kind there would meet it.
const INDEFINITE: &[&str] = &["a", "an", "someone", "somebody", "one"];

/// The `when` clause right after the date ending at `end` (a comma
/// between them or nothing): the first verb of the clause within
/// `MAX_AFTER` words, with where the clause starts (its `when`). A
/// break (a dash, a parenthesis, a comma), another clause word or a
/// reporting verb (`when police said`) first gives none, and so does an
/// indefinite subject (`INDEFINITE`); nouns are passed over (`when the
/// strike began` is the beginning's).
pub(crate) fn when_clause_frame(
    view: &SentenceView,
    sentence: &str,
    end: usize,
) -> Option<(EventWord, usize)> {
    let first = view.words.partition_point(|&(s, _)| s < end);
    let &(when_start, when_end) = view.words.get(first)?;
    if view.word(first) != "when" || !matches!(sentence.get(end..when_start)?.trim(), "" | ",") {
        return None;
    }
    if first + 1 < view.words.len() && INDEFINITE.contains(&view.word(first + 1)) {
        return None;
    }
    let mut prev_end = when_end;
    for k in first + 1..(first + 1 + MAX_AFTER).min(view.words.len()) {
        let (s, e) = view.words[k];
        if breaks(sentence, prev_end, s, false) || stops_at(view, sentence, k) {
            return None;
        }
        match word_frame(view, sentence, k) {
            Word::Frame(f) if f.class.starts_with("verb:") => return Some((f, when_start)),
            Word::Report(_) => return None,
            Word::Frame(_) | Word::Other => prev_end = e,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::claims::{claims_of, ClaimKind, Value};

    /// (class, written date, value) of each date claim of `text`.
    fn framed(text: &str) -> Vec<(String, String, String)> {
        claims_of(text, Some("2019-03-15"))
            .into_iter()
            .filter(|c| c.kind == ClaimKind::Date)
            .filter_map(|c| match &c.value {
                Value::Date { written, .. } => Some((
                    c.subject.class.to_string(),
                    written.clone(),
                    c.value.normalized(),
                )),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_when_clause_after_a_date_dates_its_verb() {
        let d = framed("Profits beat the figure from 2004, when the mill shipped its first rails.");
        assert_eq!(d, vec![("verb:ship".into(), "2004".into(), "2004".into())]);
        let d = framed("The record dates from Saturday when engineers repaired the boiler.");
        assert_eq!(d[0].0, "verb:repair");
        // The clause's tense, not the bound's: a past May.
        let d = framed("The plant was idle until May, when workers repaired the boiler.");
        assert_eq!(
            d,
            vec![("verb:repair".into(), "May".into(), "2018-05".into())]
        );
    }

    #[test]
    fn a_predicate_before_the_date_keeps_it() {
        let d = framed("The mill shipped rails in 2004, when the owners sold it.");
        assert_eq!(d, vec![("verb:ship".into(), "2004".into(), "2004".into())]);
    }

    #[test]
    fn without_a_when_clause_or_with_a_report_nothing_is_dated() {
        assert!(framed("Profits beat the figure from 2004, the best year of the mill.").is_empty());
        assert!(framed(
            "Profits beat the figure from 2004, when officials said the mill was safe."
        )
        .is_empty());
        assert!(
            framed("Profits beat the figure from 2004 - when the mill shipped rails.").is_empty()
        );
        assert!(framed("Profits beat the figure from 2004, when prices were high.").is_empty());
        // Nobody known: another event of the story could be meant.
        assert!(framed("The record dates from June 2, when a man was shot downtown.").is_empty());
    }
}
