//! Tallies of a finding's values: copies of one text count once.

use crate::align::Stories;
use crate::claims::{Claim, Value};
use std::collections::{BTreeMap, BTreeSet};

/// The value a claim contributes to the tally.
pub(super) fn tally_key(c: &Claim) -> String {
    match &c.value {
        Value::Quote { speaker, .. } => speaker.as_deref().unwrap_or("unknown").to_string(),
        Value::Date {
            resolved: Some(r), ..
        } => r.display(),
        other => other.display(),
    }
}

/// The texts behind one finding's claims: which sources copy which.
pub(super) struct Texts {
    /// The text each source of the finding counts as (its origin, or itself).
    origin: BTreeMap<usize, usize>,
    /// Copies that give another value than the text they copy: edited on
    /// this very point, they count on their own.
    edited: BTreeSet<usize>,
}

impl Texts {
    /// The texts of a finding whose claims are tallied in `tally` (claim
    /// indices by value).
    pub(super) fn new(
        claims: &[Claim],
        stories: &Stories,
        tally: &BTreeMap<String, Vec<usize>>,
    ) -> Texts {
        // Per origin, the values its sources give: (value, sources).
        let mut given: BTreeMap<usize, Vec<(&String, BTreeSet<usize>)>> = BTreeMap::new();
        for (value, idx) in tally {
            let mut by_origin: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
            for &i in idx {
                let s = claims[i].source;
                by_origin.entry(stories.origin_of(s)).or_default().insert(s);
            }
            for (o, s) in by_origin {
                given.entry(o).or_default().push((value, s));
            }
        }
        let mut origin = BTreeMap::new();
        let mut edited = BTreeSet::new();
        for (o, values) in given {
            // The text's value: the one most of its sources give, then the
            // one of its first source (the origin itself when present).
            let text = values
                .iter()
                .enumerate()
                .max_by_key(|(_, (_, s))| {
                    (
                        s.len(),
                        std::cmp::Reverse(s.first().copied().unwrap_or(usize::MAX)),
                    )
                })
                .map_or(0, |(k, _)| k);
            for (k, (_, sources)) in values.iter().enumerate() {
                for &s in sources {
                    if k == text || s == o {
                        origin.insert(s, o);
                    } else {
                        origin.insert(s, s);
                        edited.insert(s);
                    }
                }
            }
        }
        Texts { origin, edited }
    }

    fn origin(&self, source: usize) -> usize {
        self.origin.get(&source).copied().unwrap_or(source)
    }

    /// Whether `source` is a copy edited on this point.
    pub(super) fn edited(&self, source: usize) -> bool {
        self.edited.contains(&source)
    }

    /// The distinct sources of claims `idx`, each with its text, sorted.
    fn sources_of(&self, claims: &[Claim], idx: &[usize]) -> Vec<(usize, usize)> {
        let mut s: Vec<(usize, usize)> = idx
            .iter()
            .map(|&i| (self.origin(claims[i].source), claims[i].source))
            .collect();
        s.sort_unstable();
        s.dedup();
        s
    }

    /// How many distinct texts the claims `idx` come from: copies of one
    /// text count once.
    pub(super) fn count(&self, claims: &[Claim], idx: &[usize]) -> usize {
        let mut o: Vec<usize> = self
            .sources_of(claims, idx)
            .into_iter()
            .map(|(o, _)| o)
            .collect();
        o.dedup();
        o.len()
    }

    /// What claims `idx` weigh in the minority decision: their distinct
    /// texts, then their claims, each text's claims taken from one of its
    /// sources (a copy repeats its origin's claims, and must not outvote an
    /// independent source).
    pub(super) fn weight(&self, claims: &[Claim], idx: &[usize]) -> (usize, usize) {
        let sources = self.sources_of(claims, idx);
        let mut kept: Vec<usize> = sources
            .chunk_by(|x, y| x.0 == y.0)
            .map(|run| run[0].1)
            .collect();
        let texts = kept.len();
        kept.sort_unstable();
        let n = idx
            .iter()
            .filter(|&&i| kept.binary_search(&claims[i].source).is_ok())
            .count();
        (texts, n)
    }

    /// ` (3 outlets: one text run by 2 of them)` when some of the sources
    /// of claims `idx` copy one text, ` (an edited copy)` when one changed
    /// the text it copies, else nothing.
    pub(super) fn note(&self, claims: &[Claim], idx: &[usize]) -> String {
        let sources = self.sources_of(claims, idx);
        let mut runs: Vec<usize> = sources
            .chunk_by(|x, y| x.0 == y.0)
            .map(<[_]>::len)
            .filter(|&n| n > 1)
            .collect();
        runs.sort_unstable_by(|x, y| y.cmp(x));
        let outlets = sources.len();
        let mut parts = Vec::new();
        if runs.len() == 1 && runs[0] == outlets {
            parts.push(format!("one text run by {outlets} outlets"));
        } else if let Some(first) = runs.first() {
            let mut p = format!("{outlets} outlets: one text run by {first} of them");
            for n in &runs[1..] {
                p.push_str(&format!(", one by {n}"));
            }
            parts.push(p);
        }
        match sources.iter().filter(|(_, s)| self.edited(*s)).count() {
            0 => {}
            1 => parts.push("an edited copy".into()),
            n => parts.push(format!("{n} edited copies")),
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!(" ({})", parts.join("; "))
        }
    }
}
