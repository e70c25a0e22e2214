//! Alignment: pairing claims from different sources that are about the same
//! event, series or quote.
//!
//! Claims are first blocked (same kind, and same story, event class, series
//! or rare quote word), then cheap prefilters run (class, tense, shared
//! participants, date proximity), and only then a similarity score. No
//! all-pairs comparison over the corpus.

mod ago;
mod ambiguous;
mod blocks;
mod counted;
mod holders;
mod lists;
mod objects;
pub(crate) use counted::FREQUENCY_CLASS;
mod offsets;
mod ranges;
mod reason;
mod score;
mod stops;
pub mod stories;
mod terms;
mod triples;

use crate::claims::{Claim, ClaimKind, Value};
use ambiguous::ambiguous_quantities;
use rayon::prelude::*;
use score::Scorer;
use std::collections::HashMap;

pub use blocks::block_keys;
pub use counted::KeyMatch;
pub use reason::Reason;
pub use stories::{cluster, Profile, Stories, StoryConfig, StoryEvidence, StoryMode};

/// Thresholds for alignment.
#[derive(Debug, Clone)]
pub struct AlignConfig {
    /// Minimum Dice similarity of two quotes' content words.
    pub quote_similarity: f64,
    /// Minimum Dice similarity of the contexts of two quantities.
    pub context_similarity: f64,
    /// Minimum Dice similarity of the contexts of two quantities whose
    /// predicates relate (`caught` / `caught`, `a depth of` / `a depth
    /// of`) and whose counted things and scopes agree.
    pub keyed_context_similarity: f64,
    /// The same for predicates of one curated group, the outcomes news
    /// counts (`killed` / `died`, `injured` / `wounded`, `arrested` /
    /// `detained`): within one story the keys say they count one thing.
    pub outcome_context_similarity: f64,
    /// The same for keyed figures that also name the same place, period
    /// or qualifier (`served … for his role in Watergate` / `served … in
    /// prison for his role in the Watergate conspiracy`): predicate, thing
    /// and a named scope together say which count it is.
    pub scoped_context_similarity: f64,
    /// Two resolved event dates further apart than this are different events.
    pub same_event_days: i64,
}

impl Default for AlignConfig {
    fn default() -> Self {
        AlignConfig {
            quote_similarity: 0.6,
            context_similarity: 0.45,
            keyed_context_similarity: 0.45,
            outcome_context_similarity: 0.0,
            scoped_context_similarity: 0.2,
            same_event_days: 7,
        }
    }
}

/// Two claims judged to be about the same thing.
#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    /// Index of the first claim (lower source id); 32 bits, as in the
    /// alignment's blocks, so that a pair is 32 bytes (with a [`Reason`] of 16), not 48.
    pub a: u32,
    /// Index of the second claim.
    pub b: u32,
    /// Similarity that made them a pair, 0–1.
    pub score: f64,
    /// Why they were paired ([`Reason::text`] puts it in words).
    pub reason: Reason,
}

impl Pair {
    /// Index of the first claim.
    pub fn a(&self) -> usize {
        self.a as usize
    }

    /// Index of the second claim.
    pub fn b(&self) -> usize {
        self.b as usize
    }
}

/// Most blocks any claim falls in: a keyed quantity's class and keys.
const MAX_BLOCKS: usize = 1 + counted::MAX_KEYED_BLOCKS;

/// Blocks larger than this are split further before pairwise scoring.
const MAX_BLOCK: usize = 400;

/// Whether a block holds claims of two sources: only those make pairs.
/// Many blocks (a claim only one source makes, or a key one source
/// repeats) do not, and are dropped before scoring instead of being held
/// and visited as groups.
fn two_sources(claims: &[Claim], block: &[usize]) -> bool {
    block.split_first().is_some_and(|(&first, rest)| {
        rest.iter()
            .any(|&i| claims[i].source != claims[first].source)
    })
}

/// Pairs the claims. `story_of` gives the story of each source.
pub fn align(claims: &[Claim], story_of: &[usize], cfg: &AlignConfig) -> Vec<Pair> {
    let ambiguous = ambiguous_quantities(claims, cfg.same_event_days);
    // Every (kind, key, claim) once, sorted: runs of one key are the
    // blocks, in key order, each in claim order.
    let mut keyed = triples::triples(claims, story_of, &ambiguous);
    // Blocks come out in hash order, not key order; each block is in claim
    // order, and the pairs are sorted below, so the output is the same.
    keyed.par_sort_unstable();
    // Blocks (split again when hot) become groups; groups are scored in
    // parallel and the pairs sorted, so the output does not depend on the
    // thread count. A pair met in two blocks is scored once (see `MultiBlocks`).
    // Each group is a run of one vector of `u32` claim indices: a vector
    // of its own per group (most hold two or three claims) made the groups
    // about as large as the pairs, held through the scoring.
    let mut members: Vec<u32> = Vec::new();
    // Room never written holds no memory: no copy at a doubling.
    let _ = members.try_reserve_exact(keyed.len());
    let mut groups: Vec<Group> = Vec::new();
    let _ = groups.try_reserve_exact(keyed.chunk_by(same_block).count());
    // Blocks of claims that fall in several, scored pair by pair (see
    // `MultiBlocks`).
    let mut full_blocks = rustc_hash::FxHashSet::default();
    for run in keyed.chunk_by(same_block) {
        let block: Vec<usize> = run.iter().map(|x| x.2 as usize).collect();
        let several = run[0].0 != ClaimKind::Ordinal;
        let full = several && block.len() <= DEDUP_FROM;
        if full {
            full_blocks.insert(run[0].1);
        }
        if block.len() > MAX_BLOCK {
            // Split a hot block by first participant or first context word.
            let mut sub: HashMap<String, Vec<usize>> = HashMap::new();
            for &i in &block {
                let s = &claims[i].subject;
                let k = s
                    .participants
                    .first()
                    .map(String::as_str)
                    .or(s.context.first())
                    .unwrap_or_default()
                    .to_string();
                sub.entry(k).or_default().push(i);
            }
            let mut v: Vec<Vec<usize>> = sub.into_values().collect();
            v.sort();
            for g in v.into_iter().filter(|g| two_sources(claims, g)) {
                groups.push(Group::push(&mut members, None, &g));
            }
        } else if two_sources(claims, &block) {
            groups.push(Group::push(&mut members, full.then_some(run[0].1), &block));
        }
    }
    let multi = MultiBlocks::new(&keyed, claims.len(), full_blocks);
    drop(keyed);
    let slots = QuoteSlots::new(claims);
    let scorer = Scorer::new(claims, cfg, &slots, &ambiguous);
    let score_group = |g: &Group| {
        let group = members[g.members.clone()].iter().map(|&i| i as usize);
        if group.len() > DEDUP_FROM {
            return pair_deduplicated(claims, group, &scorer);
        }
        let mut out = Vec::new();
        cross_source_pairs(claims, group, |i, j| {
            if g.full_block.is_some_and(|h| multi.scored_before(i, j, h)) {
                return;
            }
            out.extend(scored_pair(claims, &scorer, i, j));
        });
        out
    };
    // A slice of the groups at a time, its pairs moved into the one
    // vector: scoring every group before moving held each pair twice at
    // the end of alignment, the peak of a large run. The order of the
    // pairs is the same.
    let mut pairs: Vec<Pair> = Vec::new();
    let mut room = Room::new(&groups);
    for slice in groups.chunks(groups.len().div_ceil(PAIR_SLICES).max(1)) {
        let per_group: Vec<Vec<Pair>> = slice.par_iter().map(score_group).collect();
        room.reserve(&mut pairs, slice, per_group.iter().map(Vec::len).sum());
        for g in per_group {
            pairs.extend(g);
        }
    }
    drop(groups);
    drop(members);
    // In place (no buffer of half the pairs); a pair met in two blocks
    // keeps its best score, ties broken by the reason's words.
    pairs.par_sort_unstable_by(|x, y| {
        (x.a, x.b)
            .cmp(&(y.a, y.b))
            .then(y.score.total_cmp(&x.score))
            .then_with(|| {
                // The same pair met in two blocks mostly has one reason:
                // equal reasons have equal words, written only when not.
                if x.reason == y.reason {
                    return std::cmp::Ordering::Equal;
                }
                x.reason
                    .text(&claims[x.a as usize])
                    .cmp(&y.reason.text(&claims[y.a as usize]))
            })
    });
    pairs.dedup_by_key(|x| (x.a, x.b));
    pairs
}

/// Whether two of [`align`]'s (kind, hash, claim) triples lie in one block.
fn same_block(x: &(ClaimKind, u64, u32), y: &(ClaimKind, u64, u32)) -> bool {
    x.0 == y.0 && x.1 == y.1
}

/// A group of claims [`align`] scores pair by pair: a block, or a part of
/// a hot block.
struct Group {
    /// The block's hash when it is scored pair by pair in full (see
    /// `MultiBlocks`).
    full_block: Option<u64>,
    /// Where its claims' indices lie in the vector of all groups' members.
    members: std::ops::Range<usize>,
}

impl Group {
    /// The group of `claims`, appended to `members`.
    fn push(members: &mut Vec<u32>, full_block: Option<u64>, claims: &[usize]) -> Group {
        let start = members.len();
        // Claim indices fit in 32 bits, as in `keyed`.
        members.extend(claims.iter().map(|&i| i as u32));
        Group {
            full_block,
            members: start..members.len(),
        }
    }
}

/// How many slices of the groups [`align`] scores one after the other. A
/// slice's pairs are held twice while they are moved (in each group's
/// vector and in the one vector): at the end of scoring, the peak of a
/// large run, 16 slices held 3 MB more resident than 64, and 64 about
/// 1 MB more than 256 (10k corpus, `docs/performance-log.md`, `mem22`).
const PAIR_SLICES: usize = 256;

/// Room for the pairs of all groups, estimated as the slices come from
/// the pairs per unit of work (a group's claims squared) so far, a fifth
/// more: grown a few times early, when the vector is small, instead of
/// doubling late, which holds the old vector and the new one at once.
/// Room never written holds no memory.
struct Room {
    /// Work of all groups.
    all: f64,
    /// Work of the groups scored so far.
    done: f64,
    /// Pairs found so far.
    found: usize,
}

impl Room {
    fn new(groups: &[Group]) -> Room {
        Room {
            all: groups.iter().map(Room::work).sum(),
            done: 0.0,
            found: 0,
        }
    }

    fn work(group: &Group) -> f64 {
        (group.members.len() as f64).powi(2)
    }

    /// Reserves room in `pairs` once `slice` gave `found` more pairs.
    fn reserve(&mut self, pairs: &mut Vec<Pair>, slice: &[Group], found: usize) {
        self.done += slice.iter().map(Room::work).sum::<f64>();
        self.found += found;
        let estimate = (self.found as f64 / self.done.max(1.0) * self.all * 1.2) as usize;
        let needed = estimate.max(self.found);
        if pairs.capacity() < needed {
            // A failed reservation only means growing as usual.
            let _ = pairs.try_reserve_exact(needed - pairs.len());
        }
    }
}

/// Whether a quantity claim is an amount of money (its class is its
/// currency code).
pub(crate) fn is_money(c: &Claim) -> bool {
    matches!(&c.value, Value::Quantity { unit: Some(u), .. }
        if *u == c.subject.class && crate::quantity::is_currency_code(u))
}

/// Whether two quantities are durations (`four years`, `four and a half
/// months`): their classes stay their units (see `claims::figures`), and
/// they are compared after conversion when their keys say they count one
/// thing.
pub(crate) fn both_durations(a: &Claim, b: &Claim) -> bool {
    let duration = |c: &Claim| match &c.value {
        Value::Quantity { unit: Some(u), .. } if *u == c.subject.class => {
            crate::quantity::Units::defaults()
                .measure(u)
                .is_some_and(|m| m.dimension == crate::quantity::DURATION)
        }
        _ => false,
    };
    duration(a) && duration(b)
}

/// Claims in several blocks (a quote under its three rarest words, a
/// keyed quantity under its class, predicate and thing) meet a partner in
/// several blocks. Each pair is scored once: in the first (lowest hash)
/// block they share that is scored pair by pair, since it scores the same
/// there as anywhere else.
struct MultiBlocks {
    /// Claim `i`'s block hashes are `hashes[start[i]..start[i + 1]]`,
    /// ascending (empty for a claim in one block only).
    start: Vec<u32>,
    /// The block hashes of claims in several blocks.
    hashes: Vec<u64>,
    /// The blocks scored pair by pair (not split, not deduplicated).
    full: rustc_hash::FxHashSet<u64>,
}

impl MultiBlocks {
    /// From the sorted (kind, hash, claim) triples of [`align`].
    fn new(
        keyed: &[(ClaimKind, u64, u32)],
        claims: usize,
        full: rustc_hash::FxHashSet<u64>,
    ) -> MultiBlocks {
        let mut count = vec![0u32; claims + 1];
        for &(_, _, i) in keyed {
            count[i as usize] += 1;
        }
        // Only claims in several blocks keep their hashes.
        let mut start = vec![0u32; claims + 1];
        for i in 0..claims {
            let n = if count[i] > 1 { count[i] } else { 0 };
            start[i + 1] = start[i] + n;
        }
        let mut hashes = vec![0u64; start[claims] as usize];
        let mut fill = start.clone();
        // Triples come sorted by (kind, hash): each claim's hashes ascend.
        for &(_, h, i) in keyed {
            let i = i as usize;
            if count[i] > 1 {
                hashes[fill[i] as usize] = h;
                fill[i] += 1;
            }
        }
        MultiBlocks {
            start,
            hashes,
            full,
        }
    }

    fn of(&self, i: usize) -> &[u64] {
        match (self.start.get(i), self.start.get(i + 1)) {
            (Some(&a), Some(&b)) => &self.hashes[a as usize..b as usize],
            _ => &[],
        }
    }

    /// Whether claims `i` and `j` share a block before `block` that is
    /// scored pair by pair (they were scored there).
    fn scored_before(&self, i: usize, j: usize, block: u64) -> bool {
        let hj = self.of(j);
        self.of(i)
            .iter()
            .take_while(|&&h| h < block)
            .any(|h| hj.binary_search(h).is_ok() && self.full.contains(h))
    }
}

/// The quote claims numbered among themselves: what is kept per quote
/// while aligning is kept in vectors of quotes, not of all claims.
pub(crate) struct QuoteSlots {
    /// Claim index → slot (`u32::MAX` for other claims).
    slot: Vec<u32>,
    /// Slot → claim index.
    quotes: Vec<u32>,
}

impl QuoteSlots {
    fn new(claims: &[Claim]) -> QuoteSlots {
        let mut quotes = Vec::new();
        let slot = claims
            .iter()
            .enumerate()
            .map(|(i, c)| {
                if c.kind == ClaimKind::Quote {
                    quotes.push(i as u32);
                    quotes.len() as u32 - 1
                } else {
                    u32::MAX
                }
            })
            .collect();
        QuoteSlots { slot, quotes }
    }

    /// The slot of claim `i`, if it is a quote.
    pub(crate) fn of(&self, i: usize) -> Option<usize> {
        self.slot
            .get(i)
            .filter(|&&s| s != u32::MAX)
            .map(|&s| s as usize)
    }

    /// How many quotes.
    pub(crate) fn len(&self) -> usize {
        self.quotes.len()
    }
}

/// Groups larger than this are paired through one representative claim
/// per signature instead of all pairs.
const DEDUP_FROM: usize = 64;

/// Pairs a large group (a story told by hundreds of wire copies): claims
/// with the same subject, value and tense are one signature; the first
/// claim of each signature represents it, representatives are compared with
/// each other, and every other claim is paired with its representative
/// only. Cost: signatures² + claims instead of claims².
fn pair_deduplicated(
    claims: &[Claim],
    group: impl Iterator<Item = usize>,
    scorer: &Scorer,
) -> Vec<Pair> {
    let mut by_signature: std::collections::BTreeMap<(&str, String, u8), Vec<usize>> =
        std::collections::BTreeMap::new();
    for i in group {
        let c = &claims[i];
        let tense = c.subject.tense as u8;
        by_signature
            .entry((c.subject.key.as_str(), c.value.normalized(), tense))
            .or_default()
            .push(i);
    }
    let members: Vec<&Vec<usize>> = by_signature.values().collect();
    let mut out = Vec::new();
    for m in &members {
        let rep = m[0];
        for &other in &m[1..] {
            let (a, b) = if claims[rep].source <= claims[other].source {
                (rep, other)
            } else {
                (other, rep)
            };
            if claims[a].source != claims[b].source {
                out.push(Pair {
                    a: a as u32,
                    b: b as u32,
                    score: 1.0,
                    reason: Reason::SameClaim,
                });
            }
        }
    }
    let reps: Vec<usize> = members.iter().map(|m| m[0]).collect();
    cross_source_pairs(claims, reps, |i, j| {
        out.extend(scored_pair(claims, scorer, i, j));
    });
    out
}

/// The pair of claims `i` and `j` (the earlier source first) when the
/// scorer finds them about the same thing.
fn scored_pair(claims: &[Claim], scorer: &Scorer, i: usize, j: usize) -> Option<Pair> {
    let (a, b) = if claims[i].source <= claims[j].source {
        (i, j)
    } else {
        (j, i)
    };
    scorer.same_subject(a, b).map(|(score, reason)| Pair {
        a: a as u32,
        b: b as u32,
        score,
        reason,
    })
}

/// Calls `f(i, j)` (`i < j`) for each pair of `group`'s claims from two
/// different sources. Claims of one source are never paired, and are not
/// even visited in pairs: one big article puts thousands of its claims in
/// one block, which cost quadratic time when every pair was looked at. The
/// order of the calls does not matter: the pairs are sorted afterwards.
fn cross_source_pairs(
    claims: &[Claim],
    group: impl IntoIterator<Item = usize>,
    mut f: impl FnMut(usize, usize),
) {
    let mut sorted: Vec<usize> = group.into_iter().collect();
    sorted.sort_unstable_by_key(|&i| (claims[i].source, i));
    // Where each claim's run of its source ends.
    let mut run_end = vec![sorted.len(); sorted.len()];
    for k in (0..sorted.len().saturating_sub(1)).rev() {
        run_end[k] = if claims[sorted[k]].source == claims[sorted[k + 1]].source {
            run_end[k + 1]
        } else {
            k + 1
        };
    }
    for (k, &x) in sorted.iter().enumerate() {
        for &y in &sorted[run_end[k]..] {
            f(x.min(y), x.max(y));
        }
    }
}

#[cfg(test)]
mod tests;

/// Claims of two invented sentences as two sources of one day, for the
/// unit tests of alignment's parts.
#[cfg(test)]
pub(crate) fn claims_of_two_sources(a: &str, b: &str) -> Vec<Claim> {
    let mut claims = crate::claims::claims_of(a, Some("2024-05-02"));
    for mut c in crate::claims::claims_of(b, Some("2024-05-02")) {
        c.source = 1;
        claims.push(c);
    }
    claims
}
