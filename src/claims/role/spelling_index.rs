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
use rustc_hash::{FxHashMap, FxHashSet, FxHasher};
use std::hash::{Hash, Hasher};

/// (hash of a deletion variant, name index), sorted: one flat table, a
/// fraction of a map's memory.
pub(super) struct SpellingIndex {
    by_variant: Vec<(u64, u32)>,
}

impl SpellingIndex {
    /// Indexes the names `names` whose folded (first name, rest) are
    /// `keys[i]`.
    pub(super) fn new(names: &[usize], keys: &[&(String, String)], spelling: &Spelling) -> Self {
        let mut by_variant: Vec<(u64, u32)> = names
            .iter()
            .filter_map(|&g| Some((g, u32::try_from(g).ok()?)))
            .flat_map(|(g, id)| {
                variants(keys[g], spelling)
                    .into_iter()
                    .map(move |v| (v, id))
            })
            .collect();
        by_variant.sort_unstable();
        SpellingIndex { by_variant }
    }

    /// The indexed names that may be `key` spelled another way, each once,
    /// in order (a superset: hash collisions and deletions shared by far
    /// names included; none that the threshold would accept is left out).
    pub(super) fn candidates(&self, key: &(String, String), spelling: &Spelling) -> Vec<usize> {
        let mut out: Vec<usize> = variants(key, spelling)
            .into_iter()
            .flat_map(|v| {
                let from = self.by_variant.partition_point(|&(h, _)| h < v);
                self.by_variant[from..]
                    .iter()
                    .take_while(move |&&(h, _)| h == v)
                    .map(|&(_, id)| id as usize)
            })
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// Most names of one first name compared pair by pair; more go through a
/// [`SpellingIndex`].
const SMALL_GROUP: usize = 16;

/// The names of `names` (indices into `keys`, their folded (first name,
/// rest)) that another of them spells another way: `misspelled(g, i)`
/// decides. Two spellings share their first name, so only names of one
/// first name are compared (most first names come once in an article).
pub(super) fn spelled_two_ways(
    names: &[usize],
    keys: &[&(String, String)],
    spelling: &Spelling,
    misspelled: impl Fn(usize, usize) -> bool,
) -> FxHashSet<usize> {
    let mut by_first: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for &g in names {
        by_first.entry(keys[g].0.as_str()).or_default().push(g);
    }
    let mut out = FxHashSet::default();
    for group in by_first.values().filter(|g| g.len() > 1) {
        let index = (group.len() > SMALL_GROUP).then(|| SpellingIndex::new(group, keys, spelling));
        for &i in group {
            let others = match &index {
                Some(index) => index.candidates(keys[i], spelling),
                None => group.clone(),
            };
            if others.into_iter().any(|g| g != i && misspelled(g, i)) {
                out.insert(i);
            }
        }
    }
    out
}

/// The hashes of (first name, the rest with up to `k` letters deleted),
/// `k` the most edits the threshold allows against any name this one may
/// be compared with (whose rest is at most `max_edits` letters longer).
/// None for a name the threshold never compares (no first name, a rest
/// shorter than `min-length`). Each set of deleted positions is hashed as
/// it stands (no string built); one variant reached by two sets hashes
/// alike, and the repeats are dropped.
fn variants((first, rest): &(String, String), spelling: &Spelling) -> Vec<u64> {
    let letters: Vec<char> = rest.chars().collect();
    if first.is_empty() || letters.len() < spelling.min_length {
        return Vec::new();
    }
    let longest = (letters.len() + spelling.max_edits) as f64;
    let k = spelling
        .max_edits
        .min((spelling.max_share * longest).floor() as usize);
    let mut hashes = Vec::new();
    let mut first_hash = FxHasher::default();
    first.hash(&mut first_hash);
    let mut deleted = Vec::with_capacity(k);
    deletions(&letters, k, 0, &mut deleted, &first_hash, &mut hashes);
    hashes.sort_unstable();
    hashes.dedup();
    hashes
}

/// Pushes the hash of `letters` without the positions `deleted` (sorted),
/// then of every variant with more positions (after the last one) deleted,
/// up to `k` in all.
fn deletions(
    letters: &[char],
    k: usize,
    from: usize,
    deleted: &mut Vec<usize>,
    first: &FxHasher,
    out: &mut Vec<u64>,
) {
    let mut h = first.clone();
    let mut skip = deleted.iter().peekable();
    for (i, &c) in letters.iter().enumerate() {
        if skip.next_if_eq(&&i).is_none() {
            h.write_u32(u32::from(c));
        }
    }
    out.push(h.finish());
    if deleted.len() >= k {
        return;
    }
    for i in from..letters.len() {
        deleted.push(i);
        deletions(letters, k, i + 1, deleted, first, out);
        deleted.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn spelling() -> Spelling {
        super::super::vocab::ROLE_WORDS.spelling.clone()
    }

    fn key(first: &str, rest: &str) -> (String, String) {
        (first.to_string(), rest.to_string())
    }

    #[test]
    fn names_within_the_threshold_are_candidates_and_far_ones_are_not() {
        let keys = [
            key("anna", "kowalczyk"),
            key("anna", "nowakowska"),
            key("piotr", "kowalczik"),
            key("anna", "abc"),
        ];
        let sp = spelling();
        let keys: Vec<&(String, String)> = keys.iter().collect();
        let index = SpellingIndex::new(&[0, 1, 2, 3], &keys, &sp);
        let found: HashSet<usize> = index
            .candidates(&key("anna", "kowalczik"), &sp)
            .into_iter()
            .collect();
        assert!(found.contains(&0), "one letter apart: {found:?}");
        assert!(!found.contains(&1), "another name: {found:?}");
        assert!(!found.contains(&2), "another first name: {found:?}");
        assert!(!found.contains(&3), "too short to compare: {found:?}");
        // Two letters apart in a long name: still a candidate.
        let two: HashSet<usize> = index
            .candidates(&key("anna", "kovalczik"), &sp)
            .into_iter()
            .collect();
        assert!(two.contains(&0), "{two:?}");
    }
}
