//! Word starts for the number scanner, found 64 bytes at a time.
//!
//! The scanner reads an expression only where a word starts with an ASCII
//! letter or digit. Walking the bytes one by one to find those starts
//! cost a branch per byte and a mispredicted one per word (a tenth of a
//! run's time). Here each 64-byte block becomes bit masks, eight bytes at
//! a time with plain integer arithmetic (SWAR: no `unsafe`, no
//! target-specific code), and the starts are read off with
//! `trailing_zeros`.

/// One in each byte lane.
const LO: u64 = 0x0101_0101_0101_0101;
/// The high bit of each byte lane.
const HI: u64 = 0x8080_8080_8080_8080;

/// High bit set in each lane of `x` holding an ASCII byte `c` with
/// `m < c < n` (`m <= 127`, `n <= 128`); lanes with a non-ASCII byte are
/// clear. No lane carries or borrows into the next one.
fn between(x: u64, m: u64, n: u64) -> u64 {
    let x7 = x & (LO * 127);
    (LO * (127 + n)).wrapping_sub(x7) & !x & (x7 + LO * (127 - m)) & HI
}

/// High bit set in each zero lane of `y`.
fn zero_lanes(y: u64) -> u64 {
    !((((y & (LO * 127)) + LO * 127) | y) | (LO * 127))
}

/// The lanes' high bits gathered into the low eight bits (lane `k`, the
/// `k`th byte in memory, to bit `k`).
fn gather(x: u64) -> u64 {
    // Each lane's bit lands on a distinct bit of the top byte: no carries.
    (x & HI).wrapping_mul(0x0002_0408_1020_4081) >> 56
}

/// The bit masks of up to 64 bytes: bit `k` stands for byte `base + k`.
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
    /// The masks of `b[base..base + 64]` (fewer bytes at the end of `b`).
    pub fn at(b: &[u8], base: usize) -> Block {
        let chunk = &b[base.min(b.len())..(base + 64).min(b.len())];
        let mut padded = [0u8; 64];
        padded[..chunk.len()].copy_from_slice(chunk);
        let (mut letters, mut alnum, mut wordish) = (0u64, 0u64, 0u64);
        for (k, lane) in padded.chunks_exact(8).enumerate() {
            let mut w = [0u8; 8];
            w.copy_from_slice(lane);
            let x = u64::from_le_bytes(w);
            let l = between(x | (LO * 0x20), b'a' as u64 - 1, b'z' as u64 + 1);
            let d = between(x, b'0' as u64 - 1, b'9' as u64 + 1);
            let u = zero_lanes(x ^ (LO * u64::from(b'_')));
            letters |= gather(l) << (8 * k);
            alnum |= gather(l | d) << (8 * k);
            wordish |= gather(l | d | u) << (8 * k);
        }
        let before = base
            .checked_sub(1)
            .and_then(|p| b.get(p))
            .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_');
        Block {
            letters,
            starts: alnum & !((wordish << 1) | u64::from(before)),
        }
    }

    /// The length of the run of ASCII letters from bit `k` within the block.
    pub fn letters_from(&self, k: usize) -> usize {
        (!(self.letters >> k)).trailing_zeros() as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The masks computed byte by byte.
    fn naive(b: &[u8], base: usize) -> Block {
        let (mut letters, mut starts) = (0u64, 0u64);
        let wordish = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
        for k in 0..64 {
            let Some(&c) = b.get(base + k) else { break };
            letters |= u64::from(c.is_ascii_alphabetic()) << k;
            let prev = (base + k).checked_sub(1).map(|p| b[p]);
            if c.is_ascii_alphanumeric() && !prev.is_some_and(wordish) {
                starts |= 1 << k;
            }
        }
        Block { letters, starts }
    }

    #[test]
    fn every_byte_value_is_classified_as_one_at_a_time() {
        // Each byte value in each lane, next to each neighbour class.
        for c in 0..=255u8 {
            for prev in [b' ', b'a', b'_', b'7', 0xC3, b'-'] {
                for lane in 0..10 {
                    let mut b = vec![b'.'; 72];
                    b[lane] = prev;
                    b[lane + 1] = c;
                    for base in [0, 1, lane, lane + 1, 8] {
                        assert_eq!(Block::at(&b, base), naive(&b, base), "{c} after {prev}");
                    }
                }
            }
        }
    }

    #[test]
    fn pseudo_random_texts_agree_with_the_byte_walk() {
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let alphabet = b"aZz09_ -.'\xc3\xa9\xe2\x80\x99Az@[`{/:";
        for len in 0..200 {
            let b: Vec<u8> = (0..len)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    alphabet[(state % alphabet.len() as u64) as usize]
                })
                .collect();
            for base in (0..len).step_by(7) {
                assert_eq!(Block::at(&b, base), naive(&b, base));
            }
        }
    }

    #[test]
    fn letter_runs_are_measured_to_the_block_end() {
        let b = b"abc de1 fghij";
        let m = Block::at(b, 0);
        assert_eq!(m.letters_from(0), 3);
        assert_eq!(m.letters_from(4), 2);
        assert_eq!(m.letters_from(8), 5);
        let long = [b'x'; 70];
        assert_eq!(Block::at(&long, 0).letters_from(10), 54);
    }
}
