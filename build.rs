//! Indexes the embedded gazetteer table at compile time, so that a run
//! does not read all of its 5.8 MB to find where its records start (a
//! tenth of the CPU time of checking five articles): the offsets are
//! written to `OUT_DIR/places.idx` as little-endian `u32`s, read in place
//! by `src/gazetteer/table.rs`. The table stays `rules/places/places.tsv`;
//! editing it and rebuilding re-indexes it.

#[path = "src/gazetteer/index.rs"]
mod index;

use std::path::PathBuf;

fn main() {
    const TABLE: &str = "rules/places/places.tsv";
    println!("cargo:rerun-if-changed={TABLE}");
    println!("cargo:rerun-if-changed=src/gazetteer/index.rs");
    let text = std::fs::read(TABLE).expect("rules/places/places.tsv is readable");
    let ix = index::index(&text);
    // Five counts, then the zones (start, end), places, names, buckets and
    // name prefixes.
    let mut out: Vec<u32> = vec![
        ix.zones.len() as u32,
        ix.starts.len() as u32,
        ix.names.len() as u32,
        ix.buckets.len() as u32,
        ix.prefixes.len() as u32,
    ];
    out.extend(ix.zones.iter().flat_map(|&(s, e)| [s, e]));
    out.extend(&ix.starts);
    out.extend(&ix.names);
    out.extend(&ix.buckets);
    out.extend(&ix.prefixes);
    let bytes: Vec<u8> = out.iter().flat_map(|v| v.to_le_bytes()).collect();
    let dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(dir.join("places.idx"), bytes).expect("OUT_DIR is writable");
}
