//! The JSON report, version 1. Field names are stable.

use super::Summary;
use crate::claims::Claim;
use crate::gate::Correction;
use crate::pipeline::Analysis;
use serde::Serialize;

/// Version of the JSON format.
pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct Report<'a> {
    version: u32,
    sources: Vec<SourceOut<'a>>,
    findings: Vec<FindingOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    consistent: Option<Vec<PairOut<'a>>>,
    /// Findings the baseline marks corrected (added; `check` only).
    #[serde(skip_serializing_if = "Option::is_none")]
    corrections: Option<Vec<CorrectionOut<'a>>>,
    summary: Summary,
}

/// A finding marked corrected in the baseline: what was corrected where,
/// who, when, and whether the sources still produce it.
#[derive(Serialize)]
struct CorrectionOut<'a> {
    fingerprint: &'a str,
    rule: &'a str,
    summary: &'a str,
    correction: Option<&'a str>,
    wrong: &'a [String],
    reviewer: Option<&'a str>,
    decided: Option<&'a str>,
    still_produced: bool,
}

impl<'a> CorrectionOut<'a> {
    fn of(c: &'a Correction) -> CorrectionOut<'a> {
        let e = &c.entry;
        CorrectionOut {
            fingerprint: &e.fingerprint,
            rule: &e.rule,
            summary: &e.summary,
            correction: e.correction.as_deref(),
            wrong: &e.wrong,
            reviewer: e.reviewer.as_deref(),
            decided: e.decided.as_deref(),
            still_produced: c.still_produced,
        }
    }
}

#[derive(Serialize)]
struct SourceOut<'a> {
    path: &'a str,
    outlet: Option<&'a str>,
    published: Option<String>,
    published_from: &'static str,
    title: Option<&'a str>,
    story: usize,
    /// The member of its story most like it (auto mode), and how alike.
    #[serde(skip_serializing_if = "Option::is_none")]
    story_evidence: Option<EvidenceOut<'a>>,
    /// The first source with the same text, when this one is a copy.
    #[serde(skip_serializing_if = "Option::is_none")]
    copy_of: Option<&'a str>,
}

#[derive(Serialize)]
struct EvidenceOut<'a> {
    partner: &'a str,
    similarity: f64,
    /// The terms the two share that weigh most (`factlint sources` only).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    shared: Vec<String>,
}

#[derive(Serialize)]
struct FindingOut<'a> {
    rule: &'a str,
    kind: &'static str,
    severity: &'static str,
    message: &'a str,
    help: &'a str,
    why: &'a str,
    fingerprint: &'a str,
    claims: Vec<ClaimOut<'a>>,
}

/// One claim in JSON.
#[derive(Serialize)]
pub struct ClaimOut<'a> {
    source: &'a str,
    kind: &'static str,
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    text: &'a str,
    value: String,
    display: String,
    subject: &'a str,
    /// What a quantity counts: predicate, thing, scope (quantities only).
    #[serde(skip_serializing_if = "Option::is_none")]
    counted: Option<&'a crate::claims::Counted>,
    confidence: f32,
    evidence: &'a str,
    /// In a finding: the source whose text this claim's source copies
    /// (counted once in the tally).
    #[serde(skip_serializing_if = "Option::is_none")]
    copy_of: Option<&'a str>,
}

#[derive(Serialize)]
struct PairOut<'a> {
    rule: &'a str,
    why: &'a str,
    alignment: String,
    claims: [ClaimOut<'a>; 2],
}

/// A claim as JSON data.
pub fn claim_out<'a>(a: &'a Analysis, c: &'a Claim) -> ClaimOut<'a> {
    let at = a.sources[c.source].line_col(c.span.start);
    claim_at(a, c, at)
}

/// [`claim_out`] with its line and column already known.
fn claim_at<'a>(a: &'a Analysis, c: &'a Claim, (line, column): (usize, usize)) -> ClaimOut<'a> {
    let s = &a.sources[c.source];
    ClaimOut {
        source: &s.path,
        kind: c.kind.as_str(),
        start: c.span.start,
        end: c.span.end,
        line,
        column,
        text: &s.text[c.span.clone()],
        value: c.value.normalized(),
        display: c.value.display(),
        subject: &c.subject.key,
        counted: c.subject.counted.as_deref(),
        confidence: (c.confidence * 100.0).round() / 100.0,
        evidence: &c.evidence,
        copy_of: None,
    }
}

/// Renders the report; `explain` adds the aligned pairs judged consistent.
pub fn render(a: &Analysis, explain: bool) -> String {
    render_with(a, explain, false, None)
}

/// The report of `factlint check`: [`render`] with the corrections list
/// (the findings the baseline marks corrected, from the gate; an empty
/// list without a baseline).
pub fn render_checked(a: &Analysis, explain: bool, corrections: &[Correction]) -> String {
    render_with(a, explain, false, Some(corrections))
}

/// The report of `factlint sources`: each source's story evidence also
/// names the terms it shares with the source most like it.
pub fn render_sources(a: &Analysis) -> String {
    render_with(a, false, true, None)
}

fn render_with(
    a: &Analysis,
    explain: bool,
    shared_terms: bool,
    corrections: Option<&[Correction]>,
) -> String {
    let settings = crate::align::stories::StorySettings::default();
    let shared = |s: &crate::source::Source, p: &crate::source::Source| {
        if !shared_terms || s.text.is_empty() || p.text.is_empty() {
            return Vec::new();
        }
        crate::align::stories::shared_terms(s, p, &settings, 6)
    };
    let report = Report {
        version: VERSION,
        sources: a
            .sources
            .iter()
            .map(|s| SourceOut {
                path: &s.path,
                outlet: s.meta.outlet.as_deref(),
                published: s.meta.published.map(|d| d.to_string()),
                published_from: s.meta.published_from.as_str(),
                title: s.meta.title.as_deref(),
                story: a.stories.of_source.get(s.id).copied().unwrap_or(0),
                story_evidence: a
                    .stories
                    .evidence
                    .get(s.id)
                    .copied()
                    .flatten()
                    .and_then(|e| {
                        let partner = a.sources.get(e.partner)?;
                        Some(EvidenceOut {
                            partner: &partner.path,
                            similarity: (f64::from(e.similarity) * 1000.0).round() / 1000.0,
                            shared: shared(s, partner),
                        })
                    }),
                copy_of: Some(a.stories.origin_of(s.id))
                    .filter(|&o| o != s.id)
                    .and_then(|o| Some(a.sources.get(o)?.path.as_str())),
            })
            .collect(),
        findings: a
            .findings
            .iter()
            .map(|f| FindingOut {
                rule: &f.rule,
                kind: f.kind.as_str(),
                severity: f.severity.as_str(),
                message: &f.message,
                help: &f.help,
                why: &f.why,
                fingerprint: &f.fingerprint,
                claims: f
                    .claims
                    .iter()
                    .map(|&i| {
                        let c = &a.claims[i];
                        ClaimOut {
                            copy_of: f.copy_of(c.source).map(|o| a.sources[o].path.as_str()),
                            ..claim_out(a, c)
                        }
                    })
                    .collect(),
            })
            .collect(),
        consistent: explain.then(|| {
            a.checked
                .iter()
                .filter(|c| c.verdict.conflict == Some(false))
                .map(|c| PairOut {
                    rule: &c.rule,
                    why: &c.verdict.why,
                    alignment: c.pair.reason.text(&a.claims[c.pair.a()]),
                    claims: [
                        claim_out(a, &a.claims[c.pair.a()]),
                        claim_out(a, &a.claims[c.pair.b()]),
                    ],
                })
                .collect()
        }),
        corrections: corrections.map(|cs| cs.iter().map(CorrectionOut::of).collect()),
        summary: Summary::of(a),
    };
    let mut out = serde_json::to_string_pretty(&report).expect("report data serializes");
    out.push('\n');
    out
}

/// The claims of every source as JSON (for `factlint claims --format json`).
pub fn render_claims(a: &Analysis) -> String {
    // Every claim of an article: its lines are indexed once, not scanned per claim.
    let lines = crate::source::Lines::new(&a.sources);
    let claims: Vec<ClaimOut> = a
        .claims
        .iter()
        .map(|c| claim_at(a, c, lines.line_col(c.source, c.span.start)))
        .collect();
    let mut out =
        serde_json::to_string_pretty(&serde_json::json!({ "version": VERSION, "claims": claims }))
            .expect("claims serialize");
    out.push('\n');
    out
}
