//! ECB+ metrics: the same-event gate and findings inside one event.

use super::analyze_files;
use crate::claims::{ClaimKind, Value};
use crate::rules::Severity;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// One ECB+ group as listed in `clusters.jsonl`.
#[derive(Debug, Clone, Deserialize)]
pub struct Group {
    /// Topic number.
    pub topic: String,
    /// `ecb` or `ecbplus`.
    pub event: String,
    /// Paths relative to the `ecbplus` folder.
    pub files: Vec<String>,
}

/// Reads `clusters.jsonl`: the groups, by topic (in numeric order).
pub fn ecb_topics(dir: &Path) -> Option<BTreeMap<u32, Vec<Group>>> {
    let text = std::fs::read_to_string(dir.join("clusters.jsonl")).ok()?;
    let mut topics: BTreeMap<u32, Vec<Group>> = BTreeMap::new();
    for g in text
        .lines()
        .filter_map(|l| serde_json::from_str::<Group>(l).ok())
    {
        topics
            .entry(g.topic.parse().unwrap_or(u32::MAX))
            .or_default()
            .push(g);
    }
    Some(topics)
}

/// One claim of a finding, for the audit dump.
#[derive(Debug, Clone)]
pub struct FindingClaim {
    /// Group (event) of its source.
    pub group: String,
    /// File.
    pub file: String,
    /// The words carrying the value.
    pub words: String,
    /// Normalized value.
    pub value: String,
    /// The sentence around it.
    pub sentence: String,
}

/// A finding of an ECB+ run.
#[derive(Debug, Clone)]
pub struct EcbFinding {
    /// Topic.
    pub topic: u32,
    /// Rule id.
    pub rule: String,
    /// Claim kind.
    pub kind: ClaimKind,
    /// Severity.
    pub severity: Severity,
    /// Message.
    pub message: String,
    /// Whether its claims come from both events of the topic.
    pub cross: bool,
    /// Its claims.
    pub claims: Vec<FindingClaim>,
}

/// A topic's run.
#[derive(Debug, Clone, Default)]
pub struct TopicResult {
    /// Topic.
    pub topic: u32,
    /// Articles per group (`ecb`, `ecbplus`).
    pub articles: BTreeMap<String, usize>,
    /// Stories the clustering made.
    pub stories: usize,
    /// Findings (notes included).
    pub findings: Vec<EcbFinding>,
}

impl TopicResult {
    /// Cross-event findings at `severity`.
    pub fn cross(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.cross && f.severity == severity)
            .count()
    }

    /// Errors and warnings inside one group.
    pub fn within(&self, group: &str) -> usize {
        self.findings
            .iter()
            .filter(|f| !f.cross && f.severity >= Severity::Warning)
            .filter(|f| f.claims.first().is_some_and(|c| c.group == group))
            .count()
    }
}

/// Runs the pipeline on one topic's two groups together.
pub fn ecb_topic(dir: &Path, topic: u32, groups: &[Group]) -> TopicResult {
    let mut files = Vec::new();
    let mut group_of = Vec::new();
    let mut res = TopicResult {
        topic,
        ..TopicResult::default()
    };
    for g in groups {
        for f in &g.files {
            let Ok(t) = std::fs::read_to_string(dir.join(f)) else {
                continue;
            };
            files.push((f.clone(), t));
            group_of.push(g.event.clone());
            *res.articles.entry(g.event.clone()).or_default() += 1;
        }
    }
    let a = analyze_files(&files);
    res.stories = a.stories.len();
    for f in &a.findings {
        let claims: Vec<FindingClaim> = f
            .claims
            .iter()
            .map(|&i| {
                let c = &a.claims[i];
                let s = &a.sources[c.source];
                FindingClaim {
                    group: group_of[c.source].clone(),
                    file: s.path.clone(),
                    words: s.text[c.span.clone()].to_string(),
                    value: match &c.value {
                        Value::Quote { .. } => c.value.display(),
                        v => v.normalized(),
                    },
                    sentence: s.text[c.sentence.clone()].trim().replace('\n', " "),
                }
            })
            .collect();
        let cross = claims.iter().any(|c| c.group != claims[0].group);
        res.findings.push(EcbFinding {
            topic,
            rule: f.rule.clone(),
            kind: f.kind,
            severity: f.severity,
            message: f.message.clone(),
            cross,
            claims,
        });
    }
    res
}

/// The same-event gate and the findings inside events over some topics.
#[derive(Debug, Clone, Default)]
pub struct EcbMetrics {
    /// Per topic.
    pub topics: Vec<TopicResult>,
}

impl EcbMetrics {
    /// Topics with no error-level cross-event finding.
    pub fn gate_clean(&self) -> usize {
        self.topics
            .iter()
            .filter(|t| t.cross(Severity::Error) == 0)
            .count()
    }

    /// Articles in all.
    pub fn articles(&self) -> usize {
        self.topics.iter().flat_map(|t| t.articles.values()).sum()
    }

    /// Errors and warnings inside one event, over all topics.
    pub fn within(&self) -> usize {
        self.topics
            .iter()
            .map(|t| t.articles.keys().map(|g| t.within(g)).sum::<usize>())
            .sum()
    }

    /// Errors and warnings inside events per article.
    pub fn within_per_article(&self) -> f64 {
        self.within() as f64 / self.articles().max(1) as f64
    }

    /// Inside-event errors and warnings by claim kind.
    pub fn within_by_kind(&self) -> BTreeMap<&'static str, usize> {
        let mut out = BTreeMap::new();
        for f in self.topics.iter().flat_map(|t| &t.findings) {
            if !f.cross && f.severity >= Severity::Warning {
                *out.entry(f.kind.as_str()).or_default() += 1;
            }
        }
        out
    }
}

/// The gate and inside-event findings on ECB+ (`dir` is the `ecbplus`
/// folder); `only` keeps some topics. `None` when `clusters.jsonl` is absent.
pub fn ecbplus(dir: &Path, only: Option<&[u32]>) -> Option<EcbMetrics> {
    let topics = ecb_topics(dir)?;
    let topics = topics
        .iter()
        .filter(|(t, _)| only.is_none_or(|o| o.contains(t)))
        .map(|(&t, groups)| ecb_topic(dir, t, groups))
        .collect();
    Some(EcbMetrics { topics })
}
