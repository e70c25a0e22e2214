//! The index of a gazetteer table (format in `tools/geonames.py`): where
//! each time zone, place and name record starts, and the buckets of the
//! sorted name index. Plain `std`: `build.rs` includes this file to index
//! the embedded `rules/places/places.tsv` at compile time, and
//! [`super::table`] reads other tables with it at run time.

/// Buckets of the name index: the first byte times 257, plus the second
/// byte plus one (0 for a one-byte key).
pub const BUCKETS: usize = 256 * 257;

/// The bucket of a key: ordered as the keys are (bytewise), so the records
/// of one bucket are one run of the sorted index.
pub fn bucket(key: &[u8]) -> usize {
    match key {
        [] => 0,
        [a] => usize::from(*a) * 257,
        [a, b, ..] => usize::from(*a) * 257 + usize::from(*b) + 1,
    }
}

/// A table's records, as byte offsets into its text.
#[derive(Debug, Default, PartialEq)]
pub struct Index {
    /// Each time zone's name: start and end, in table order.
    pub zones: Vec<(u32, u32)>,
    /// Each place's record (after its `P` tag), in table order.
    pub starts: Vec<u32>,
    /// Each name record (after its `N` tag), in table order (the keys'
    /// order: the generator sorts them bytewise).
    pub names: Vec<u32>,
    /// Where each bucket's run starts in `names`, and the end (one more
    /// entry than there are buckets).
    pub buckets: Vec<u32>,
    /// Each name record's [`prefix`], as two words (high, low).
    pub prefixes: Vec<u32>,
}

/// The first eight bytes of a key, zero-padded, as a big-endian number:
/// ordered as the keys are (bytewise; keys hold no zero byte).
pub fn prefix(key: &[u8]) -> u64 {
    let mut b = [0u8; 8];
    let n = key.len().min(8);
    b[..n].copy_from_slice(&key[..n]);
    u64::from_be_bytes(b)
}

/// The key of the record at `start`: up to its tab or line end.
fn key_at(bytes: &[u8], start: usize) -> &[u8] {
    let rest = bytes.get(start..).unwrap_or_default();
    let end = rest
        .iter()
        .position(|&b| b == b'\t' || b == b'\n')
        .unwrap_or(rest.len());
    &rest[..end]
}

/// Indexes a table: one pass over its lines, reading only their tags.
pub fn index(bytes: &[u8]) -> Index {
    let mut ix = Index {
        starts: Vec::with_capacity(bytes.len() / 70),
        names: Vec::with_capacity(bytes.len() / 50),
        ..Index::default()
    };
    let mut at = 0;
    while at < bytes.len() {
        let end = bytes[at..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |n| at + n);
        if end >= at + 2 && bytes[at + 1] == b'\t' {
            let body = (at + 2) as u32;
            match bytes[at] {
                b'Z' => ix.zones.push((body, end as u32)),
                b'P' => ix.starts.push(body),
                b'N' => ix.names.push(body),
                _ => {}
            }
        }
        at = end + 1;
    }
    ix.buckets = buckets(bytes, &ix.names);
    ix.prefixes = ix
        .names
        .iter()
        .flat_map(|&o| {
            let p = prefix(key_at(bytes, o as usize));
            [(p >> 32) as u32, p as u32]
        })
        .collect();
    ix
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
