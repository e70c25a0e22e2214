//! Lays out embedded tables at compile time, so that a run does not parse
//! them. The gazetteer (`rules/places/places.tsv`): a run would read all of
//! its 5.8 MB to find where its records start (a tenth of the CPU time of
//! checking five articles); the offsets are written to `OUT_DIR/places.idx`
//! as little-endian `u32`s, read in place by `src/gazetteer/table.rs`, and
//! each area's reach and each county's towns to `OUT_DIR/places.areas`
//! (`src/gazetteer/areas.rs`: a run would read every town). The
//! background word table (`rules/stories/word-frequency.txt`): its slots,
//! read in place by `src/align/stories/terms.rs`. The tables stay under
//! `rules/`; editing one and rebuilding lays it out again. The date
//! patterns' gate (`src/temporal/find/gate.rs`): its DFA, built from the
//! patterns' sources (`src/temporal/find/sources.rs`) and serialized to
//! `OUT_DIR/date-gate.dfa`, read in place instead of compiled by every run.

#[path = "src/gazetteer/areas.rs"]
#[allow(dead_code)]
mod areas;
#[path = "src/temporal/find/sources.rs"]
mod date_sources;
#[path = "src/gazetteer/index.rs"]
mod index;
#[path = "src/align/stories/slots.rs"]
mod slots;

use std::path::{Path, PathBuf};

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
    println!("cargo:rerun-if-changed=src/gazetteer/areas.rs");
    let text = std::str::from_utf8(&text).expect("rules/places/places.tsv is UTF-8");
    let areas = areas::measure(text, &ix.starts);
    std::fs::write(dir.join("places.areas"), areas.to_bytes()).expect("OUT_DIR is writable");
    zipf(&dir);
    date_gate(&dir);
}

/// Builds the date gate's DFA (`src/temporal/find/gate.rs`): all the
/// gate's patterns at once, every match of each reported (`MatchKind::All`,
/// no groups), ASCII mode with Unicode only where a pattern asks for it,
/// as the meta engine compiled the set at run time; minimized, and written
/// in the target's byte order.
fn date_gate(dir: &Path) {
    use regex_automata::dfa::dense;
    use regex_automata::nfa::thompson;
    use regex_automata::util::syntax;
    println!("cargo:rerun-if-changed=src/temporal/find/sources.rs");
    let dfa = dense::Builder::new()
        .configure(
            dense::Config::new()
                .match_kind(regex_automata::MatchKind::All)
                .minimize(true),
        )
        .syntax(syntax::Config::new().unicode(false).utf8(true))
        .thompson(
            thompson::Config::new()
                .utf8(true)
                .which_captures(thompson::WhichCaptures::None),
        )
        .build_many(&date_sources::gate_patterns())
        .expect("the date gate's patterns compile to a DFA");
    let big = std::env::var("CARGO_CFG_TARGET_ENDIAN").is_ok_and(|e| e == "big");
    let (bytes, pad) = if big {
        dfa.to_bytes_big_endian()
    } else {
        dfa.to_bytes_little_endian()
    };
    std::fs::write(dir.join("date-gate.dfa"), &bytes[pad..]).expect("OUT_DIR is writable");
}

/// Lays the background word table out (`src/align/stories/slots.rs`): its
/// slots as bytes in `zipf.slots`, the words too long for a slot as
/// `value word` lines in `zipf.long` (read by `src/align/stories/terms.rs`).
fn zipf(dir: &Path) {
    const TABLE: &str = "rules/stories/word-frequency.txt";
    println!("cargo:rerun-if-changed={TABLE}");
    println!("cargo:rerun-if-changed=src/align/stories/slots.rs");
    let text = std::fs::read_to_string(TABLE).expect("the word-frequency table is readable");
    let (count, entries) = slots::entries(&text);
    let (table, long) = slots::place(count, entries.into_iter());
    std::fs::write(dir.join("zipf.slots"), table.concat()).expect("OUT_DIR is writable");
    let long: String = long.iter().map(|(w, z)| format!("{z} {w}\n")).collect();
    std::fs::write(dir.join("zipf.long"), long).expect("OUT_DIR is writable");
}
