//! Stories: groups of sources that report the same event.
//!
//! Dated sources join when their publication dates are close and they share
//! text (word 4-gram shingles) or the people and places they name. An
//! undated source joins the single story it shares the most text with and
//! borrows that story's date. Candidate pairs come from an inverted index of
//! shingles, so the cost stays near-linear in the corpus size.

use crate::claims::entities::Mention;
use crate::source::Source;
use jiff::civil::Date;
use rayon::prelude::*;
use rdst::RadixSort;
use std::collections::HashMap;

/// Thresholds for story clustering.
#[derive(Debug, Clone)]
pub struct StoryConfig {
    /// Two dated sources more than this many days apart are different stories.
    pub window_days: i64,
    /// Shingle containment that makes two sources one story.
    pub min_containment: f64,
    /// Entity-set Jaccard that makes two close-dated sources one story.
    pub min_entity_overlap: f64,
}

impl Default for StoryConfig {
    fn default() -> Self {
        StoryConfig {
            window_days: 3,
            min_containment: 0.04,
            min_entity_overlap: 0.3,
        }
    }
}

/// The stories found: a story id per source and each story's date.
#[derive(Debug, Clone, Default)]
pub struct Stories {
    /// Story id of each source, indexed by source id.
    pub of_source: Vec<usize>,
    /// Date of each story (the earliest publication date among its dated sources).
    pub date: Vec<Option<Date>>,
}

impl Stories {
    /// Number of stories.
    pub fn len(&self) -> usize {
        self.date.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.date.is_empty()
    }

    /// Source ids of story `s`.
    pub fn members(&self, s: usize) -> Vec<usize> {
        (0..self.of_source.len())
            .filter(|&i| self.of_source[i] == s)
            .collect()
    }
}

/// Postings longer than this are too common to say anything (a stock
/// phrase, or an entity every article names).
const MAX_POSTINGS: usize = 4096;

/// What story clustering needs of one source: a sample of its word
/// 4-grams and the entities it names. Small, so the words and mentions it
/// is built from can be dropped.
#[derive(Debug, Clone, Default)]
pub struct Profile {
    /// A deterministic sample of the word 4-gram hashes (one in
    /// [`SAMPLE`]), sorted and deduplicated: memory stays small on big
    /// archives and two texts sharing a passage still share samples.
    /// 32 bits ([`fold`]): a collision only adds a shared shingle, about
    /// one in four billion comparisons.
    shingles: Vec<u32>,
    /// Whether `shingles` is the sample (long texts) or all of them (short texts).
    sampled: bool,
    /// Hashes of the entity names, sorted and deduplicated.
    entities: Vec<u32>,
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

impl Profile {
    /// Builds the profile from the body's word spans (offsets in the text)
    /// and its lexicon mentions.
    pub fn new(source: &Source, words: &[(usize, usize)], mentions: &[Mention]) -> Profile {
        profile(source, words, mentions)
    }
}

fn profile(source: &Source, words: &[(usize, usize)], mentions: &[Mention]) -> Profile {
    let bytes = source.text.as_bytes();
    // Each word is hashed once (FNV-1a, ASCII-lowercased); a shingle
    // combines the hashes of its four words.
    let word_hashes = fnv_words(bytes, words);
    let mut shingles: Vec<u32> = word_hashes
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
    let sampled = shingles.len() >= SAMPLE_FROM;
    if sampled {
        shingles.retain(|h| h.is_multiple_of(SAMPLE));
    }
    shingles.sort_unstable();
    shingles.dedup();
    // Profiles live until clustering: keep only what the sample needs.
    shingles.shrink_to_fit();
    let mut entities: Vec<u32> = mentions.iter().map(|m| name_hash(&m.name)).collect();
    entities.sort_unstable();
    entities.dedup();
    Profile {
        shingles,
        sampled,
        entities,
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

fn containment(a: &Profile, b: &Profile) -> f64 {
    // When either side is a sample, compare both on the sampled subset
    // (a sampled side is all sample already). Counted in place: this runs
    // for every candidate pair.
    let full = !(a.sampled || b.sampled);
    let kept = |p: &Profile| {
        if full || p.sampled {
            p.shingles.len()
        } else {
            p.shingles
                .iter()
                .filter(|h| h.is_multiple_of(SAMPLE))
                .count()
        }
    };
    let small = kept(a).min(kept(b));
    if small == 0 {
        return 0.0;
    }
    let (xs, ys) = (&a.shingles, &b.shingles);
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

/// FNV-1a of an entity name; odd, so it never collides with a sampled
/// shingle (those are multiples of [`SAMPLE`]) in the shared postings.
fn name_hash(name: &str) -> u32 {
    fold(name.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })) | 1
}

/// Size of the intersection of two sorted lists.
fn shared_sorted(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared
}

fn jaccard(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let shared = shared_sorted(a, b);
    shared as f64 / (a.len() + b.len() - shared) as f64
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// Clusters sources into stories; `profiles` are indexed like `sources`.
pub fn cluster(sources: &[Source], profiles: &[Profile], cfg: &StoryConfig) -> Stories {
    let n = sources.len();
    // Days since an epoch, once per source rather than once per pair.
    let epoch = Date::constant(1970, 1, 1);
    let day: Vec<Option<i64>> = sources
        .iter()
        .map(|s| {
            s.meta
                .published
                .and_then(|d| d.since(epoch).ok())
                .map(|s| i64::from(s.get_days()))
        })
        .collect();
    // Two dated sources too far apart are never joined (below), so the
    // pair is not worth scoring; most pairs met through a common entity
    // are of this kind.
    let may_join = |a: usize, b: usize| match (day[a], day[b]) {
        (Some(da), Some(db)) => (da - db).abs() <= cfg.window_days,
        _ => true,
    };
    // Candidate pairs: sources sharing a sampled shingle or an entity name,
    // from one sorted posting list (cheaper than a map of vectors). A
    // posting is one u64: the 32-bit hash above the source index.
    // Built and read in parallel: the order of both is settled by sorting.
    let mut postings: Vec<u64> = profiles
        .par_iter()
        .enumerate()
        .flat_map_iter(|(i, p)| {
            // Source indices fit in 32 bits (four billion sources).
            let posting = move |&h: &u32| (u64::from(h) << 32) | i as u64;
            p.shingles.iter().chain(&p.entities).map(posting)
        })
        .collect();
    // A parallel radix sort, in place (no second copy of the postings at
    // the peak of a large run): a third faster than a comparison sort.
    postings.radix_sort_builder().with_low_mem_tuner().sort();
    postings.dedup();
    let low = u64::from(u32::MAX);
    // Each pair packed in one `u64` (`a` above `b`), which sorts as the pair.
    let mut candidates: Vec<u64> = postings
        .par_chunk_by(|x, y| x >> 32 == y >> 32)
        .filter(|run| run.len() >= 2 && run.len() <= MAX_POSTINGS)
        .flat_map_iter(|run| {
            // Not all pairs: each source is paired with the run's first
            // source and with its neighbour in the run. Sources sharing many
            // shingles meet through many runs, so clusters still connect,
            // and the number of candidates stays linear in the postings (a
            // wire story copied a thousand times costs a thousand pairs per
            // shingle, not 500,000).
            let head = (run[0] & low) as u32;
            run.windows(2).flat_map(move |w| {
                let (a, b) = ((w[0] & low) as u32, (w[1] & low) as u32);
                let pair = |a: u32, b: u32| (u64::from(a) << 32) | u64::from(b);
                let next = may_join(a as usize, b as usize).then_some(pair(a, b));
                let first =
                    (a != head && may_join(head as usize, b as usize)).then_some(pair(head, b));
                next.into_iter().chain(first)
            })
        })
        .collect();
    drop(postings);
    candidates.radix_sort_builder().with_low_mem_tuner().sort();
    candidates.dedup();
    candidates.shrink_to_fit();
    // Only the pairs that can join anything are kept.
    let scored: Vec<(usize, usize, f64, f64)> = candidates
        .par_iter()
        .filter_map(|&ab| {
            let (a, b) = ((ab >> 32) as usize, (ab & low) as usize);
            let c = containment(&profiles[a], &profiles[b]);
            let e = jaccard(&profiles[a].entities, &profiles[b].entities);
            (c >= cfg.min_containment || e >= cfg.min_entity_overlap).then_some((a, b, c, e))
        })
        .collect();
    drop(candidates);

    let mut parent: Vec<usize> = (0..n).collect();
    let date = |i: usize| sources[i].meta.published;
    // Dated sources first.
    for &(a, b, c, e) in &scored {
        if let (Some(da), Some(db)) = (day[a], day[b]) {
            let close = (da - db).abs() <= cfg.window_days;
            if close && (c >= cfg.min_containment || e >= cfg.min_entity_overlap) {
                let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
                parent[ra.max(rb)] = ra.min(rb);
            }
        }
    }
    // Undated sources: the best dated partner, else the best undated one.
    let mut best: Vec<Option<(f64, usize)>> = vec![None; n];
    for &(a, b, c, _) in &scored {
        if c < cfg.min_containment {
            continue;
        }
        for (x, y) in [(a, b), (b, a)] {
            if date(x).is_none() {
                let dated_bonus = if date(y).is_some() { 1.0 } else { 0.0 };
                let score = c + dated_bonus;
                if best[x].is_none_or(|(s, _)| score > s) {
                    best[x] = Some((score, y));
                }
            }
        }
    }
    for (x, b) in best.iter().enumerate() {
        if let Some((_, y)) = *b {
            let (rx, ry) = (find(&mut parent, x), find(&mut parent, y));
            parent[rx.max(ry)] = rx.min(ry);
        }
    }
    // Number stories in order of their first source.
    let mut ids: HashMap<usize, usize> = HashMap::new();
    let mut of_source = Vec::with_capacity(n);
    for i in 0..n {
        let r = find(&mut parent, i);
        let next = ids.len();
        of_source.push(*ids.entry(r).or_insert(next));
    }
    let mut story_date: Vec<Option<Date>> = vec![None; ids.len()];
    for i in 0..n {
        if let Some(d) = date(i) {
            let s = &mut story_date[of_source[i]];
            *s = Some(s.map_or(d, |e: Date| e.min(d)));
        }
    }
    Stories {
        of_source,
        date: story_date,
    }
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
}
