//! Recall of the `quote-speaker` rule on real articles (issue 20): for each
//! explicitly attributed quote of the gold set
//! (`tests/data/quote-gold/quotes.jsonl`) whose speaker is a person named
//! in full, a copy of its article is made in which that person's names
//! (full name and surname) are replaced by another person of the same
//! event folder's gold set. The original and the copy are checked together
//! as one story; the swap is found when a `quote-speaker` error or warning
//! has a claim on the quote. `-- --nocapture` lists the swaps missed.

mod shared_data;

/// Floor: the share of swaps found, in percent (68 of 75 = 90.7 % measured;
/// 67 = 89.3 % before organisations as `it` and names in any script;
/// 62 = 82.7 % before reported speech, transcripts and name particles;
/// 54 = 72.0 % before speakers were named by words that are no mention).
const SWAP_FLOOR: f64 = 90.5;

use shared_data::{data_dir, require};
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

/// A gold quote: file (relative to the ECB+ folder), byte span, speaker.
struct Gold {
    file: String,
    start: usize,
    end: usize,
    speaker: String,
}

/// The words that end an organisation's or a place's name
/// (`rules/people/words.toml`, `org-heads`): `Vancouver Police` is no
/// person to swap.
fn org_heads() -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/people/words.toml");
    let v: toml::Value = toml::from_str(&std::fs::read_to_string(path).expect("words.toml"))
        .expect("words.toml parses");
    v["org-heads"]
        .as_array()
        .expect("org-heads")
        .iter()
        .filter_map(|w| Some(w.as_str()?.to_string()))
        .collect()
}

/// The explicit gold quotes whose speaker is a person named in full (two
/// or more capitalised words, no organisation or role phrase).
fn named_gold() -> Vec<Gold> {
    let orgs = org_heads();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/quote-gold/quotes.jsonl");
    let text = std::fs::read_to_string(path).expect("the gold file");
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("a JSON line");
            let speaker = v["speaker"].as_str()?.to_string();
            let org = orgs.iter().any(|o| surname(&speaker) == o);
            if v["attribution"] != "explicit" || !full_name(&speaker) || org {
                return None;
            }
            Some(Gold {
                file: v["file"].as_str()?.to_string(),
                start: v["start"].as_u64()? as usize,
                end: v["end"].as_u64()? as usize,
                speaker,
            })
        })
        .collect()
}

/// `Tony Reagins`, `A.J. Smith`: two to four words, each capitalised, none
/// a determiner; not `the Red Sox`, `a police spokesman` or two speakers.
fn full_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && !s.contains(';')
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !matches!(words[0], "The" | "A" | "An")
}

/// The event folder of a gold file (`10/ecb`).
fn folder(file: &str) -> &str {
    file.rsplit_once('/').map_or(file, |(d, _)| d)
}

/// Another person of the same event folder's gold set: the first, in name
/// order, sharing no word with `speaker` and named in `text` nowhere.
fn replacement<'a>(speaker: &str, others: &'a [&'a str], text: &str) -> Option<&'a str> {
    let words: Vec<&str> = speaker.split_whitespace().collect();
    others
        .iter()
        .copied()
        .find(|o| o.split_whitespace().all(|w| !words.contains(&w)) && !text.contains(surname(o)))
}

fn surname(name: &str) -> &str {
    name.rsplit(' ').next().unwrap_or(name)
}

/// `text` with `from`'s full name, then its surname alone, written as
/// `to`'s (a possessive keeps its `'s`).
fn swap(text: &str, from: &str, to: &str) -> String {
    text.replace(from, to).replace(surname(from), surname(to))
}

/// Whether checking `original` and `copy` as one story raises a
/// quote-speaker error or warning with a claim overlapping `start..end`
/// in the original.
fn found(original: &Path, copy: &Path, start: usize, end: usize) -> bool {
    let out = Command::new(env!("CARGO_BIN_EXE_factlint"))
        .args([
            "check",
            "--story",
            "one",
            "--format",
            "json",
            "--no-respect-gitignore",
        ])
        .arg(original)
        .arg(copy)
        .output()
        .expect("factlint runs");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("a JSON report");
    let shown = original.to_string_lossy();
    v["findings"].as_array().expect("findings").iter().any(|f| {
        f["rule"] == "quote-speaker"
            && f["severity"] != "note"
            && f["claims"].as_array().is_some_and(|cs| {
                cs.iter().any(|c| {
                    c["source"].as_str() == Some(&*shown)
                        && (c["start"].as_u64().unwrap_or(0) as usize) < end
                        && start < c["end"].as_u64().unwrap_or(0) as usize
                })
            })
    })
}

#[test]
#[ignore = "needs ../shared/data"]
fn a_quote_given_to_another_person_of_the_story_is_found() {
    let root = require(data_dir().join("ecbplus"));
    let gold = named_gold();
    let mut people: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for g in &gold {
        let p = people.entry(folder(&g.file)).or_default();
        if !p.contains(&g.speaker.as_str()) {
            p.push(&g.speaker);
        }
    }
    for p in people.values_mut() {
        p.sort_unstable();
    }
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let (mut tried, mut hits) = (0usize, 0usize);
    for (n, g) in gold.iter().enumerate() {
        let original = require(root.join(&g.file));
        let text = std::fs::read_to_string(&original).expect("a gold article");
        let Some(to) = replacement(&g.speaker, &people[folder(&g.file)], &text) else {
            continue;
        };
        // The quote's own words must survive the swap for it to be one
        // quote in both (a quote naming its speaker is left out).
        let quote = text.get(g.start..g.end).unwrap_or("");
        if quote.is_empty() || quote.contains(surname(&g.speaker)) {
            continue;
        }
        let copy = tmp.path().join(format!("swap{n}.txt"));
        std::fs::write(&copy, swap(&text, &g.speaker, to)).expect("the copy is written");
        tried += 1;
        if found(&original, &copy, g.start, g.end) {
            hits += 1;
        } else {
            println!("missed {}:{}: {} -> {to}", g.file, g.start, g.speaker);
        }
    }
    let pct = 100.0 * hits as f64 / tried.max(1) as f64;
    println!("swaps found: {hits}/{tried} = {pct:.1}%");
    assert!(tried >= 50, "too few swaps built: {tried}");
    // The floor under today's figure; the bar is 80 %. A swap is
    // missed mostly where the original's attribution is (see
    // tests/quote_gold.rs's misses).
    assert!(
        pct >= SWAP_FLOOR,
        "swaps found {hits}/{tried} = {pct:.1}%, below {SWAP_FLOOR} %"
    );
}
