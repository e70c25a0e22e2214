//! [`Stems`]: the content stems of a claim's context, compact.
//!
//! Every claim carries the stems of its sentence (or quote). Kept as one
//! `String` per stem they were the largest part of a run's memory: about a
//! million small allocations for 10,000 articles, most of it allocator
//! overhead. Here a sentence's stems are one shared string.

use super::thin::Thin;
use std::fmt;

/// The longest stem kept, in bytes: each stem is stored after one ASCII
/// byte giving its length. A longer "word" (a URL) is cut at a character
/// boundary.
const MAX_STEM: usize = 127;

/// Distinct content stems in first-seen order, stored as one shared,
/// immutable string; cloning is a reference-count increment, so the claims
/// of one sentence share it.
/// 16 bytes inline (every claim holds one): the count lives in the shared
/// allocation, the signature beside the pointer.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Stems {
    /// How many stems (four bytes, little-endian), then the stems, each
    /// preceded by its length as one ASCII byte: iterating jumps from stem
    /// to stem without searching, and a lookup skips stems of another
    /// length without comparing them. None when empty. One allocation
    /// (an `Arc` of a count and a `Box<str>` took two).
    joined: Option<Thin>,
    /// A bit per stem ([`sig_bit`]): a stem whose bit is clear is not
    /// there, which settles most lookups of the aligner without a scan.
    sig: u64,
}

/// Bytes of the count of stems before the encoded stems.
const COUNT: usize = 4;

/// The signature bit of a stem, from its length and end letters.
fn sig_bit(stem: &str) -> u64 {
    let b = stem.as_bytes();
    let (first, last) = (
        b.first().copied().unwrap_or(0),
        b.last().copied().unwrap_or(0),
    );
    let k = (b.len() as u64).wrapping_mul(0x9e37_79b9) ^ u64::from(first) ^ (u64::from(last) << 3);
    1 << (k % 64)
}

impl Stems {
    /// The equal stems `table` holds, or these, then remembered there (see
    /// [`super::dedup`]).
    pub(super) fn shared_in(&self, table: &mut rustc_hash::FxHashSet<Thin>) -> Stems {
        Stems {
            joined: self.joined.as_ref().map(|j| j.shared(table)),
            sig: self.sig,
        }
    }

    /// The stems, in order.
    pub fn iter(&self) -> Iter<'_> {
        Iter { rest: self.text() }
    }

    /// The encoded stems.
    fn text(&self) -> &str {
        self.joined.as_ref().map_or("", |j| {
            // SAFETY: after the count come the bytes of the builder's
            // `String` (`StemsBuilder::finish`).
            unsafe { std::str::from_utf8_unchecked(&j.as_bytes()[COUNT..]) }
        })
    }

    /// How many stems.
    pub fn len(&self) -> usize {
        self.joined.as_ref().map_or(0, |j| {
            let count: [u8; COUNT] = j.as_bytes()[..COUNT].try_into().unwrap_or_default();
            u32::from_le_bytes(count) as usize
        })
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.joined.is_none()
    }

    /// The first stem.
    pub fn first(&self) -> Option<&str> {
        self.iter().next()
    }

    /// Whether `stem` is one of them.
    pub fn contains(&self, stem: &str) -> bool {
        self.sig & sig_bit(stem) != 0 && contains_in(self.text(), stem)
    }

    /// The stems as owned strings (for export).
    pub fn to_vec(&self) -> Vec<String> {
        self.iter().map(str::to_string).collect()
    }

    /// These stems without those equal to `drop`.
    pub fn without(&self, drop: &str) -> Stems {
        if !self.contains(drop) {
            return self.clone();
        }
        self.iter().filter(|s| *s != drop).collect()
    }
}

/// Whether the encoded stems contain `stem`.
fn contains_in(mut rest: &str, stem: &str) -> bool {
    while let Some(&n) = rest.as_bytes().first() {
        let n = usize::from(n);
        if n == stem.len() && rest.as_bytes()[1..=n] == *stem.as_bytes() {
            return true;
        }
        rest = &rest[1 + n..];
    }
    false
}

/// The stems of a [`Stems`], in order.
#[derive(Clone)]
pub struct Iter<'a> {
    rest: &'a str,
}

impl<'a> Iterator for Iter<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let n = usize::from(*self.rest.as_bytes().first()?);
        let stem = &self.rest[1..1 + n];
        self.rest = &self.rest[1 + n..];
        Some(stem)
    }
}

impl fmt::Debug for Stems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// Builds [`Stems`] one stem at a time, dropping repeats.
#[derive(Default)]
pub struct StemsBuilder {
    joined: String,
    len: u32,
    sig: u64,
    /// The stem being assembled (reused).
    scratch: String,
}

impl StemsBuilder {
    /// Appends a stem given in parts (a stemmer's base and suffix), unless
    /// it is empty or already there.
    pub fn push_parts(&mut self, parts: &[&str]) {
        self.scratch.clear();
        for p in parts {
            self.scratch.push_str(p);
        }
        if self.scratch.len() > MAX_STEM {
            let cut = self.scratch.floor_char_boundary(MAX_STEM);
            self.scratch.truncate(cut);
        }
        let bit = sig_bit(&self.scratch);
        if self.scratch.is_empty()
            || (self.sig & bit != 0 && contains_in(&self.joined, &self.scratch))
        {
            return;
        }
        // The length fits in one ASCII byte (MAX_STEM < 128).
        self.joined.push(char::from(self.scratch.len() as u8));
        self.joined.push_str(&self.scratch);
        self.len += 1;
        self.sig |= bit;
    }

    /// The stems.
    pub fn finish(self) -> Stems {
        Stems {
            joined: (self.len > 0)
                .then(|| Thin::new(&[&self.len.to_le_bytes(), self.joined.as_bytes()])),
            sig: self.sig,
        }
    }
}

impl<S: AsRef<str>> FromIterator<S> for Stems {
    fn from_iter<I: IntoIterator<Item = S>>(iter: I) -> Stems {
        let mut b = StemsBuilder::default();
        for s in iter {
            b.push_parts(&[s.as_ref()]);
        }
        b.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_order_and_drops_repeats() {
        let s: Stems = ["peace", "talk", "peace", "", "geneva"]
            .into_iter()
            .collect();
        assert_eq!(s.len(), 3);
        assert_eq!(s.to_vec(), ["peace", "talk", "geneva"]);
        assert_eq!(s.first(), Some("peace"));
        assert!(s.contains("talk"));
        assert!(!s.contains("tal"));
        assert_eq!(format!("{s:?}"), r#"["peace", "talk", "geneva"]"#);
    }

    #[test]
    fn empty_and_without() {
        let e = Stems::default();
        assert!(e.is_empty());
        assert_eq!(e.first(), None);
        assert_eq!(e.iter().count(), 0);
        let s: Stems = ["killed", "people", "blast"].into_iter().collect();
        assert_eq!(s.without("people").to_vec(), ["killed", "blast"]);
        assert_eq!(s.without("absent"), s);
        assert!(s
            .without("killed")
            .without("people")
            .without("blast")
            .is_empty());
    }

    #[test]
    fn any_text_round_trips_and_long_stems_are_cut_at_a_boundary() {
        let long = "é".repeat(100);
        let s: Stems = ["a\u{1f}b", "\u{7f}", long.as_str(), "x"]
            .into_iter()
            .collect();
        let v = s.to_vec();
        assert_eq!(v[..2], ["a\u{1f}b", "\u{7f}"]);
        assert_eq!(v[2], "é".repeat(63));
        assert_eq!(v[3], "x");
        assert_eq!(s.len(), 4);
        assert!(s.contains("x") && s.contains(&v[2]) && !s.contains("a"));
    }

    #[test]
    fn parts_join_into_one_stem() {
        let mut b = StemsBuilder::default();
        b.push_parts(&["stud", "y"]);
        b.push_parts(&["study"]);
        b.push_parts(&["stud"]);
        assert_eq!(b.finish().to_vec(), ["study", "stud"]);
    }
}
