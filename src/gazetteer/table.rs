//! Reading the embedded table `rules/places/places.tsv` (format in
//! `tools/geonames.py`): time zones, places and the sorted name index, all
//! borrowed from the table's text.

use super::{Place, PlaceKind};
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
    starts: Vec<u32>,
    /// Each place, parsed on first use, in chunks of [`CHUNK`] allocated
    /// on first use: a run that looks up a few hundred names touches a few
    /// hundred chunks, not 70,000 cells.
    places: Vec<OnceLock<Chunk>>,
    /// Byte offset of each name record (after its `N` tag), sorted by key.
    pub(super) names: Vec<u32>,
    /// Where each key prefix's records start in `names` ([`bucket`]; one
    /// more entry than there are buckets): a lookup bisects only the
    /// records of its key's first two bytes, a few cache lines, instead of
    /// the whole index (once the costliest step of finding places).
    buckets: Vec<u32>,
}

/// Buckets of the name index: the first byte times 257, plus the second
/// byte plus one (0 for a one-byte key).
const BUCKETS: usize = 256 * 257;

/// The bucket of a key: ordered as the keys are (bytewise), so the records
/// of one bucket are one run of the sorted index.
fn bucket(key: &[u8]) -> usize {
    match key {
        [] => 0,
        [a] => usize::from(*a) * 257,
        [a, b, ..] => usize::from(*a) * 257 + usize::from(*b) + 1,
    }
}

impl Table {
    /// How many places the table holds.
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    /// Place `i`, parsed on first use; `None` past the end or for a malformed line.
    pub fn place(&self, i: usize) -> Option<&Place> {
        let start = *self.starts.get(i)? as usize;
        let chunk =
            self.places[i / CHUNK].get_or_init(|| (0..CHUNK).map(|_| OnceLock::new()).collect());
        chunk[i % CHUNK]
            .get_or_init(|| place(line(self.text, start), &self.zones))
            .as_ref()
    }

    /// The id field of place `i`, without parsing the rest.
    pub fn id(&self, i: usize) -> &'static str {
        let rest = line(self.text, self.starts[i] as usize);
        rest.split('\t').next().unwrap_or("")
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
        let (lo, hi) = match self.buckets.get(b..b + 2) {
            Some(&[lo, hi]) => (lo as usize, hi as usize),
            _ => (0, self.names.len()),
        };
        let run = self.names.get(lo..hi)?;
        let at = run.partition_point(|&o| key_cmp(bytes, o as usize, key).is_lt());
        let found = run.get(at)?;
        key_cmp(bytes, *found as usize, key)
            .is_eq()
            .then_some(lo + at)
    }

    /// Name record `j`: its key and its readings as written (`12,7,40`).
    pub fn name(&self, j: usize) -> (&'static str, &'static str) {
        let rest = line(self.text, self.names[j] as usize);
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
    let mut t = Table {
        text,
        starts: Vec::with_capacity(text.len() / 70),
        names: Vec::with_capacity(text.len() / 50),
        ..Table::default()
    };
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let end = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |n| at + n);
        if end >= at + 2 && bytes[at + 1] == b'\t' {
            let body = (at + 2) as u32;
            match bytes[at] {
                b'Z' => t.zones.push(&text[at + 2..end]),
                b'P' => t.starts.push(body),
                b'N' => t.names.push(body),
                _ => {}
            }
        }
        at = end + 1;
    }
    t.places = (0..t.starts.len().div_ceil(CHUNK))
        .map(|_| OnceLock::new())
        .collect();
    // The generator sorts the keys bytewise (a test checks the embedded
    // table): the name index is searched by bisection as it is, within
    // the run of its key's bucket.
    t.buckets = buckets(bytes, &t.names);
    t
}

/// The start of each bucket's run in `names` (sorted keys), and the end.
fn buckets(bytes: &[u8], names: &[u32]) -> Vec<u32> {
    let mut starts = vec![0u32; BUCKETS + 1];
    for &o in names {
        let rest = bytes.get(o as usize..).unwrap_or_default();
        let len = rest
            .iter()
            .take(2)
            .position(|&b| b == b'\t' || b == b'\n')
            .unwrap_or(rest.len().min(2));
        starts[bucket(&rest[..len]) + 1] += 1;
    }
    for i in 1..starts.len() {
        starts[i] += starts[i - 1];
    }
    starts
}

/// One `P` line after its tag.
fn place(rest: &'static str, zones: &[&'static str]) -> Option<Place> {
    let mut f = rest.split('\t');
    let id = f.next()?;
    let kind = match f.next()? {
        "c" => PlaceKind::Country,
        "r" => PlaceKind::Region,
        "p" => PlaceKind::City,
        _ => return None,
    };
    let country = f.next()?;
    let region = f.next()?;
    let lat: f32 = f.next()?.parse().ok()?;
    let lon: f32 = f.next()?.parse().ok()?;
    let population: u64 = f.next()?.parse().ok()?;
    let zone: usize = f.next()?.parse().ok()?;
    let name = f.next()?;
    Some(Place {
        id,
        name,
        kind,
        country,
        region,
        lat,
        lon,
        population,
        timezone: zones.get(zone).copied().unwrap_or(""),
    })
}

/// The lookup key of a name as written: lower case, full stops dropped,
/// runs of spaces one space (the generator's `keys`, for the written form).
pub(super) fn key(name: &str) -> String {
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

fn push_space(out: &mut String, space: &mut bool) {
    if *space {
        out.push(' ');
        *space = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert!(t.names.windows(2).all(|w| t.key_at(w[0]) < t.key_at(w[1])));
        assert!((0..t.len()).all(|i| t.place(i).is_some()));
        // Every key is found where it is, and a prefix of a key is not one.
        assert!((0..t.names.len())
            .step_by(97)
            .all(|j| t.find_name(t.key_at(t.names[j])) == Some(j)));
        assert_eq!(t.find_name("parqq"), None);
        assert_eq!(t.find_name("parisqq"), None);
        assert_eq!(
            t.find_name("pari").map(|j| t.key_at(t.names[j])),
            Some("pari")
        );
        // One-byte keys, keys past the last bucket, the empty key.
        assert!(["a", "b", "z", "\u{ff}", ""]
            .iter()
            .all(|k| t.find_name(k).is_none_or(|j| t.key_at(t.names[j]) == *k)));
    }

    #[test]
    fn buckets_find_what_bisection_finds() {
        let t = parse("N\ta\t0\nN\tab\t0\nN\tab c\t0\nN\tb\t0\nN\tba\t0\nN\tz\u{e9}\t0\n");
        for key in ["a", "ab", "ab c", "b", "ba", "z\u{e9}"] {
            assert_eq!(t.find_name(key).map(|j| t.key_at(t.names[j])), Some(key));
        }
        for key in ["", "aa", "abc", "c", "z", "\u{e9}"] {
            assert_eq!(t.find_name(key), None, "{key}");
        }
    }

    #[test]
    fn malformed_lines_are_skipped() {
        let t = parse("# header\nZ\tEurope/Paris\nP\t1\tp\tFR\t11\t48.8\t2.3\t100\t0\tParis\nP\tbad\nN\tparis\t0\nX\n");
        assert_eq!(t.len(), 2);
        assert_eq!(t.place(0).map(|p| p.timezone), Some("Europe/Paris"));
        assert_eq!(t.place(1), None);
        assert_eq!(t.place(2), None);
        assert_eq!(t.name(0), ("paris", "0"));
    }
}
