//! A measure named by a noun of an attribute (`a depth of 35 km`, `a
//! height of 40 metres`, `a magnitude of 6.4`): the noun says which
//! measure of the event the figure is, so two figures the same attribute
//! noun keys measure one thing however the rest of their sentences
//! differ (the place, the agency, the time told beside it).

use super::kinds::{is_count, is_money};
use crate::claims::{Claim, Counted};
use crate::lexical::{Lexical, Lexname, Pos};

/// Whether both figures measure (neither counts things nor is a sum of
/// money) under one noun predicate whose first sense is an attribute
/// (`noun.attribute` in WordNet: `depth`, `height`, `length`, `speed`).
/// A scope either figure gives is checked apart (`scopes_agree`).
pub(super) fn one_attribute(a: &Claim, ka: &Counted, b: &Claim, kb: &Counted) -> bool {
    let (Some((Pos::Noun, x)), Some((Pos::Noun, y))) = (ka.predicate_word(), kb.predicate_word())
    else {
        return false;
    };
    x == y
        && [a, b].iter().all(|c| !is_count(c) && !is_money(c))
        && Lexical::embedded().first_lexname(x) == Some(Lexname::NOUN_ATTRIBUTE)
}

#[cfg(test)]
mod tests {
    use crate::claims::{claims_of, Claim, ClaimKind};

    /// The figure `figure` of `text`.
    fn figure(text: &str, figure: &str) -> Claim {
        claims_of(text, Some("2025-03-19"))
            .into_iter()
            .find(|c| c.kind == ClaimKind::Quantity && text[c.span.clone()].contains(figure))
            .unwrap_or_else(|| panic!("no figure {figure:?} in {text:?}"))
    }

    fn attribute(a: (&str, &str), b: (&str, &str)) -> bool {
        let (ca, cb) = (figure(a.0, a.1), figure(b.0, b.1));
        let (Some(ka), Some(kb)) = (ca.subject.counted.as_deref(), cb.subject.counted.as_deref())
        else {
            return false;
        };
        super::one_attribute(&ca, ka, &cb, kb)
    }

    #[test]
    fn one_attribute_noun_keys_two_measures_alike() {
        let a = (
            "The tremor hit at a depth of 20 kilometres, the survey said.",
            "20",
        );
        let b = ("Centred near Velk, it struck at a depth of 12 km.", "12");
        assert!(attribute(a, b));
    }

    #[test]
    fn a_count_or_a_noun_of_no_attribute_is_not_keyed_so() {
        let depth = ("The tremor hit at a depth of 20 kilometres.", "20");
        // A count of things under a noun is no measure.
        let crowd = ("A crowd of 300 people gathered.", "300");
        assert!(!attribute(depth, crowd));
        // Two attribute nouns that differ measure different things.
        let height = ("The wave reached a height of 12 metres.", "12");
        assert!(!attribute(depth, height));
    }
}
