//! Term vectors weighted by rarity, the pairs of sources worth scoring, and
//! their similarities.

use super::dating::{self, Dating};
use super::linkage::{Edge, Thresholds};
use super::settings::StorySettings;
use super::{background_rarity, Profile};
use rayon::prelude::*;
use rdst::RadixSort;

/// Two copies of one text share most of their terms: pairs below this
/// cosine are not tested for shared 4-grams.
pub const COPY_COSINE: f32 = 0.5;

/// A source's terms as a unit vector: (term hash, weight), sorted by hash.
pub type Vector = Vec<(u32, f32)>;

/// Each profile's unit vector: term frequency (dampened) times rarity.
/// Rarity is measured in the run (`ln((n + 1) / df)` to a power, terms of
/// one source dropped) when it has enough sources, else taken from the background
/// table. Each profile's terms are taken (left empty) as its vector is
/// made, so the terms and the vectors, about as large, are not all held
/// at once; each vector is allocated at its length. In a small run each
/// profile also gets the unit vector of its names and numbers alone
/// (second; empty in a large run).
pub fn weigh(profiles: &mut [Profile], s: &StorySettings) -> (Vec<Vector>, Vec<Vector>) {
    let n = profiles.len();
    let big = n >= s.rarity.min_run_sources;
    let df = if big {
        document_frequencies(profiles)
    } else {
        Default::default()
    };
    let named: Vec<Vector> = if big {
        Vec::new()
    } else {
        profiles
            .iter()
            .map(|p| {
                let mut v: Vector = p
                    .terms
                    .iter()
                    .filter(|t| t.named)
                    .map(|t| (t.hash, weight(t, background_rarity(t.zipf, &s.rarity))))
                    .filter(|&(_, w)| w > 0.0)
                    .collect();
                normalize(&mut v);
                v
            })
            .collect()
    };
    let all = profiles
        .par_iter_mut()
        .map(|p| {
            let terms = std::mem::take(&mut p.terms);
            let mut v: Vector = Vec::with_capacity(terms.len());
            v.extend(terms.iter().filter_map(|t| {
                let rarity = if big {
                    let d = *df.get(&t.hash)? as f32;
                    if d < 2.0 {
                        return None;
                    }
                    ((n as f32 + 1.0) / d).ln().powf(s.rarity.power)
                } else {
                    background_rarity(t.zipf, &s.rarity)
                };
                let w = weight(t, rarity);
                (w > 0.0).then_some((t.hash, w))
            }));
            drop(terms);
            normalize(&mut v);
            // Exactly as long as it is: room left over would be held
            // through the whole of story grouping.
            if v.len() < v.capacity() {
                v = v.as_slice().to_vec();
            }
            v
        })
        .collect();
    (all, named)
}

/// A term's weight: its frequency (dampened) times its rarity.
fn weight(t: &super::terms::Term, rarity: f32) -> f32 {
    (1.0 + t.count.ln_1p()) * rarity
}

/// `v` scaled to unit length (left as it is when empty or zero).
fn normalize(v: &mut Vector) {
    let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
    if norm > 0.0 {
        v.iter_mut().for_each(|(_, w)| *w /= norm);
    }
}

/// In how many sources each term occurs.
fn document_frequencies(profiles: &[Profile]) -> rustc_hash::FxHashMap<u32, u32> {
    let mut hashes: Vec<u32> = profiles
        .iter()
        .flat_map(|p| p.terms.iter().map(|t| t.hash))
        .collect();
    hashes.radix_sort_unstable();
    let mut df = rustc_hash::FxHashMap::default();
    for run in hashes.chunk_by(|a, b| a == b) {
        df.insert(run[0], run.len() as u32);
    }
    df
}

/// Cosine of two unit vectors.
pub fn cosine(a: &Vector, b: &Vector) -> f32 {
    let (mut i, mut j, mut dot) = (0, 0, 0.0f32);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    dot.min(1.0)
}

/// The scored pairs: every pair in a small run, else the pairs that share
/// one of their most weighted terms. Pairs of dated sources further apart
/// than the window score 0; pairs with nothing in common are left out.
/// `named` holds the vectors of names and numbers alone in a small run
/// (empty in a large one): a pair's key is then the more of its cosine and
/// its names' cosine rescaled ([`names_key`]).
pub fn edges(
    vectors: &[Vector],
    named: &[Vector],
    dating: &[&Dating],
    s: &StorySettings,
) -> Vec<Edge> {
    let edges = scored_pairs(vectors, named, dating, s);
    if vectors.len() <= s.linkage.all_pairs_up_to {
        return edges;
    }
    nearest_only(edges, vectors.len(), s.linkage.nearest)
}

/// The edges among each source's `m` most similar sources (an edge stays
/// when it is among either end's): linkage then costs time and memory in
/// proportion to the sources, not to the candidate pairs.
fn nearest_only(mut edges: Vec<Edge>, n: usize, m: usize) -> Vec<Edge> {
    // By similarity, then by ids: the same edges whatever the input order.
    edges.par_sort_unstable_by(|x, y| {
        y.cosine
            .total_cmp(&x.cosine)
            .then(x.a.cmp(&y.a))
            .then(x.b.cmp(&y.b))
    });
    let mut taken = vec![0usize; n];
    edges.retain(|e| {
        let keep = taken[e.a as usize] < m || taken[e.b as usize] < m;
        if keep {
            taken[e.a as usize] += 1;
            taken[e.b as usize] += 1;
        }
        keep
    });
    edges.shrink_to_fit();
    edges
}

fn scored_pairs(
    vectors: &[Vector],
    named: &[Vector],
    dating: &[&Dating],
    s: &StorySettings,
) -> Vec<Edge> {
    let n = vectors.len();
    let l = &s.linkage;
    let gap = |a: usize, b: usize| dating::gap(dating[a], dating[b], l.reference_days);
    let pairs: Vec<u64> = if n <= s.linkage.all_pairs_up_to {
        (0..n as u64)
            .flat_map(|a| (a + 1..n as u64).map(move |b| (a << 32) | b))
            .collect()
    } else {
        candidate_pairs(vectors, s)
    };
    let low = u64::from(u32::MAX);
    // Scored from candidates, a pair below the floor says little and costs
    // linkage time (every pair of a small run is kept: it is the average).
    let floor = if n <= s.linkage.all_pairs_up_to {
        0.0
    } else {
        s.linkage.min_similarity
    };
    pairs
        .par_iter()
        .filter_map(|&ab| {
            let (a, b) = ((ab >> 32) as usize, (ab & low) as usize);
            // Far apart in time: scored as unlike (not left unscored, which
            // average linkage would not count against a join).
            let g = gap(a, b);
            let near = g.is_none_or(|g| g <= l.window_days);
            let (c, key) = if near {
                let f = date_factor(g, l);
                let c = cosine(&vectors[a], &vectors[b]) * f;
                let names = match (named.get(a), named.get(b)) {
                    (Some(x), Some(y)) => names_key(cosine(x, y) * f, l),
                    _ => 0.0,
                };
                (c, c.max(names))
            } else {
                (0.0, 0.0)
            };
            (key > floor || !near).then_some(Edge {
                a: a as u32,
                b: b as u32,
                key,
                cosine: c,
            })
        })
        .collect()
}

/// The key of a small run's pair whose names and numbers alone have cosine
/// `names`: as alike as `small-run-similarity` when it reaches
/// `small-run-name-similarity`, in proportion below and above.
fn names_key(names: f32, l: &super::settings::Linkage) -> f32 {
    names * l.small_run_similarity / l.small_run_name_similarity
}

/// How much a pair's similarity counts given its date gap
/// ([`dating::gap`]): fully within `same-days`, then less by half every
/// `half-life-days` (sources of one event are mostly published within
/// days; follow-ups weeks later share less of it).
fn date_factor(gap: Option<i64>, l: &super::settings::Linkage) -> f32 {
    let Some(gap) = gap else {
        return 1.0;
    };
    let late = (gap - l.same_days).max(0) as f32;
    0.5f32.powf(late / l.half_life_days.max(1e-3))
}

/// Pairs of sources sharing one of their most weighted terms, each packed
/// in one `u64` (`a < b`, `a` above), sorted and deduplicated. A term
/// shared by many sources pairs each only with the list's first source and
/// its neighbour: the count stays linear, and clusters still connect.
fn candidate_pairs(vectors: &[Vector], s: &StorySettings) -> Vec<u64> {
    let top = s.linkage.candidate_terms;
    let mut postings: Vec<u64> = vectors
        .par_iter()
        .enumerate()
        .flat_map_iter(|(i, v)| {
            let mut best: Vec<(u32, f32)> = v.clone();
            best.sort_unstable_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
            best.truncate(top);
            best.into_iter()
                .map(move |(h, _)| (u64::from(h) << 32) | i as u64)
        })
        .collect();
    postings.radix_sort_builder().with_low_mem_tuner().sort();
    let low = u64::from(u32::MAX);
    let max = s.linkage.max_postings;
    let mut pairs: Vec<u64> = postings
        .par_chunk_by(|x, y| x >> 32 == y >> 32)
        .filter(|run| run.len() >= 2)
        .flat_map_iter(|run| {
            let ids: Vec<u64> = run.iter().map(|p| p & low).collect();
            let mut out = Vec::new();
            if ids.len() <= max {
                for (k, &a) in ids.iter().enumerate() {
                    out.extend(ids[k + 1..].iter().map(|&b| (a << 32) | b));
                }
            } else {
                for w in ids.windows(2) {
                    out.push((w[0] << 32) | w[1]);
                    if w[0] != ids[0] {
                        out.push((ids[0] << 32) | w[1]);
                    }
                }
            }
            out
        })
        .collect();
    pairs.radix_sort_builder().with_low_mem_tuner().sort();
    pairs.dedup();
    pairs
}

/// The edges keyed for linkage, and the thresholds to use. In a large run
/// each cosine is rescaled by the similarity of both sources' k-th nearest
/// sources (local scaling: a topic where every article is alike and one
/// where articles share little are judged on one scale); a small run
/// compares plain cosines.
pub fn keyed(edges: &[Edge], n: usize, big: bool, s: &StorySettings) -> (Vec<Edge>, Thresholds) {
    let l = &s.linkage;
    if !big {
        let t = Thresholds {
            key: l.small_run_similarity,
            cosine: l.min_similarity,
            window_days: l.window_days,
            reach_days: l.reference_days,
            attach: l.small_run_similarity,
            // Measured on large runs only: on pairs and single folders it
            // kept apart sources of one event.
            dating: 1.0,
            dating_share: 0.0,
        };
        return (edges.to_vec(), t);
    }
    let mut near: Vec<Vec<f32>> = vec![Vec::new(); n];
    for e in edges {
        near[e.a as usize].push(e.cosine);
        near[e.b as usize].push(e.cosine);
    }
    // Below this a k-th neighbour is as good as none: the scale stops
    // falling, so a source alike to nothing is not rescaled up.
    let floor = l.min_similarity.max(1e-3);
    let scale: Vec<f32> = near
        .into_iter()
        .map(|mut v| {
            if v.is_empty() {
                return floor;
            }
            v.sort_unstable_by(|a, b| b.total_cmp(a));
            v[(l.neighbours - 1).min(v.len() - 1)].max(floor)
        })
        .collect();
    let keyed = edges
        .iter()
        .map(|e| Edge {
            key: e.cosine / (scale[e.a as usize] * scale[e.b as usize]).sqrt(),
            ..*e
        })
        .collect();
    let t = Thresholds {
        key: l.min_scaled_similarity,
        cosine: l.min_similarity,
        window_days: l.window_days,
        reach_days: l.reference_days,
        attach: l.attach_scaled_similarity,
        dating: l.dating_join_factor,
        dating_share: l.dating_join_share,
    };
    (keyed, t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_weigh_a_pair_down_by_half_lives() {
        let l = StorySettings::default().linkage;
        assert_eq!(date_factor(None, &l), 1.0);
        assert_eq!(date_factor(Some(l.same_days), &l), 1.0);
        let one_life = l.same_days + l.half_life_days as i64;
        assert!((date_factor(Some(one_life), &l) - 0.5).abs() < 1e-3);
    }

    #[test]
    fn each_source_keeps_its_nearest_edges_in_any_order() {
        let e = |a, b, c| Edge {
            a,
            b,
            key: c,
            cosine: c,
        };
        // Source 0 is alike to everyone; 1..=4 each only to 0.
        let edges = vec![
            e(0, 1, 0.9),
            e(0, 2, 0.8),
            e(0, 3, 0.7),
            e(0, 4, 0.6),
            e(1, 2, 0.1),
        ];
        let kept = nearest_only(edges.clone(), 5, 1);
        // 0's best (to 1) and each other source's best, all to 0; 1-2 dropped.
        assert_eq!(kept.len(), 4);
        assert!(!kept.iter().any(|x| (x.a, x.b) == (1, 2)));
        let mut reversed = edges;
        reversed.reverse();
        assert_eq!(nearest_only(reversed, 5, 1), kept);
    }
}
