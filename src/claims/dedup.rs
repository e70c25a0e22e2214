//! Equal heap parts of all claims shared once extraction ends.
//!
//! The extractors share equal strings, stems, participant lists and
//! counted keys through small per-thread tables ([`super::Sym`]), which
//! are emptied when full and never see another thread's: on a large run
//! the same class, key, evidence or sentence stems are held in many
//! copies (about 19 of the 97 MB the 10k corpus's claims hold; see
//! `docs/performance-log.md`, `mem22`). Here every part of every claim is
//! looked up in one table of the whole run and replaced by the first
//! equal one met, so each copy after the first is freed. Nothing is
//! allocated but the tables, so the run never holds more than before.
//! The freed copies lie among live data, so resident memory falls less
//! than the live heap (0.4 MB on that corpus): alignment's allocations
//! reuse the holes.

use super::thin::Thin;
use super::{Claim, Counted, Sym, Value};
use rustc_hash::FxHashSet;
use std::hash::Hash;
use std::sync::Arc;

/// Replaces each heap part of `claims` held in several copies by one of
/// them (see the module's comment). The claims read, compare and print as
/// before.
pub fn share_equal_parts(claims: &mut [Claim]) {
    let mut tables = Tables::default();
    for c in claims {
        tables.claim(c);
    }
}

/// The first holder met of each value, by content.
#[derive(Default)]
struct Tables {
    /// Strings ([`Sym`]s).
    strings: FxHashSet<Thin>,
    /// Context stems.
    stems: FxHashSet<Thin>,
    /// Participant lists.
    participants: FxHashSet<Arc<[String]>>,
    /// Counted keys.
    counted: FxHashSet<Arc<Counted>>,
}

/// The holder of a value equal to `v` that `table` has, or `v`, which
/// `table` then remembers.
fn shared_arc<T: ?Sized + Hash + Eq>(table: &mut FxHashSet<Arc<T>>, v: &Arc<T>) -> Arc<T> {
    if let Some(first) = table.get(&**v) {
        return first.clone();
    }
    table.insert(v.clone());
    v.clone()
}

impl Tables {
    fn claim(&mut self, c: &mut Claim) {
        let s = &mut c.subject;
        s.key = s.key.shared_in(&mut self.strings);
        s.class = s.class.shared_in(&mut self.strings);
        s.context = s.context.shared_in(&mut self.stems);
        s.participants = shared_arc(&mut self.participants, &s.participants);
        if let Some(k) = &mut s.counted {
            *k = shared_arc(&mut self.counted, k);
        }
        c.evidence = c.evidence.shared_in(&mut self.strings);
        self.value(&mut c.value);
    }

    fn value(&mut self, v: &mut Value) {
        let strings = &mut self.strings;
        let mut one = |s: &mut Sym| *s = s.shared_in(strings);
        match v {
            // Plain strings and boxes: one per claim, nothing to share.
            Value::Date { .. } | Value::Ordinal { .. } | Value::Role { .. } => {}
            Value::Quantity { unit, .. } => unit.iter_mut().for_each(one),
            Value::Quote {
                speaker,
                speaker_phrase,
                text,
                ..
            } => {
                speaker.iter_mut().for_each(&mut one);
                speaker_phrase.iter_mut().for_each(&mut one);
                one(text);
            }
            Value::Location {
                place,
                country,
                geo,
                ..
            } => {
                country.iter_mut().for_each(&mut one);
                geo.iter_mut().for_each(&mut one);
                one(place);
            }
            Value::Result { winner, loser, .. } => {
                winner.iter_mut().for_each(&mut one);
                loser.iter_mut().for_each(one);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::claims_of;

    /// Claims of two invented articles, extracted apart (as two threads'
    /// would be): their equal parts are separate allocations.
    fn two_articles() -> Vec<Claim> {
        let text = "Mayor Jane Roe said on Monday: \"We will rebuild the bridge by June.\" \
                    The storm killed 12 people in Springfield, 40 miles north of Boston.";
        let mut claims = claims_of(text, Some("2024-05-02"));
        // The table of the extracting thread shares within a run of it:
        // emptied, as a full one is, the second article's parts are new.
        crate::claims::sym::clear_tables();
        claims.extend(claims_of(text, Some("2024-05-02")));
        claims
    }

    #[test]
    fn equal_parts_of_claims_made_apart_become_one_and_read_the_same() {
        let mut claims = two_articles();
        let half = claims.len() / 2;
        assert!(half >= 3, "{claims:?}");
        assert!(!claims[0].evidence.ptr_eq(&claims[half].evidence));
        let before = claims.clone();
        share_equal_parts(&mut claims);
        assert_eq!(claims, before);
        for (a, b) in claims[..half].iter().zip(&claims[half..]) {
            assert!(a.evidence.ptr_eq(&b.evidence));
            assert!(a.subject.key.ptr_eq(&b.subject.key));
            assert!(a.subject.class.ptr_eq(&b.subject.class));
            assert!(a.subject.context == b.subject.context);
            assert!(Arc::ptr_eq(
                &a.subject.participants,
                &b.subject.participants
            ));
        }
    }

    #[test]
    fn no_claims_no_work() {
        share_equal_parts(&mut []);
    }
}
