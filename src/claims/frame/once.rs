//! Acts done once by the same participants (`once-acts` in
//! `rules/lexical/frames.toml`): two dates of one such act are one event
//! however far apart (`built in 1994` / `built in 1988`).

use serde::Deserialize;

use super::class::class_predicate;
use crate::claims::{Claim, Tense};
use crate::lexical::Pos;

/// One entry of `once-acts`.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub(super) struct OnceAct {
    /// The verb lemma, or a phrase's act.
    act: String,
    /// The least number of participants both claims name.
    #[serde(default = "one")]
    participants: usize,
    /// The most days two dates of the act may lie apart (any when absent).
    within_days: Option<i64>,
}

fn one() -> usize {
    1
}

/// Whether a frame class (`verb:build`) is an act of `once-acts`.
pub(crate) fn is_once_act(class: &str) -> bool {
    once_act(class).is_some()
}

/// The `once-acts` entry of a frame class (`verb:build`), if any; a
/// bound's class (`since:verb:found`) is none.
fn once_act(class: &str) -> Option<&'static OnceAct> {
    let (pos, lemma) = class_predicate(class);
    // `become treasurer`: a role verb's act, named by its verb.
    let lemma = lemma.split(' ').next().unwrap_or(lemma);
    if pos != Pos::Verb || class.matches(':').count() != 1 {
        return None;
    }
    super::frames()
        .words
        .once_acts
        .iter()
        .find(|o| o.act == lemma)
}

/// How far apart the dates of two claims of different sources may lie
/// and still be one act that their participants do once: `Some(None)`
/// whatever the distance, `Some(Some(days))` within the act's
/// `within-days`; `None` unless both date the same once-act, name the
/// same participants (at least the act's number, one of them by name) and are both forecasts
/// or neither is.
pub(crate) fn once_act_window(a: &Claim, b: &Claim) -> Option<Option<i64>> {
    let (sa, sb) = (&a.subject, &b.subject);
    let act = once_act(&sa.class)?;
    let named = sa
        .participants
        .iter()
        .any(|p| p.starts_with(char::is_uppercase));
    let same = sa.class == sb.class
        && named
        && sa.participants.len() >= act.participants
        && sa.participants == sb.participants
        // Two forecasts of it, or two reports; not one of each.
        && (sa.tense == sb.tense || (sa.tense != Tense::Future && sb.tense != Tense::Future));
    same.then_some(act.within_days)
}
