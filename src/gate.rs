//! The pre-publication gate: draft mode, baseline suppression and the fail
//! policy, applied to an [`Analysis`] before it is rendered.
//!
//! The gate never changes how claims are found or judged: it only selects
//! which findings are reported (and, in draft mode, which claim is primary).

use crate::baseline::{Baseline, Decision, Entry};
use crate::findings::Finding;
use crate::pipeline::Analysis;
use crate::rules::{render_template, RuleSet, Severity};
use crate::source::SourceId;
use std::path::Path;

mod atomic;
pub use atomic::{write_atomic, write_atomic_to};

/// When the gate fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum FailOn {
    /// Fail on error findings (the default).
    #[default]
    Error,
    /// Fail on warning or error findings.
    Warning,
    /// Never fail because of findings (`--max-findings` still applies).
    Never,
}

/// The gate's policy.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Policy {
    /// Severity threshold.
    pub fail_on: FailOn,
    /// Fail when more findings than this are reported (after suppression).
    pub max_findings: Option<usize>,
}

impl Policy {
    /// Whether the reported findings fail the gate (findings marked
    /// corrected in the baseline are left out by the caller: they never fail).
    pub fn fails(&self, findings: &[Finding]) -> bool {
        let by_severity = match self.fail_on {
            FailOn::Error => findings.iter().any(|f| f.severity == Severity::Error),
            FailOn::Warning => findings.iter().any(|f| f.severity >= Severity::Warning),
            FailOn::Never => false,
        };
        by_severity || self.max_findings.is_some_and(|n| findings.len() > n)
    }
}

/// What the gate kept and set aside.
#[derive(Debug)]
pub struct Gated {
    /// Findings suppressed by the baseline.
    pub suppressed: Vec<Finding>,
    /// Baseline entries matching no finding.
    pub stale: Vec<Entry>,
    /// Baseline entries past their `expires` date that matched a finding
    /// (which is reported again).
    pub expired: Vec<Entry>,
    /// Draft mode: conflicts among the reference sources alone.
    pub reference: Vec<Finding>,
    /// Entries marked corrected (not expired), in baseline order: the
    /// corrections list.
    pub corrections: Vec<Correction>,
}

/// A finding marked corrected in the baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct Correction {
    /// Its baseline entry (what was corrected where, who, when).
    pub entry: Entry,
    /// The finding is still produced: it is reported as a note.
    pub still_produced: bool,
}

impl Correction {
    /// `marked corrected on 2026-12-04 by Jane Doe`.
    pub fn marked(&self) -> String {
        let e = &self.entry;
        let date = e.decided.as_deref().map(crate::baseline::date_of);
        format!(
            "marked corrected{}{}",
            date.map(|d| format!(" on {d}")).unwrap_or_default(),
            e.reviewer
                .as_deref()
                .map(|r| format!(" by {r}"))
                .unwrap_or_default()
        )
    }
}

/// A corrected finding produced again: a note saying so, never failing.
fn reported_again(f: &mut Finding, c: &Correction) {
    f.severity = Severity::Note;
    f.message = format!(
        "{} but still produced: {}",
        upper_first(&c.marked()),
        f.message
    );
    let what = c
        .entry
        .correction
        .as_deref()
        .map(|w| format!("The correction recorded: {w}. "))
        .unwrap_or_default();
    f.help = format!(
        "{what}Check that the corrected text is the one checked, or reopen the finding in `factlint review`. {}",
        f.help
    );
}

fn upper_first(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

impl Gated {
    /// Whether `f` is a corrected finding produced again (a note that
    /// never fails the gate, nor counts for `--max-findings`).
    pub fn is_corrected(&self, f: &Finding) -> bool {
        self.corrections
            .iter()
            .any(|c| c.still_produced && c.entry.fingerprint == f.fingerprint)
    }

    /// One line about the reference conflicts set aside in draft mode.
    pub fn reference_line(&self) -> Option<String> {
        if self.reference.is_empty() {
            return None;
        }
        let n = self.reference.len();
        let mut rules: Vec<&str> = self.reference.iter().map(|f| f.rule.as_str()).collect();
        rules.sort_unstable();
        rules.dedup();
        Some(format!(
            "{n} conflict{} among the reference sources alone ({}): not reported, not failing",
            if n == 1 { "" } else { "s" },
            rules.join(", ")
        ))
    }
}

/// Which sources are drafts: those whose path is (or resolves to) one of `drafts`.
pub fn draft_sources(a: &Analysis, drafts: &[impl AsRef<Path>]) -> Vec<SourceId> {
    crate::source::named(&a.sources, drafts)
}

/// Applies draft selection (when `drafts` is given), then the baseline.
pub fn apply(
    a: &mut Analysis,
    rules: &RuleSet,
    drafts: Option<&[SourceId]>,
    baseline: Option<&Baseline>,
    today: jiff::civil::Date,
) -> Gated {
    let mut kept = Vec::new();
    let mut reference = Vec::new();
    for f in &a.findings {
        match drafts {
            None => kept.push(f.clone()),
            Some(d) => match draft_view(a, rules, f, d) {
                Some(g) => kept.push(g),
                None if among_references(a, f, d) => reference.push(f.clone()),
                // Every conflict involves the draft, which sides with a
                // reference: nobody's conflict (a series the draft counts on).
                None => {}
            },
        }
    }
    let mut suppressed = Vec::new();
    let mut stale = Vec::new();
    let mut expired = Vec::new();
    let mut corrections = Vec::new();
    if let Some(b) = baseline {
        let all: Vec<&Finding> = kept.iter().chain(reference.iter()).collect();
        for e in &b.entries {
            let matched = all.iter().any(|f| f.fingerprint == e.fingerprint);
            if e.decision == Some(Decision::Corrected) && !e.is_expired(today) {
                // Not stale when gone: that is what a correction is for.
                corrections.push(Correction {
                    entry: e.clone(),
                    still_produced: kept.iter().any(|f| f.fingerprint == e.fingerprint),
                });
            } else if !matched {
                stale.push(e.clone());
            } else if e.is_expired(today) {
                expired.push(e.clone());
            }
        }
        let mut loud = Vec::new();
        for mut f in kept {
            if let Some(c) = corrections
                .iter()
                .find(|c| c.entry.fingerprint == f.fingerprint)
            {
                reported_again(&mut f, c);
                loud.push(f);
            } else if b
                .entries
                .iter()
                .any(|e| e.fingerprint == f.fingerprint && e.suppresses(today))
            {
                suppressed.push(f);
            } else {
                loud.push(f);
            }
        }
        // Notes made of corrected findings go after the warnings.
        loud.sort_by_key(|f| std::cmp::Reverse(f.severity));
        kept = loud;
    }
    // The analysis keeps only the findings to report (draft findings with
    // the draft's claim first); nothing else is copied.
    a.findings = kept;
    Gated {
        suppressed,
        stale,
        expired,
        reference,
        corrections,
    }
}

/// The finding as the draft sees it: `None` when the draft is not to blame
/// (not involved, or siding with at least one reference source, so the
/// disagreement exists among the references already).
fn draft_view(a: &Analysis, rules: &RuleSet, f: &Finding, drafts: &[SourceId]) -> Option<Finding> {
    let is_draft = |ci: usize| drafts.contains(&a.claims[ci].source);
    let checked: Vec<_> = a
        .checked
        .iter()
        .filter(|c| {
            c.rule == f.rule && (f.claims.contains(&c.pair.a()) && f.claims.contains(&c.pair.b()))
        })
        .collect();
    // For each draft claim: the reference claims it conflicts with, and whether any agrees.
    let mut best: Option<(usize, usize, &crate::findings::Checked)> = None;
    // A draft's count of a series that exceeds a reference's: an update.
    let mut update: Option<(usize, usize)> = None;
    for &d in f.claims.iter().filter(|&&c| is_draft(c)) {
        let mut conflicts = Vec::new();
        let mut supporters = Vec::new();
        let mut grown = None;
        for c in &checked {
            let other = if c.pair.a() == d {
                c.pair.b()
            } else if c.pair.b() == d {
                c.pair.a()
            } else {
                continue;
            };
            if is_draft(other) {
                continue;
            }
            match c.verdict.conflict {
                Some(true) if counts_on(a, d, other) => {
                    grown.get_or_insert((d, other));
                }
                Some(true) => conflicts.push((other, *c)),
                // Counting fewer than a later reference is consistent only
                // by the draft's borrowed date: no support.
                Some(false) if draft_count(a, d, other) == Some(std::cmp::Ordering::Less) => {}
                Some(false) => supporters.push(other),
                None => {}
            }
        }
        // A reference older than one the draft conflicts with, and
        // consistent with it (a series that grew since), is outdated: the
        // draft siding with it is no disagreement among the references.
        let outdated = |r: usize| {
            conflicts
                .iter()
                .any(|&(o, _)| older(a, r, o) && consistent(&checked, r, o))
        };
        let supported = supporters.iter().any(|&r| !outdated(r));
        // A draft agreeing with one reference is not to blame, nor updates
        // the series when it counts past an older one.
        if supported {
            continue;
        }
        if let Some(u) = grown {
            update.get_or_insert(u);
        }
        if let Some(&(other, c)) = conflicts.first() {
            best.get_or_insert((d, other, c));
        }
    }
    let Some((d, other, checked)) = best else {
        let (d, other) = update?;
        return Some(update_view(a, rules, f, d, other));
    };
    let mut g = f.clone();
    g.claims.retain(|&c| c != d && c != other);
    g.claims.splice(0..0, [d, other]);
    g.why = checked.verdict.why.clone();
    if let Some(rule) = rules.rules.iter().find(|r| r.id == f.rule) {
        let (ca, cb) = (&a.claims[d], &a.claims[other]);
        let (sa, sb) = (&a.sources[ca.source], &a.sources[cb.source]);
        let fields = [
            ("subject", f.subject.clone()),
            ("a.outlet", sa.name()),
            ("a.value", crate::report::plain::value(ca)),
            ("a.path", sa.path.clone()),
            ("b.outlet", sb.name()),
            ("b.value", crate::report::plain::value(cb)),
            ("b.path", sb.path.clone()),
        ];
        g.message = render_template(&rule.message, &fields);
    }
    Some(g)
}

/// Whether claim `x`'s source was published before claim `y`'s.
fn older(a: &Analysis, x: usize, y: usize) -> bool {
    let date = |c: usize| a.sources[a.claims[c].source].meta.published;
    matches!((date(x), date(y)), (Some(dx), Some(dy)) if dx < dy)
}

/// Whether the pair of claims `x` and `y` was judged consistent.
fn consistent(checked: &[&crate::findings::Checked], x: usize, y: usize) -> bool {
    checked.iter().any(|c| {
        (c.pair.a(), c.pair.b()) == (x, y) || (c.pair.a(), c.pair.b()) == (y, x)
    } && c.verdict.conflict == Some(false))
}

/// Whether two reference sources of finding `f` conflict (not only a
/// draft with one of them).
fn among_references(a: &Analysis, f: &Finding, drafts: &[SourceId]) -> bool {
    let is_draft = |ci: usize| drafts.contains(&a.claims[ci].source);
    a.checked.iter().any(|c| {
        c.rule == f.rule
            && c.verdict.conflict == Some(true)
            && f.claims.contains(&c.pair.a())
            && f.claims.contains(&c.pair.b())
            && !is_draft(c.pair.a())
            && !is_draft(c.pair.b())
    })
}

/// Whether draft claim `d` counts a series further than reference claim
/// `r` as of the draft's writing: a draft is written after its references,
/// so a higher count is the series grown since, not a conflict. A lower
/// one still is.
fn counts_on(a: &Analysis, d: usize, r: usize) -> bool {
    draft_count(a, d, r) == Some(std::cmp::Ordering::Greater)
}

/// How draft claim `d`'s count of a series compares with reference claim
/// `r`'s, when `d` is as of the draft's writing (no date of its own in its
/// clause, or its source's day); `None` for other claims.
fn draft_count(a: &Analysis, d: usize, r: usize) -> Option<std::cmp::Ordering> {
    use crate::claims::Value;
    let (cd, cr) = (&a.claims[d], &a.claims[r]);
    let (Value::Ordinal { n: nd, .. }, Value::Ordinal { n: nr, .. }) = (&cd.value, &cr.value)
    else {
        return None;
    };
    let published = a.sources[cd.source].meta.published;
    let as_of_writing = match &cd.subject.event_date {
        None => true,
        Some(crate::temporal::DateValue::Day(day)) => Some(*day) == published,
        Some(_) => false,
    };
    as_of_writing.then(|| nd.cmp(nr))
}

/// The note a draft's grown count makes: the reference's count, then the
/// draft's, with the rule's `update-message` (else its message).
fn update_view(a: &Analysis, rules: &RuleSet, f: &Finding, d: usize, r: usize) -> Finding {
    let mut g = f.clone();
    g.claims.retain(|&c| c != d && c != r);
    g.claims.splice(0..0, [d, r]);
    g.severity = Severity::Note;
    let (cd, cr) = (&a.claims[d], &a.claims[r]);
    let value = crate::report::plain::value;
    g.why = format!(
        "{} in a reference, then {} in the draft, written later: the series grew",
        value(cr),
        value(cd)
    );
    if let Some(rule) = rules.rules.iter().find(|x| x.id == f.rule) {
        let (sd, sr) = (&a.sources[cd.source], &a.sources[cr.source]);
        let fields = [
            ("subject", f.subject.clone()),
            ("a.outlet", sr.name()),
            ("a.value", value(cr)),
            ("a.path", sr.path.clone()),
            ("b.outlet", sd.name()),
            ("b.value", value(cd)),
            ("b.path", sd.path.clone()),
        ];
        let template = rule.update_message.as_ref().unwrap_or(&rule.message);
        g.message = render_template(template, &fields);
    }
    g
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_thresholds() {
        let mut f = crate::findings::Finding {
            rule: "r".into(),
            kind: crate::claims::ClaimKind::Date,
            severity: Severity::Warning,
            message: String::new(),
            help: String::new(),
            link: None,
            subject: String::new(),
            claims: vec![],
            why: String::new(),
            fingerprint: String::new(),
            copies: Vec::new(),
        };
        let warn = vec![f.clone()];
        let p = |fail_on, max_findings| Policy {
            fail_on,
            max_findings,
        };
        assert!(!p(FailOn::Error, None).fails(&warn));
        assert!(p(FailOn::Warning, None).fails(&warn));
        assert!(!p(FailOn::Never, None).fails(&warn));
        assert!(p(FailOn::Never, Some(0)).fails(&warn));
        assert!(!p(FailOn::Never, Some(1)).fails(&warn));
        f.severity = Severity::Error;
        assert!(p(FailOn::Error, None).fails(&[f]));
        assert!(!p(FailOn::Error, None).fails(&[]));
    }
}
