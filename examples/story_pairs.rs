//! Story grouping in pair mode: two articles given alone, as
//! `../shared/eval/score-labels.py` gives each labelled pair.
//!
//! ```text
//! cargo run --release --example story_pairs -- [--data DIR] [--dump FILE]
//! ```
//!
//! For every ECB+ topic (`DIR/ecbplus/clusters.jsonl`; DIR defaults to
//! `../shared/data`, as for `examples/eval.rs`) every pair of its articles, of one event or of
//! the topic's two events, is grouped alone; prints how many same-event
//! pairs share a story (recall: otherwise nothing of theirs is compared)
//! and how many other-event pairs do (a finding between them would be
//! false), overall and by whether the two are dated (on ECB+ the first
//! event of a topic is never dated: no pair of two events is dated on both
//! sides). `--dump FILE` writes
//! one line per pair: `same|other joined|apart cosine path path` (cosine:
//! their similarity when joined, else `-`). A settings file named by
//! `FACTLINT_STORY_SETTINGS` is used when set (try a setting without
//! rebuilding). Without the data it says so and exits 0.

use factlint::align::{cluster, Profile, StoryConfig};
use factlint::lexicon::Lexicon;
use factlint::source::{load_paths, Source};
use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::PathBuf;

/// Joined and total pairs.
#[derive(Default, Clone, Copy)]
struct Count {
    joined: usize,
    pairs: usize,
}

impl Count {
    fn add(&mut self, joined: bool) {
        self.pairs += 1;
        self.joined += usize::from(joined);
    }
    fn show(self) -> String {
        let share = 100.0 * self.joined as f64 / self.pairs.max(1) as f64;
        format!("{}/{} ({share:.1}%)", self.joined, self.pairs)
    }
}

fn main() {
    let mut data = PathBuf::from("../shared/data");
    let mut dump: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--data" => data = args.next().map(PathBuf::from).unwrap_or(data),
            "--dump" => dump = args.next().map(PathBuf::from),
            _ => {
                eprintln!("usage: story_pairs [--data DIR] [--dump FILE]");
                std::process::exit(2);
            }
        }
    }
    let data = data.join("ecbplus");
    let Ok(clusters) = std::fs::read_to_string(data.join("clusters.jsonl")) else {
        println!("no {}/clusters.jsonl: nothing to measure", data.display());
        return;
    };
    // topic -> (file, event)
    let mut topics: BTreeMap<String, Vec<(PathBuf, String)>> = BTreeMap::new();
    for line in clusters.lines() {
        let Ok(g) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let topic = g["topic"].to_string();
        let event = g["event"].as_str().unwrap_or("").to_string();
        for f in g["files"].as_array().into_iter().flatten() {
            if let Some(f) = f.as_str() {
                topics
                    .entry(topic.clone())
                    .or_default()
                    .push((data.join(f), event.clone()));
            }
        }
    }
    let lexicon = Lexicon::defaults();
    let cfg = StoryConfig::default();
    let mut out = dump.map(|p| std::fs::File::create(p).expect("dump file"));
    // [same, other] x [both dated, one, none]
    let mut counts = [[Count::default(); 3]; 2];
    let started = std::time::Instant::now();
    for files in topics.values() {
        let paths: Vec<PathBuf> = files.iter().map(|f| f.0.clone()).collect();
        let sources = load_paths(&paths, &lexicon).sources;
        let event_of = |s: &Source| {
            let p = std::path::Path::new(&s.path);
            files.iter().find(|f| f.0 == p).map(|f| f.1.as_str())
        };
        let profiles: Vec<Profile> = sources.iter().map(|s| profile(s, &cfg)).collect();
        for a in 0..sources.len() {
            for b in a + 1..sources.len() {
                let (Some(ea), Some(eb)) = (event_of(&sources[a]), event_of(&sources[b])) else {
                    continue;
                };
                let mut pair = vec![sources[a].clone(), sources[b].clone()];
                pair[0].id = 0;
                pair[1].id = 1;
                let dated = pair.iter().filter(|s| s.meta.published.is_some()).count();
                let st = cluster(&pair, vec![profiles[a].clone(), profiles[b].clone()], &cfg);
                let joined = st.of_source[0] == st.of_source[1];
                let same = ea == eb;
                counts[usize::from(!same)][2 - dated].add(joined);
                if let Some(o) = out.as_mut() {
                    let cos =
                        st.evidence[0].map_or("-".to_string(), |e| format!("{:.3}", e.similarity));
                    let _ = writeln!(
                        o,
                        "{} {} {cos} {} {}",
                        if same { "same" } else { "other" },
                        if joined { "joined" } else { "apart" },
                        pair[0].path,
                        pair[1].path
                    );
                }
            }
        }
    }
    let total = |k: usize| {
        counts[k].iter().fold(Count::default(), |t, c| Count {
            joined: t.joined + c.joined,
            pairs: t.pairs + c.pairs,
        })
    };
    println!(
        "pair mode over {} topics: same-event pairs joined {}, other-event pairs joined {}",
        topics.len(),
        total(0).show(),
        total(1).show()
    );
    for (k, name) in ["same-event", "other-event"].iter().enumerate() {
        println!(
            "  {name}: both dated {}, one dated {}, neither {}",
            counts[k][0].show(),
            counts[k][1].show(),
            counts[k][2].show()
        );
    }
    eprintln!("({:.1} s)", started.elapsed().as_secs_f64());
}

/// A source's story profile, as the pipeline makes it.
fn profile(s: &Source, cfg: &StoryConfig) -> Profile {
    let body = &s.text[s.body_start..];
    let words: Vec<(usize, usize)> = factlint::segment::word_spans(body)
        .into_iter()
        .map(|(a, b)| (s.body_start + a, s.body_start + b))
        .collect();
    Profile::new(s, &words, cfg)
}
