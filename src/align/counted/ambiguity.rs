//! Which figures of one source are several values of one thing.

use super::kinds::is_crowd;
use super::scopes::is_soft;
use crate::claims::{Claim, Counted, SOFT_PLACE};
use crate::lexical::Lexical;

/// What groups the figures of one source as values of one thing: the
/// class, the predicate's concept key and the scope. Two different
/// values under one such key make both ambiguous (which one another
/// source's figure answers is a guess); figures of different predicates
/// or scopes are not.
///
/// A figure with no predicate is compared by its class and sentence only,
/// as before keys: any other value of its class in its source makes it
/// ambiguous.
pub(in crate::align) fn ambiguity_key(c: &Claim) -> String {
    let s = &c.subject;
    // Ages are several values of one thing only for one holder; a holder
    // named by a noun is told apart by what was done to it (`assaulting
    // a 12-year-old girl`, `marrying a 15-year-old girl`).
    if s.class == crate::claims::age::AGE_CLASS {
        let predicate = s
            .counted
            .as_deref()
            .and_then(|k| k.predicate.as_deref())
            .filter(|_| s.participants.is_empty());
        return format!("{}|{}", age_holder_key(c), predicate.unwrap_or(""));
    }
    let Some(counted) = s.counted.as_deref().filter(|k| told_apart(k)) else {
        return s.class.to_string();
    };
    let lex = Lexical::embedded();
    // `jailed for six years` and `a nine-year sentence` are rival values
    // of one term.
    let custodial =
        super::super::terms::custodial(c).then(|| super::blocks::CUSTODIAL_TERM.to_string());
    let predicate = custodial
        .or_else(|| {
            counted
                .predicate_word()
                .map(|(pos, lemma)| match lex.concept_key(lemma, pos) {
                    Some(id) => id.get().to_string(),
                    None => lemma.to_string(),
                })
        })
        .unwrap_or_default();
    // A day does not split a source's figures: `six on Monday` and `14 by
    // Tuesday` are one count told twice. Nor does a place named before
    // a figure (`In Velk, 10 were killed` beside `12 were killed` in a
    // district the sentence names too far from its figure to scope it).
    // A crowd's place, though, is which crowd it is (`In Velk, 8,000
    // marched` beside `tens of thousands took to the streets`).
    let crowd = counted.predicate_word().is_some_and(is_crowd);
    let scope: Vec<&str> = counted
        .scope
        .iter()
        .map(String::as_str)
        .filter(|s| {
            // `Lund is charged with smuggling 14 cars, while Berg is
            // accused of smuggling three`: two people's counts.
            !is_soft(s)
                || s.starts_with(crate::claims::DOER)
                || crowd && (s.starts_with(SOFT_PLACE) || s.starts_with(crate::claims::ESTIMATOR))
        })
        .collect();
    // `Vell served six years`, `Brand served 12 years`: spans of time
    // told of different named people are no rival values of one span.
    let whose = if is_duration_class(&s.class) {
        s.participants.join(",")
    } else {
        String::new()
    };
    format!("{}|{predicate}|{}|{whose}", s.class, scope.join(","))
}

/// Whether a figure's keys tell it apart from other values of its class:
/// a predicate, the item a price is for (`$799 for the 12-inch model`),
/// or the party holding it (`the Liberals won 19 seats`).
pub(in crate::align) fn told_apart(k: &Counted) -> bool {
    k.predicate.is_some()
        || crate::claims::item_of(&k.scope).is_some()
        || k.scope
            .iter()
            .any(|s| s.starts_with(crate::claims::HELD_BY))
}

/// Whether a quantity's class is a unit of time (`year`, `month`).
fn is_duration_class(class: &str) -> bool {
    crate::quantity::Units::defaults()
        .measure(class)
        .is_some_and(|m| m.dimension == crate::quantity::DURATION)
}

/// An age's holder: the person named, else the person noun.
pub(in crate::align) fn age_holder_key(c: &Claim) -> String {
    let s = &c.subject;
    let thing = s.counted.as_deref().and_then(|k| k.thing.as_deref());
    format!(
        "{}|{}|{}",
        s.class,
        s.participants.join(","),
        thing.unwrap_or("")
    )
}
