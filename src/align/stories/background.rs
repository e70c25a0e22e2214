//! The background word table ([`super::terms::zipf`]) as an open-addressing
//! table with the words inline: a lookup reads one slot (usually one cache
//! line) instead of a hash map's control bytes, its entry and then the
//! word in the table's text. Story profiles look up nearly every word of
//! every source, so this was the costliest step of profiling a source.

use rustc_hash::FxHashMap;

/// The longest word held inline; longer ones (a few hundred) go to a map.
const INLINE: usize = 14;

/// One slot: the word's bytes, zero-padded, its length (0: empty) and its value.
#[derive(Clone, Copy, Default)]
#[repr(C, align(16))]
struct Slot {
    key: [u8; INLINE],
    len: u8,
    value: u8,
}

/// Words to values, as [`FxHashMap`] would answer (a later entry of one
/// word replaces an earlier one), without the indirections.
pub(super) struct WordTable {
    slots: Box<[Slot]>,
    /// `slots.len() - 1`; the length is a power of two.
    mask: usize,
    /// Slots in use.
    used: usize,
    /// Words too long for a slot (and any beyond a full table).
    long: FxHashMap<&'static str, u8>,
}

impl WordTable {
    /// A table of `entries`, with room for `count` words (at most about two thirds full).
    pub(super) fn new(
        count: usize,
        entries: impl Iterator<Item = (&'static str, u8)>,
    ) -> WordTable {
        let size = (count.max(1) * 3 / 2).next_power_of_two();
        let mut t = WordTable {
            slots: vec![Slot::default(); size].into_boxed_slice(),
            mask: size - 1,
            used: 0,
            long: FxHashMap::default(),
        };
        for (word, value) in entries {
            t.insert(word, value);
        }
        t
    }

    fn insert(&mut self, word: &'static str, value: u8) {
        let Some(key) = inline(word) else {
            self.long.insert(word, value);
            return;
        };
        let mut i = slot_of(&key) & self.mask;
        while self.slots[i].len != 0 {
            let s = &mut self.slots[i];
            if s.len as usize == word.len() && s.key == key {
                s.value = value;
                return;
            }
            i = (i + 1) & self.mask;
        }
        // One slot always stays empty, so that every search ends.
        if self.used + 1 >= self.slots.len() {
            self.long.insert(word, value);
            return;
        }
        self.used += 1;
        self.slots[i] = Slot {
            key,
            len: word.len() as u8,
            value,
        };
    }

    /// The value of `word`, if the table has it.
    pub(super) fn get(&self, word: &str) -> Option<u8> {
        let Some(key) = inline(word) else {
            return self.long.get(word).copied();
        };
        let mut i = slot_of(&key) & self.mask;
        loop {
            let s = &self.slots[i];
            if s.len == 0 {
                return self.long.get(word).copied();
            }
            if s.len as usize == word.len() && s.key == key {
                return Some(s.value);
            }
            i = (i + 1) & self.mask;
        }
    }
}

/// The word zero-padded, when it is short enough to be held inline.
fn inline(word: &str) -> Option<[u8; INLINE]> {
    let b = word.as_bytes();
    if b.is_empty() || b.len() > INLINE {
        return None;
    }
    let mut key = [0u8; INLINE];
    key[..b.len()].copy_from_slice(b);
    Some(key)
}

/// The home slot of a padded word (before masking).
fn slot_of(key: &[u8; INLINE]) -> usize {
    let mut lo = [0u8; 8];
    let mut hi = [0u8; 8];
    lo.copy_from_slice(&key[..8]);
    hi[..INLINE - 8].copy_from_slice(&key[8..]);
    let h = (u64::from_le_bytes(lo).wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ u64::from_le_bytes(hi))
        .wrapping_mul(0xff51_afd7_ed55_8ccd);
    (h >> 32) as usize ^ (h as usize)
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
