//! A figure scoped by its article's own place. A place after a figure
//! (`40 people were arrested in Lyon`) scopes it hard: a count in one
//! place is not another place's, and a scope only one figure gives must
//! be named in the other's sentence. When that place is where the
//! article's whole event is — the one place its lead tells, or a place
//! containing it (`in Texas` of a raid the lead places in Eldorado,
//! Texas), or a place within the city the lead tells — the scope says
//! no more than the story does: another article's `55 people were
//! arrested` counts the same arrests. Such a scope is made soft (`at
//! lyon`): two different places still never meet, a place only one
//! figure gives neither scopes nor blocks.

use super::{Claim, ClaimKind, Value, SOFT_PLACE};
use crate::gazetteer::{Gazetteer, Place, PlaceKind};

/// A place of an article's lead: its name (lower case), the gazetteer's
/// place and the start of the sentence naming it.
type LeadPlace = (String, &'static Place, usize);

/// The lead of an article: the location claims whose sentence starts
/// within this many bytes (a headline, a dateline and the first
/// sentence or two).
const LEAD_BYTES: usize = 500;

/// Makes soft each hard place scope of a keyed quantity that is the
/// article's own place (see the module's documentation).
pub(super) fn soften_own_places(text: &str, claims: &mut [Claim]) {
    let hard_place = |c: &Claim| {
        c.kind == ClaimKind::Quantity
            && c.subject.counted.as_deref().is_some_and(|k| {
                !k.scope.iter().any(|s| s.starts_with(SOFT_PLACE))
                    && k.scope.iter().any(|s| super::place_scope::is_place_like(s))
            })
    };
    // The lead is read only for an article with a figure to soften.
    if !claims.iter().any(hard_place) {
        return;
    }
    let g = Gazetteer::embedded();
    let Some(lead) = lead_places(claims, g) else {
        return;
    };
    let country = lead.first().map(|l| l.1.country);
    for c in claims.iter_mut().filter(|c| c.kind == ClaimKind::Quantity) {
        let Some(sentence) = text.get(c.sentence.clone()) else {
            continue;
        };
        let Some(counted) = c.subject.counted.as_mut().map(std::sync::Arc::make_mut) else {
            continue;
        };
        // A figure with a soft place already keeps its scopes as read.
        if counted.scope.iter().any(|s| s.starts_with(SOFT_PLACE)) {
            continue;
        }
        // The lead must tell the place beyond the figure's own sentence.
        if lead.iter().all(|l| l.2 == c.sentence.start) {
            continue;
        }
        let mut changed = false;
        for s in counted.scope.iter_mut() {
            if !is_named_place(s, sentence) {
                continue;
            }
            if let Some(key) = own_place_key(s, &lead, country, g) {
                *s = format!("{SOFT_PLACE}{key}");
                changed = true;
            }
        }
        if changed {
            counted.scope.sort();
            counted.scope.dedup();
        }
    }
}

/// The places of an article's lead (its name, lower case, the
/// gazetteer's place and the start of the sentence naming it): those its
/// location claims in its first [`LEAD_BYTES`] read, when there are some
/// and they form one chain (each pair one inside the other: `Eldorado`,
/// `Texas`): a lead that tells two places apart has no one place of its
/// own.
fn lead_places(claims: &[Claim], g: &'static Gazetteer) -> Option<Vec<LeadPlace>> {
    let mut lead: Vec<LeadPlace> = Vec::new();
    for c in claims.iter().filter(|c| c.span.end <= LEAD_BYTES) {
        let Some((name, place)) = event_place(c, g) else {
            continue;
        };
        if !lead
            .iter()
            .any(|l| l.1.id == place.id && l.2 == c.sentence.start)
        {
            lead.push((name, place, c.sentence.start));
        }
    }
    let chained = lead.iter().enumerate().all(|(i, (_, a, _))| {
        lead[i + 1..]
            .iter()
            .all(|(_, b, _)| g.contains(a, b) || g.contains(b, a))
    });
    (!lead.is_empty() && chained).then_some(lead)
}

/// The name (lower case) and gazetteer place of a location claim that
/// tells where the event is (not a home, an offset from a place or a
/// place the gazetteer does not know).
fn event_place(c: &Claim, g: &'static Gazetteer) -> Option<(String, &'static Place)> {
    match &c.value {
        Value::Location {
            place,
            geo: Some(id),
            offset: None,
            ..
        } if c.kind == ClaimKind::Location && !super::home::is_home(c) => {
            let name = place.strip_prefix("near ").unwrap_or(place);
            Some((name.to_lowercase(), g.place_named(name, id)?))
        }
        _ => None,
    }
}

/// Whether a scope the extractor read is a place's name written in its
/// sentence with a capital (`lyon` of `in Lyon`, `velmar county`), not a
/// group, set, part, qualifier or period (`among crew`, `day monday`).
fn is_named_place(scope: &str, sentence: &str) -> bool {
    if scope.is_empty() || !super::place_scope::is_place_like(scope) {
        return false;
    }
    let lower = sentence.to_lowercase();
    // Lower-casing may change byte lengths: compare only when it did not.
    if lower.len() != sentence.len() {
        return false;
    }
    lower.match_indices(scope).any(|(at, _)| {
        let before = lower[..at].chars().next_back();
        let after = lower[at + scope.len()..].chars().next();
        let bounded = |ch: Option<char>| ch.is_none_or(|ch| !ch.is_alphanumeric());
        bounded(before) && bounded(after) && sentence[at..].starts_with(char::is_uppercase)
    })
}

/// The soft key of place scope `scope` when the gazetteer's place of it
/// relates to every place of the lead: the same place (keyed by the
/// lead's name, as [`super::place_scope`] keys a place before a figure),
/// a place containing it, or a place within a city it names.
fn own_place_key(
    scope: &str,
    lead: &[LeadPlace],
    country: Option<&str>,
    g: &'static Gazetteer,
) -> Option<String> {
    let p = g.resolve(scope, country)?;
    let own = lead
        .iter()
        .all(|(_, l, _)| g.contains(p, l) || (l.kind == PlaceKind::City && g.contains(l, p)));
    if !own {
        return None;
    }
    // Keyed by the lead's name of the same place, as a place before a
    // figure is keyed.
    let same = lead.iter().find(|l| l.1.id == p.id);
    Some(same.map_or_else(|| p.name.to_lowercase(), |l| l.0.clone()))
}

#[cfg(test)]
mod tests {
    use crate::claims::scope_at as scope;

    const LYON_LEAD: &str =
        "LYON, March 3 - Police clashed with farmers in Lyon on Monday during a protest against water limits.";

    #[test]
    fn the_leads_own_place_after_a_figure_scopes_it_softly() {
        let text = format!(
            "{LYON_LEAD}\n\nPolice said 40 people were arrested in Lyon after the protest."
        );
        assert_eq!(scope(&text, "40"), ["at lyon"]);
    }

    #[test]
    fn another_place_or_a_lead_of_two_places_scopes_hard() {
        let text = format!(
            "{LYON_LEAD}\n\nPolice said 40 people were arrested in Nantes after the protest."
        );
        assert_eq!(scope(&text, "40"), ["nantes"]);
        let text = "Police clashed with farmers in Lyon on Monday. Hundreds more farmers blocked roads in Nantes.\n\nPolice said 40 people were arrested in Lyon after the protest.";
        assert_eq!(scope(text, "40"), ["lyon"]);
    }

    #[test]
    fn a_place_containing_the_lead_is_its_own_a_part_of_a_country_is_not() {
        let text = "Floods destroyed roads in Austin, Texas, on Monday after a week of storms.\n\nOfficials said 12 people were killed in Texas by the floods.";
        assert_eq!(scope(text, "12"), ["at texas"]);
        let text = "Floods destroyed roads in France on Monday after a week of storms.\n\nOfficials said 12 people were killed in Lyon by the floods.";
        assert_eq!(scope(text, "12"), ["lyon"]);
    }

    #[test]
    fn a_group_or_a_period_is_no_place() {
        let text =
            format!("{LYON_LEAD}\n\nPolice said 40 people were arrested among the protesters.");
        assert!(scope(&text, "40").iter().all(|s| !s.starts_with("at ")));
    }
}
