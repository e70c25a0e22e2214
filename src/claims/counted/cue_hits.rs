//! The cue phrases a sentence holds, found once for all its figures: the
//! phrases of the frame's cue lists are indexed by their first word, each
//! word of the sentence is looked up once, and each phrase found is kept
//! with its place in its list. A figure's frame then reads the few
//! phrases its sentence holds, instead of looking up every cue phrase for
//! every figure.

use super::frame_cues::ScopeCues;
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// The cue lists a frame looks phrases up in.
#[derive(Clone, Copy)]
pub(super) enum CueList {
    /// `total.markers`.
    Total,
    /// `place.nouns`.
    Place,
    /// `separate.markers`.
    Separate,
    /// `part.event-parts`.
    EventPart,
    /// `incident.strikes`.
    Strike,
    /// `session.markers`.
    Session,
}

/// How many [`CueList`]s there are.
const LISTS: usize = 6;

/// The phrases of list `l` (by [`CueList`]'s order).
fn list(c: &ScopeCues, l: usize) -> &[String] {
    match l {
        0 => &c.total.markers,
        1 => &c.place.nouns,
        2 => &c.separate.markers,
        3 => &c.part.event_parts,
        4 => &c.incident.strikes,
        _ => &c.session.markers,
    }
}

/// A phrase starting with an indexed word: its list, its place in the
/// list and the words after its first.
struct Entry {
    list: usize,
    index: usize,
    rest: Vec<&'static str>,
}

/// Every phrase of the lists, by its first word.
static INDEX: LazyLock<FxHashMap<&'static str, Vec<Entry>>> = LazyLock::new(|| {
    let cues = ScopeCues::defaults();
    let mut index: FxHashMap<&'static str, Vec<Entry>> = FxHashMap::default();
    for l in 0..LISTS {
        for (i, phrase) in list(cues, l).iter().enumerate() {
            let mut parts = phrase.split_whitespace();
            let Some(first) = parts.next() else { continue };
            index.entry(first).or_default().push(Entry {
                list: l,
                index: i,
                rest: parts.collect(),
            });
        }
    }
    index
});

/// The cue phrases of one sentence: for each list, the (place in the
/// list, first word) of each phrase found, sorted, so that a list's
/// phrases come in the list's order and each phrase's starts in the
/// sentence's.
pub(super) struct CueHits {
    hits: [Vec<(usize, usize)>; LISTS],
}

impl CueHits {
    /// The phrases found among `words` (lower-case, in order): a phrase
    /// starts at word `k` when its words are `words[k..]`'s first ones.
    pub(super) fn of(words: &[&str]) -> CueHits {
        let mut hits: [Vec<(usize, usize)>; LISTS] = Default::default();
        let index = &*INDEX;
        for (k, w) in words.iter().enumerate() {
            let Some(entries) = index.get(w) else {
                continue;
            };
            for e in entries {
                let fits = k + e.rest.len() < words.len()
                    && e.rest.iter().zip(&words[k + 1..]).all(|(p, w)| p == w);
                if fits {
                    hits[e.list].push((e.index, k));
                }
            }
        }
        for h in &mut hits {
            h.sort_unstable();
        }
        CueHits { hits }
    }

    /// The phrases of `list` found: (place in the list, first word).
    pub(super) fn of_list(&self, list: CueList) -> &[(usize, usize)] {
        &self.hits[list as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::super::frame_cues::phrase_starts;
    use super::*;

    /// Each list's hits are what a plain scan finds, phrase by phrase in
    /// the list's order.
    #[test]
    fn the_hits_are_what_a_plain_scan_finds() {
        let cues = ScopeCues::defaults();
        // Every cue phrase's words in one sentence, twice, with a word
        // between that starts no phrase.
        let mut words: Vec<&str> = Vec::new();
        for l in 0..LISTS {
            for phrase in list(cues, l) {
                words.extend(phrase.split_whitespace());
                words.push("x");
            }
        }
        let all = words.clone();
        words.extend(all);
        let lists = [
            CueList::Total,
            CueList::Place,
            CueList::Separate,
            CueList::EventPart,
            CueList::Strike,
            CueList::Session,
        ];
        let hits = CueHits::of(&words);
        for (l, which) in lists.into_iter().enumerate() {
            let plain: Vec<(usize, usize)> = list(cues, l)
                .iter()
                .enumerate()
                .flat_map(|(i, p)| phrase_starts(&words, p).map(move |k| (i, k)))
                .collect();
            assert!(!plain.is_empty());
            assert_eq!(hits.of_list(which), plain, "list {l}");
        }
        // A phrase cut by the sentence's end is not found.
        let two = cues.total.markers.iter().find(|m| m.contains(' ')).unwrap();
        let first = two.split_whitespace().next().unwrap();
        assert!(CueHits::of(&[first])
            .of_list(CueList::Total)
            .iter()
            .all(|&(i, _)| !cues.total.markers[i].contains(' ')));
    }
}
