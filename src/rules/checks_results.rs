//! The check type about results: `same-result` (one game, one winner and
//! one score; one vote, one tally).

use super::checks::{Explain, Verdict};
use crate::claims::result::compare::pairing;
use crate::claims::{Claim, Value};

/// Confidence below which a result rests on an inferred side.
const SURE: f32 = 0.8;

/// Two results of one contest: another winner or another score conflicts
/// (weakly when a side was inferred from the clause); the same agrees.
pub(super) fn same_result(a: &Claim, b: &Claim, ex: Explain) -> Verdict {
    let (Value::Result { score: sa, .. }, Value::Result { score: sb, .. }) = (&a.value, &b.value)
    else {
        return Verdict::undecided(ex.why(|| "not results".into()));
    };
    let weak = a.confidence < SURE || b.confidence < SURE;
    let shown = || format!("{} / {}", a.value.display(), b.value.display());
    let game = a.subject.class == crate::claims::result::GAME_CLASS;
    if game {
        match pairing(a, b) {
            None => return Verdict::undecided(ex.why(|| format!("{}: two pairings", shown()))),
            Some(false) => {
                return Verdict::conflict(
                    weak,
                    ex.why(|| format!("{}: different winners", shown())),
                )
            }
            Some(true) => {}
        }
    }
    if sa == sb {
        Verdict::consistent(ex.why(|| format!("{}: the same result", shown())))
    } else {
        let what = if game { "scores" } else { "tallies" };
        Verdict::conflict(weak, ex.why(|| format!("{}: different {what}", shown())))
    }
}
