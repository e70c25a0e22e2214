//! The slots of the background word table ([`super::background`]) and
//! how entries are placed in them, std only: `build.rs` includes this file
//! to lay the embedded table out at compile time (written to
//! `OUT_DIR/zipf.slots` and `OUT_DIR/zipf.long`), and the run time uses it
//! for tables built from other text (the tests).

/// The longest word held inline; longer ones (a few hundred) go to a map.
pub const INLINE: usize = 14;

/// One slot: the word's bytes, zero-padded (`..INLINE`), its length at
/// [`LEN`] (0: empty) and its value at [`VALUE`].
pub type Slot = [u8; 16];

/// Where a slot holds its word's length.
pub const LEN: usize = INLINE;

/// Where a slot holds its value.
pub const VALUE: usize = INLINE + 1;

/// The entries of a word-frequency text (`tools/word_frequency.py`): each
/// line not starting with `#` is a value and the words that have it,
/// separated by spaces. Returns the number of spaces (at least one per
/// word: a size that needs no regrowing) and the entries in text order.
#[allow(dead_code)] // build.rs only
pub fn entries(text: &str) -> (usize, Vec<(&str, u8)>) {
    let count = text.bytes().filter(|&b| b == b' ').count();
    let entries = text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(|line| {
            let mut words = line.split(' ');
            let z = words.next().and_then(|z| z.parse::<u8>().ok());
            z.into_iter()
                .flat_map(move |z| words.clone().map(move |w| (w, z)))
        })
        .collect();
    (count, entries)
}

/// The slots of a table of `entries` with room for `count` words (at most
/// about two thirds full; the length is a power of two), and the entries
/// that go to the map instead (too long, or beyond a full table), in
/// order. A later entry of one word replaces an earlier one.
#[allow(dead_code)] // build.rs and the tests only
pub fn place<'a>(
    count: usize,
    entries: impl Iterator<Item = (&'a str, u8)>,
) -> (Vec<Slot>, Vec<(&'a str, u8)>) {
    let size = (count.max(1) * 3 / 2).next_power_of_two();
    let mut slots = vec![[0u8; 16]; size];
    let mut long = Vec::new();
    let mut used = 0;
    let mask = size - 1;
    for (word, value) in entries {
        let Some(key) = inline(word) else {
            long.push((word, value));
            continue;
        };
        let mut i = home(&key, mask);
        while slots[i][LEN] != 0 && !holds(&slots[i], &key, word.len()) {
            i = (i + 1) & mask;
        }
        if slots[i][LEN] == 0 {
            // One slot always stays empty, so that every search ends.
            if used + 1 >= size {
                long.push((word, value));
                continue;
            }
            used += 1;
            slots[i][..INLINE].copy_from_slice(&key);
            slots[i][LEN] = word.len() as u8;
        }
        slots[i][VALUE] = value;
    }
    (slots, long)
}

/// Whether `slot` holds the padded word `key` of length `len`.
pub fn holds(slot: &Slot, key: &[u8; INLINE], len: usize) -> bool {
    slot[LEN] as usize == len && slot[..INLINE] == key[..]
}

/// The word zero-padded, when it is short enough to be held inline.
pub fn inline(word: &str) -> Option<[u8; INLINE]> {
    let b = word.as_bytes();
    if b.is_empty() || b.len() > INLINE {
        return None;
    }
    let mut key = [0u8; INLINE];
    key[..b.len()].copy_from_slice(b);
    Some(key)
}

/// The home slot of a padded word in a table of `mask + 1` slots (the
/// same on every target: `build.rs` runs on the host).
pub fn home(key: &[u8; INLINE], mask: usize) -> usize {
    (hash(key) & mask as u64) as usize
}

/// The hash of a padded word.
fn hash(key: &[u8; INLINE]) -> u64 {
    let mut lo = [0u8; 8];
    let mut hi = [0u8; 8];
    lo.copy_from_slice(&key[..8]);
    hi[..INLINE - 8].copy_from_slice(&key[8..]);
    let h = (u64::from_le_bytes(lo).wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ u64::from_le_bytes(hi))
        .wrapping_mul(0xff51_afd7_ed55_8ccd);
    (h >> 32) ^ h
}
