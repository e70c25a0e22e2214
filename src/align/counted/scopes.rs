//! Whether two figures' scopes agree: the same places, periods and
//! qualifiers, days and places named before a figure restricting softly.

use crate::claims::{text, Claim, Counted, SOFT_PLACE};

/// Whether a scope restricts softly: a day (`day sunday`), a place
/// named just before the figure (`at lyon`), or the person whose clause
/// tells it (`doer lund`), or a share's owner (`owner kobb`).
pub(super) fn is_soft(scope: &str) -> bool {
    scope.starts_with("day ")
        || scope.starts_with(crate::claims::DOER)
        || scope.starts_with(SOFT_PLACE)
        || scope.starts_with(crate::claims::ESTIMATOR)
        || scope.starts_with(crate::claims::PERIOD)
        || scope.starts_with(crate::claims::FISCAL)
        || scope.starts_with(crate::claims::SHARE_OWNER)
}

/// The scope entries of a figure that start with `prefix` (`at lyon`).
pub(in crate::align) fn scopes_with<'k>(k: &'k Counted, prefix: &str) -> Vec<&'k String> {
    k.scope.iter().filter(|s| s.starts_with(prefix)).collect()
}

/// Scopes agree when both figures give the same ones, or the scopes only
/// one gives are named in the other's sentence. A day (`day sunday`)
/// restricts softly: two different days disagree, a day only one figure
/// names does not (articles of one story name the day or not).
pub(super) fn scopes_agree(ka: &Counted, a: &Claim, kb: &Counted, b: &Claim) -> bool {
    // `included` names no thing the other sentence may name.
    let named_in = |scope: &str, c: &Claim| {
        // `held by liberal`: the party is named (`the Liberals`).
        let scope = scope.strip_prefix(crate::claims::HELD_BY).unwrap_or(scope);
        scope != crate::claims::INCLUDED
            && scope
                .split(' ')
                .filter(|w| !matches!(*w, "among" | "per" | "last" | "this" | "next" | "of"))
                .all(|w| c.subject.context.contains(&text::stem(w)))
    };
    // Days, and places named just before a figure (`at lyon`), restrict
    // softly: two different ones disagree, one only one figure names
    // does not.
    // A report's period and quarter (`period quarter`, `fiscal q3`) too.
    for prefix in [
        "day ",
        SOFT_PLACE,
        crate::claims::ESTIMATOR,
        crate::claims::PERIOD,
        crate::claims::FISCAL,
        crate::claims::DOER,
        crate::claims::SHARE_OWNER,
    ] {
        let (da, db) = (scopes_with(ka, prefix), scopes_with(kb, prefix));
        if !da.is_empty() && !db.is_empty() && !da.iter().any(|d| db.contains(d)) {
            return false;
        }
    }
    // `the works include two landscapes` / `two landscapes were taken`:
    // all the landscapes either way; against `five paintings`, a part.
    let same_thing = ka.thing.is_some() && ka.thing == kb.thing;
    let soft = |s: &&String| is_soft(s) || (same_thing && s.as_str() == crate::claims::INCLUDED);
    let (ha, hb): (Vec<&String>, Vec<&String>) = (
        ka.scope.iter().filter(|s| !soft(s)).collect(),
        kb.scope.iter().filter(|s| !soft(s)).collect(),
    );
    if !ha.is_empty() && !hb.is_empty() {
        return ha == hb;
    }
    ha.iter().all(|s| named_in(s, b)) && hb.iter().all(|s| named_in(s, a))
}
