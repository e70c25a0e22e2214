//! What a state held since a date reads: `The clinic has served the town
//! since 1992` names the clinic, the subject of the perfect before `since`.

use super::thing::thing;
use super::{word_at, SPAN};
use crate::claims::SentenceView;

/// Auxiliaries of a state held up to now or to then (`has served`).
const PERFECT: &[&str] = &["has", "have", "had"];

/// `The clinic has served the town since 1992`: the thing that holds a
/// state since the date at `start` (the subject before a perfect
/// auxiliary, in the date's clause) and where `since` starts.
pub(super) fn held_since(
    view: &SentenceView,
    sentence: &str,
    start: usize,
) -> Option<(String, usize)> {
    let k = word_at(view, start).checked_sub(1)?;
    if view.word(k) != "since" || k == 0 {
        return None;
    }
    let since = view.words[k].0;
    // The auxiliary, with no clause break between it and `since`.
    let aux = (k.saturating_sub(SPAN)..k)
        .rev()
        .find(|&j| PERFECT.contains(&view.word(j)))?;
    if sentence[view.words[aux].1..since].contains([',', ';', ':']) {
        return None;
    }
    // The subject: the words before it back to the clause's start.
    let first = (aux.saturating_sub(SPAN)..aux)
        .rev()
        .take_while(|&j| {
            let gap = &sentence[view.words[j].1..view.words[j + 1].0];
            !gap.contains([',', ';', ':', '(', '"', '“'])
        })
        .last()?;
    let before = sentence[..view.words[first].0].trim_end();
    (before.is_empty() || before.ends_with([',', ';']))
        .then(|| thing(view, sentence, first, aux, true))
        .flatten()
        .map(|t| (t, since))
}
