//! Which of an article's names may be one name spelled two ways, found
//! without comparing every pair: an article of thousands of people stays
//! linear.
//!
//! Two spellings within `d` edits share a string reached by deleting at
//! most `d` letters from each (the symmetric-deletion property of the
//! edit distance). Each name is indexed under its first name and every
//! such deletion of the rest of its name, as far as the `[spelling]`
//! threshold lets two names differ; the names sharing an entry are the
//! only candidates, and the threshold itself still decides.

use super::vocab::Spelling;
use std::collections::hash_map::DefaultHasher;
use std::collections::HashSet;
use std::hash::{Hash, Hasher};

/// (hash of a deletion variant, name index), sorted: one flat table, a
/// fraction of a map's memory.
pub(super) struct SpellingIndex {
    by_variant: Vec<(u64, u32)>,
}

impl SpellingIndex {
    /// Indexes the names `names` whose folded (first name, rest) are
    /// `keys[i]`.
    pub(super) fn new(names: &[usize], keys: &[(String, String)], spelling: &Spelling) -> Self {
        let mut by_variant: Vec<(u64, u32)> = names
            .iter()
            .filter_map(|&g| Some((g, u32::try_from(g).ok()?)))
            .flat_map(|(g, id)| {
                variants(&keys[g], spelling)
                    .into_iter()
                    .map(move |v| (v, id))
            })
            .collect();
        by_variant.sort_unstable();
        SpellingIndex { by_variant }
    }

    /// The indexed names that may be `key` spelled another way (a
    /// superset: hash collisions and deletions shared by far names
    /// included; none that the threshold would accept is left out).
    pub(super) fn candidates(
        &self,
        key: &(String, String),
        spelling: &Spelling,
    ) -> impl Iterator<Item = usize> + '_ {
        variants(key, spelling).into_iter().flat_map(|v| {
            let from = self.by_variant.partition_point(|&(h, _)| h < v);
            self.by_variant[from..]
                .iter()
                .take_while(move |&&(h, _)| h == v)
                .map(|&(_, id)| id as usize)
        })
    }
}

/// The hashes of (first name, the rest with up to `k` letters deleted),
/// `k` the most edits the threshold allows against any name this one may
/// be compared with (whose rest is at most `max_edits` letters longer).
/// None for a name the threshold never compares (no first name, a rest
/// shorter than `min-length`).
fn variants((first, rest): &(String, String), spelling: &Spelling) -> Vec<u64> {
    let letters: Vec<char> = rest.chars().collect();
    if first.is_empty() || letters.len() < spelling.min_length {
        return Vec::new();
    }
    let longest = (letters.len() + spelling.max_edits) as f64;
    let k = spelling
        .max_edits
        .min((spelling.max_share * longest).floor() as usize);
    let mut level: HashSet<Vec<char>> = HashSet::from([letters]);
    let mut all: HashSet<Vec<char>> = level.clone();
    for _ in 0..k {
        let mut next = HashSet::new();
        for s in &level {
            for i in 0..s.len() {
                let mut t = s.clone();
                t.remove(i);
                if all.insert(t.clone()) {
                    next.insert(t);
                }
            }
        }
        level = next;
    }
    let mut hashes: Vec<u64> = all
        .iter()
        .map(|s| {
            let mut h = DefaultHasher::new();
            (first, s).hash(&mut h);
            h.finish()
        })
        .collect();
    hashes.sort_unstable();
    hashes.dedup();
    hashes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spelling() -> Spelling {
        super::super::vocab::ROLE_WORDS.spelling.clone()
    }

    fn key(first: &str, rest: &str) -> (String, String) {
        (first.to_string(), rest.to_string())
    }

    #[test]
    fn names_within_the_threshold_are_candidates_and_far_ones_are_not() {
        let keys = vec![
            key("anna", "kowalczyk"),
            key("anna", "nowakowska"),
            key("piotr", "kowalczik"),
            key("anna", "abc"),
        ];
        let sp = spelling();
        let index = SpellingIndex::new(&[0, 1, 2, 3], &keys, &sp);
        let found: HashSet<usize> = index.candidates(&key("anna", "kowalczik"), &sp).collect();
        assert!(found.contains(&0), "one letter apart: {found:?}");
        assert!(!found.contains(&1), "another name: {found:?}");
        assert!(!found.contains(&2), "another first name: {found:?}");
        assert!(!found.contains(&3), "too short to compare: {found:?}");
        // Two letters apart in a long name: still a candidate.
        let two: HashSet<usize> = index.candidates(&key("anna", "kovalczik"), &sp).collect();
        assert!(two.contains(&0), "{two:?}");
    }
}
