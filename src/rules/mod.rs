//! Rules: which disagreements between aligned claims are contradictions.
//!
//! As in Vale, the check types are a closed set in code ([`Check`]) and the
//! rules are an open set of TOML files, each naming its check type with its
//! parameters, severity, message template and help. The defaults in `rules/`
//! are embedded; `--rules DIR` adds more.

mod checks;
mod checks_dates;
mod checks_people;
mod checks_places;
mod checks_quotes;
mod checks_results;
pub mod doc;
mod load;
mod overnight;
mod routes;
pub mod tests;
mod zoned_days;

pub use checks::Verdict;
pub(crate) use load::find_key;
pub use load::{load_dir, load_dirs, parse_rule, suggest, RuleError, DEFAULT_RULES};

use crate::claims::ClaimKind;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Informational.
    Note,
    /// Worth a look.
    Warning,
    /// A contradiction: fails the check.
    Error,
}

impl Severity {
    /// The name used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// The closed set of comparisons a rule can use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Check {
    /// Two dates of one event must overlap; weekdays compare by name when unresolved.
    SameDate,
    /// Ordinals and counts of one series must grow with time and agree for one event.
    MonotonicSeries,
    /// Two quantities, each read as meant (exact, round, hedged, range),
    /// must meet.
    NumericTolerance,
    /// One quote must have one speaker.
    SameSpeaker,
    /// One event must have one place (a city inside a named country agrees with it).
    SamePlace,
    /// One person must hold one office of a slot at one time (a role and
    /// its generalisation agree).
    SameRole,
    /// One person's name must be spelled one way (case, accents, spacing
    /// and initials aside).
    SameSpelling,
    /// One game must have one winner and one score, one vote one tally.
    SameResult,
}

impl Check {
    /// The claim kind this check compares.
    pub fn kind(self) -> ClaimKind {
        match self {
            Check::SameDate => ClaimKind::Date,
            Check::MonotonicSeries => ClaimKind::Ordinal,
            Check::NumericTolerance => ClaimKind::Quantity,
            Check::SameSpeaker => ClaimKind::Quote,
            Check::SamePlace => ClaimKind::Location,
            Check::SameRole | Check::SameSpelling => ClaimKind::Role,
            Check::SameResult => ClaimKind::Result,
        }
    }
}

/// Minutes two clock times of one event may differ and agree, unless a
/// rule sets `clock-slack`: `about 9:30 a.m.` and `9:27 a.m.` are one
/// moment told by two reporters; 20 minutes apart are not.
pub const DEFAULT_CLOCK_SLACK: f64 = 10.0;

/// One rule, as written in its TOML file.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Rule {
    /// Stable id (`event-date`).
    pub id: String,
    /// Claim kind compared.
    pub kind: ClaimKind,
    /// The check type.
    pub check: Check,
    /// Severity of a clear conflict.
    pub severity: Severity,
    /// Severity when a claim is uncertain (implicit attribution, paraphrase,
    /// unresolved weekday); defaults to `severity`.
    #[serde(default)]
    pub weak_severity: Option<Severity>,
    /// One-line summary.
    pub summary: String,
    /// Message template: `{subject}`, `{a.outlet}`, `{a.value}`, `{b.outlet}`, `{b.value}`, `{a.path}`, `{b.path}`.
    pub message: String,
    /// Help text shown under the finding.
    pub help: String,
    /// Link to more documentation.
    #[serde(default)]
    pub link: Option<String>,
    /// Long documentation (Markdown).
    #[serde(default)]
    pub doc: Option<String>,
    /// Extra relative slack for `numeric-tolerance` (0.1 = 10%; default 0:
    /// figures compare as read, see `rules/quantity/reading.toml`).
    #[serde(default)]
    pub tolerance: Option<f64>,
    /// For `same-date`: minutes two clock times of one event may differ
    /// and still agree (default [`DEFAULT_CLOCK_SLACK`]).
    #[serde(default)]
    pub clock_slack: Option<f64>,
    /// For `numeric-tolerance`: when set, figures from sources published
    /// on different days, one of them marked as revised or provisional
    /// (`rose to`, `so far`), are an update: a note with this message
    /// (fields as `message`, plus `{a.date}` and `{b.date}`, earlier first).
    #[serde(default)]
    pub update_message: Option<String>,
    /// Whether the rule runs.
    #[serde(default = "yes")]
    pub enabled: bool,
    /// Only judge claims of this subject class (a user extractor's class, or
    /// a built-in class such as `summit` or `hour`). Rules without a class
    /// leave such claims to the more specific rule.
    #[serde(default)]
    pub class: Option<String>,
    /// A user-defined claim extractor whose claims this rule judges.
    #[serde(default)]
    pub extractor: Option<crate::claims::custom::ExtractorSpec>,
    /// Test cases carried by the rule (run by `factlint rules test`).
    #[serde(default, rename = "test")]
    pub tests: Vec<RuleTest>,
    /// The file the rule was read from (set by the loader).
    #[serde(skip)]
    pub origin: String,
}

impl Rule {
    /// The subject class this rule is restricted to: `class`, else the
    /// class of its extractor (which defaults to the rule id).
    pub fn target_class(&self) -> Option<&str> {
        self.class.as_deref().or_else(|| {
            self.extractor
                .as_ref()
                .map(|e| e.class.as_deref().unwrap_or(&self.id))
        })
    }
}

/// A test case inside a rule file: sources given inline and the number of
/// findings of this rule expected from them.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RuleTest {
    /// What the case shows.
    #[serde(default)]
    pub name: Option<String>,
    /// How many findings of this rule the sources must produce.
    pub expect: usize,
    /// The severity every such finding must have, when given.
    #[serde(default)]
    pub severity: Option<Severity>,
    /// Skip the case, saying why (it stays in the documentation).
    #[serde(default)]
    pub skip: Option<String>,
    /// Two or more sources.
    #[serde(default, rename = "source")]
    pub sources: Vec<TestSource>,
}

/// One inline source of a rule test.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct TestSource {
    /// The article text (front matter allowed).
    pub text: String,
    /// Publication date, `YYYY-MM-DD`.
    #[serde(default)]
    pub date: Option<String>,
    /// Outlet name.
    #[serde(default)]
    pub outlet: Option<String>,
    /// File name shown in reports (default `source-N.txt`).
    #[serde(default)]
    pub path: Option<String>,
}

fn yes() -> bool {
    true
}

/// Fields a message template may name.
pub const TEMPLATE_FIELDS: [&str; 9] = [
    "subject", "a.outlet", "a.value", "a.path", "a.date", "b.outlet", "b.value", "b.path", "b.date",
];

/// Fills a message template.
pub fn render_template(template: &str, fields: &[(&str, String)]) -> String {
    let mut out = template.to_string();
    for (k, v) in fields {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}

/// The embedded default rules, sorted by id: parsed once per process,
/// however many commands ask for them.
static EMBEDDED: LazyLock<Vec<Rule>> = LazyLock::new(|| {
    let mut rules: Vec<Rule> = DEFAULT_RULES
        .iter()
        .map(|(path, text)| parse_rule(text, path).expect("embedded rules are valid"))
        .collect();
    rules.sort_by(|a, b| a.id.cmp(&b.id));
    rules
});

/// [`EMBEDDED`] without test cases: each file read only up to its first
/// test (about a seventh of its text; parsing the tests was a tenth of
/// the CPU time of checking five articles). A file whose head does not
/// parse on its own is read whole and its tests dropped.
static EMBEDDED_UNTESTED: LazyLock<Vec<Rule>> = LazyLock::new(|| {
    let mut rules: Vec<Rule> = DEFAULT_RULES
        .iter()
        .map(|(path, text)| {
            load::head_without_tests(text)
                .and_then(|head| parse_rule(head, path).ok())
                .unwrap_or_else(|| {
                    let mut rule = parse_rule(text, path).expect("embedded rules are valid");
                    rule.tests.clear();
                    rule
                })
        })
        .collect();
    rules.sort_by(|a, b| a.id.cmp(&b.id));
    rules
});

/// The loaded rule set.
#[derive(Debug, Clone, Default)]
pub struct RuleSet {
    /// Rules, sorted by id.
    pub rules: Vec<Rule>,
}

impl RuleSet {
    /// The embedded default rules, with their test cases.
    pub fn defaults() -> RuleSet {
        RuleSet {
            rules: EMBEDDED.clone(),
        }
    }

    /// The embedded default rules without their test cases, which are
    /// most of their text: what a check needs.
    pub fn defaults_untested() -> RuleSet {
        RuleSet {
            rules: EMBEDDED_UNTESTED.clone(),
        }
    }

    /// The claim extractors defined by enabled rules.
    pub fn extractors(&self) -> Vec<Box<dyn crate::claims::Extractor>> {
        self.rules
            .iter()
            .filter(|r| r.enabled)
            .filter_map(|r| {
                let spec = r.extractor.as_ref()?;
                let class = r.target_class().unwrap_or(&r.id).to_string();
                crate::claims::custom::RegexExtractor::new(r.kind, class, spec)
                    .map(|e| Box::new(e) as Box<dyn crate::claims::Extractor>)
            })
            .collect()
    }

    /// Whether `rule` judges `claim`: a rule with a class judges only claims
    /// of that class; a rule without one leaves claims of a class that an
    /// enabled rule of the same kind targets to that rule.
    pub fn judges(&self, rule: &Rule, claim: &crate::claims::Claim) -> bool {
        use crate::claims::custom::class_matches;
        match rule.target_class() {
            Some(c) => class_matches(&claim.subject.class, c),
            None => !self.rules.iter().any(|r| {
                r.enabled
                    && r.kind == rule.kind
                    && r.target_class()
                        .is_some_and(|c| class_matches(&claim.subject.class, c))
            }),
        }
    }

    /// Looks a rule up by id.
    pub fn get(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }

    /// Adds rules; a rule with an existing id replaces it.
    pub fn extend(&mut self, rules: Vec<Rule>) {
        for r in rules {
            self.rules.retain(|x| x.id != r.id);
            self.rules.push(r);
        }
        self.rules.sort_by(|a, b| a.id.cmp(&b.id));
    }

    /// Enabled rules for a claim kind.
    pub fn for_kind(&self, kind: ClaimKind) -> impl Iterator<Item = &Rule> {
        self.rules
            .iter()
            .filter(move |r| r.enabled && r.kind == kind)
    }
}
