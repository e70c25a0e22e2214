//! Average linkage over a sparse similarity graph, with a date window.
//!
//! Groups start as single sources; the two groups with the highest mean
//! similarity join while that mean reaches the threshold. The mean is over
//! the pairs that were scored: a small run scores every pair (the plain
//! average linkage), a large one only candidate pairs. Average linkage,
//! unlike joining any two similar sources, does not chain two events
//! through one article that mentions both.

use super::dating::{Dating, Epochs};
use rustc_hash::FxHashMap;
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// A scored pair of sources.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Edge {
    /// First source.
    pub a: u32,
    /// Second source.
    pub b: u32,
    /// What orders the joins (rescaled similarity, or the cosine).
    pub key: f32,
    /// The plain cosine.
    pub cosine: f32,
}

/// When two groups may join.
#[derive(Debug, Clone, Copy)]
pub struct Thresholds {
    /// Least mean key.
    pub key: f32,
    /// Least mean cosine.
    pub cosine: f32,
    /// Greatest spread of known days in one epoch of a group.
    pub window_days: i64,
    /// Greatest distance from a date a later epoch names to an earlier
    /// epoch's days, for the two to be one story (a follow-up).
    pub reach_days: i64,
    /// Least key with which a source left alone joins its nearest source's
    /// group.
    pub attach: f32,
    /// Factor on `key` and `attach` for a join that would date a group none
    /// of whose sources is dated (one side dated, the other not) on the
    /// strength of text alone: its undated sources would borrow a
    /// publication day (which anchors every relative date they write: `on
    /// Tuesday`) with no agreement of dates behind it. A month its URLs
    /// name near the other side's days is such an agreement
    /// ([`Epochs::lends_dates`]).
    pub dating: f32,
    /// `dating` applies only when the undated group has at least this many
    /// sources per source of the dated group: a few undated sources that
    /// join an established dated story take a day many sources agree on,
    /// while a large undated group that joins a few dated sources would
    /// stake all its anchors on them.
    pub dating_share: f32,
}

/// Sums over the scored pairs between two groups.
#[derive(Debug, Clone, Copy, Default)]
struct Link {
    key: f64,
    cosine: f64,
    pairs: u32,
}

impl Link {
    fn mean_key(&self) -> f32 {
        (self.key / f64::from(self.pairs)) as f32
    }
    fn mean_cosine(&self) -> f32 {
        (self.cosine / f64::from(self.pairs)) as f32
    }
    fn add(&mut self, o: &Link) {
        self.key += o.key;
        self.cosine += o.cosine;
        self.pairs += o.pairs;
    }
}

struct Group {
    size: usize,
    links: FxHashMap<u32, Link>,
    days: Epochs,
    alive: bool,
}

/// A heap entry: the mean key's bits (a non-negative `f32` orders as its
/// bits), then the lower group id first on ties.
type Entry = (u32, Reverse<u32>, Reverse<u32>);

fn entry(a: u32, b: u32, l: &Link) -> Entry {
    let (lo, hi) = (a.min(b), a.max(b));
    (l.mean_key().max(0.0).to_bits(), Reverse(lo), Reverse(hi))
}

/// The group of each source (a representative source id) after average
/// linkage of `n` sources over `edges`; `dating` is each source's
/// publication day and the earlier days it names.
pub fn average_linkage(n: usize, edges: &[Edge], dating: &[&Dating], t: Thresholds) -> Vec<u32> {
    let mut groups: Vec<Group> = (0..n)
        .map(|i| Group {
            size: 1,
            links: FxHashMap::default(),
            days: Epochs::of(dating[i]),
            alive: true,
        })
        .collect();
    for e in edges {
        let l = Link {
            key: f64::from(e.key),
            cosine: f64::from(e.cosine),
            pairs: 1,
        };
        groups[e.a as usize].links.entry(e.b).or_default().add(&l);
        groups[e.b as usize].links.entry(e.a).or_default().add(&l);
    }
    let mut heap: BinaryHeap<Entry> = BinaryHeap::new();
    for (a, g) in groups.iter().enumerate() {
        for (&b, l) in &g.links {
            if (a as u32) < b {
                heap.push(entry(a as u32, b, l));
            }
        }
    }
    let mut parent: Vec<u32> = (0..n as u32).collect();
    while let Some((bits, Reverse(a), Reverse(b))) = heap.pop() {
        if f32::from_bits(bits) < t.key {
            break;
        }
        let (ga, gb) = (&groups[a as usize], &groups[b as usize]);
        if !ga.alive || !gb.alive {
            continue;
        }
        // A stale entry: the link changed since it was pushed (a fresh
        // entry was pushed then).
        let Some(link) = ga.links.get(&b).copied() else {
            continue;
        };
        if entry(a, b, &link).0 != bits || link.mean_cosine() < t.cosine {
            continue;
        }
        if ga.days.lends_dates(&gb.days, t.reach_days)
            && link.mean_key() < t.key * dating_factor(ga, gb, t)
        {
            continue;
        }
        let Some(days) = ga.days.join(&gb.days, t.window_days, t.reach_days) else {
            continue;
        };
        // The smaller group joins the larger (the lower id on a tie).
        let (keep, gone) = if (gb.size, Reverse(b)) > (ga.size, Reverse(a)) {
            (b, a)
        } else {
            (a, b)
        };
        let gone_links = std::mem::take(&mut groups[gone as usize].links);
        groups[gone as usize].alive = false;
        groups[keep as usize].links.remove(&gone);
        for (&c, l) in &gone_links {
            if c == keep {
                continue;
            }
            let merged = {
                let kl = groups[keep as usize].links.entry(c).or_default();
                kl.add(l);
                *kl
            };
            let cl = &mut groups[c as usize].links;
            cl.remove(&gone);
            cl.insert(keep, merged);
            heap.push(entry(keep, c, &merged));
        }
        let gone_size = groups[gone as usize].size;
        let g = &mut groups[keep as usize];
        g.size += gone_size;
        g.days = days;
        parent[gone as usize] = keep;
    }
    attach_singletons(&mut parent, &groups, edges, t);
    (0..n).map(|i| root(&mut parent, i as u32)).collect()
}

/// A source left alone (a short piece, a headline) joins the group of the
/// source most like it when that pair reaches `t.attach` and the group's
/// dates allow it: its nearest neighbour is almost always of its event,
/// though one pair is too little for average linkage to trust.
fn attach_singletons(parent: &mut [u32], groups: &[Group], edges: &[Edge], t: Thresholds) {
    let n = parent.len();
    let mut best: Vec<Option<(f32, u32)>> = vec![None; n];
    for e in edges {
        if e.cosine < t.cosine || e.key < t.attach {
            continue;
        }
        for (x, y) in [(e.a, e.b), (e.b, e.a)] {
            let better =
                best[x as usize].is_none_or(|(k, other)| e.key > k || (e.key == k && y < other));
            if better {
                best[x as usize] = Some((e.key, y));
            }
        }
    }
    let alone: Vec<bool> = (0..n)
        .map(|i| groups[i].alive && groups[i].size == 1)
        .collect();
    for x in 0..n {
        let Some((key, y)) = best[x] else { continue };
        if !alone[x] {
            continue;
        }
        let target = root(parent, y);
        let (own, theirs) = (&groups[x], &groups[target as usize]);
        let fits = own
            .days
            .join(&theirs.days, t.window_days, t.reach_days)
            .is_some()
            && (!own.days.lends_dates(&theirs.days, t.reach_days)
                || key >= t.attach * dating_factor(own, theirs, t));
        if fits && target != x as u32 {
            parent[x] = target;
        }
    }
}

/// The factor on the thresholds for a join of `a` and `b` that would date
/// one of them ([`Thresholds::dating`]): 1 when the undated group is small
/// beside the dated one ([`Thresholds::dating_share`]).
fn dating_factor(a: &Group, b: &Group, t: Thresholds) -> f32 {
    let (undated, dated) = if a.days.is_empty() { (a, b) } else { (b, a) };
    if undated.size as f32 >= t.dating_share * dated.size as f32 {
        t.dating
    } else {
        1.0
    }
}

/// The representative of `i` in a union-find forest (paths halved).
pub(super) fn root(parent: &mut [u32], mut i: u32) -> u32 {
    while parent[i as usize] != i {
        let p = parent[i as usize];
        parent[i as usize] = parent[p as usize];
        i = p;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(a: u32, b: u32, s: f32) -> Edge {
        Edge {
            a,
            b,
            key: s,
            cosine: s,
        }
    }

    const T: Thresholds = Thresholds {
        key: 0.3,
        cosine: 0.0,
        window_days: 7,
        reach_days: 3,
        attach: 0.9,
        dating: 1.0,
        dating_share: 0.0,
    };

    fn undated(n: usize) -> Vec<Dating> {
        vec![Dating::undated(); n]
    }

    fn refs(d: &[Dating]) -> Vec<&Dating> {
        d.iter().collect()
    }

    fn on(day: i64, refs: &[(i64, i64)]) -> Dating {
        Dating {
            day: Some(day),
            refs: refs.to_vec(),
            near: Vec::new(),
            month: None,
        }
    }

    #[test]
    fn two_tight_groups_stay_apart_despite_one_bridge() {
        // 0-1-2 and 3-4-5 are tight; 2-3 alike, but the groups' mean is low.
        let mut edges = vec![
            e(0, 1, 0.9),
            e(0, 2, 0.8),
            e(1, 2, 0.85),
            e(3, 4, 0.9),
            e(3, 5, 0.8),
            e(4, 5, 0.85),
            e(2, 3, 0.5),
        ];
        for a in 0..3 {
            for b in 3..6 {
                if (a, b) != (2, 3) {
                    edges.push(e(a, b, 0.05));
                }
            }
        }
        let g = average_linkage(6, &edges, &refs(&undated(6)), T);
        assert_eq!(g[0], g[1]);
        assert_eq!(g[1], g[2]);
        assert_eq!(g[3], g[4]);
        assert_eq!(g[4], g[5]);
        assert_ne!(g[0], g[3]);
    }

    #[test]
    fn dates_too_far_apart_never_join() {
        let edges = [e(0, 1, 0.9), e(1, 2, 0.9), e(0, 2, 0.9)];
        let days = [on(0, &[]), on(30, &[]), Dating::undated()];
        let g = average_linkage(3, &edges, &refs(&days), T);
        assert_ne!(g[0], g[1]);
        // The undated source joins one of them.
        assert!(g[2] == g[0] || g[2] == g[1]);
    }

    #[test]
    fn a_follow_up_naming_the_first_days_joins_them() {
        let edges = [e(0, 1, 0.9), e(1, 2, 0.9), e(0, 2, 0.9)];
        // Source 1, a month later, names day 1 (source 0 was published on
        // day 2); source 2 is published beside source 1.
        let days = [on(2, &[]), on(30, &[(1, 1)]), on(31, &[])];
        let g = average_linkage(3, &edges, &refs(&days), T);
        assert_eq!(g[0], g[1]);
        assert_eq!(g[1], g[2]);
        // Naming a day further back than the reach does not.
        let days = [on(2, &[]), on(30, &[(-10, -10)]), on(31, &[])];
        let g = average_linkage(3, &edges, &refs(&days), T);
        assert_ne!(g[0], g[1]);
        assert_eq!(g[1], g[2]);
    }

    #[test]
    fn dating_an_undated_group_needs_more_evidence() {
        // Sources 0 and 1 are undated and alike; source 2, dated, is like
        // them enough for a join, not for one that dates them.
        let edges = [e(0, 1, 0.9), e(0, 2, 0.5), e(1, 2, 0.5)];
        let days = [Dating::undated(), Dating::undated(), on(5, &[])];
        let g = average_linkage(3, &edges, &refs(&days), T);
        assert!(g[0] == g[1] && g[1] == g[2]);
        let strict = Thresholds { dating: 2.0, ..T };
        let g = average_linkage(3, &edges, &refs(&days), strict);
        assert_eq!(g[0], g[1]);
        assert_ne!(g[1], g[2]);
        // Nor does the dated source attach to them alone; with a dated
        // partner it does.
        let days = [Dating::undated(), Dating::undated(), on(5, &[]), on(6, &[])];
        let edges = [e(0, 1, 0.9), e(1, 2, 0.2), e(2, 3, 0.2), e(0, 2, 0.1)];
        let loose = Thresholds { attach: 0.15, ..T };
        let g = average_linkage(
            4,
            &edges,
            &refs(&days),
            Thresholds {
                dating: 2.0,
                ..loose
            },
        );
        assert_ne!(g[1], g[2]);
        assert_eq!(g[2], g[3]);
        let g = average_linkage(4, &edges, &refs(&days), loose);
        assert_eq!(g[1], g[2]);
    }

    #[test]
    fn a_few_undated_sources_join_a_larger_dated_story_as_any_join() {
        // Source 0, undated, is like the dated pair 1-2 enough for a join,
        // not for one that dates it.
        let edges = [e(0, 1, 0.5), e(0, 2, 0.5), e(1, 2, 0.9)];
        let days = [Dating::undated(), on(5, &[]), on(6, &[])];
        let strict = Thresholds { dating: 2.0, ..T };
        let g = average_linkage(3, &edges, &refs(&days), strict);
        assert_ne!(g[0], g[1]);
        // One undated source beside two dated ones is below a share of 1:
        // it joins as any source would.
        let shared = Thresholds {
            dating_share: 1.0,
            ..strict
        };
        let g = average_linkage(3, &edges, &refs(&days), shared);
        assert!(g[0] == g[1] && g[1] == g[2]);
        // Two undated sources beside one dated one still need more.
        let edges = [e(0, 1, 0.9), e(0, 2, 0.5), e(1, 2, 0.5)];
        let days = [Dating::undated(), Dating::undated(), on(5, &[])];
        let g = average_linkage(3, &edges, &refs(&days), shared);
        assert_eq!(g[0], g[1]);
        assert_ne!(g[1], g[2]);
    }

    #[test]
    fn the_result_does_not_depend_on_edge_order() {
        let mut edges = vec![e(0, 1, 0.5), e(1, 2, 0.5), e(2, 3, 0.4), e(0, 3, 0.1)];
        let a = average_linkage(4, &edges, &refs(&undated(4)), T);
        edges.reverse();
        let b = average_linkage(4, &edges, &refs(&undated(4)), T);
        assert_eq!(a, b);
    }
}
