//! What a keyed figure counts or measures: crowds, counts, money,
//! spans of time, people.

use crate::claims::{Claim, Counted};
use crate::lexical::{Lexical, Pos, Relation};

/// The curated group of crowds (`rules/lexical/curated.toml`): a story
/// tells of many gatherings (a march, a sit-down, a rally days apart), so
/// two crowd figures are no toll told twice: they compare as keyed
/// figures do, by their sentences or a place both name, never by their
/// predicates alone.
const CROWDS: &str = "crowds";

/// Both crowd figures are one estimator's (`Police said 20,000 marched`
/// / `police put the march at 30,000`): one crowd, as an outcome is.
pub(super) fn one_estimator(ka: &Counted, kb: &Counted) -> bool {
    let by = |k: &Counted| -> Option<String> {
        k.scope
            .iter()
            .find(|s| s.starts_with(crate::claims::ESTIMATOR))
            .cloned()
    };
    by(ka).is_some_and(|a| by(kb) == Some(a))
}

/// Whether a predicate is a crowd's (`marched`, `took to the streets`).
pub(super) fn is_crowd((pos, lemma): (Pos, &str)) -> bool {
    Lexical::embedded().curated_group_name(lemma, pos) == Some(CROWDS)
}

/// The class of a count of occasions (`twice`, `three times`).
pub(crate) const FREQUENCY_CLASS: &str = "time";

/// Whether a quantity counts things (a bare number or a count noun), as
/// opposed to measuring (miles, dollars, years, percent).
pub(super) fn is_count(c: &Claim) -> bool {
    let thing = c
        .subject
        .counted
        .as_deref()
        .is_some_and(|k| k.thing.is_some());
    thing || matches!(c.value, crate::claims::Value::Quantity { unit: None, .. })
}

/// Whether the figure is a sum of money (its unit a currency code).
pub(super) fn is_money(c: &Claim) -> bool {
    matches!(&c.value, crate::claims::Value::Quantity { unit: Some(u), .. } if crate::quantity::is_currency_code(u))
}

/// Whether a figure counts occasions or time (`married twice`, `wed three
/// weeks ago`, `detained for two days`): not the outcome itself, so its
/// curated predicate does not spare the likeness of the sentences (two
/// people's marriages or detentions are told alike).
pub(super) fn timed(c: &Claim) -> bool {
    matches!(&c.value, crate::claims::Value::Quantity { unit: Some(u), .. }
        if u.as_ref() == "time" || crate::quantity::Units::defaults()
            .measure(u)
            .is_some_and(|m| m.dimension == crate::quantity::DURATION))
}

/// `89 people were arrested` / `99 suspected members detained`: under
/// predicates of one curated group that says so (`any_person`), a count
/// of people meets a count of any person noun, `people` the broader.
pub(super) fn any_person(ka: &Counted, kb: &Counted, outcome: bool) -> Option<Relation> {
    let lex = Lexical::embedded();
    let (pos, lemma) = ka.predicate_word()?;
    if !outcome || !lex.curated_any_person(lemma, pos) || !counts_people(ka) || !counts_people(kb) {
        return None;
    }
    match (ka.thing.as_deref()?, kb.thing.as_deref()?) {
        ("person", _) => Some(Relation::Hypernym(crate::lexical::Dir::Backward)),
        (_, "person") => Some(Relation::Hypernym(crate::lexical::Dir::Forward)),
        _ => None,
    }
}

/// Whether the figure counts people (`people`, `workers`, `victims`).
pub(super) fn counts_people(k: &Counted) -> bool {
    k.thing.as_deref().is_some_and(|t| {
        t == "person"
            || Lexical::embedded().first_lexname(t) == Some(crate::lexical::Lexname::NOUN_PERSON)
    })
}
