//! The background word table ([`super::terms::zipf`]) as an open-addressing
//! table with the words inline: a lookup reads one slot (usually one cache
//! line) instead of a hash map's control bytes, its entry and then the
//! word in the table's text. Story profiles look up nearly every word of
//! every source, so this was the costliest step of profiling a source.

use super::slots::{self, Slot, LEN, VALUE};
use rustc_hash::FxHashMap;

/// Words to values, as [`FxHashMap`] would answer (a later entry of one
/// word replaces an earlier one), without the indirections.
pub(super) struct WordTable {
    /// The slots ([`slots::place`]), as `build.rs` laid them out for the
    /// embedded table, read in place.
    slots: &'static [Slot],
    /// `slots.len() - 1`; the length is a power of two.
    mask: usize,
    /// Words too long for a slot (and any beyond a full table).
    long: FxHashMap<&'static str, u8>,
}

impl WordTable {
    /// A table of `entries`, with room for `count` words (at most about two thirds full).
    #[cfg(test)]
    pub(super) fn new(
        count: usize,
        entries: impl Iterator<Item = (&'static str, u8)>,
    ) -> WordTable {
        let (slots, long) = slots::place(count, entries);
        WordTable::packed(Vec::leak(slots), long)
    }

    /// The table of `slots` laid out by [`slots::place`], and the entries
    /// that went to the map, in order.
    pub(super) fn packed(slots: &'static [Slot], long: Vec<(&'static str, u8)>) -> WordTable {
        WordTable {
            mask: slots.len().max(1) - 1,
            slots,
            long: long.into_iter().collect(),
        }
    }

    /// The value of `word`, if the table has it.
    pub(super) fn get(&self, word: &str) -> Option<u8> {
        let key = match slots::inline(word) {
            Some(key) if !self.slots.is_empty() => key,
            _ => return self.long.get(word).copied(),
        };
        let mut i = slots::home(&key, self.mask);
        loop {
            let s = &self.slots[i];
            if s[LEN] == 0 {
                return self.long.get(word).copied();
            }
            if slots::holds(s, &key, word.len()) {
                return Some(s[VALUE]);
            }
            i = (i + 1) & self.mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn both(entries: &[(&'static str, u8)]) -> (WordTable, FxHashMap<&'static str, u8>) {
        let table = WordTable::new(entries.len(), entries.iter().copied());
        (table, entries.iter().copied().collect())
    }

    #[test]
    fn answers_as_a_hash_map() {
        let entries = [
            ("the", 78),
            ("earthquake", 45),
            ("a", 70),
            ("internationally", 40),
            ("fourteenletter", 20),
            ("the", 77),
            ("über", 30),
            ("", 9),
        ];
        let (t, map) = both(&entries);
        for w in [
            "the",
            "earthquake",
            "a",
            "internationally",
            "fourteenletter",
            "über",
            "",
            "th",
            "thee",
            "internationallyx",
            "fourteenlette",
            "b",
        ] {
            assert_eq!(t.get(w), map.get(w).copied(), "{w}");
        }
    }

    #[test]
    fn a_full_table_still_answers() {
        let words: Vec<&'static str> = (0..40)
            .map(|i| &*Box::leak(format!("w{i}").into_boxed_str()))
            .collect();
        // Room for 4 words: the rest go to the map, and every search ends.
        let t = WordTable::new(2, words.iter().map(|&w| (w, 1)));
        assert!(words.iter().all(|w| t.get(w) == Some(1)));
        assert_eq!(t.get("w40"), None);
    }
}
