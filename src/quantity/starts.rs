//! Word starts for the number scanner, found 64 bytes at a time from the
//! blocks' bit masks ([`ByteMasks`]) instead of a branch per byte.

use crate::segment::masks::{run_from, ByteMasks};

/// The word starts and letters of up to 64 bytes: bit `k` stands for byte
/// `base + k`.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Block {
    /// ASCII letters.
    pub letters: u64,
    /// ASCII letters and digits that start a word: the byte before is no
    /// ASCII letter, digit or `_`. (After a non-ASCII byte the caller
    /// decides, with [`super::text::at_word_start`].)
    pub starts: u64,
}

impl Block {
    /// The block of `b[base..base + 64]` (fewer bytes at the end of `b`).
    pub fn at(b: &[u8], base: usize) -> Block {
        let m = ByteMasks::at(b, base);
        let before = base
            .checked_sub(1)
            .and_then(|p| b.get(p))
            .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_');
        Block {
            letters: m.letters,
            starts: m.alnum & !((m.word << 1) | u64::from(before)),
        }
    }

    /// The length of the run of ASCII letters from bit `k`, up to the end
    /// of the block.
    pub fn letters_from(&self, k: usize) -> usize {
        run_from(self.letters, k)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts_follow_no_word_byte() {
        let b = b"ab 12_x -y z9 \xc3\xa9q";
        let m = Block::at(b, 0);
        let starts: Vec<usize> = (0..b.len()).filter(|&k| m.starts >> k & 1 == 1).collect();
        // `q` after a non-ASCII byte is left to the caller.
        assert_eq!(starts, [0, 3, 9, 11, 16]);
        // A block that starts inside a word does not start one there.
        assert_eq!(Block::at(b, 1).starts & 1, 0);
        assert_eq!(Block::at(b, 3).starts & 1, 1);
    }
}
