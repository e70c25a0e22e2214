//! Accuracy metrics on real corpora with gold annotations: MEANTIME (dates,
//! quantities) and ECB+ (the same-event gate, findings inside one event),
//! and the reading of the external scorers' output ([`scores`]: the dev
//! labels and story grouping, scored by `../shared/eval`).
//!
//! The corpora are read where they lie (`../shared/data` by convention) and
//! never copied; every function takes the data folder and an optional
//! slice, so the example harness (`examples/eval.rs`) runs them all and
//! `tests/accuracy.rs` runs a few files. Nothing here special-cases a
//! corpus: the pipeline is the one `factlint check` runs.

use crate::lexicon::Lexicon;
use crate::pipeline::{self, Analysis, Options};
use crate::rules::RuleSet;
use crate::source::Source;
use serde::Deserialize;
use std::path::Path;

mod ecb;
pub mod goals;
mod meantime;
pub mod scores;

pub use ecb::*;
pub use meantime::*;

/// `a / b`, 1 when `b` is 0.
pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Hits out of a total.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Right (or found).
    pub hit: usize,
    /// Scored.
    pub total: usize,
}

impl Tally {
    /// Counts one item.
    pub fn add(&mut self, hit: bool) {
        self.total += 1;
        self.hit += usize::from(hit);
    }

    /// The share of hits.
    pub fn ratio(&self) -> f64 {
        ratio(self.hit, self.total)
    }

    /// `hit/total = 97.5%`.
    pub fn show(&self) -> String {
        format!("{}/{} = {:.1}%", self.hit, self.total, 100.0 * self.ratio())
    }
}

#[derive(Deserialize)]
struct Gold {
    file: String,
    start: usize,
    end: usize,
    text: String,
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    value: Option<String>,
    #[serde(default)]
    dct: Option<String>,
}

fn read_gold(path: &Path, keep: &dyn Fn(&str) -> bool) -> Vec<Gold> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| serde_json::from_str::<Gold>(l).ok())
        .filter(|g| keep(&g.file))
        .collect()
}

/// The MEANTIME file names a slice keeps: all when `only` is `None`.
fn keeper<'a>(only: Option<&'a [&'a str]>) -> impl Fn(&str) -> bool + 'a {
    move |f: &str| only.is_none_or(|o| o.iter().any(|x| f.contains(x)))
}

/// Runs the whole pipeline on some files, each file one source, with the
/// default lexicon and rules.
pub fn analyze_files(files: &[(String, String)]) -> Analysis {
    let lexicon = Lexicon::defaults();
    let rules = RuleSet::defaults();
    let sources: Vec<Source> = files
        .iter()
        .enumerate()
        .map(|(id, (path, text))| Source::from_text(id, path.clone(), text.clone(), &lexicon))
        .collect();
    pipeline::analyze(sources, &lexicon, &rules, &Options::default())
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}
