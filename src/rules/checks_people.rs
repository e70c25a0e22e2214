//! The check types about people: `same-role` (one office of a slot at one
//! time) and `same-spelling` (one spelling of a name).

use super::checks::{Explain, Verdict};
use crate::claims::role::compare::{
    compare_roles, first_name_misspelled, misspelled, same_name, RoleMatch,
};
use crate::claims::role::entity::{
    entity_misspelled, family, folded, PLACE_NAME_CLASS, WRITTEN_PLACE_CLASS,
};
use crate::claims::role::vocab::ROLE_WORDS;
use crate::claims::{Claim, Value};

/// Two offices a source gives one person: offices of one slot that a
/// person does not hold at one time conflict (two portfolios, two party
/// labels, a deputy and the office itself, a former office and the same
/// office now); an office and its generalisation agree; offices at
/// different or unknown times, or of different bodies, are not compared.
pub(super) fn same_role(a: &Claim, b: &Claim, ex: Explain) -> Verdict {
    let (
        Value::Role {
            person: pa,
            role: Some(ra),
        },
        Value::Role {
            person: pb,
            role: Some(rb),
        },
    ) = (&a.value, &b.value)
    else {
        return Verdict::undecided(ex.why(|| "an office is missing".into()));
    };
    // Only one clearly identified person is compared with themself.
    if !same_name(pa, pb) {
        return Verdict::undecided(ex.why(|| format!("{pa} and {pb} may be two people")));
    }
    let shown = |why: &str| format!("{} / {}: {why}", ra.written, rb.written);
    match compare_roles(ra, rb, &ROLE_WORDS) {
        RoleMatch::Agree(why) => Verdict::consistent(ex.why(|| shown(why))),
        RoleMatch::Conflict { weak, why } => Verdict::conflict(weak, ex.why(|| shown(why))),
        RoleMatch::Unrelated(why) => Verdict::undecided(ex.why(|| shown(why))),
    }
}

/// Two spellings of one person's name: the same name up to case, accents,
/// spacing and middle initials agrees; the same first name with the rest a
/// few letters off (`[spelling]` in `rules/people/roles.toml`) conflicts;
/// anything else is two people.
pub(super) fn same_spelling(a: &Claim, b: &Claim, ex: Explain) -> Verdict {
    let (Value::Role { person: pa, .. }, Value::Role { person: pb, .. }) = (&a.value, &b.value)
    else {
        return Verdict::undecided(ex.why(|| "not names".into()));
    };
    if let (Some(fa), Some(fb)) = (family(&a.subject.class), family(&b.subject.class)) {
        return same_entity_spelling((pa, &a.subject.class), (pb, &b.subject.class), fa == fb, ex);
    }
    // First names have accepted variants and romanisations (`Yuri` /
    // `Yury`), so a first name alone spelled two ways rests on a weak
    // reading: the rule's weak severity (a note) lets an editor look.
    if first_name_misspelled(a, b, &ROLE_WORDS.spelling) {
        return Verdict::conflict(
            true,
            ex.why(|| {
                format!(
                    "{pa} and {pb}: one surname and one office, the first name a few letters apart"
                )
            }),
        );
    }
    if same_name(pa, pb) {
        return Verdict::consistent(ex.why(|| {
            format!("{pa} and {pb}: one name (case, accents, spacing and initials aside)")
        }));
    }
    if misspelled(pa, pb, &ROLE_WORDS.spelling) {
        return Verdict::conflict(
            false,
            ex.why(|| format!("{pa} and {pb}: one first name, the rest a few letters apart")),
        );
    }
    Verdict::undecided(ex.why(|| format!("{pa} and {pb} may be two people")))
}

/// Two names of places or organisations (`same_family`: both places or
/// both organisations): one name folded agrees; two names the gazetteer
/// knows are two places (or two names of one), never a misspelling; a
/// few letters apart (`[spelling]`) conflicts, a name the gazetteer knows
/// against one it does not most surely.
fn same_entity_spelling(
    (pa, ca): (&str, &str),
    (pb, cb): (&str, &str),
    same_family: bool,
    ex: Explain,
) -> Verdict {
    if !same_family {
        return Verdict::undecided(
            ex.why(|| format!("{pa} and {pb}: a place and an organisation")),
        );
    }
    if folded(pa) == folded(pb) {
        return Verdict::consistent(ex.why(|| format!("{pa} and {pb}: one name")));
    }
    if ca == PLACE_NAME_CLASS && cb == PLACE_NAME_CLASS {
        return Verdict::undecided(
            ex.why(|| format!("{pa} and {pb}: two places the gazetteer knows")),
        );
    }
    if !entity_misspelled(pa, pb, &ROLE_WORDS.spelling) {
        return Verdict::undecided(ex.why(|| format!("{pa} and {pb} may be two places or bodies")));
    }
    let known = match (ca, cb) {
        (PLACE_NAME_CLASS, WRITTEN_PLACE_CLASS) => Some(pa),
        (WRITTEN_PLACE_CLASS, PLACE_NAME_CLASS) => Some(pb),
        _ => None,
    };
    Verdict::conflict(
        false,
        ex.why(|| match known {
            Some(k) => {
                format!("{pa} and {pb}: a few letters apart, and the gazetteer spells it {k}")
            }
            None => format!("{pa} and {pb}: one name a few letters apart"),
        }),
    )
}
