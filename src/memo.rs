//! A memo of table lookups keyed by short byte strings, each key held
//! inline beside its answer: a hit reads one entry (no pointer to a boxed
//! key to follow, no comparison call), and remembering allocates nothing
//! but the map's own room. The lexicon's and the gazetteer's per-thread
//! memos use it; what they remember is a record offset, or none.

use rustc_hash::FxHashMap;
use std::hash::{Hash, Hasher};

/// The longest key remembered; a longer one is looked up every time (the
/// answer is the same, only not kept).
pub(crate) const KEY_MAX: usize = 27;

/// What an entry holds for a lookup that found nothing.
const NONE: u32 = u32::MAX;

/// One remembered lookup: the key, zero-padded, its length and the answer
/// ([`NONE`] for none): 32 bytes.
#[derive(Clone, Copy)]
struct Entry {
    key: [u8; KEY_MAX],
    len: u8,
    value: u32,
}

/// Answers of a lookup by key, at most `limit` of them (then it starts
/// over: bounded memory).
pub(crate) struct ShortKeyMemo {
    map: FxHashMap<u64, Entry>,
    limit: usize,
}

impl ShortKeyMemo {
    /// An empty memo that holds at most `limit` keys.
    pub(crate) fn new(limit: usize) -> ShortKeyMemo {
        ShortKeyMemo {
            map: FxHashMap::default(),
            limit,
        }
    }

    /// The answer of `key`, remembered or else `look_up`'s (then
    /// remembered, when the key is short and the answer fits). `seed`
    /// tells apart the tables that share a memo.
    pub(crate) fn get_or(
        &mut self,
        seed: usize,
        key: &[u8],
        look_up: impl FnOnce() -> Option<usize>,
    ) -> Option<usize> {
        if key.len() > KEY_MAX {
            return look_up();
        }
        let hash = {
            let mut h = rustc_hash::FxHasher::default();
            seed.hash(&mut h);
            key.hash(&mut h);
            h.finish()
        };
        if let Some(e) = self.map.get(&hash) {
            if usize::from(e.len) == key.len() && e.key[..key.len()] == *key {
                return (e.value != NONE).then_some(e.value as usize);
            }
        }
        let found = look_up();
        let value = match found {
            None => NONE,
            Some(v) => match u32::try_from(v) {
                Ok(v) if v != NONE => v,
                _ => return found,
            },
        };
        if self.map.len() >= self.limit {
            self.map.clear();
        }
        let mut e = Entry {
            key: [0; KEY_MAX],
            len: key.len() as u8,
            value,
        };
        e.key[..key.len()].copy_from_slice(key);
        self.map.insert(hash, e);
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_as_the_lookup() {
        let table = |k: &[u8]| (k.first() == Some(&b'a')).then_some(k.len() * 7);
        let mut m = ShortKeyMemo::new(3);
        let long = [b'a'; KEY_MAX + 1];
        let keys: [&[u8]; 8] = [
            b"apple", b"berry", b"", b"apple", b"avocado", &long, b"a", b"b",
        ];
        for _ in 0..3 {
            for k in keys {
                assert_eq!(m.get_or(1, k, || table(k)), table(k), "{k:?}");
            }
        }
        assert!(m.map.len() <= 3);
        // Another seed is another table: its answers are its own.
        assert_eq!(m.get_or(2, b"apple", || None), None);
        assert_eq!(m.get_or(1, b"apple", || table(b"apple")), Some(35));
    }

    #[test]
    fn answers_too_large_to_hold_are_not_kept() {
        let mut m = ShortKeyMemo::new(10);
        let big = u32::MAX as usize;
        assert_eq!(m.get_or(0, b"x", || Some(big)), Some(big));
        assert_eq!(m.get_or(0, b"x", || Some(5)), Some(5));
        assert_eq!(m.get_or(0, b"x", || None), Some(5));
    }
}
