//! Reading the embedded table `rules/places/places.tsv` (format in
//! `tools/geonames.py`): time zones, places and the sorted name index, all
//! borrowed from the table's text.

use super::index::{bucket, index, prefix};
use super::record::{place, Keys};
use super::Place;
use std::sync::OnceLock;

/// A chunk of lazily parsed places.
type Chunk = Box<[OnceLock<Option<Place>>]>;

/// Places per lazily allocated chunk.
const CHUNK: usize = 64;

/// The table as indexed: where each place's and each name's line starts.
/// Places are parsed on first use, each once.
#[derive(Debug, Default)]
pub(super) struct Table {
    /// The table's text.
    text: &'static str,
    /// Time zones, in table order.
    zones: Vec<&'static str>,
    /// Byte offset of each place's record (after its `P` tag), in table order.
    starts: Offsets,
    /// Each place, parsed on first use, in chunks of [`CHUNK`] allocated
    /// on first use: a run that looks up a few hundred names touches a few
    /// hundred chunks, not 70,000 cells.
    places: Vec<OnceLock<Chunk>>,
    /// Byte offset of each name record (after its `N` tag), sorted by key.
    pub(super) names: Offsets,
    /// Where each key prefix's records start in `names` ([`bucket`]; one
    /// more entry than there are buckets): a lookup bisects only the
    /// records of its key's first two bytes, a few cache lines, instead of
    /// the whole index (once the costliest step of finding places).
    buckets: Offsets,
    /// Each name record's key prefix ([`prefix`]) as two words: the
    /// bisection reads these, packed together, and the table's text only
    /// for the records whose prefix is the key's (most lookups of words
    /// that are no place read none).
    prefixes: Offsets,
}

/// Offsets into a table's text: found at run time, or read in place from
/// the index `build.rs` wrote for the embedded table (little-endian `u32`s).
#[derive(Debug)]
pub(super) enum Offsets {
    /// Found at run time.
    Owned(Vec<u32>),
    /// Read in place.
    Packed(&'static [u8]),
}

impl Default for Offsets {
    fn default() -> Offsets {
        Offsets::Owned(Vec::new())
    }
}

impl Offsets {
    /// How many offsets there are.
    pub fn len(&self) -> usize {
        match self {
            Offsets::Owned(v) => v.len(),
            Offsets::Packed(b) => b.len() / 4,
        }
    }

    /// Offset `i`.
    pub fn get(&self, i: usize) -> Option<u32> {
        match self {
            Offsets::Owned(v) => v.get(i).copied(),
            Offsets::Packed(b) => {
                let w = b.get(4 * i..4 * i + 4)?;
                Some(u32::from_le_bytes([w[0], w[1], w[2], w[3]]))
            }
        }
    }
}

impl Table {
    /// The table's time zones (IANA names), in table order: sorted.
    pub(super) fn zones(&self) -> &[&'static str] {
        &self.zones
    }

    /// How many places the table holds.
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    /// Place `i`, parsed on first use; `None` past the end or for a malformed line.
    pub fn place(&self, i: usize) -> Option<&Place> {
        let start = self.starts.get(i)? as usize;
        let chunk =
            self.places[i / CHUNK].get_or_init(|| (0..CHUNK).map(|_| OnceLock::new()).collect());
        chunk[i % CHUNK]
            .get_or_init(|| place(line(self.text, start), &self.zones))
            .as_ref()
    }

    /// The kind and codes of place `i`, read without building the place
    /// (nor keeping it); `None` where [`Table::place`] gives `None`.
    pub fn keys(&self, i: usize) -> Option<Keys> {
        let start = self.starts.get(i)? as usize;
        super::record::keys(line(self.text, start))
    }

    /// Each area's reach and each county's towns, measured over the
    /// table's text (see [`super::areas`]).
    pub fn areas(&self) -> super::areas::Measured {
        let starts: Vec<u32> = (0..self.len()).filter_map(|i| self.starts.get(i)).collect();
        super::areas::measure(self.text, &starts)
    }

    /// Place `i` parsed afresh and not kept.
    #[cfg(test)]
    pub fn place_unkept(&self, i: usize) -> Option<Place> {
        let start = self.starts.get(i)? as usize;
        place(line(self.text, start), &self.zones)
    }

    /// How many chunks of places have been parsed and kept.
    #[cfg(test)]
    pub fn chunks_kept(&self) -> usize {
        self.places.iter().filter(|c| c.get().is_some()).count()
    }

    /// The id field of place `i`, without parsing the rest.
    pub fn id(&self, i: usize) -> &'static str {
        let start = self.starts.get(i).unwrap_or(u32::MAX);
        // Up to the line's first tab, without finding its end first: the
        // id map reads every place's id.
        let rest = &self.text[(start as usize).min(self.text.len())..];
        let end = rest
            .bytes()
            .position(|b| b == b'\t' || b == b'\n')
            .unwrap_or(rest.len());
        &rest[..end]
    }

    /// The key of the name record at byte offset `offset`.
    #[cfg(test)]
    pub fn key_at(&self, offset: u32) -> &'static str {
        let rest = line(self.text, offset as usize);
        rest.split('\t').next().unwrap_or("")
    }

    /// The index of the name record whose key is `key`, if any: a bisection
    /// that compares the key with the table's bytes in place, without
    /// reading whole lines.
    pub fn find_name(&self, key: &str) -> Option<usize> {
        let bytes = self.text.as_bytes();
        let key = key.as_bytes();
        let b = bucket(key);
        let (mut lo, mut hi) = match (self.buckets.get(b), self.buckets.get(b + 1)) {
            (Some(lo), Some(hi)) => (lo as usize, hi as usize),
            _ => (0, self.names.len()),
        };
        // The records whose prefix is the key's, then among those the
        // first whose key is not less than `key`.
        let p = prefix(key);
        lo = self.first(lo, hi, |q| q >= p);
        hi = self.first(lo, hi, |q| q > p);
        if lo >= hi {
            return None;
        }
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let o = self.names.get(mid)? as usize;
            if key_cmp(bytes, o, key).is_lt() {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        let found = self.names.get(lo)?;
        key_cmp(bytes, found as usize, key).is_eq().then_some(lo)
    }

    /// Whether some name record's key starts with `head`: the first key
    /// not less than `head` (bisected within `head`'s bucket when it has
    /// two bytes) starts with it if any does, as the keys are sorted. A
    /// head of at most 8 bytes is compared with the packed key prefixes
    /// only (keys hold no zero byte, so a zero-padded prefix orders as
    /// its key against such a head): no page of the table's text is read.
    pub fn any_name_starting(&self, head: &[u8]) -> bool {
        let (mut lo, mut end) = (0, self.names.len());
        if head.len() == 1 {
            // The keys of one first byte fill its 257 buckets: the
            // one-byte key's, then one per second byte.
            let b = bucket(head);
            if let (Some(l), Some(h)) = (self.buckets.get(b), self.buckets.get(b + 257)) {
                return l < h;
            }
        }
        if head.len() >= 2 {
            let b = bucket(head);
            if let (Some(l), Some(h)) = (self.buckets.get(b), self.buckets.get(b + 1)) {
                (lo, end) = (l as usize, h as usize);
            }
        }
        if head.len() <= 8 {
            let p = prefix(head);
            let lo = self.first(lo, end, |q| q >= p);
            // The head's bytes of the first prefix not less than its own.
            let shift = 8 * (8 - head.len()) as u32;
            let top = |q: u64| q.checked_shr(shift).unwrap_or(0);
            return lo < end && top(self.prefix_of(lo)) == top(p);
        }
        let bytes = self.text.as_bytes();
        let mut hi = end;
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            match self.names.get(mid) {
                Some(o) if key_cmp(bytes, o as usize, head).is_lt() => lo = mid + 1,
                _ => hi = mid,
            }
        }
        lo < end
            && self.names.get(lo).is_some_and(|o| {
                let o = o as usize;
                bytes.get(o..o + head.len()) == Some(head)
            })
    }

    /// Name record `j`'s key prefix.
    fn prefix_of(&self, j: usize) -> u64 {
        let word = |i: usize| u64::from(self.prefixes.get(i).unwrap_or(u32::MAX));
        (word(2 * j) << 32) | word(2 * j + 1)
    }

    /// The first name record in `lo..hi` whose prefix is `at_or_past`
    /// (which holds from some record on), else `hi`.
    fn first(&self, mut lo: usize, mut hi: usize, at_or_past: impl Fn(u64) -> bool) -> usize {
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if at_or_past(self.prefix_of(mid)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        lo
    }

    /// Name record `j`: its key and its readings as written (`12,7,40`).
    pub fn name(&self, j: usize) -> (&'static str, &'static str) {
        let start = self.names.get(j).unwrap_or(u32::MAX);
        let rest = line(self.text, start as usize);
        rest.split_once('\t').unwrap_or((rest, ""))
    }
}

/// How the key of the record at `start` (up to its tab) compares with `key`,
/// bytewise.
fn key_cmp(text: &[u8], start: usize, key: &[u8]) -> std::cmp::Ordering {
    let rest = text.get(start..).unwrap_or_default();
    let end = rest
        .iter()
        .take(key.len() + 1)
        .position(|&b| b == b'\t' || b == b'\n')
        .unwrap_or(rest.len().min(key.len() + 1));
    rest[..end].cmp(key)
}

/// The line of `text` that starts at `start`, without its newline.
fn line(text: &'static str, start: usize) -> &'static str {
    let rest = &text[start.min(text.len())..];
    rest.split('\n').next().unwrap_or("")
}

/// Indexes the table: one pass over its lines, parsing only the time zones.
pub(super) fn parse(text: &'static str) -> Table {
    let ix = index(text.as_bytes());
    let zones = ix
        .zones
        .iter()
        .map(|&(s, e)| text.get(s as usize..e as usize).unwrap_or(""))
        .collect();
    // The generator sorts the keys bytewise (a test checks the embedded
    // table): the name index is searched by bisection as it is, within
    // the run of its key's bucket.
    with_places(Table {
        text,
        zones,
        starts: Offsets::Owned(ix.starts),
        names: Offsets::Owned(ix.names),
        buckets: Offsets::Owned(ix.buckets),
        prefixes: Offsets::Owned(ix.prefixes),
        places: Vec::new(),
    })
}

/// The index `build.rs` wrote for the embedded table.
const EMBEDDED_INDEX: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/places.idx"));

/// The embedded table `text`, with the index `build.rs` made of it; read
/// at run time if that index does not fit the text.
pub(super) fn embedded(text: &'static str) -> Table {
    packed(text, EMBEDDED_INDEX).unwrap_or_else(|| parse(text))
}

/// `text` with an index in `build.rs`'s layout: five counts, then the
/// zones (start, end), places, names, buckets and name prefixes.
fn packed(text: &'static str, ix: &'static [u8]) -> Option<Table> {
    let word = |i: usize| Offsets::Packed(ix).get(i).map(|w| w as usize);
    let (z, p, n, b, f) = (word(0)?, word(1)?, word(2)?, word(3)?, word(4)?);
    if ix.len() != 4 * (5 + 2 * z + p + n + b + f) {
        return None;
    }
    let zones = (0..z)
        .map(|i| text.get(word(5 + 2 * i)?..word(6 + 2 * i)?))
        .collect::<Option<Vec<_>>>()?;
    let section = |from: usize, len: usize| Offsets::Packed(&ix[4 * from..4 * (from + len)]);
    let at = 5 + 2 * z;
    Some(with_places(Table {
        text,
        zones,
        starts: section(at, p),
        names: section(at + p, n),
        buckets: section(at + p + n, b),
        prefixes: section(at + p + n + b, f),
        places: Vec::new(),
    }))
}

/// `t` with its chunks of places, unparsed.
fn with_places(mut t: Table) -> Table {
    t.places = (0..t.starts.len().div_ceil(CHUNK))
        .map(|_| OnceLock::new())
        .collect();
    t
}

/// The lookup key of a name as written: lower case, full stops dropped,
/// runs of spaces one space (the generator's `keys`, for the written form).
pub(super) fn key(name: &str) -> String {
    if name.is_ascii() {
        return ascii_key(name);
    }
    let mut out = String::with_capacity(name.len());
    let mut space = false;
    for c in name.trim().chars() {
        match c {
            '.' => {}
            c if c.is_whitespace() => space = !out.is_empty(),
            // Typographic apostrophes are written `'` in the table.
            '\u{2019}' | '\u{2018}' => {
                push_space(&mut out, &mut space);
                out.push('\'');
            }
            c => {
                push_space(&mut out, &mut space);
                out.extend(c.to_lowercase());
            }
        }
    }
    out
}

/// [`key`] of an ASCII name, byte by byte (nearly every name a text
/// gives): the same whitespace (`char::is_whitespace` of an ASCII byte,
/// vertical tab included), full stops and lower case.
fn ascii_key(name: &str) -> String {
    let white = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r');
    let mut out = String::with_capacity(name.len());
    let mut space = false;
    for &b in name.as_bytes() {
        match b {
            b'.' => {}
            b if white(b) => space = !out.is_empty(),
            b => {
                push_space(&mut out, &mut space);
                out.push(char::from(b.to_ascii_lowercase()));
            }
        }
    }
    out
}

fn push_space(out: &mut String, space: &mut bool) {
    if *space {
        out.push(' ');
        *space = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ASCII path gives the general one's key for every byte it
    /// handles: spaces of each kind at either end and inside, full stops,
    /// capitals.
    #[test]
    fn ascii_keys_are_the_general_keys() {
        let general = |name: &str| {
            let mut out = String::new();
            let mut space = false;
            for c in name.trim().chars() {
                match c {
                    '.' => {}
                    c if c.is_whitespace() => space = !out.is_empty(),
                    c => {
                        push_space(&mut out, &mut space);
                        out.extend(c.to_lowercase());
                    }
                }
            }
            out
        };
        let names = [
            "U.S.",
            " St.  Louis ",
            "\x0b\tNEW\x0c\r\nYork\x0b",
            ". . .",
            "",
            "Fort-de-France's   Bay.",
            "A\x0bB",
        ];
        for name in names {
            assert_eq!(ascii_key(name), general(name), "{name:?}");
        }
        let every: String = (0u8..128).map(char::from).collect();
        assert_eq!(ascii_key(&every), general(&every));
    }

    #[test]
    fn keys_as_the_generator_writes_them() {
        assert_eq!(key("U.S."), "us");
        assert_eq!(key(" St.  Louis "), "st louis");
        assert_eq!(key("Zürich"), "zürich");
        assert_eq!(key("Cote d\u{2019}Ivoire"), "cote d'ivoire");
    }

    #[test]
    fn the_embedded_table_is_sorted_and_whole() {
        let t = parse(include_str!("../../rules/places/places.tsv"));
        assert!(t.len() > 70_000);
        assert!((1..t.names.len()).all(|j| name_key(&t, j - 1) < name_key(&t, j)));
        assert!((0..t.len()).all(|i| t.place(i).is_some()));
        // Every key is found where it is, and a prefix of a key is not one.
        assert!((0..t.names.len())
            .step_by(97)
            .all(|j| t.find_name(name_key(&t, j)) == Some(j)));
        assert_eq!(t.find_name("parqq"), None);
        assert_eq!(t.find_name("parisqq"), None);
        assert_eq!(t.find_name("pari").map(|j| name_key(&t, j)), Some("pari"));
        // One-byte keys, keys past the last bucket, the empty key.
        assert!(["a", "b", "z", "\u{ff}", ""]
            .iter()
            .all(|k| t.find_name(k).is_none_or(|j| name_key(&t, j) == *k)));
    }

    /// The key of name record `j`.
    fn name_key(t: &Table, j: usize) -> &'static str {
        t.key_at(t.names.get(j).unwrap_or(u32::MAX))
    }

    /// The index `build.rs` made is the one the table gives at run time.
    #[test]
    fn the_embedded_index_is_the_tables() {
        let text = include_str!("../../rules/places/places.tsv");
        let (built, read) = (embedded(text), parse(text));
        assert!(matches!(built.names, Offsets::Packed(_)));
        assert_eq!(built.zones, read.zones);
        for (a, b) in [
            (&built.starts, &read.starts),
            (&built.names, &read.names),
            (&built.buckets, &read.buckets),
            (&built.prefixes, &read.prefixes),
        ] {
            assert_eq!(a.len(), b.len());
            assert!((0..a.len()).all(|i| a.get(i) == b.get(i)));
        }
        assert_eq!(built.places.len(), read.places.len());
    }

    #[test]
    fn buckets_find_what_bisection_finds() {
        let t = parse("N\ta\t0\nN\tab\t0\nN\tab c\t0\nN\tb\t0\nN\tba\t0\nN\tz\u{e9}\t0\n");
        for key in ["a", "ab", "ab c", "b", "ba", "z\u{e9}"] {
            assert_eq!(t.find_name(key).map(|j| name_key(&t, j)), Some(key));
        }
        for key in ["", "aa", "abc", "c", "z", "\u{e9}"] {
            assert_eq!(t.find_name(key), None, "{key}");
        }
    }

    /// A head is found exactly when some key starts with it: on a small
    /// table (every head of every key, and heads of none) and on heads of
    /// the embedded table's keys and their one-letter changes.
    #[test]
    fn a_head_is_found_when_a_key_starts_with_it() {
        let keys = ["a", "ab", "ab c", "b", "ba", "z\u{e9}"];
        let t = parse("N\ta\t0\nN\tab\t0\nN\tab c\t0\nN\tb\t0\nN\tba\t0\nN\tz\u{e9}\t0\n");
        let heads = [
            "", "a", "ab", "ab ", "ab c", "abc", "aa", "b", "bb", "c", "y", "z", "z\u{e9}",
            "\u{e9}",
        ];
        for head in heads {
            let any = keys.iter().any(|k| k.starts_with(head));
            assert_eq!(t.any_name_starting(head.as_bytes()), any, "{head:?}");
        }
        let t = embedded(include_str!("../../rules/places/places.tsv"));
        let all: Vec<&str> = (0..t.names.len()).map(|j| name_key(&t, j)).collect();
        for c in 0..=u8::MAX {
            let any = all.iter().any(|k| k.as_bytes().first() == Some(&c));
            assert_eq!(t.any_name_starting(&[c]), any, "{c}");
        }
        for j in (0..t.names.len()).step_by(997) {
            let key = all[j].as_bytes();
            for n in 0..=key.len() {
                let mut head = key[..n].to_vec();
                assert!(t.any_name_starting(&head));
                head.push(b'q');
                let any = all.iter().any(|k| k.as_bytes().starts_with(&head));
                assert_eq!(t.any_name_starting(&head), any, "{head:?}");
            }
        }
    }

    /// The keys the gazetteer's maps are built from are the parsed
    /// places' over the whole embedded table, cities included.
    #[test]
    fn keys_are_the_places_over_the_embedded_table() {
        let t = embedded(include_str!("../../rules/places/places.tsv"));
        for i in 0..t.len() {
            let keys = t.keys(i).map(|k| (k.kind, k.country, k.region, k.county));
            let place = t
                .place_unkept(i)
                .map(|p| (p.kind, p.country, p.region, p.county));
            assert_eq!(keys, place, "place {i}");
        }
        assert_eq!(t.keys(t.len()), None);
        assert_eq!(t.chunks_kept(), 0);
    }

    #[test]
    fn malformed_lines_are_skipped() {
        let t = parse("# header\nZ\tEurope/Paris\nP\t1\tp\tFR\t11\t\t48.8\t2.3\t100\t0\tParis\nP\tbad\nN\tparis\t0\nX\n");
        assert_eq!(t.len(), 2);
        assert_eq!(t.place(0).map(|p| p.timezone), Some("Europe/Paris"));
        assert_eq!(t.place(1), None);
        assert_eq!(t.place(2), None);
        assert!(t.keys(0).is_some() && t.keys(1).is_none());
        assert_eq!(t.name(0), ("paris", "0"));
    }
}
