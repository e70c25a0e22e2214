//! What a beginning reads: `founded the clinic in 1995`, `the bridge was
//! built in 1998`, the thing a beginning act dated by an adverbial date began.

use super::thing::thing;
use super::{word_at, SPAN};
use crate::claims::text::tense_at;
use crate::claims::{SentenceView, Tense};
use crate::lexical::{Lexical, Pos};

/// `founded the clinic in 1995`, `In 1995, two nurses founded the
/// clinic`, `the bridge was built in 1998`: the thing a beginning act
/// (`beginning-acts` in `rules/lexical/frames.toml`) dated by the date at
/// `start..end` began. The date must be adverbial (after `in` or `on`:
/// `built for the 1996 Games` dates the Games), the verb told in a past
/// form (`founded`, `built`) within a few words of it, and the act told,
/// not expected.
pub(super) fn began(
    view: &SentenceView,
    sentence: &str,
    start: usize,
    end: usize,
) -> Option<String> {
    let at = word_at(view, start);
    if !matches!(view.word(at.checked_sub(1)?), "in" | "on")
        || tense_at(sentence, start) != Tense::Past
    {
        return None;
    }
    let lex = Lexical::embedded();
    let beginning = |j: usize| {
        let w = view.word(j);
        let lemma = lex.lemma(w, Pos::Verb);
        lemma != w
            && !w.ends_with("ing")
            && !w.ends_with('s')
            && crate::claims::frame::is_beginning_act(&lemma)
    };
    let after = word_at(view, end);
    let verb = (1..=SPAN).find_map(|n| {
        [at.checked_sub(n + 1), Some(after + n - 1)]
            .into_iter()
            .flatten()
            .find(|&j| j < view.words.len() && beginning(j))
    })?;
    if own_date_across_and(view, sentence, at, after, verb) {
        return None;
    }
    let last = verb;
    let passive = verb > 0 && matches!(view.word(verb - 1), "was" | "were");
    if passive {
        // `The Harbor Clinic was founded in 1995`: the subject before `was`.
        let aux = verb - 1;
        let first = (aux.saturating_sub(SPAN)..aux)
            .rev()
            .take_while(|&j| !sentence[view.words[j].1..view.words[j + 1].0].contains([',', ';']))
            .last()?;
        return thing(view, sentence, first, aux, true);
    }
    let stop = (last + 1 + SPAN).min(view.words.len());
    thing(view, sentence, last + 1, stop, false)
}

/// Coordinators that join two verb phrases (`was born in 1975 and
/// founded the dairy in 1998`).
const COORDINATORS: &[&str] = &["and", "but", "or"];

/// Whether the beginning verb at word `verb` lies across a coordinator
/// from the date (words `at..after`) and its own conjunct holds another
/// date: a date belongs to the verb of its own conjunct, so `born in 1975
/// and founded the dairy in 1998` dates the founding 1998 only, while
/// `was founded and built in 1990` (no date of its own) still takes it.
/// The verb's conjunct runs from the coordinator nearest the date away
/// from it, to a clause break or [`SPAN`] words past the verb.
fn own_date_across_and(
    view: &SentenceView,
    sentence: &str,
    at: usize,
    after: usize,
    verb: usize,
) -> bool {
    let coordinator = |j: &usize| COORDINATORS.contains(&view.word(*j));
    let breaks =
        |j: usize| sentence[view.words[j].1..view.words[j + 1].0].contains([',', ';', ':']);
    let (from, to) = if verb >= after {
        let Some(c) = (after..verb).find(coordinator) else {
            return false;
        };
        let end = (verb..(verb + SPAN).min(view.words.len() - 1))
            .find(|&j| breaks(j))
            .unwrap_or((verb + SPAN).min(view.words.len() - 1));
        (c + 1, end)
    } else {
        let Some(c) = (verb + 1..at).rev().find(coordinator) else {
            return false;
        };
        let start = (verb.saturating_sub(SPAN)..verb)
            .rev()
            .find(|&j| breaks(j))
            .map_or(verb.saturating_sub(SPAN), |j| j + 1);
        (start, c.saturating_sub(1))
    };
    view.dates(sentence).iter().any(|d| {
        let k = word_at(view, d.start);
        k != at && (from..=to).contains(&k)
    })
}
