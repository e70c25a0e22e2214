//! A quick pre-test for membership in a word list: a word's first two
//! letters and its length.
//!
//! Word lists are asked about every word of every article (stop words
//! while stemming, role words before capitals, cue words for tenses);
//! most words are in none of them. Hashing each word to find that out
//! cost more than the rest of the test: a table of the lengths found for
//! each first two letters turns most of them away first (`the`, `of`,
//! `said` have no role word of their letters and length).

/// The lengths of a list's words, by their first two letters.
#[derive(Clone)]
pub struct WordFilter {
    /// Bit `n` of slot [`slot`]`(w)` is set when a word of the list with
    /// those first letters has `n` bytes (`n < 32`).
    lengths: [u32; SLOTS],
}

/// Slots: 28 for the first byte (none, a letter, another byte) times 28
/// for the second (none, a letter, another byte).
const SLOTS: usize = 28 * 28;

/// 1 to 26 for an ASCII letter (either case), 27 for any other byte.
const fn letter_slot(c: u8) -> usize {
    let c = c | 0x20;
    if c.is_ascii_lowercase() {
        (c - b'a') as usize + 1
    } else {
        27
    }
}

/// The slot of a word: its first two bytes, letters folded to one case.
const fn slot(w: &[u8]) -> usize {
    let first = if w.is_empty() { 0 } else { letter_slot(w[0]) };
    let second = if w.len() < 2 { 0 } else { letter_slot(w[1]) };
    first * 28 + second
}

impl Default for WordFilter {
    /// The filter of the empty list.
    fn default() -> WordFilter {
        WordFilter::new([])
    }
}

impl std::fmt::Debug for WordFilter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let used = self.lengths.iter().filter(|&&l| l != 0).count();
        f.debug_struct("WordFilter")
            .field("slots_used", &used)
            .finish()
    }
}

impl WordFilter {
    /// The filter of a list of words.
    pub fn new<'a>(words: impl IntoIterator<Item = &'a [u8]>) -> WordFilter {
        let mut filter = WordFilter {
            lengths: [0; SLOTS],
        };
        for w in words {
            filter.insert(w);
        }
        filter
    }

    /// The filter of a constant list of words, built at compile time.
    pub const fn of(words: &[&str]) -> WordFilter {
        let mut filter = WordFilter {
            lengths: [0; SLOTS],
        };
        let mut k = 0;
        while k < words.len() {
            filter.insert(words[k].as_bytes());
            k += 1;
        }
        filter
    }

    /// Adds a word's first letters and length.
    const fn insert(&mut self, w: &[u8]) {
        if w.len() < 32 {
            self.lengths[slot(w)] |= 1 << w.len();
        }
    }

    /// Whether `w` may be in the list (`false`: it is not).
    #[inline]
    pub fn may_contain(&self, w: &[u8]) -> bool {
        w.len() >= 32 || self.lengths[slot(w)] & (1 << w.len()) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_word_passes_and_most_others_do_not() {
        let list: [&[u8]; 7] = [
            b"spokesman",
            b"president",
            b"",
            b"a",
            b"'s",
            b"x-1",
            &[b'q'; 40],
        ];
        let filter = WordFilter::new(list);
        for w in list {
            assert!(filter.may_contain(w), "{:?}", String::from_utf8_lossy(w));
        }
        // Either case of the first letters.
        assert!(filter.may_contain(b"President"));
        assert!(filter.may_contain(b"SPOKESMAN"));
        for w in [
            &b"the"[..],
            b"said",
            b"presidents",
            b"spokeswoman",
            b"b",
            b"qq",
        ] {
            assert!(!filter.may_contain(w), "{:?}", String::from_utf8_lossy(w));
        }
        // Long words are left to the list itself.
        assert!(filter.may_contain(&[b'z'; 33]));
    }
}
