//! Quantities keyed by what they count: blocks on the lexical keys of a
//! figure's predicate and counted thing, which figures of one source are
//! several values of one thing, and whether two figures count the same
//! thing ([`Counted`] holds the keys the extractor read).

mod ambiguity;
mod blocks;
mod key_match;
mod kinds;
mod measures;
mod scopes;
#[cfg(test)]
pub(super) mod tests;

pub(super) use ambiguity::{age_holder_key, ambiguity_key, told_apart};
pub(super) use blocks::{frame_blocks, key_blocks, MAX_KEYED_BLOCKS};
pub(super) use key_match::Flag;
pub use key_match::KeyMatch;
pub(crate) use kinds::FREQUENCY_CLASS;
use kinds::{any_person, counts_people, is_count, is_crowd, is_money, one_estimator, timed};
use scopes::scopes_agree;
pub(super) use scopes::scopes_with;

use crate::claims::{Claim, Counted};
use crate::lexical::{Lexical, Pos, Relation};

/// Whether two lemmas relate: the same lemma, or a relation the lexical
/// tables know.
pub(super) fn relate(a: (Pos, &str), b: (Pos, &str)) -> Option<Relation> {
    if a.1 == b.1 {
        return Some(Relation::Same);
    }
    Lexical::embedded().same_meaning(a.1, a.0, b.1, b.0)
}

/// Whether both figures have a predicate and the two relate (`killed` /
/// `killed`, `killed` / `died`).
pub(super) fn same_predicate(a: &Counted, b: &Counted) -> bool {
    match (a.predicate_word(), b.predicate_word()) {
        (Some(x), Some(y)) => relate(x, y).is_some(),
        _ => false,
    }
}

/// Whether two keyed figures may count the same thing: predicates that
/// both figures give must relate, counted things that both give must
/// relate (else their classes must be equal), and scopes must agree (a
/// scope only one figure gives must be named in the other's sentence).
/// `same_class`: the claims' classes (unit or dimension) are equal.
pub(super) fn match_keys(a: &Claim, b: &Claim, same_class: bool) -> Option<KeyMatch> {
    let (ka, kb) = (a.subject.counted.as_deref()?, b.subject.counted.as_deref()?);
    // A sum over parts is compared with sums only.
    let combined = |c: &Claim| c.subject.class.starts_with("combined ");
    if combined(a) != combined(b) {
        return None;
    }
    // Figures about different people or countries (`Vell won two`,
    // `Brask won 21`; `the Hawks offered Dorsey eight years`, `the
    // Comets offered Dorsey seven`) are about different things: the
    // participants one sentence names must all be named by the other.
    let (pa, pb) = (&a.subject.participants, &b.subject.participants);
    let (fewer, more) = if pa.len() <= pb.len() {
        (pa, pb)
    } else {
        (pb, pa)
    };
    if !fewer.is_empty() && !fewer.iter().all(|p| more.contains(p)) {
        return None;
    }
    let predicate = match (ka.predicate_word(), kb.predicate_word()) {
        // `jailed for six years` / `a nine-year sentence`: one term.
        (Some(x), Some(y)) => {
            Some(relate(x, y).or_else(|| super::terms::one_custodial_term(a, b))?)
        }
        // `a depth of 12 miles` and `12 miles west of the town`: a noun
        // the figure measures says which measure it is.
        (Some((Pos::Noun, _)), None) | (None, Some((Pos::Noun, _))) => return None,
        _ => None,
    };
    // `£910,000 worth of jewellery` / `a necklace worth £1.2m`: the value
    // of a kind of goods and of one of its kinds are a part and its
    // whole, never one sum.
    if matches!(predicate, Some(Relation::Hypernym(_))) && is_money(a) && is_money(b) {
        return None;
    }
    let lex = Lexical::embedded();
    // `called in six engines` / `called four further appliances`: things
    // a story counts once (`one_count`), under related predicates.
    let one_count = predicate.is_some()
        && matches!((&ka.thing, &kb.thing), (Some(x), Some(y)) if lex.curated_one_count(x, y));
    let outcome = match (ka.predicate_word(), kb.predicate_word()) {
        (Some((px, x)), Some((py, y))) => {
            (lex.same_curated_group(x, px, y, py) || one_count)
                && (!is_crowd((px, x)) || one_estimator(ka, kb))
                && !timed(a)
                && !timed(b)
        }
        _ => false,
    };
    let thing = match (&ka.thing, &kb.thing) {
        (Some(x), Some(y)) => {
            Some(relate((Pos::Noun, x), (Pos::Noun, y)).or_else(|| any_person(ka, kb, outcome))?)
        }
        _ if same_class => None,
        // Counts of different classes (`50 were injured` and `80 people
        // were wounded`): only the predicates can say they are one count.
        // Measures of different dimensions never are.
        _ if is_count(a) && is_count(b) => {
            predicate?;
            // `arrested 23` / `seized two boats`: under the words of a
            // group of people (`any_person`), a thing that is no person
            // is another count.
            let people_group = outcome
                && ka
                    .predicate_word()
                    .is_some_and(|(pos, lemma)| lex.curated_any_person(lemma, pos));
            // Nor does a bare count meet a count of some people (`arrested
            // 23` / `detaining 12 Greeks and 11 Turks`): only `people`.
            let other = |k: &Counted| k.thing.as_deref().is_some_and(|t| t != "person");
            if people_group && (other(ka) || other(kb)) {
                return None;
            }
            None
        }
        _ => return None,
    };
    if !scopes_agree(ka, a, kb, b) {
        return None;
    }
    // A day one figure is dated by and the other is not (see
    // `scopes_agree`) neither names nor breaks the scope.
    // Nor does a report's period (`period quarter`), which only one of
    // two reports of one result may name, nor the person whose clause
    // tells the figure (`doer pelle`), which only one may give.
    let named = |k: &Counted| {
        k.scope
            .iter()
            .filter(|s| {
                *s != "part"
                    && !s.starts_with("day ")
                    && !s.starts_with(crate::claims::DOER)
                    && !s.starts_with(crate::claims::PERIOD)
                    && !s.starts_with(crate::claims::FISCAL)
                    && !s.starts_with(crate::claims::SHARE_OWNER)
            })
            .cloned()
            .collect::<Vec<_>>()
    };
    // `married twice` / `married three times`: how often the people both
    // sentences name did one thing is one count, however the sentences
    // around it differ.
    let frequency = |c: &Claim| c.subject.class == FREQUENCY_CLASS;
    let often = frequency(a) && frequency(b) && predicate.is_some() && !fewer.is_empty();
    // Two ranges sharing an end (`from 7 to 75 years`, `between six and
    // 75 years`) are one spread told twice (see `ranges`).
    let ranged = predicate.is_some() && super::ranges::share_an_end(a, b);
    // `Vell was sentenced to nine years` / `Vell received a six-year
    // sentence`: related predicates of the very people both sentences
    // name say which count it is.
    let people = predicate.is_some()
        && !pa.is_empty()
        && pa.iter().all(|p| pb.contains(p))
        && pb.iter().all(|p| pa.contains(p));
    // `moved to Ashford, Kent, three years ago` / `had been living in
    // Ashford for the past five years`: how long one has lived at a place
    // both name is one span.
    let resided = predicate.is_some() && super::terms::lived_at_one_place(ka, kb);
    let named_alike = !named(ka).is_empty() && named(ka) == named(kb);
    // `a depth of 35 km` / `at a depth of 53 km`: one attribute measured.
    let attribute = measures::one_attribute(a, ka, b, kb);
    let scoped = often || ranged || people || resided || named_alike || attribute;
    // People are counted in many roles in one story (killed, injured,
    // arrested, evacuated): a count of people is compared only when both
    // figures say what happened to them.
    if predicate.is_none() && (counts_people(ka) || counts_people(kb)) {
        return None;
    }
    // Sums of money are many in one story too (a loss, a debt, an offer):
    // one that says what was done with it (`lost $6 billion`) is not one
    // that does not (`its $27 billion`).
    let said = |k: &Counted| k.predicate_word().is_some();
    if (is_money(a) || is_money(b)) && said(ka) != said(kb) {
        return None;
    }
    let reported = |k: &Counted| k.scope.iter().any(|s| s == crate::claims::REPORTED);
    let item = crate::claims::item_of(&ka.scope)
        .is_some_and(|x| crate::claims::item_of(&kb.scope) == Some(x));
    let keys = KeyMatch::new(predicate, thing)
        .with(Flag::Outcome, outcome)
        .with(Flag::Scoped, scoped)
        .with(Flag::Ranged, ranged)
        .with(Flag::People, people)
        .with(Flag::PeopleScoped, people && named_alike)
        .with(
            Flag::Reported,
            predicate.is_some() && reported(ka) && reported(kb),
        )
        .with(Flag::Instalment, super::terms::one_plan(ka, kb))
        .with(Flag::Item, item);
    Some(keys)
}
