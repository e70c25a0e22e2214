//! Word 4-gram shingles: how much text two sources share word for word.
//! Story grouping uses them to find copies of one text (an agency story run
//! by several outlets), which count once in tallies.

/// A deterministic sample of a text's word 4-gram hashes.
#[derive(Debug, Clone, Default)]
pub struct Shingles {
    /// One in [`SAMPLE`] of the 4-gram hashes (all of them for a short
    /// text), sorted and deduplicated: memory stays small on big archives
    /// and two texts sharing a passage still share samples. 32 bits
    /// ([`fold`]): a collision only adds a shared shingle, about one in
    /// four billion comparisons.
    hashes: Vec<u32>,
    /// Whether `hashes` is the sample (long texts) or all of them (short texts).
    sampled: bool,
}

/// Texts with fewer shingles than this keep them all: a sample of a short
/// wire could be empty.
const SAMPLE_FROM: usize = 256;

/// Keep the shingles whose hash is 0 modulo this.
const SAMPLE: u32 = 4;
const _: () = assert!(SAMPLE.is_power_of_two());

/// A 64-bit hash in 32 bits: its high half, with the low bits that decide
/// the sample kept as they are (so the sample is the one the full hash
/// picks).
fn fold(h: u64) -> u32 {
    let low = SAMPLE - 1;
    ((h >> 32) as u32 & !low) | (h as u32 & low)
}

impl Shingles {
    /// The shingles of the words at `words` (byte spans into `bytes`).
    pub fn new(bytes: &[u8], words: &[(usize, usize)]) -> Shingles {
        // Each word is hashed once (FNV-1a, ASCII-lowercased); a shingle
        // combines the hashes of its four words.
        let word_hashes = fnv_words(bytes, words);
        let mut hashes: Vec<u32> = word_hashes
            .windows(4)
            .map(|w| {
                let h = w.iter().fold(0u64, |h, &x| {
                    (h.rotate_left(17) ^ x).wrapping_mul(0x9e37_79b9_7f4a_7c15)
                });
                // Mix the high bits down so the sample is not biased by the
                // multiplication's low bits.
                fold(h ^ (h >> 29))
            })
            .collect();
        let sampled = hashes.len() >= SAMPLE_FROM;
        if sampled {
            hashes.retain(|h| h.is_multiple_of(SAMPLE));
        }
        hashes.sort_unstable();
        hashes.dedup();
        hashes.shrink_to_fit();
        Shingles { hashes, sampled }
    }

    /// The share of the smaller text's shingles found in the other.
    pub fn containment(&self, other: &Shingles) -> f64 {
        // When either side is a sample, compare both on the sampled subset
        // (a sampled side is all sample already).
        let full = !(self.sampled || other.sampled);
        let kept = |p: &Shingles| {
            if full || p.sampled {
                p.hashes.len()
            } else {
                p.hashes.iter().filter(|h| h.is_multiple_of(SAMPLE)).count()
            }
        };
        let small = kept(self).min(kept(other));
        if small == 0 {
            return 0.0;
        }
        let (xs, ys) = (&self.hashes, &other.hashes);
        let (mut i, mut j, mut shared) = (0, 0, 0);
        while i < xs.len() && j < ys.len() {
            match xs[i].cmp(&ys[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    if full || xs[i].is_multiple_of(SAMPLE) {
                        shared += 1;
                    }
                    i += 1;
                    j += 1;
                }
            }
        }
        shared as f64 / small as f64
    }
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// FNV-1a of one byte, ASCII-lowercased.
fn fnv_step(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(FNV_PRIME)
}

/// FNV-1a of each word (ASCII-lowercased). Two words are hashed side by
/// side: each hash is a chain of multiplications, and two independent
/// chains keep the multiplier busy.
fn fnv_words(bytes: &[u8], words: &[(usize, usize)]) -> Vec<u64> {
    let mut out = Vec::with_capacity(words.len());
    let mut pairs = words.chunks_exact(2);
    for pair in &mut pairs {
        let (x, y) = (&bytes[pair[0].0..pair[0].1], &bytes[pair[1].0..pair[1].1]);
        let (mut hx, mut hy) = (FNV_OFFSET, FNV_OFFSET);
        let common = x.len().min(y.len());
        for k in 0..common {
            hx = fnv_step(hx, x[k]);
            hy = fnv_step(hy, y[k]);
        }
        hx = x[common..].iter().fold(hx, |h, &b| fnv_step(h, b));
        hy = y[common..].iter().fold(hy, |h, &b| fnv_step(h, b));
        out.push(hx);
        out.push(hy);
    }
    for &(s, e) in pairs.remainder() {
        out.push(bytes[s..e].iter().fold(FNV_OFFSET, |h, &b| fnv_step(h, b)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_hashes_side_by_side_are_plain_fnv() {
        let text = b"The Summit's  talks in GENEVA, a b ccc";
        let words = [
            (0, 3),
            (4, 12),
            (14, 19),
            (20, 22),
            (23, 29),
            (31, 32),
            (33, 34),
            (35, 38),
        ];
        let plain: Vec<u64> = words
            .iter()
            .map(|&(s, e)| text[s..e].iter().fold(FNV_OFFSET, |h, &b| fnv_step(h, b)))
            .collect();
        for n in 0..=words.len() {
            assert_eq!(fnv_words(text, &words[..n]), plain[..n]);
        }
        // FNV-1a 64 of "the" (`The` lower-cased).
        assert_eq!(plain[0], 0x56f5_c919_4461_d57c);
    }

    #[test]
    fn a_copy_contains_the_original_and_another_text_does_not() {
        let a = "the council voted on tuesday to close the old harbour bridge for repairs after inspectors found cracks";
        let b = format!("{a} and residents were told to use the ferry");
        let c =
            "a storm closed the airport and flights were cancelled across the region for two days";
        let sh = |t: &str| Shingles::new(t.as_bytes(), &crate::segment::word_spans(t));
        assert!(sh(a).containment(&sh(&b)) > 0.99);
        assert!(sh(a).containment(&sh(c)) < 0.1);
    }
}
