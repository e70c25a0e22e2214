//! One verb, two objects, two dates: `signed Wynn on Tuesday and Bell
//! today`. The second conjunct leaves the verb out, so the conjunct
//! window around the verb holds both objects; each date takes only the
//! people named on its own side of the `and` (and the subject before the
//! verb, which both share).

use std::ops::Range;

use super::SentenceView;
use crate::temporal::DateExpr;

/// The word `and` (or `or`) between two dates: where its word starts.
fn join_between(view: &SentenceView, from: usize, to: usize) -> Option<usize> {
    (0..view.words.len())
        .rev()
        .find(|&k| {
            let (s, e) = view.words[k];
            s >= from && e <= to && matches!(view.word(k), "and" | "or")
        })
        .map(|k| view.words[k].0)
}

/// The windows where the people of date `n` are read when an `and` parts
/// it from a neighbouring date of its window: date `n`'s side of the
/// `and`, plus, for the later date when it shares the predicate at `verb`
/// (`same_verb` says whether date `k` is framed by the same word), the
/// words up to the end of the verb (its subject). `None` leaves `window`
/// whole.
pub(super) fn gapped_windows(
    view: &SentenceView,
    dates: &[DateExpr],
    n: usize,
    verb: Range<usize>,
    window: &Range<usize>,
    same_verb: impl Fn(usize) -> bool,
) -> Option<(Range<usize>, Option<Range<usize>>)> {
    let d = dates.get(n)?;
    if verb.end > d.start {
        return None;
    }
    let mut own = window.clone();
    let mut subject = None;
    if let Some(next) = dates.get(n + 1) {
        // Whatever dates the words after the `and`, they are its own.
        if next.start < window.end {
            if let Some(k) = join_between(view, d.end, next.start) {
                own.end = own.end.min(k);
            }
        }
    }
    if let Some(prev) = n.checked_sub(1).and_then(|k| dates.get(k)) {
        if prev.end > window.start && prev.start >= verb.end && same_verb(n - 1) {
            if let Some(k) = join_between(view, prev.end, d.start) {
                own.start = own.start.max(k);
                subject = Some(window.start..verb.end);
            }
        }
    }
    (own != *window).then_some((own, subject))
}
