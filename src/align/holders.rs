//! An age told with a name in one source and with a person noun in
//! another (`61-year-old Jane Roe was detained` / `police detained a
//! 60-year-old woman`). The two meet when each is the one age its source
//! gives under the event's predicate (what was done to the holder:
//! `detained`, `arrested`), the predicates relate (through the lexical
//! tables), and the sentences are alike: one person in the frame, told
//! two ways. A source giving a second age under a related predicate (a
//! victim and a suspect both arrested, two people detained) has more
//! than one person there, and its ages meet no noun or name that way.

use crate::claims::{Claim, Counted};
use crate::source::SourceId;
use std::collections::HashMap;

/// Ages with a predicate (named or noun holders), by source.
pub(super) struct AgeFrames {
    by_source: HashMap<SourceId, Vec<usize>>,
    /// The values of the ages each source gives a person noun (no name).
    noun_values: HashMap<(SourceId, String), Vec<f64>>,
}

/// The counted keys of an age with a predicate.
fn keyed(c: &Claim) -> Option<&Counted> {
    (c.subject.class == crate::claims::age::AGE_CLASS)
        .then_some(())
        .and(c.subject.counted.as_deref())
        .filter(|k| k.predicate.is_some())
}

/// The figure of an age as written (`38`).
fn age_value(c: &Claim) -> f64 {
    match c.value {
        crate::claims::Value::Quantity { value, .. } => value,
        _ => f64::NAN,
    }
}

/// The person noun holding an age no name holds (`the driver, 38,`).
fn held_by_noun(c: &Claim) -> Option<&str> {
    (c.subject.class == crate::claims::age::AGE_CLASS && c.subject.participants.is_empty())
        .then_some(())
        .and(c.subject.counted.as_deref())
        .and_then(|k| k.thing.as_deref())
}

/// Whether an age is held by a named person (else by a noun).
fn named(c: &Claim) -> bool {
    !c.subject.participants.is_empty()
}

impl AgeFrames {
    /// Indexes the ages of `claims` that say what was done to their holder.
    pub(super) fn new(claims: &[Claim]) -> AgeFrames {
        let mut by_source: HashMap<SourceId, Vec<usize>> = HashMap::new();
        let mut noun_values: HashMap<(SourceId, String), Vec<f64>> = HashMap::new();
        for (i, c) in claims.iter().enumerate() {
            if keyed(c).is_some() {
                by_source.entry(c.source).or_default().push(i);
            }
            if let Some(noun) = held_by_noun(c) {
                noun_values
                    .entry((c.source, noun.to_string()))
                    .or_default()
                    .push(age_value(c));
            }
        }
        AgeFrames {
            by_source,
            noun_values,
        }
    }

    /// Whether ages `i` and `j` are held by one person noun that names a
    /// role an event has one of (`driver`, `pilot`; not `man` or
    /// `victim`: `many-holders` in `rules/people/words.toml`), each the
    /// one age its source gives that noun: the story's one holder of
    /// the role, told twice.
    pub(super) fn one_of_a_role(&self, claims: &[Claim], i: usize, j: usize) -> bool {
        let (Some(na), Some(nb)) = (held_by_noun(&claims[i]), held_by_noun(&claims[j])) else {
            return false;
        };
        let one_value = |c: &Claim| {
            self.noun_values
                .get(&(c.source, na.to_string()))
                .is_some_and(|v| v.iter().all(|&x| x == age_value(c)))
        };
        na == nb
            && !crate::claims::people_words::PEOPLE_WORDS.is_many_holder(na)
            && one_value(&claims[i])
            && one_value(&claims[j])
    }

    /// Whether age `i` is the only age its source gives under a predicate
    /// related to its own (another mention of the same holder aside).
    fn alone_in_frame(&self, claims: &[Claim], i: usize) -> bool {
        let c = &claims[i];
        let Some(k) = keyed(c) else {
            return false;
        };
        let holder = super::counted::age_holder_key(c);
        self.by_source.get(&c.source).is_none_or(|ages| {
            ages.iter().all(|&o| {
                let other = &claims[o];
                o == i
                    || super::counted::age_holder_key(other) == holder
                    || keyed(other).is_none_or(|ko| !super::counted::same_predicate(k, ko))
            })
        })
    }

    /// Whether ages `i` and `j` are one person's told once by name and
    /// once by a person noun, each alone under related predicates in its
    /// source (see the module's documentation).
    pub(super) fn name_meets_noun(&self, claims: &[Claim], i: usize, j: usize) -> bool {
        let (a, b) = (&claims[i], &claims[j]);
        let (Some(ka), Some(kb)) = (keyed(a), keyed(b)) else {
            return false;
        };
        let noun = |c: &Claim, k: &Counted| !named(c) && k.thing.is_some();
        let one_each = (named(a) && a.subject.participants.len() == 1 && noun(b, kb))
            || (named(b) && b.subject.participants.len() == 1 && noun(a, ka));
        one_each
            && super::counted::same_predicate(ka, kb)
            && self.alone_in_frame(claims, i)
            && self.alone_in_frame(claims, j)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::ClaimKind;

    use crate::align::claims_of_two_sources as two_sources;

    fn age(claims: &[Claim], source: SourceId, text: &str) -> usize {
        claims
            .iter()
            .position(|c| {
                c.source == source
                    && c.kind == ClaimKind::Quantity
                    && c.subject.class == crate::claims::age::AGE_CLASS
                    && c.value.normalized() == text
            })
            .unwrap_or_else(|| panic!("no age {text:?} in source {source}: {claims:#?}"))
    }

    const NAMED: &str = "Officers said 61-year-old Jane Roe was detained on Monday after the bakery fire in Eastfield.";

    #[test]
    fn a_named_age_meets_the_one_noun_age_of_the_same_event() {
        let claims = two_sources(
            NAMED,
            "Police detained a 60-year-old woman on Monday after the bakery fire in Eastfield.",
        );
        let frames = AgeFrames::new(&claims);
        let (a, b) = (age(&claims, 0, "61"), age(&claims, 1, "60"));
        assert!(frames.name_meets_noun(&claims, a, b), "{claims:#?}");
        assert!(frames.name_meets_noun(&claims, b, a));
    }

    #[test]
    fn a_noun_age_under_another_predicate_does_not_meet_a_name() {
        let claims = two_sources(
            NAMED,
            "The fire injured a 60-year-old woman on Monday at the bakery in Eastfield.",
        );
        let frames = AgeFrames::new(&claims);
        let (a, b) = (age(&claims, 0, "61"), age(&claims, 1, "60"));
        assert!(!frames.name_meets_noun(&claims, a, b));
    }

    #[test]
    fn two_people_detained_keep_their_ages_apart() {
        let claims = two_sources(
            NAMED,
            "Police detained a 60-year-old woman on Monday and arrested a 35-year-old man on Tuesday after the bakery fire.",
        );
        let frames = AgeFrames::new(&claims);
        let (a, b) = (age(&claims, 0, "61"), age(&claims, 1, "60"));
        assert!(!frames.name_meets_noun(&claims, a, b), "{claims:#?}");
    }
}

#[cfg(test)]
mod role_tests {
    use super::*;
    use crate::align::claims_of_two_sources as two_sources;
    use crate::claims::ClaimKind;

    fn ages(claims: &[Claim]) -> Vec<usize> {
        (0..claims.len())
            .filter(|&i| {
                claims[i].kind == ClaimKind::Quantity
                    && claims[i].subject.class == crate::claims::age::AGE_CLASS
            })
            .collect()
    }

    #[test]
    fn the_one_pilot_of_each_source_is_one_holder() {
        let claims = two_sources(
            "The pilot, 52, walked away from the wreck near the airfield.",
            "Rescuers pulled the 58-year-old pilot from the cockpit.",
        );
        let found = ages(&claims);
        assert_eq!(found.len(), 2, "{claims:#?}");
        let frames = AgeFrames::new(&claims);
        assert!(frames.one_of_a_role(&claims, found[0], found[1]));
    }

    #[test]
    fn a_noun_many_people_are_is_no_role() {
        let claims = two_sources(
            "A woman, 52, walked away from the wreck near the airfield.",
            "Rescuers pulled a 58-year-old woman from the cockpit.",
        );
        let found = ages(&claims);
        let frames = AgeFrames::new(&claims);
        assert!(!frames.one_of_a_role(&claims, found[0], found[1]));
    }

    #[test]
    fn two_pilots_of_one_source_are_no_one_holder() {
        let claims = two_sources(
            "The pilot, 52, and a second pilot, 31, walked away. The 31-year-old pilot was hurt.",
            "Rescuers pulled the 58-year-old pilot from the cockpit.",
        );
        let found = ages(&claims);
        let frames = AgeFrames::new(&claims);
        let last = *found.last().expect("an age in the second source");
        assert!(found
            .iter()
            .filter(|&&i| claims[i].source == 0)
            .all(|&i| !frames.one_of_a_role(&claims, i, last)));
    }
}
