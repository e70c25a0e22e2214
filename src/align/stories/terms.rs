//! What a source is about, as weighted terms: the names it gives (capitalised
//! words inside a sentence), its content words and its numbers, with the
//! headline and first sentences counting more. Rarity comes later, from the
//! run or from the background table ([`zipf`]).

use super::background::WordTable;
use super::settings::TermWeights;
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// The background table: English word frequencies from wordfreq (CC BY-SA
/// 4.0), built by `tools/word_frequency.py`; `build.rs` lays it out.
#[cfg(test)]
const WORD_FREQUENCY: &str = include_str!("../../../rules/stories/word-frequency.txt");

/// A byte string aligned to a cache line, so that no slot of the table
/// straddles two.
#[repr(C, align(64))]
struct Aligned<T: ?Sized>(T);

/// The background table's slots as `build.rs` laid them out
/// ([`super::slots::place`]).
static SLOTS: &Aligned<[u8]> = &Aligned(*include_bytes!(concat!(env!("OUT_DIR"), "/zipf.slots")));

/// The background table's words too long for a slot, in table order: one
/// `value word` line each.
const LONG: &str = include_str!(concat!(env!("OUT_DIR"), "/zipf.long"));

/// Zipf frequency (log10 of occurrences per billion words) times ten of each
/// word in the background table, words inline (see [`WordTable`]): read in
/// place, nothing to parse but the few hundred long words.
static ZIPF: LazyLock<WordTable> = LazyLock::new(|| {
    let (slots, _) = SLOTS.0.as_chunks::<16>();
    let long = LONG
        .lines()
        .filter_map(|l| {
            let (z, w) = l.split_once(' ')?;
            Some((w, z.parse().ok()?))
        })
        .collect();
    WordTable::packed(slots, long)
});

/// Builds the background table now (see [`crate::pipeline::warm_up`]).
pub fn warm_up() {
    LazyLock::force(&ZIPF);
}

/// The Zipf frequency times ten of a lower-case word; 0 when the table does
/// not have it (a rare word or a name).
pub fn zipf(word: &str) -> u8 {
    ZIPF.get(word).unwrap_or(0)
}

/// What kind of evidence a term is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TermKind {
    /// A capitalised word inside a sentence (a person, place or organisation).
    Name,
    /// A content word, lower-cased, a plural `s` dropped.
    Word,
    /// A number as written, without thousands separators.
    Number,
}

/// One term of a source: its hash, weighted count, and background
/// frequency (Zipf × 10; 0 when unknown).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Term {
    /// Hash of the kind and the normalized text.
    pub hash: u32,
    /// Sum of the weights of its occurrences.
    pub count: f32,
    /// Background Zipf frequency × 10 (0: rare or unknown).
    pub zipf: u8,
    /// A name or a number (not a plain word): what a small run also
    /// compares alone.
    pub named: bool,
}

/// A term with its text, for explanations.
#[derive(Debug, Clone, PartialEq)]
pub struct NamedTerm {
    /// Kind of term.
    pub kind: TermKind,
    /// Normalized text.
    pub text: String,
    /// The term.
    pub term: Term,
}

/// The terms of a text, given its word spans (byte offsets into `text`,
/// from `start` on), sorted by hash.
pub fn terms(text: &str, start: usize, words: &[(usize, usize)], w: &TermWeights) -> Vec<Term> {
    // About one word in two is a distinct term: sized once, not regrown.
    let mut map: FxHashMap<u32, Term> =
        FxHashMap::with_capacity_and_hasher(words.len() / 2, Default::default());
    scan(text, start, words, w, |kind, norm, zipf, weight| {
        let hash = term_hash(kind, norm);
        map.entry(hash)
            .or_insert(Term {
                hash,
                count: 0.0,
                zipf,
                named: kind != TermKind::Word,
            })
            .count += weight;
    });
    let mut out: Vec<Term> = map.into_values().collect();
    out.sort_unstable_by_key(|t| t.hash);
    out
}

/// The terms with their text (for `factlint sources`), by hash.
pub fn named_terms(
    text: &str,
    start: usize,
    words: &[(usize, usize)],
    w: &TermWeights,
) -> FxHashMap<u32, NamedTerm> {
    let mut map: FxHashMap<u32, NamedTerm> = FxHashMap::default();
    scan(text, start, words, w, |kind, norm, z, weight| {
        let hash = term_hash(kind, norm);
        map.entry(hash)
            .or_insert_with(|| NamedTerm {
                kind,
                text: norm.to_string(),
                term: Term {
                    hash,
                    count: 0.0,
                    zipf: z,
                    named: kind != TermKind::Word,
                },
            })
            .term
            .count += weight;
    });
    map
}

/// Hash of a term: FNV-1a over a kind byte and the text.
pub fn term_hash(kind: TermKind, norm: &str) -> u32 {
    let tag = match kind {
        TermKind::Name => b'n',
        TermKind::Word => b'w',
        TermKind::Number => b'#',
    };
    let h = std::iter::once(tag)
        .chain(norm.bytes())
        .fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
    (h ^ (h >> 32)) as u32
}

/// Calls `emit(kind, normalized, zipf, weight)` for each term occurrence.
fn scan(
    text: &str,
    start: usize,
    words: &[(usize, usize)],
    w: &TermWeights,
    mut emit: impl FnMut(TermKind, &str, u8, f32),
) {
    let bytes = text.as_bytes();
    let mut sentence = 0usize;
    let mut at_start = true;
    let mut prev_end = start;
    let mut lower = String::new();
    for &(s, e) in words {
        // A sentence ends at a full stop, question or exclamation mark, or
        // a line break (a headline has no full stop).
        if bytes[prev_end.min(s)..s]
            .iter()
            .any(|&b| matches!(b, b'.' | b'!' | b'?' | b'\n'))
        {
            sentence += 1;
            at_start = true;
        }
        prev_end = e;
        let word = &text[s..e];
        let first_start = std::mem::replace(&mut at_start, false);
        let lead = if sentence < w.lead_sentences {
            w.lead
        } else {
            1.0
        };
        let Some(c) = word.chars().next() else {
            continue;
        };
        if c.is_ascii_digit() {
            // A part of a written date or time (`2017-11-21`, `10:30`,
            // `5/2/07`) says when a text was filed more than what it
            // reports; dates are compared apart.
            if date_or_time_part(bytes, s, e) {
                continue;
            }
            let norm: String = word.chars().filter(|&c| c != ',').collect();
            emit(TermKind::Number, &norm, 0, lead * w.number);
            continue;
        }
        if !c.is_alphabetic() {
            continue;
        }
        lower.clear();
        let ascii = word.is_ascii();
        if ascii {
            lower.push_str(word);
            lower.make_ascii_lowercase();
        } else {
            lower.extend(word.chars().flat_map(char::to_lowercase));
        }
        let base = trim_possessive(&lower);
        // A contraction (`i've`, `don't`) is a function word the table,
        // which holds plain words, does not know.
        if base.contains(['\'', '’']) {
            continue;
        }
        // Bytes bound letters from above: most short words stop here.
        if base.len() < w.min_letters || (!ascii && base.chars().count() < w.min_letters) {
            continue;
        }
        let z = zipf(base);
        if z >= w.stop_zipf {
            continue;
        }
        if c.is_uppercase() && !first_start {
            emit(TermKind::Name, base, z, lead * w.name);
        } else {
            let singular = match base.strip_suffix('s') {
                Some(stem) if stem.len() >= 3 && !stem.ends_with('s') => stem,
                _ => base,
            };
            let z = if singular.len() == base.len() {
                z
            } else {
                zipf(singular)
            };
            emit(TermKind::Word, singular, z, lead * w.word);
        }
    }
}

/// Whether the number at `s..e` is joined to another by `-`, `/` or `:`.
fn date_or_time_part(bytes: &[u8], s: usize, e: usize) -> bool {
    let joined = |sep: Option<&u8>, digit: Option<&u8>| {
        matches!(sep, Some(b'-' | b'/' | b':')) && digit.is_some_and(u8::is_ascii_digit)
    };
    (s >= 2 && joined(bytes.get(s - 1), bytes.get(s - 2))) || joined(bytes.get(e), bytes.get(e + 1))
}

/// `w` without a final `'s` or `’s`.
fn trim_possessive(w: &str) -> &str {
    crate::claims::text::strip_possessive(w).unwrap_or(w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::word_spans;

    fn named(text: &str) -> Vec<(TermKind, String, f32)> {
        let words = word_spans(text);
        let mut v: Vec<_> = named_terms(text, 0, &words, &TermWeights::default())
            .into_values()
            .map(|t| (t.kind, t.text, t.term.count))
            .collect();
        v.sort_by(|a, b| a.1.cmp(&b.1));
        v
    }

    #[test]
    fn names_words_and_numbers_are_told_apart() {
        let t = "I've seen it. Flooding hit Vellmar.\nThe river rose 2,400 millimetres near Ostrava's bridges.\nOne. Two. Three. Storms battered Vellmar again.";
        let v = named(t);
        let kinds: Vec<(TermKind, &str)> = v.iter().map(|(k, s, _)| (*k, s.as_str())).collect();
        assert!(kinds.contains(&(TermKind::Name, "vellmar")), "{kinds:?}");
        assert!(kinds.contains(&(TermKind::Name, "ostrava")), "{kinds:?}");
        assert!(kinds.contains(&(TermKind::Number, "2400")), "{kinds:?}");
        assert!(kinds.contains(&(TermKind::Word, "bridge")), "{kinds:?}");
        // A capital at a sentence start is not a name.
        assert!(kinds.contains(&(TermKind::Word, "flooding")), "{kinds:?}");
        assert!(
            !kinds.iter().any(|(_, s)| *s == "the"),
            "stop words dropped"
        );
        // The lead counts more: `vellmar` in the headline, then late.
        let w = TermWeights::default();
        let vellmar = v.iter().find(|x| x.1 == "vellmar").unwrap().2;
        assert!(
            (vellmar - (w.lead * w.name + w.name)).abs() < 1e-4,
            "{vellmar}"
        );
    }

    #[test]
    fn background_table_knows_common_and_rare_words() {
        assert!(zipf("the") > 70);
        assert!(zipf("earthquake") > 30 && zipf("earthquake") < 55);
        assert_eq!(zipf("qzxvellmar"), 0);
    }

    /// The inline table answers every word of the file (and a few it does
    /// not hold) exactly as the hash map it replaced.
    #[test]
    fn background_table_answers_as_the_map() {
        let mut map: FxHashMap<&str, u8> = FxHashMap::default();
        for line in WORD_FREQUENCY.lines().filter(|l| !l.starts_with('#')) {
            let mut words = line.split(' ');
            let Some(z) = words.next().and_then(|z| z.parse::<u8>().ok()) else {
                continue;
            };
            for w in words {
                map.insert(w, z);
            }
        }
        assert!(map.len() > 30_000);
        for w in map
            .keys()
            .chain(&["", "qzxvellmar", "earthquakes", "internationalizations"])
        {
            assert_eq!(zipf(w), map.get(w).copied().unwrap_or(0), "{w}");
            // A prefix of a word, one letter short.
            let short = &w[..w.char_indices().last().map_or(0, |(i, _)| i)];
            assert_eq!(zipf(short), map.get(short).copied().unwrap_or(0), "{short}");
        }
    }
}
