//! Figures listed together. A sentence listing several counts (`12
//! rifles, 40 magazines and 600 rounds`) tells one inventory, and one
//! listing several ages (`two men, 34 and 51`) one group of people: a
//! source that lists the same things, or the same ages but one, tells
//! that inventory or group again, however the sentences around the
//! lists differ.

use crate::claims::{Claim, ClaimKind, Value};
use crate::source::SourceId;
use std::collections::HashMap;

/// The listed figures of each sentence that lists two or more: counts of
/// a named thing, and ages whose holder is not read.
pub(super) struct Lists {
    /// Quantity claims with a counted thing, by source and sentence start.
    things: HashMap<(SourceId, usize), Vec<usize>>,
    /// Ages of no holder read ([`unheld_age`]), likewise.
    ages: HashMap<(SourceId, usize), Vec<usize>>,
}

/// Fewest counts a sentence lists for its list to scope them: two
/// (`10 dead and 1,500 houses`) are too common a pair in one story.
const MIN_LISTED: usize = 3;

/// Whether a claim is an age whose holder was not read (`the victims,
/// 68 and 48,`): it is compared only as one of a list.
pub(super) fn unheld_age(c: &Claim) -> bool {
    c.kind == ClaimKind::Quantity
        && c.subject.class == crate::claims::age::AGE_CLASS
        && c.subject.counted.is_none()
}

fn thing(c: &Claim) -> Option<&crate::claims::Counted> {
    c.subject.counted.as_deref().filter(|k| k.thing.is_some())
}

impl Lists {
    pub(super) fn new(claims: &[Claim]) -> Lists {
        let mut things: HashMap<(SourceId, usize), Vec<usize>> = HashMap::new();
        let mut ages: HashMap<(SourceId, usize), Vec<usize>> = HashMap::new();
        for (i, c) in claims.iter().enumerate() {
            let at = (c.source, c.sentence.start);
            if unheld_age(c) {
                ages.entry(at).or_default().push(i);
            } else if c.kind == ClaimKind::Quantity && thing(c).is_some() {
                things.entry(at).or_default().push(i);
            }
        }
        things.retain(|_, v| v.len() > 1);
        ages.retain(|_, v| v.len() > 1);
        Lists { things, ages }
    }

    fn of<'a>(
        map: &'a HashMap<(SourceId, usize), Vec<usize>>,
        c: &Claim,
    ) -> Option<&'a Vec<usize>> {
        map.get(&(c.source, c.sentence.start))
    }

    /// Whether the sentences of counts `i` and `j` each list at least
    /// [`MIN_LISTED`] counts, of the very same things (`14 rifles, 31
    /// magazines and 900 rounds` / `six rifles, 12 magazines and about
    /// 300 rounds`): one inventory told twice. Lists of other lengths or
    /// things (a season's catches and carries beside one game's) are not.
    pub(super) fn listed_alike(&self, claims: &[Claim], i: usize, j: usize) -> bool {
        let things = |k: usize| -> Option<Vec<&str>> {
            let list = Lists::of(&self.things, &claims[k])?;
            let mut v: Vec<&str> = list
                .iter()
                .filter_map(|&x| thing(&claims[x]).and_then(|t| t.thing.as_deref()))
                .collect();
            v.sort_unstable();
            (v.len() >= MIN_LISTED).then_some(v)
        };
        match (things(i), things(j)) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        }
    }

    /// Whether ages `i` and `j` are the one difference between two lists
    /// of as many ages (`68 and 48` / `61 and 48`): every other age of
    /// one list is in the other.
    pub(super) fn ages_differ_once(&self, claims: &[Claim], i: usize, j: usize) -> bool {
        let (Some(xs), Some(ys)) = (
            Lists::of(&self.ages, &claims[i]),
            Lists::of(&self.ages, &claims[j]),
        ) else {
            return false;
        };
        if xs.len() != ys.len() {
            return false;
        }
        let values = |list: &[usize], skip: usize| -> Vec<f64> {
            let mut v: Vec<f64> = list
                .iter()
                .filter(|&&k| k != skip)
                .filter_map(|&k| match claims[k].value {
                    Value::Quantity { value, .. } => Some(value),
                    _ => None,
                })
                .collect();
            v.sort_by(f64::total_cmp);
            v
        };
        let (rest_a, rest_b) = (values(xs, i), values(ys, j));
        let value = |k: usize| match claims[k].value {
            Value::Quantity { value, .. } => Some(value),
            _ => None,
        };
        let (Some(va), Some(vb)) = (value(i), value(j)) else {
            return false;
        };
        // The two differing ages are each absent from the other list.
        rest_a.len() + 1 == xs.len()
            && rest_a == rest_b
            && !rest_b.contains(&va)
            && !rest_a.contains(&vb)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::align::claims_of_two_sources as two_sources;

    fn find(claims: &[Claim], source: SourceId, text: &str) -> usize {
        claims
            .iter()
            .position(|c| {
                c.source == source && c.kind == ClaimKind::Quantity && c.value.normalized() == text
            })
            .unwrap_or_else(|| panic!("no {text:?} in source {source}: {claims:#?}"))
    }

    #[test]
    fn ages_listed_alike_but_one_are_one_group() {
        let claims = two_sources(
            "Firefighters found two hikers, who were 71 and 39 years old, near the ridge.",
            "The hikers, 74 and 39 years old, were flown to Gresk.",
        );
        let lists = Lists::new(&claims);
        let (a, b) = (find(&claims, 0, "71"), find(&claims, 1, "74"));
        assert!(unheld_age(&claims[a]) && unheld_age(&claims[b]));
        assert!(lists.ages_differ_once(&claims, a, b));
        // The shared age is no difference, nor is a pair across it.
        let (c, d) = (find(&claims, 0, "39"), find(&claims, 1, "39"));
        assert!(!lists.ages_differ_once(&claims, c, d));
        assert!(!lists.ages_differ_once(&claims, a, d));
    }

    #[test]
    fn ages_listed_with_nothing_in_common_are_not_one_group() {
        let claims = two_sources(
            "Firefighters found two hikers, who were 71 and 39 years old, near the ridge.",
            "The hikers, 74 and 35 years old, were flown to Gresk.",
        );
        let lists = Lists::new(&claims);
        let (a, b) = (find(&claims, 0, "71"), find(&claims, 1, "74"));
        assert!(!lists.ages_differ_once(&claims, a, b));
    }

    const FOURTEEN: &str = "Commandos seized 14 rifles, 31 magazines and 900 rounds from the dhow.";

    #[test]
    fn one_inventory_of_the_same_things_told_twice_is_listed_alike() {
        let claims = two_sources(
            FOURTEEN,
            "Six rifles, 12 magazines and about 300 rounds were found on board.",
        );
        let lists = Lists::new(&claims);
        let (a, b) = (find(&claims, 0, "31"), find(&claims, 1, "12"));
        assert!(lists.listed_alike(&claims, a, b));
    }

    #[test]
    fn lists_of_other_things_or_lengths_are_not_listed_alike() {
        for other in [
            "Six rifles and 12 magazines were found on board.",
            "Six rifles, 12 magazines and two radios were found on board.",
        ] {
            let claims = two_sources(FOURTEEN, other);
            let lists = Lists::new(&claims);
            let (a, b) = (find(&claims, 0, "31"), find(&claims, 1, "12"));
            assert!(!lists.listed_alike(&claims, a, b), "{other}");
        }
    }
}
