//! The (kind, block hash, claim) triples [`super::align`] sorts into
//! blocks, made in one vector of exact size.

use super::blocks::block_hashes;
use crate::claims::{Claim, ClaimKind};
use rayon::prelude::*;

/// One claim's place in one block: its kind, the block's hash, its index.
pub(super) type Triple = (ClaimKind, u64, u32);

/// Claims whose triples one task writes.
const CHUNK: usize = 4096;

/// Every claim's triples, in claim order (each claim's in block order).
///
/// The claims' blocks are counted first, then each chunk of claims writes
/// its triples into its own part of one vector sized once: collecting
/// them through rayon's list of per-task vectors held every triple twice
/// at the end of the collect (the start of alignment's peak), the
/// per-task vectors being freed by another thread than the one that
/// made them. Hashing twice costs less than that copy.
pub(super) fn triples(claims: &[Claim], story_of: &[usize], ambiguous: &[bool]) -> Vec<Triple> {
    let story = |c: &Claim| story_of.get(c.source).copied().unwrap_or(usize::MAX);
    let counts: Vec<u8> = claims
        .par_iter()
        .zip(ambiguous)
        .map(|(c, &amb)| block_hashes(c, story(c), amb).1 as u8)
        .collect();
    let total = counts.iter().map(|&n| usize::from(n)).sum();
    let mut out: Vec<Triple> = vec![(ClaimKind::Date, 0, 0); total];
    // Each chunk of claims gets the part of `out` its counts add up to.
    let mut parts = Vec::with_capacity(claims.len().div_ceil(CHUNK));
    let mut rest = out.as_mut_slice();
    for (k, chunk) in counts.chunks(CHUNK).enumerate() {
        let n = chunk.iter().map(|&n| usize::from(n)).sum();
        let (part, tail) = rest.split_at_mut(n);
        parts.push((k * CHUNK, part));
        rest = tail;
    }
    parts.into_par_iter().for_each(|(first, part)| {
        let end = (first + CHUNK).min(claims.len());
        let mut at = 0;
        for i in first..end {
            let c = &claims[i];
            let (hashes, n) = block_hashes(c, story(c), ambiguous[i]);
            for &h in &hashes[..n] {
                // Claim indices fit in 32 bits (four billion claims).
                part[at] = (c.kind, h, i as u32);
                at += 1;
            }
        }
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The triples are those of each claim's blocks, in claim order, across
    /// more than one chunk.
    #[test]
    fn triples_in_claim_order() {
        let one = crate::claims::claims_of(
            "On Monday 3 people died in Paris. On Tuesday, 400 people marched, said Jane Roe, the mayor.",
            Some("2017-11-21"),
        );
        assert!(!one.is_empty());
        let claims: Vec<Claim> = one.iter().cycle().take(CHUNK * 2 + 7).cloned().collect();
        let ambiguous = vec![false; claims.len()];
        let expected: Vec<Triple> = claims
            .iter()
            .enumerate()
            .flat_map(|(i, c)| {
                let (hashes, n) = block_hashes(c, 0, false);
                (0..n).map(move |k| (c.kind, hashes[k], i as u32))
            })
            .collect();
        assert!(!expected.is_empty());
        assert_eq!(triples(&claims, &[0], &ambiguous), expected);
    }
}
