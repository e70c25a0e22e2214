//! [`KeyMatch`]: how two figures' keys relate. The yes/no findings are
//! kept as bits of one word (a scored pair is held for every candidate
//! pair of a run: 32 bytes instead of 40), read and set through methods.

use std::fmt;

use crate::lexical::Relation;

/// One yes/no finding about two figures' keys (a bit of [`KeyMatch`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u16)]
pub(in crate::align) enum Flag {
    /// See [`KeyMatch::outcome`].
    Outcome = 1,
    /// See [`KeyMatch::scoped`].
    Scoped = 1 << 1,
    /// See [`KeyMatch::ranged`].
    Ranged = 1 << 2,
    /// See [`KeyMatch::people`].
    People = 1 << 3,
    /// See [`KeyMatch::people_scoped`].
    PeopleScoped = 1 << 4,
    /// See [`KeyMatch::reported`].
    Reported = 1 << 5,
    /// See [`KeyMatch::instalment`].
    Instalment = 1 << 6,
    /// See [`KeyMatch::listed`].
    Listed = 1 << 7,
    /// See [`KeyMatch::item`].
    Item = 1 << 8,
    /// See [`KeyMatch::object`].
    Object = 1 << 9,
}

impl Flag {
    /// Every flag, in the order `Debug` lists them.
    const ALL: [Flag; 10] = [
        Flag::Outcome,
        Flag::Scoped,
        Flag::Ranged,
        Flag::People,
        Flag::PeopleScoped,
        Flag::Reported,
        Flag::Instalment,
        Flag::Listed,
        Flag::Item,
        Flag::Object,
    ];
}

/// How two figures' keys relate, when they may count the same thing.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct KeyMatch {
    /// How the predicates relate (both present).
    pub predicate: Option<Relation>,
    /// How the counted things relate (both present).
    pub thing: Option<Relation>,
    /// The [`Flag`]s found, as bits.
    flags: u16,
}

impl KeyMatch {
    /// Keys related as `predicate` and `thing`, no flag set.
    pub(in crate::align) fn new(predicate: Option<Relation>, thing: Option<Relation>) -> Self {
        KeyMatch {
            predicate,
            thing,
            flags: 0,
        }
    }

    /// These keys with `flag` set when `on` holds.
    pub(in crate::align) fn with(mut self, flag: Flag, on: bool) -> Self {
        if on {
            self.flags |= flag as u16;
        }
        self
    }

    /// Sets `flag` (found when scoring: [`KeyMatch::listed`],
    /// [`KeyMatch::object`]).
    pub(in crate::align) fn set(&mut self, flag: Flag) {
        self.flags |= flag as u16;
    }

    /// Whether `flag` is set.
    fn has(&self, flag: Flag) -> bool {
        self.flags & flag as u16 != 0
    }

    /// Both figures say what was done, and it is the same: with the
    /// counted thing compatible, this is strong evidence of one count.
    pub fn keyed(&self) -> bool {
        self.predicate.is_some()
    }

    /// Both predicates are of one curated group: an outcome news counts
    /// (`killed` / `died`).
    pub fn outcome(&self) -> bool {
        self.has(Flag::Outcome)
    }

    /// Both figures name the same place, period or qualifier (`for his
    /// role in Watergate`, `in Salonika`): one count, told in sentences
    /// that may otherwise differ.
    pub fn scoped(&self) -> bool {
        self.has(Flag::Scoped)
    }

    /// Both figures are ranges sharing one end (`from 7 to 40 years`,
    /// `between 6 and 40 years`): one spread told twice, which scopes them
    /// too.
    pub fn ranged(&self) -> bool {
        self.has(Flag::Ranged)
    }

    /// Both sentences name the same people, and the predicates relate
    /// (`Vell was sentenced to nine years` / `Vell received a six-year
    /// sentence`): what those people did or underwent is one count.
    pub fn people(&self) -> bool {
        self.has(Flag::People)
    }

    /// Those people's figures also name the same period or qualifier (`in
    /// 1971 … Vell was sentenced to six years` / `Vell, in 1971, received
    /// a four-year sentence`): who, what and when say it is one count,
    /// however the sentences differ.
    pub fn people_scoped(&self) -> bool {
        self.has(Flag::PeopleScoped)
    }

    /// Both figures are a company's results of one measure (scope
    /// `reported`: `revenue`, `net income`), of no earlier period: one
    /// result told twice, however the sentences around it differ.
    pub fn reported(&self) -> bool {
        self.has(Flag::Reported)
    }

    /// Both figures count the instalments of one period and amount (`24
    /// monthly payments of $20` / `20 monthly payments of $20`): one
    /// plan's terms.
    pub fn instalment(&self) -> bool {
        self.has(Flag::Instalment)
    }

    /// Both sentences list three or more counts of the very same things
    /// (`14 rifles, 31 magazines and 900 rounds` / `six rifles, 12
    /// magazines and 300 rounds`): one inventory told twice (see `lists`;
    /// set when scoring).
    pub fn listed(&self) -> bool {
        self.has(Flag::Listed)
    }

    /// Both figures are prices of one item (`$1,099 for the 13-inch
    /// model` / `starts at $1,199 for the 13-inch option`): the item says
    /// which price it is.
    pub fn item(&self) -> bool {
        self.has(Flag::Item)
    }

    /// Neither figure has a predicate, and both count one man-made object
    /// (`three boats` / `two boats`; see `objects`; set when scoring): the
    /// object says which count it is.
    pub fn object(&self) -> bool {
        self.has(Flag::Object)
    }
}

impl fmt::Debug for KeyMatch {
    /// The relations and the names of the flags set.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let set: Vec<Flag> = Flag::ALL.into_iter().filter(|&x| self.has(x)).collect();
        f.debug_struct("KeyMatch")
            .field("predicate", &self.predicate)
            .field("thing", &self.thing)
            .field("flags", &set)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_are_distinct_bits_read_back_one_by_one() {
        let mut seen = 0u16;
        for flag in Flag::ALL {
            let bits = flag as u16;
            assert_eq!(bits.count_ones(), 1, "{flag:?}");
            assert_eq!(seen & bits, 0, "{flag:?}");
            seen |= bits;
            let only = KeyMatch::new(None, None).with(flag, true);
            for other in Flag::ALL {
                assert_eq!(only.has(other), other == flag, "{flag:?} / {other:?}");
            }
        }
    }

    #[test]
    fn with_false_sets_nothing_and_set_adds() {
        let mut m = KeyMatch::new(Some(Relation::Same), None).with(Flag::Scoped, false);
        assert!(!m.scoped() && m.keyed());
        m.set(Flag::Listed);
        m.set(Flag::Object);
        assert!(m.listed() && m.object() && !m.item() && !m.outcome());
        let shown = format!("{m:?}");
        assert!(shown.contains("[Listed, Object]"), "{shown}");
    }

    #[test]
    fn a_keyed_reason_is_small() {
        assert!(std::mem::size_of::<KeyMatch>() <= 6);
        assert!(std::mem::size_of::<crate::align::Reason>() <= 16);
        assert!(std::mem::size_of::<crate::align::Pair>() <= 32);
    }
}
