//! Findings: contradictions, independent of how they are rendered.
//!
//! Aligned pairs judged by a rule are grouped per rule into connected
//! components; a component with at least one conflicting pair becomes one
//! finding listing every claim in it, the minority value first.
//!
//! Copies of one text (an agency story run by several outlets, see
//! [`Stories::origin`]) are not independent: tallies and the minority
//! count each text once, and the finding lists which sources are copies.

use crate::align::{Pair, Stories};
use crate::claims::{Claim, ClaimKind, Tense};
use crate::rules::{render_template, Rule, RuleSet, Severity, Verdict};
use crate::source::Source;
use rayon::prelude::*;
use std::collections::BTreeMap;
use subject::{normalize_subject, subject_key, subject_shown};
use tally::{tally_key, Texts};

mod acknowledged;
mod later_day;
mod offset_length;
mod overlap;
mod subject;
mod tally;
#[cfg(test)]
mod tests;

/// One contradiction.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// Rule id.
    pub rule: String,
    /// Claim kind.
    pub kind: ClaimKind,
    /// Severity.
    pub severity: Severity,
    /// The rendered message.
    pub message: String,
    /// Help: the tally of values, then the rule's help.
    pub help: String,
    /// Link to the rule's documentation.
    pub link: Option<String>,
    /// What the claims are about.
    pub subject: String,
    /// Indices into the claims, primary first.
    pub claims: Vec<usize>,
    /// Why the primary conflicts with the others.
    pub why: String,
    /// Stable identity: rule, subject, values and sources, not positions.
    pub fingerprint: String,
    /// The sources of the claims that copy another source's text, as
    /// (copy, origin) source ids, sorted; empty when all are independent.
    pub copies: Vec<(usize, usize)>,
}

impl Finding {
    /// The source whose text `source` copies, when it is a copy.
    pub fn copy_of(&self, source: usize) -> Option<usize> {
        self.copies
            .iter()
            .find(|(c, _)| *c == source)
            .map(|&(_, o)| o)
    }
}

/// An aligned pair as judged by a rule (what `--explain` shows).
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    /// Rule id.
    pub rule: String,
    /// The pair.
    pub pair: Pair,
    /// The judgement.
    pub verdict: Verdict,
}

/// FNV-1a, 64 bits: stable across runs, platforms and Rust versions.
pub fn stable_hash(parts: &[&str]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for b in p.bytes().chain(std::iter::once(0x1f)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

/// The root of claim `i`'s component: its least claim index. Indices are
/// 32 bits (as in the pairs), so that each rule's table is 4 bytes a claim.
fn find(parent: &mut [u32], i: usize) -> usize {
    let mut i = i as u32;
    while parent[i as usize] != i {
        parent[i as usize] = parent[parent[i as usize] as usize];
        i = parent[i as usize];
    }
    i as usize
}

/// What a rule made of one aligned pair ([`evaluate_rule`]): one byte a
/// pair, in pair order, instead of a list of (index, verdict) joined from
/// every thread's (the rules run side by side, each over all pairs).
#[derive(Clone, Copy, PartialEq)]
enum Judged {
    /// The rule does not apply to the pair.
    Skipped,
    /// Undecided.
    Undecided,
    /// Consistent.
    Consistent,
    /// A conflict.
    Conflict,
}

impl Judged {
    fn of(conflict: Option<bool>) -> Judged {
        match conflict {
            None => Judged::Undecided,
            Some(false) => Judged::Consistent,
            Some(true) => Judged::Conflict,
        }
    }
}

/// Judges every aligned pair with every rule of its kind and builds findings.
/// The judged pairs come back too: all of them with `all_checked`, else only
/// those inside a finding (what the draft gate needs). `stories` tells which
/// sources copy one text ([`Stories::origin_of`]).
pub fn evaluate(
    rules: &RuleSet,
    claims: &[Claim],
    pairs: &[Pair],
    sources: &[Source],
    stories: &Stories,
    all_checked: bool,
) -> (Vec<Finding>, Vec<Checked>) {
    // Rules are judged side by side; their results are joined in rule
    // order, so the output does not depend on the thread count.
    let per_rule: Vec<(Vec<Finding>, Vec<Checked>)> = rules
        .rules
        .par_iter()
        .filter(|rule| rule.enabled)
        .map(|rule| evaluate_rule(rule, rules, claims, pairs, sources, stories, all_checked))
        .collect();
    let mut findings = Vec::new();
    let mut checked = Vec::new();
    for (f, c) in per_rule {
        findings.extend(f);
        checked.extend(c);
    }
    overlap::drop_offset_distances(&mut findings, claims);
    overlap::drop_repeated_speakers(&mut findings, claims);
    findings.sort_by(|x, y| {
        (
            std::cmp::Reverse(x.severity),
            &x.rule,
            x.claims
                .first()
                .map(|&c| (claims[c].source, claims[c].span.start)),
        )
            .cmp(&(
                std::cmp::Reverse(y.severity),
                &y.rule,
                y.claims
                    .first()
                    .map(|&c| (claims[c].source, claims[c].span.start)),
            ))
    });
    (findings, checked)
}

/// [`evaluate`] for one rule: its findings and judged pairs.
fn evaluate_rule(
    rule: &Rule,
    rules: &RuleSet,
    claims: &[Claim],
    pairs: &[Pair],
    sources: &[Source],
    stories: &Stories,
    all_checked: bool,
) -> (Vec<Finding>, Vec<Checked>) {
    let mut findings = Vec::new();
    let mut checked = Vec::new();
    let mut parent: Vec<u32> = (0..claims.len() as u32).collect();
    let applies = |p: &Pair| claims[p.a()].kind == rule.kind && rules.judges(rule, &claims[p.a()]);
    // A figure of a day after the other source was published is of
    // another day (see `later_day`): no conflict, undecided.
    let apart = |p: &Pair| {
        rule.kind == ClaimKind::Quantity
            && later_day::told_before(&claims[p.a()], &claims[p.b()], sources)
    };
    let judge = |p: &Pair| {
        let (a, b) = (&claims[p.a()], &claims[p.b()]);
        let mut v = offset_length::judge(rule.judge(a, b, p), a, b, p, sources);
        if v.conflict == Some(true) && apart(p) {
            v.conflict = None;
            v.why = later_day::WHY.to_string();
        }
        v
    };
    // Pairs are judged in parallel; the verdicts come back in pair
    // order, so what follows does not depend on the thread count. Only
    // whether a pair conflicts is kept (a big run judges millions of
    // pairs): the verdicts with their explanations are those of the
    // conflicts (judged again: few pairs conflict), and the others are
    // judged again when they are kept.
    let (judged, mut kept): (Vec<Judged>, Vec<(u32, Verdict)>) = if all_checked {
        let kept: Vec<(u32, Verdict)> = pairs
            .par_iter()
            .enumerate()
            .filter(|(_, p)| applies(p))
            .map(|(k, p)| (k as u32, judge(p)))
            .collect();
        let mut judged = vec![Judged::Skipped; pairs.len()];
        for (k, v) in &kept {
            judged[*k as usize] = Judged::of(v.conflict);
        }
        (judged, kept)
    } else {
        let judged: Vec<Judged> = pairs
            .par_iter()
            .map(|p| {
                if !applies(p) {
                    return Judged::Skipped;
                }
                let (a, b) = (&claims[p.a()], &claims[p.b()]);
                let conflict = offset_length::conflict(rule.conflict(a, b, p), a, b, p, sources)
                    .filter(|&c| !(c && apart(p)));
                Judged::of(conflict)
            })
            .collect();
        let kept = (0..pairs.len())
            .into_par_iter()
            .filter(|&k| judged[k] == Judged::Conflict)
            .map(|k| (k as u32, judge(&pairs[k])))
            .collect();
        (judged, kept)
    };
    let mut conflicts: Vec<(usize, usize, Verdict)> = Vec::new();
    for (pair, _) in pairs
        .iter()
        .zip(&judged)
        .filter(|(_, j)| !matches!(j, Judged::Skipped | Judged::Undecided))
    {
        let (ra, rb) = (find(&mut parent, pair.a()), find(&mut parent, pair.b()));
        parent[ra.max(rb)] = ra.min(rb) as u32;
    }
    for (k, v) in &kept {
        if v.conflict == Some(true) {
            let pair = &pairs[*k as usize];
            conflicts.push((pair.a(), pair.b(), v.clone()));
        }
    }
    let mut components: BTreeMap<usize, Vec<(usize, usize, Verdict)>> = BTreeMap::new();
    for (a, b, v) in conflicts {
        components
            .entry(find(&mut parent, a))
            .or_default()
            .push((a, b, v));
    }
    // The judged pairs to report: all of them, or this rule's pairs
    // that lie in a conflicting component, in order.
    let mut kept = kept.drain(..).peekable();
    let applied = judged
        .iter()
        .enumerate()
        .filter(|(_, j)| **j != Judged::Skipped);
    for (k, _) in applied {
        let k = k as u32;
        let pair = &pairs[k as usize];
        let verdict = kept.next_if(|(i, _)| *i == k).map(|(_, v)| v);
        if !all_checked && !components.contains_key(&find(&mut parent, pair.a())) {
            continue;
        }
        checked.push(Checked {
            rule: rule.id.clone(),
            pair: pair.clone(),
            verdict: verdict.unwrap_or_else(|| judge(pair)),
        });
    }
    // Members of the conflicting components, in one pass over the claims
    // of the rule's kind (claim order, so members come out sorted).
    let mut members: BTreeMap<usize, Vec<usize>> =
        components.keys().map(|&r| (r, Vec::new())).collect();
    if !members.is_empty() {
        for i in (0..claims.len()).filter(|&i| claims[i].kind == rule.kind) {
            if let Some(m) = members.get_mut(&find(&mut parent, i)) {
                m.push(i);
            }
        }
    }
    for (root, conflicts) in components {
        findings.push(build(
            rule,
            claims,
            sources,
            stories,
            &members[&root],
            &conflicts,
        ));
    }
    (findings, checked)
}

fn build(
    rule: &Rule,
    claims: &[Claim],
    sources: &[Source],
    stories: &Stories,
    members: &[usize],
    conflicts: &[(usize, usize, Verdict)],
) -> Finding {
    // Tally values: the minority value is the likely error and goes first.
    // A value weighs by the distinct texts that give it (copies of one
    // text count once), then by its claims.
    let mut tally: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for &m in members {
        tally.entry(tally_key(&claims[m])).or_default().push(m);
    }
    let texts = Texts::new(claims, stories, &tally);
    let weight = |v: &[usize]| texts.weight(claims, v);
    let conflicting: Vec<usize> = conflicts.iter().flat_map(|(a, b, _)| [*a, *b]).collect();
    let mut primary = *members
        .iter()
        .filter(|m| conflicting.contains(m))
        .min_by(|&&x, &&y| {
            let nx = weight(&tally[&tally_key(&claims[x])]);
            let ny = weight(&tally[&tally_key(&claims[y])]);
            // Among equals, a copy that changed the text it copies is
            // the likelier error.
            (
                nx,
                !texts.edited(claims[x].source),
                claims[x].confidence.total_cmp(&claims[y].confidence),
                std::cmp::Reverse(claims[x].source),
            )
                .partial_cmp(&(
                    ny,
                    !texts.edited(claims[y].source),
                    std::cmp::Ordering::Equal,
                    std::cmp::Reverse(claims[y].source),
                ))
                .unwrap_or(std::cmp::Ordering::Equal)
        })
        .expect("a component with a conflict has members");
    // The pair shown is a sure conflict of the primary when it has one:
    // the finding's severity rests on it (`Heydar` / `Heidar` is a weak
    // first-name variant, `Alishvandi` / `Alishbandi` a misspelling).
    let (pa, pb, verdict) = conflicts
        .iter()
        .filter(|(a, b, _)| *a == primary || *b == primary)
        .min_by_key(|(_, _, v)| v.weak)
        .expect("the primary is in a conflict");
    let mut other = if *pa == primary { *pb } else { *pa };
    // Every conflict an update: the finding is a note, earlier figure first.
    let update = rule.update_message.as_ref().filter(|_| {
        conflicts
            .iter()
            .all(|(a, b, _)| is_update(&claims[*a], &claims[*b], sources))
    });
    if update.is_some() {
        let (a, b) = (&claims[*pa], &claims[*pb]);
        let date = |c: &Claim| sources[c.source].meta.published;
        (primary, other) = if date(a) <= date(b) {
            (*pa, *pb)
        } else {
            (*pb, *pa)
        };
    }
    let mut ordered = vec![primary, other];
    ordered.extend(
        members
            .iter()
            .copied()
            .filter(|m| *m != primary && *m != other),
    );
    let severity = if update.is_some() {
        Severity::Note
    } else if conflicts.iter().any(|(_, _, v)| !v.weak) {
        rule.severity
    } else {
        rule.weak_severity.unwrap_or(rule.severity)
    };
    let shown: Vec<&Claim> = ordered.iter().map(|&i| &claims[i]).collect();
    // The fingerprint keeps the key of earlier versions, so reviewers'
    // decisions stick when the wording shown improves.
    let subject_key = subject_key(&shown);
    let subject = subject_shown(&shown, &subject_key);
    let (a, b) = (&claims[primary], &claims[other]);
    let date = |c: &Claim| {
        sources[c.source]
            .meta
            .published
            .map_or_else(|| "undated".to_string(), |d| d.to_string())
    };
    let fields = [
        ("subject", subject.clone()),
        ("a.outlet", sources[a.source].name()),
        ("a.value", crate::report::plain::value(a)),
        ("a.path", sources[a.source].path.clone()),
        ("a.date", date(a)),
        ("b.outlet", sources[b.source].name()),
        ("b.value", crate::report::plain::value(b)),
        ("b.path", sources[b.source].path.clone()),
        ("b.date", date(b)),
    ];
    let mut groups: Vec<(&String, &Vec<usize>)> = tally.iter().collect();
    groups.sort_by_key(|(k, v)| {
        (
            std::cmp::Reverse(weight(v)),
            v.iter().any(|&i| texts.edited(claims[i].source)),
            (*k).clone(),
        )
    });
    let tally_text = groups
        .iter()
        .enumerate()
        .map(|(i, (_, v))| {
            let shown = crate::report::plain::value(&claims[v[0]]);
            let n = texts.count(claims, v);
            let said = match (i, n) {
                (0, 1) => format!("1 source says {shown}"),
                (0, n) => format!("{n} sources say {shown}"),
                (_, 1) => format!("1 says {shown}"),
                (_, n) => format!("{n} say {shown}"),
            };
            format!("{said}{}", texts.note(claims, v))
        })
        .collect::<Vec<_>>()
        .join(", ");
    let mut values: Vec<String> = members.iter().map(|&m| tally_key(&claims[m])).collect();
    values.sort();
    values.dedup();
    let mut idents: Vec<String> = members
        .iter()
        .map(|&m| sources[claims[m].source].key.clone())
        .collect();
    idents.sort();
    idents.dedup();
    let mut copies: Vec<(usize, usize)> = members
        .iter()
        .map(|&m| (claims[m].source, stories.origin_of(claims[m].source)))
        .filter(|(s, o)| s != o)
        .collect();
    copies.sort_unstable();
    copies.dedup();
    let key = normalize_subject(&subject_key);
    let mut parts: Vec<&str> = vec![&rule.id, &key];
    parts.extend(values.iter().map(String::as_str));
    parts.push("|");
    parts.extend(idents.iter().map(String::as_str));
    Finding {
        rule: rule.id.clone(),
        kind: rule.kind,
        severity,
        message: render_template(update.unwrap_or(&rule.message), &fields),
        help: format!("{tally_text}. {}", render_template(&rule.help, &fields)),
        link: rule.link.clone(),
        subject,
        claims: ordered,
        why: verdict.why.clone(),
        fingerprint: stable_hash(&parts),
        copies,
    }
}

/// Whether a conflict between two figures is an update: one sentence says
/// when in the day its figure held (`closed`), or their sources were
/// published on different (known) days and one sentence marks its figure
/// as revised or provisional (`rose to`), or one sentence marked so gives
/// the other figure as the one it replaces (`had first rated it 5.3`).
fn is_update(a: &Claim, b: &Claim, sources: &[Source]) -> bool {
    use crate::quantity::Revision;
    // A company's result (`Net income rose to $610 million`) is no
    // revised count: its `rose to` is the change from an earlier period.
    let reported = |c: &Claim| {
        c.subject
            .counted
            .as_deref()
            .is_some_and(|k| k.scope.iter().any(|s| s == crate::claims::REPORTED))
    };
    let marked = |c: &Claim| match c.value {
        crate::claims::Value::Quantity { revised, .. }
            if revised == Revision::Revised && reported(c) =>
        {
            Revision::None
        }
        crate::claims::Value::Quantity { revised, .. } => revised,
        _ => Revision::None,
    };
    let (da, db) = (
        sources[a.source].meta.published,
        sources[b.source].meta.published,
    );
    let (ma, mb) = (marked(a), marked(b));
    // A figure held at a time of day is updated by one of another time,
    // whatever the days; a revised one by one of another day.
    let within_day = ma == Revision::WithinDay || mb == Revision::WithinDay;
    let other_days = da.is_some() && db.is_some() && da != db;
    // Two forecasts published on different days (`expected in May`, then
    // `expected in June`): the plan moved, as a revised figure does.
    let forecast = |c: &Claim| c.kind == ClaimKind::Date && c.subject.tense == Tense::Future;
    within_day
        || (other_days && (ma != Revision::None || mb != Revision::None))
        || (other_days && forecast(a) && forecast(b))
        || matches!((da, db), (Some(x), Some(y)) if x != y && toll_grew(a, b, x < y))
        || acknowledged::acknowledges(a, b, sources)
        || acknowledged::acknowledges(b, a, sources)
}

/// Whether two figures count one toll of `[update] tolls` (the dead, the
/// injured: counts that only grow while a story is reported) and the
/// figure of the later day (`b` when `b_later`) is the larger: the count
/// grew since.
fn toll_grew(a: &Claim, b: &Claim, b_later: bool) -> bool {
    let tolls = &crate::quantity::ReadingSettings::defaults().update.tolls;
    let same_toll = match (toll_of(a), toll_of(b)) {
        (Some(x), Some(y)) => x == y && tolls.iter().any(|t| t == x),
        _ => false,
    };
    let (earlier, later) = if b_later { (a, b) } else { (b, a) };
    match (&earlier.value, &later.value) {
        (crate::claims::Value::Quantity { hi, .. }, crate::claims::Value::Quantity { lo, .. }) => {
            same_toll && lo > hi
        }
        _ => false,
    }
}

/// The curated group a figure counts by (`killed` → `deaths`): its
/// predicate's, else its counted thing's (`6 dead`), else its class's
/// (`killed 6`).
fn toll_of(c: &Claim) -> Option<&'static str> {
    use crate::lexical::{Lexical, Pos};
    let lex = Lexical::embedded();
    let k = c.subject.counted.as_deref();
    if let Some((pos, w)) = k.and_then(|k| k.predicate_word()) {
        return lex.curated_group_name(w, pos);
    }
    if let Some(t) = k.and_then(|k| k.thing.as_deref()) {
        return lex
            .curated_group_name(t, Pos::Noun)
            .or_else(|| lex.curated_group_name(t, Pos::Adj));
    }
    let class = c.subject.class.as_str();
    lex.curated_group_name(class, Pos::Verb)
        .or_else(|| lex.curated_group_name(class, Pos::Adj))
}
