//! Rule documentation: the listing of `factlint rules` and the page of
//! `factlint rules ID`, in the manner of `ruff rule`.

use super::{Check, Rule, RuleSet};
use crate::claims::ClaimKind;

impl Check {
    /// Every check type.
    pub const ALL: [Check; 8] = [
        Check::SameDate,
        Check::MonotonicSeries,
        Check::NumericTolerance,
        Check::SameSpeaker,
        Check::SamePlace,
        Check::SameRole,
        Check::SameSpelling,
        Check::SameResult,
    ];

    /// The name used in rule files.
    pub fn name(self) -> &'static str {
        match self {
            Check::SameDate => "same-date",
            Check::MonotonicSeries => "monotonic-series",
            Check::NumericTolerance => "numeric-tolerance",
            Check::SameSpeaker => "same-speaker",
            Check::SamePlace => "same-place",
            Check::SameRole => "same-role",
            Check::SameSpelling => "same-spelling",
            Check::SameResult => "same-result",
        }
    }

    /// What the check decides, in one paragraph.
    pub fn describe(self) -> &'static str {
        match self {
            Check::SameDate => "Two dates of one event must overlap (a day inside a month agrees with it). Weekdays and relative dates resolve against each source's publication date; when one cannot be resolved, weekdays compare by name and a conflict is weak. The same relative words (`died Saturday`) counted from two articles' dates never conflict, nor does `last Friday` with the Friday a week apart; a conflict resting on `today` or `this morning` is weak. Times of day (`9:30 a.m.`, `2045 GMT`, `8:15 a.m. local time`) compare with times only: in UTC when both zones are known (`local time` takes the zone of the place the article names, on the event's day), as written when neither gives one (or one says `local time`), not at all otherwise; within `clock-slack` minutes they agree.",
            Check::MonotonicSeries => "Ordinals (`second visit`) and counts (`three visits`) of one series, each with its as-of date: for one moment they must agree, and over time the series must not shrink.",
            Check::NumericTolerance => "Two quantities must meet, each read as its writer meant it (rules/quantity/reading.toml): an exact figure is itself, a round one (`20,000`, `$14 million`) stands for an interval around it, a hedged one (`nearly`, `as many as`, `more than`, `about`) for the interval its hedge says, a range for its two ends. Units of one dimension convert (miles and km); amounts in different currencies are not judged. `tolerance` adds relative slack on both sides (default 0). A conflict resting on a hedge is weak. With `update-message`, figures that changed over time (different days and one sentence marking a revision: `rose to`, `so far`; or a figure held at a time of day: `closed`) are an update: a note.",
            Check::SameSpeaker => "One quote must have one speaker. Organizations never conflict with people; an implicit attribution or a paraphrased quote makes the conflict weak.",
            Check::SamePlace => "One event must have one place; a place inside a country named by the other source agrees with it. Places the lexicon does not locate are not compared.",
            Check::SameRole => "One person (the same full name) must hold one office of a slot at one time: two portfolios, two party labels, a deputy and the office itself, offices listed as exclusive, or a former office and the same office now conflict (the last weakly). An office and its generalisation agree; offices a person may hold at once, offices of two bodies and roles of different or unknown times are not compared (rules/people/roles.toml).",
            Check::SameResult => "One game (the same two sides, order-free, on days that agree) must have one winner and one final score; one vote (the same body, outcome and measure) one tally. Results are read only in fixed constructions (rules/results/words.toml): a score after a result word with both sides named, a tally after a vote word. A result whose second side was taken from its clause (`a 20-13 victory over Dallas`) makes the conflict weak.",
            Check::SameSpelling => "One person's name must be spelled one way: the same first name with the rest a few letters apart (`[spelling]` in rules/people/roles.toml) conflicts; case, accents, spacing and middle initials never do, and two first names are two people.",
        }
    }

    /// Its parameters: (key, meaning, default).
    pub fn parameters(self) -> &'static [(&'static str, &'static str, &'static str)] {
        match self {
            Check::SameDate => &[(
                "clock-slack",
                "minutes two clock times of one event may differ and agree",
                "10",
            )],
            Check::NumericTolerance => &[
                (
                    "tolerance",
                    "extra relative slack, 0.1 = 10%, range 0-1",
                    "0",
                ),
                (
                    "update-message",
                    "message of an update note; none: updates are not told apart",
                    "none",
                ),
            ],
            _ => &[],
        }
    }
}

fn yes_no(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

/// The table of `factlint rules`.
pub fn list(set: &RuleSet) -> String {
    let mut rows: Vec<[String; 6]> = vec![[
        "id".into(),
        "kind".into(),
        "check".into(),
        "severity".into(),
        "enabled".into(),
        "summary".into(),
    ]];
    for r in &set.rules {
        let kind = match r.target_class() {
            Some(c) => format!("{} ({c})", r.kind.as_str()),
            None => r.kind.as_str().to_string(),
        };
        rows.push([
            r.id.clone(),
            kind,
            r.check.name().into(),
            r.severity.as_str().into(),
            yes_no(r.enabled).into(),
            r.summary.clone(),
        ]);
    }
    let widths: Vec<usize> = (0..5)
        .map(|i| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for row in rows {
        for (i, w) in widths.iter().enumerate() {
            out.push_str(&format!("{:<w$}  ", row[i], w = w));
        }
        out.push_str(&row[5]);
        out.push('\n');
    }
    out
}

/// The full documentation of one rule, with its test cases as examples.
pub fn page(r: &Rule) -> String {
    let mut out = format!("# {} ({})\n\n{}\n\n", r.id, r.kind.as_str(), r.summary);
    let weak = r
        .weak_severity
        .filter(|w| *w != r.severity)
        .map(|w| format!(" ({} when a claim is uncertain)", w.as_str()))
        .unwrap_or_default();
    out.push_str(&format!(
        "Severity: {}{weak}\nEnabled: {}\nDefined in: {}\n",
        r.severity.as_str(),
        yes_no(r.enabled),
        r.origin
    ));
    if let Some(c) = r.target_class() {
        out.push_str(&format!("Judges only claims of class: {c}\n"));
    }
    if let Some(doc) = &r.doc {
        out.push_str(&format!("\n## What it does\n\n{}\n", doc.trim()));
    }
    out.push_str(&format!(
        "\n## Check: {}\n\n{}\n",
        r.check.name(),
        r.check.describe()
    ));
    let params = r.check.parameters();
    if !params.is_empty() {
        out.push_str("\nParameters:\n");
        for (key, what, default) in params {
            let set = match *key {
                "tolerance" => r.tolerance.map(|t| t.to_string()),
                "clock-slack" => r.clock_slack.map(|t| t.to_string()),
                "update-message" => r.update_message.as_ref().map(|m| format!("{m:?}")),
                _ => None,
            };
            out.push_str(&format!(
                "  {key} = {}  ({what}; default {default})\n",
                set.as_deref().unwrap_or(default)
            ));
        }
    }
    if let Some(x) = &r.extractor {
        out.push_str(&format!(
            "\n## Extractor\n\nA user pattern making {} claims of class `{}`:\n\n    {}\n",
            r.kind.as_str(),
            r.target_class().unwrap_or(&r.id),
            x.pattern.get_ref()
        ));
    }
    out.push_str(&format!("\n## Message\n\n    {}\n", r.message));
    out.push_str(&format!("\n## Help\n\n{}\n", r.help));
    if let Some(l) = &r.link {
        out.push_str(&format!("\nLink: {l}\n"));
    }
    if !r.tests.is_empty() {
        out.push_str("\n## Examples\n");
        for (i, t) in r.tests.iter().enumerate() {
            let expect = match t.expect {
                0 => "no finding".to_string(),
                1 => "1 finding".to_string(),
                n => format!("{n} findings"),
            };
            let sev = t
                .severity
                .map(|s| format!(", {}", s.as_str()))
                .unwrap_or_default();
            out.push_str(&format!(
                "\n### {}: {expect}{sev}\n",
                super::tests::case_name(t, i + 1)
            ));
            for (j, s) in t.sources.iter().enumerate() {
                let mut head = vec![s
                    .path
                    .clone()
                    .unwrap_or_else(|| format!("source {}", j + 1))];
                head.extend(s.outlet.clone());
                head.extend(s.date.clone());
                out.push_str(&format!("\n  [{}]\n", head.join(", ")));
                for line in s.text.trim().lines() {
                    out.push_str(&format!("  | {line}\n"));
                }
            }
        }
    }
    out
}

/// The rule ids closest to `id`, for "did you mean".
pub fn did_you_mean<'a>(set: &'a RuleSet, id: &str) -> Option<&'a str> {
    set.rules
        .iter()
        .map(|r| (strsim::jaro_winkler(&r.id, id), r.id.as_str()))
        .filter(|(s, _)| *s > 0.7)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, id)| id)
}

/// Claim kinds as documented.
pub fn kind_names() -> Vec<&'static str> {
    ClaimKind::ALL.iter().map(|k| k.as_str()).collect()
}
