//! The check type about quotes: `same-speaker` (one quote, one speaker).

use super::checks::{Explain, Verdict};
use crate::align::Pair;
use crate::claims::{Attribution, Claim, Value};

pub(super) fn same_speaker(a: &Claim, b: &Claim, pair: &Pair, ex: Explain) -> Verdict {
    let (
        Value::Quote {
            speaker: Some(sa),
            attribution: aa,
            person: pa,
            ..
        },
        Value::Quote {
            speaker: Some(sb),
            attribution: ab,
            person: pb,
            ..
        },
    ) = (&a.value, &b.value)
    else {
        return Verdict::undecided(ex.why(|| "a speaker is unknown".into()));
    };
    if same_person(sa, sb) {
        return Verdict::consistent(ex.why(|| format!("both attribute it to {sa}")));
    }
    // `Andrew Wetzler` and `Andrew Welzler`: one person, misspelled once;
    // rule `name-spelling` reports the spelling.
    if crate::claims::role::compare::misspelled(
        sa,
        sb,
        &crate::claims::role::vocab::ROLE_WORDS.spelling,
    ) {
        return Verdict::undecided(ex.why(|| format!("{sa} / {sb}: one name spelled two ways")));
    }
    if !pa || !pb {
        // `the Kremlin said` and `Putin said` can both be true; so can a
        // spokesman's words and their principal's.
        return Verdict::undecided(ex.why(|| {
            format!("{sa} / {sb}: an organization or a spokesperson may speak for a person")
        }));
    }
    let guessed = |x: &Attribution| *x != Attribution::Explicit;
    if guessed(aa) && guessed(ab) {
        // Two guesses are never compared.
        return Verdict::undecided(ex.why(|| format!("{sa} / {sb}: both speakers are guessed")));
    }
    // `Hale; Ortiz` (a joint statement) and `Hale`: one of them spoke.
    let members = |s: &str| s.split("; ").map(str::to_string).collect::<Vec<_>>();
    let (ma, mb) = (members(sa), members(sb));
    if (ma.len() > 1 || mb.len() > 1) && ma.iter().any(|x| mb.iter().any(|y| same_person(x, y))) {
        return Verdict::undecided(ex.why(|| format!("{sa} / {sb}: a joint statement")));
    }
    let weak = guessed(aa) || guessed(ab) || pair.score < 0.9;
    let how = if pair.score < 0.9 {
        "a paraphrase of the same quote"
    } else {
        "the same quote"
    };
    Verdict::conflict(
        weak,
        ex.why(|| format!("{how} is attributed to {sa} and to {sb}")),
    )
}

/// Whether two speaker names are one person: equal (case and accents
/// aside), or one surname with the other's words all in it (`Mendes` and
/// `Carla Mendes`, not `Ana Mendes` and `Carla Mendes`).
fn same_person(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    if a.contains("; ") || b.contains("; ") {
        return false;
    }
    // `José Muñoz` and `Jose Munoz`: case and accents aside.
    let folded = |s: &str| -> Vec<String> {
        s.split(' ')
            .map(|w| match crate::claims::role::compare::fold(w) {
                f if f.is_empty() => w.to_string(),
                f => f,
            })
            .collect()
    };
    let (fa, fb) = (folded(a), folded(b));
    let wa: Vec<&str> = fa.iter().map(String::as_str).collect();
    let wb: Vec<&str> = fb.iter().map(String::as_str).collect();
    if same_spelling_apart_from_spaces(&wa, &wb) {
        return true;
    }
    if wa.last() != wb.last() {
        return false;
    }
    // `Boone Isaacs` and `Cheryl Boone Isaacs`: every word of the shorter
    // form is in the longer.
    let (short, long) = if wa.len() <= wb.len() {
        (&wa, &wb)
    } else {
        (&wb, &wa)
    };
    short.iter().all(|w| long.contains(w))
}

/// `Del Giudice` and `Vincent DelGiudice`, `Smith-Jones` and `Smith
/// Jones`: one name when, without spaces, hyphens, periods and case, the
/// shorter is the whole of the longer or its last words.
fn same_spelling_apart_from_spaces(wa: &[&str], wb: &[&str]) -> bool {
    let squash = |ws: &[&str]| -> String {
        ws.iter()
            .flat_map(|w| w.chars())
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    // Either may be the shorter once squashed (`Vincent DelGiudice` has
    // fewer words than `Judge Del Giudice` but is not within it).
    let within = |short: &[&str], long: &[&str]| {
        let target = squash(short);
        !target.is_empty() && (0..long.len()).any(|k| squash(&long[k..]) == target)
    };
    within(wa, wb) || within(wb, wa)
}
