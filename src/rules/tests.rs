//! Running the `[[test]]` cases carried by rule files through the real
//! pipeline, on in-memory sources.

use super::{Rule, RuleSet, RuleTest};
use crate::lexicon::Lexicon;
use crate::pipeline::{self, Analysis, Options};
use crate::source::{Provenance, Source};

/// What happened to one case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseOutcome {
    /// The expected findings appeared.
    Pass,
    /// They did not: why.
    Fail(String),
    /// The case says `skip`: why.
    Skipped(String),
}

/// One case's result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseResult {
    /// Rule id.
    pub rule: String,
    /// 1-based case number within the rule.
    pub number: usize,
    /// The case name (or `case N`).
    pub name: String,
    /// The outcome.
    pub outcome: CaseOutcome,
}

/// The name a case is shown with.
pub fn case_name(case: &RuleTest, number: usize) -> String {
    case.name
        .clone()
        .unwrap_or_else(|| format!("case {number}"))
}

/// Builds the in-memory sources of a case.
pub fn case_sources(case: &RuleTest, lexicon: &Lexicon) -> Vec<Source> {
    case.sources
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let path = t
                .path
                .clone()
                .unwrap_or_else(|| format!("source-{}.txt", i + 1));
            let mut s = Source::from_text(i, path, t.text.clone(), lexicon);
            if let Some(d) = t.date.as_deref().and_then(|d| d.parse().ok()) {
                s.meta.published = Some(d);
                s.meta.published_from = Provenance::Config;
                s.meta.published_evidence = Some("the rule test".into());
            }
            if let Some(o) = &t.outlet {
                s.meta.outlet = Some(o.clone());
                s.meta.outlet_from = Provenance::Config;
            }
            s
        })
        .collect()
}

/// Runs one case of `rule` with the whole rule set (the rule under test enabled).
pub fn run_case(
    rule: &Rule,
    case: &RuleTest,
    rules: &RuleSet,
    lexicon: &Lexicon,
    opts: &Options,
) -> (CaseOutcome, Analysis) {
    let mut set = rules.clone();
    set.extend(vec![Rule {
        enabled: true,
        ..rule.clone()
    }]);
    let analysis = pipeline::analyze(case_sources(case, lexicon), lexicon, &set, opts);
    if let Some(why) = &case.skip {
        return (CaseOutcome::Skipped(why.clone()), analysis);
    }
    let mine: Vec<_> = analysis
        .findings
        .iter()
        .filter(|f| f.rule == rule.id)
        .collect();
    let listed = || {
        mine.iter()
            .map(|f| format!("\n      {}: {} ({})", f.severity.as_str(), f.message, f.why))
            .collect::<String>()
    };
    let outcome = if mine.len() != case.expect {
        CaseOutcome::Fail(format!(
            "expected {} finding{}, got {}{}",
            case.expect,
            if case.expect == 1 { "" } else { "s" },
            mine.len(),
            listed()
        ))
    } else if let Some(want) = case.severity {
        match mine.iter().find(|f| f.severity != want) {
            Some(f) => CaseOutcome::Fail(format!(
                "expected severity {}, got {}{}",
                want.as_str(),
                f.severity.as_str(),
                listed()
            )),
            None => CaseOutcome::Pass,
        }
    } else {
        CaseOutcome::Pass
    };
    (outcome, analysis)
}

/// Runs every case of the given rules.
pub fn run(
    under_test: &[&Rule],
    rules: &RuleSet,
    lexicon: &Lexicon,
    opts: &Options,
) -> Vec<CaseResult> {
    let mut out = Vec::new();
    for rule in under_test {
        for (i, case) in rule.tests.iter().enumerate() {
            let (outcome, _) = run_case(rule, case, rules, lexicon, opts);
            out.push(CaseResult {
                rule: rule.id.clone(),
                number: i + 1,
                name: case_name(case, i + 1),
                outcome,
            });
        }
    }
    out
}

/// `ok event-date #1 different weekdays`, …, then a summary line.
pub fn render(results: &[CaseResult], untested: &[&str]) -> String {
    let mut out = String::new();
    let (mut pass, mut fail, mut skip) = (0, 0, 0);
    for r in results {
        match &r.outcome {
            CaseOutcome::Pass => {
                pass += 1;
                out.push_str(&format!("ok    {} #{} {}\n", r.rule, r.number, r.name));
            }
            CaseOutcome::Fail(why) => {
                fail += 1;
                out.push_str(&format!(
                    "FAIL  {} #{} {}\n      {why}\n",
                    r.rule, r.number, r.name
                ));
            }
            CaseOutcome::Skipped(why) => {
                skip += 1;
                out.push_str(&format!(
                    "skip  {} #{} {} ({why})\n",
                    r.rule, r.number, r.name
                ));
            }
        }
    }
    for id in untested {
        out.push_str(&format!("note: rule {id} has no [[test]] cases\n"));
    }
    out.push_str(&format!(
        "{} case{}: {pass} passed, {fail} failed, {skip} skipped\n",
        results.len(),
        if results.len() == 1 { "" } else { "s" }
    ));
    out
}

/// Whether any case failed.
pub fn any_failed(results: &[CaseResult]) -> bool {
    results
        .iter()
        .any(|r| matches!(r.outcome, CaseOutcome::Fail(_)))
}
