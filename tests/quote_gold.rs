//! Quote speakers against the hand-read gold set in
//! `tests/data/quote-gold/quotes.jsonl` (see its README): each gold quote
//! is matched to the quote claim whose span overlaps it, and attribution
//! accuracy is reported for explicit and guessed quotes apart. A gold
//! quote with no claim counts as wrong. `-- --nocapture` shows the figures
//! and every miss.

mod shared_data;

use shared_data::{data_dir, require};
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

struct Gold {
    file: String,
    start: usize,
    end: usize,
    speaker: String,
    explicit: bool,
}

struct Quote {
    start: usize,
    end: usize,
    speaker: String,
    evidence: String,
}

fn gold() -> Vec<Gold> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/quote-gold/quotes.jsonl");
    let text = std::fs::read_to_string(path).expect("the gold file");
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("a JSON line");
            Gold {
                file: v["file"].as_str().expect("file").to_string(),
                start: v["start"].as_u64().expect("start") as usize,
                end: v["end"].as_u64().expect("end") as usize,
                speaker: v["speaker"].as_str().expect("speaker").to_string(),
                explicit: v["attribution"] == "explicit",
            }
        })
        .collect()
}

fn quotes(path: &Path) -> Vec<Quote> {
    let out = Command::new(env!("CARGO_BIN_EXE_factlint"))
        .args(["claims", "--format", "json"])
        .arg(path)
        .output()
        .expect("factlint runs");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON claims");
    v["claims"]
        .as_array()
        .expect("claims")
        .iter()
        .filter(|c| c["kind"] == "quote")
        .map(|c| Quote {
            start: c["start"].as_u64().unwrap_or(0) as usize,
            end: c["end"].as_u64().unwrap_or(0) as usize,
            // An unnamed speaker is read by its phrase (`a police spokesman`),
            // however it was found.
            speaker: match c["value"].as_str().unwrap_or("") {
                "" | "unknown speaker" => phrase(c["evidence"].as_str().unwrap_or("")),
                v => v.to_string(),
            },
            evidence: c["evidence"].as_str().unwrap_or("").to_string(),
        })
        .collect()
}

/// The speaker's words quoted in a claim's evidence (`explicit, after the
/// quote: "a police spokesman"`, `guessed from the speaker of the quote in
/// the paragraph before ("a police spokesman")`).
fn phrase(evidence: &str) -> String {
    match (evidence.find('"'), evidence.rfind('"')) {
        (Some(a), Some(b)) if b > a => evidence[a + 1..b].to_string(),
        _ => String::new(),
    }
}

/// Lower-case words of a name, without punctuation or a leading
/// determiner (`an officer` and `the officer` after it are one).
fn words(s: &str) -> Vec<String> {
    let mut w: Vec<String> = s
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if w.len() > 1 && matches!(w[0].as_str(), "a" | "an" | "the" | "one") {
        w.remove(0);
    }
    w
}

/// Whether factlint's speaker is the gold speaker: one person's names (the
/// shorter form's words all in the longer, `Mendes` and `Carla Mendes`),
/// joint speakers sharing a member, `unknown` for no speaker.
fn agrees(gold: &str, got: &str) -> bool {
    let unknown = |s: &str| s.is_empty() || s == "unknown" || s == "unknown speaker";
    if unknown(gold) || unknown(got) {
        return unknown(gold) && unknown(got);
    }
    let members = |s: &str| -> Vec<Vec<String>> { s.split(';').map(words).collect() };
    let one = |a: &[String], b: &[String]| {
        let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
        !short.is_empty() && short.iter().all(|w| long.contains(w))
    };
    let (g, f) = (members(gold), members(got));
    g.iter().any(|x| f.iter().any(|y| one(x, y)))
}

#[test]
#[ignore = "needs ../shared/data"]
fn quote_speakers_against_the_gold_set() {
    let root = require(data_dir().join("ecbplus"));
    let gold = gold();
    let mut by_file: BTreeMap<&str, Vec<&Gold>> = BTreeMap::new();
    for g in &gold {
        by_file.entry(&g.file).or_default().push(g);
    }
    // (right, total) for explicit and guessed gold quotes.
    let mut tally = [(0usize, 0usize); 2];
    for (file, golds) in by_file {
        let claims = quotes(&require(root.join(file)));
        for g in golds {
            let hit = claims.iter().find(|q| q.start < g.end && g.start < q.end);
            let right = hit.is_some_and(|q| agrees(&g.speaker, &q.speaker));
            let t = &mut tally[usize::from(!g.explicit)];
            t.1 += 1;
            t.0 += usize::from(right);
            if !right {
                let got = hit.map_or("no claim".to_string(), |q| {
                    format!("{} [{}]", q.speaker, q.evidence)
                });
                println!("miss {file}:{}: gold {}, got {got}", g.start, g.speaker);
            }
        }
    }
    let pct = |(r, t): (usize, usize)| 100.0 * r as f64 / t.max(1) as f64;
    println!(
        "explicit: {}/{} = {:.1}%; guessed: {}/{} = {:.1}%",
        tally[0].0,
        tally[0].1,
        pct(tally[0]),
        tally[1].0,
        tally[1].1,
        pct(tally[1])
    );
    assert!(tally[0].1 > 0, "no explicit gold quotes");
    // The goal, 95 %, is the floor (95.3 %: `it` and `the
    // statement` for a named organisation, abbreviations inside a
    // sentence, role nouns given in an appositive, a `he said` closing a
    // two-paragraph quote, names in any script; 91.5 %:
    // reported speech introduced before its source, `as X puts it`, a lone
    // `one` of a named group, transcript labels, quotes broken across
    // paragraphs, name particles and hyphens; 86.4 %:
    // speakers named by noun phrases, passive agents, documents' issuers,
    // pronouns after the one person who spoke; 82.6 % before, 74.2 % before that: quotes run on over paragraphs without marks, `the judge`
    // is the person titled so, participles without a comma, `…, said X`
    // after a quote; and this test now reads an unnamed speaker's phrase
    // however it was found and drops a leading determiner, `an officer` /
    // `the officer`.)
    assert!(
        pct(tally[0]) >= 95.0,
        "explicit attribution below the floor"
    );
}
