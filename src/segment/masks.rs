//! Byte classes of 64 bytes at a time, as bit masks.
//!
//! The byte loops over every article (word spans, the number scanner's
//! word starts) spent most of their time on branches: one per byte and a
//! mispredicted one at the end of each word. Here a block of 64 bytes
//! becomes bit masks, and callers read runs and starts off them with
//! `trailing_zeros`. On x86-64 the masks are computed with SSE2 (part of
//! the x86-64 baseline), sixteen bytes at a time; elsewhere eight bytes at
//! a time with plain integer arithmetic (SWAR). Both are tested against a
//! byte-by-byte definition.

/// One in each byte lane.
#[cfg(any(test, not(target_arch = "x86_64")))]
const LO: u64 = 0x0101_0101_0101_0101;
/// The high bit of each byte lane.
#[cfg(any(test, not(target_arch = "x86_64")))]
const HI: u64 = 0x8080_8080_8080_8080;

/// High bit set in each lane of `x` holding an ASCII byte `c` with
/// `m < c < n` (`m <= 127`, `n <= 128`); lanes with a non-ASCII byte are
/// clear. No lane carries or borrows into the next one.
#[cfg(any(test, not(target_arch = "x86_64")))]
fn between(x: u64, m: u64, n: u64) -> u64 {
    let x7 = x & (LO * 127);
    (LO * (127 + n)).wrapping_sub(x7) & !x & (x7 + LO * (127 - m)) & HI
}

/// High bit set in each lane of `x` equal to `c`.
#[cfg(any(test, not(target_arch = "x86_64")))]
fn equal(x: u64, c: u8) -> u64 {
    let y = x ^ (LO * u64::from(c));
    !((((y & (LO * 127)) + LO * 127) | y) | (LO * 127))
}

/// The lanes' high bits gathered into the low eight bits (lane `k`, the
/// `k`th byte in memory, to bit `k`).
#[cfg(any(test, not(target_arch = "x86_64")))]
fn gather(x: u64) -> u64 {
    // Each lane's bit lands on a distinct bit of the top byte: no carries.
    (x & HI).wrapping_mul(0x0002_0408_1020_4081) >> 56
}

/// The classes of up to 64 bytes: bit `k` stands for the `k`th byte of
/// the block. Past the end of the text every mask is clear.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct ByteMasks {
    /// ASCII letters.
    pub letters: u64,
    /// ASCII letters and digits.
    pub alnum: u64,
    /// Word bytes: ASCII letters, digits and `_`.
    pub word: u64,
    /// Bytes of non-ASCII characters.
    pub non_ascii: u64,
}

impl ByteMasks {
    /// The masks of `b[base..base + 64]` (fewer bytes at the end of `b`).
    pub fn at(b: &[u8], base: usize) -> ByteMasks {
        let chunk = &b[base.min(b.len())..(base + 64).min(b.len())];
        let mut padded = [0u8; 64];
        let block: &[u8] = if chunk.len() == 64 {
            chunk
        } else {
            // Padding bytes are zeros: no class has them.
            padded[..chunk.len()].copy_from_slice(chunk);
            &padded
        };
        #[cfg(target_arch = "x86_64")]
        {
            // SAFETY: SSE2 is part of the x86-64 baseline, so every CPU
            // this code runs on has it (the function needs no other
            // feature).
            unsafe { sse2_masks(block) }
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            swar_masks(block)
        }
    }
}

/// [`ByteMasks`] of 64 bytes, sixteen at a time with SSE2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
fn sse2_masks(block: &[u8]) -> ByteMasks {
    use std::arch::x86_64::*;
    let mut m = ByteMasks::default();
    for (q, sixteen) in block.chunks_exact(16).take(4).enumerate() {
        let (mut lo, mut hi) = ([0u8; 8], [0u8; 8]);
        lo.copy_from_slice(&sixteen[..8]);
        hi.copy_from_slice(&sixteen[8..]);
        let v = _mm_set_epi64x(i64::from_le_bytes(hi), i64::from_le_bytes(lo));
        // Unsigned `c - lo < n` as a signed compare: `c - lo - 128 < n - 128`.
        let below = |x: __m128i, lo: u8, n: u8| {
            let shifted = _mm_add_epi8(x, _mm_set1_epi8(128u8.wrapping_sub(lo) as i8));
            _mm_cmplt_epi8(shifted, _mm_set1_epi8(n.wrapping_sub(128) as i8))
        };
        let letter = below(_mm_or_si128(v, _mm_set1_epi8(0x20)), b'a', 26);
        let alnum = _mm_or_si128(letter, below(v, b'0', 10));
        let word = _mm_or_si128(alnum, _mm_cmpeq_epi8(v, _mm_set1_epi8(b'_' as i8)));
        let at = 16 * q;
        let bits = |x: __m128i| u64::from(_mm_movemask_epi8(x) as u16) << at;
        m.letters |= bits(letter);
        m.alnum |= bits(alnum);
        m.word |= bits(word);
        m.non_ascii |= bits(v);
    }
    m
}

/// [`ByteMasks`] of 64 bytes, eight at a time with integer arithmetic.
#[cfg(any(test, not(target_arch = "x86_64")))]
fn swar_masks(block: &[u8]) -> ByteMasks {
    let mut m = ByteMasks::default();
    for (k, lane) in block.chunks_exact(8).take(8).enumerate() {
        let mut w = [0u8; 8];
        w.copy_from_slice(lane);
        let x = u64::from_le_bytes(w);
        let letter = between(x | (LO * 0x20), u64::from(b'a') - 1, u64::from(b'z') + 1);
        let alnum = letter | between(x, u64::from(b'0') - 1, u64::from(b'9') + 1);
        let at = 8 * k;
        m.letters |= gather(letter) << at;
        m.alnum |= gather(alnum) << at;
        m.word |= gather(alnum | equal(x, b'_')) << at;
        m.non_ascii |= gather(x) << at;
    }
    m
}

/// The length of the run of set bits of `mask` from bit `k` (`k < 64`),
/// up to the end of the block.
pub(crate) fn run_from(mask: u64, k: usize) -> usize {
    (!(mask >> k)).trailing_zeros() as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The portable masks, whatever the target.
    fn swar_at(b: &[u8], base: usize) -> ByteMasks {
        let mut padded = [0u8; 64];
        let chunk = &b[base.min(b.len())..(base + 64).min(b.len())];
        padded[..chunk.len()].copy_from_slice(chunk);
        swar_masks(&padded)
    }

    /// The masks computed byte by byte.
    fn naive(b: &[u8], base: usize) -> ByteMasks {
        let mut m = ByteMasks::default();
        for k in 0..64 {
            let Some(&c) = b.get(base + k) else { break };
            let bit = |yes: bool| u64::from(yes) << k;
            m.letters |= bit(c.is_ascii_alphabetic());
            m.alnum |= bit(c.is_ascii_alphanumeric());
            m.word |= bit(c.is_ascii_alphanumeric() || c == b'_');
            m.non_ascii |= bit(!c.is_ascii());
        }
        m
    }

    #[test]
    fn every_byte_value_in_every_lane_is_classified_as_one_at_a_time() {
        for c in 0..=255u8 {
            for lane in 0..16 {
                let mut b = vec![b'.'; 80];
                b[lane] = c;
                b[lane + 1] = 255 - c;
                for base in [0, 1, lane, 8] {
                    assert_eq!(ByteMasks::at(&b, base), naive(&b, base), "byte {c}");
                    assert_eq!(swar_at(&b, base), naive(&b, base), "byte {c}");
                }
            }
        }
    }

    #[test]
    fn pseudo_random_texts_agree_with_the_byte_walk() {
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let alphabet = b"aZz09_ -.'\t\n\r\x0b\x0c\xc3\xa9\xe2\x80\x99Az@[`{/:";
        for len in 0..200 {
            let b: Vec<u8> = (0..len)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    alphabet[(state % alphabet.len() as u64) as usize]
                })
                .collect();
            for base in (0..=len).step_by(7) {
                assert_eq!(ByteMasks::at(&b, base), naive(&b, base));
                assert_eq!(swar_at(&b, base), naive(&b, base));
            }
        }
    }

    #[test]
    fn runs_are_measured_to_the_block_end() {
        let m = ByteMasks::at(b"abc de1 fghij", 0);
        assert_eq!(run_from(m.letters, 0), 3);
        assert_eq!(run_from(m.letters, 4), 2);
        assert_eq!(run_from(m.word, 4), 3);
        assert_eq!(run_from(m.letters, 8), 5);
        assert_eq!(run_from(m.letters, 3), 0);
        let long = ByteMasks::at(&[b'x'; 70], 0);
        assert_eq!(run_from(long.letters, 10), 54);
        assert_eq!(run_from(long.letters, 0), 64);
    }
}
