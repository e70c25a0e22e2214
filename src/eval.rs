//! Accuracy metrics on real corpora with gold annotations: MEANTIME (dates,
//! quantities) and ECB+ (the same-event gate, findings inside one event).
//!
//! The corpora are read where they lie (`../shared/data` by convention) and
//! never copied; every function takes the data folder and an optional
//! slice, so the example harness (`examples/eval.rs`) runs them all and
//! `tests/accuracy.rs` runs a few files. Nothing here special-cases a
//! corpus: the pipeline is the one `factlint check` runs.

use crate::claims::{ClaimKind, Value};
use crate::lexicon::Lexicon;
use crate::pipeline::{self, Analysis, Options};
use crate::quantity::find_quantities;
use crate::rules::{RuleSet, Severity};
use crate::source::Source;
use crate::temporal::{direction_at, find_date_expressions, resolve, DateForm, DateValue};
use jiff::civil::Date;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

/// The goals the accuracy test and the harness check figures against.
pub mod goals {
    /// Calendar-valued gold DATE expressions resolved right.
    pub const DATE_ACCURACY: f64 = 0.90;
    /// Weekdays resolved right.
    pub const WEEKDAY_ACCURACY: f64 = 0.97;
    /// `yesterday` / `today` / `tomorrow` resolved right.
    pub const RELATIVE_DAY_ACCURACY: f64 = 0.97;
    /// Gold quantity spans found by the quantity finder.
    pub const QUANTITY_RECALL: f64 = 0.85;
    /// Topics (of 43) with no error between the two events.
    pub const GATE_TOPICS: usize = 40;
    /// Errors and warnings inside one event, per article.
    pub const WITHIN_PER_ARTICLE: f64 = 1.0 / 3.0;
}

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

/// Date resolution and date-claim detection on MEANTIME.
#[derive(Debug, Clone, Default)]
pub struct DateMetrics {
    /// Calendar-valued gold DATE expressions.
    pub gold: usize,
    /// Of those, found by the date finder in their sentence.
    pub found: usize,
    /// Resolution accuracy by form (`weekday`, `month-day`, `month-year`, `relative`, `year`).
    pub by_form: BTreeMap<String, Tally>,
    /// `yesterday` / `today` / `tomorrow` alone.
    pub relative_day: Tally,
    /// Gold weekdays whose value is not the weekday written (not scored).
    pub inconsistent_gold: usize,
    /// Gold DATE spans (any value) overlapped by a date claim of the pipeline.
    pub claim_recall: Tally,
    /// Date claims (inside the annotated part) overlapping a gold DATE or TIME span.
    pub claim_precision: Tally,
    /// Resolution errors, for reading.
    pub misses: Vec<String>,
    /// Date claims overlapping no gold time expression, for reading.
    pub extra_claims: Vec<String>,
}

impl DateMetrics {
    /// Accuracy over every scored form.
    pub fn accuracy(&self) -> Tally {
        self.by_form.values().fold(Tally::default(), |a, t| Tally {
            hit: a.hit + t.hit,
            total: a.total + t.total,
        })
    }

    /// Accuracy of one form (1 when none was scored).
    pub fn form(&self, name: &str) -> Tally {
        self.by_form.get(name).copied().unwrap_or_default()
    }
}

/// The form groups of the report.
pub fn form_group(form: &DateForm) -> &'static str {
    match form {
        DateForm::Weekday(_) => "weekday",
        DateForm::MonthDay { .. } | DateForm::FullDate(_) => "month-day",
        DateForm::MonthYear { .. } | DateForm::Month(_) | DateForm::MonthRelativeYear { .. } => {
            "month-year"
        }
        DateForm::Year(_) => "year",
        DateForm::RelativeDay(_)
        | DateForm::RelativeUnit { .. }
        | DateForm::Anaphoric { .. }
        | DateForm::Eve => "relative",
    }
}

/// `YYYY-MM-DD`, or `DD-MM-YYYY` as some MEANTIME documents write it.
fn parse_date(s: &str) -> Option<Date> {
    if let Ok(d) = s.parse::<Date>() {
        return Some(d);
    }
    let parts: Vec<&str> = s.split('-').collect();
    if let [d, m, y] = parts.as_slice() {
        return Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?).ok();
    }
    None
}

/// Whether a TimeML value is a calendar value: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Www`.
pub fn calendar_value(value: &str) -> bool {
    let b = value.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    match b.len() {
        4 => digits(0..4),
        7 => digits(0..4) && b[4] == b'-' && digits(5..7),
        8 => digits(0..4) && &b[4..6] == b"-W" && digits(6..8),
        10 => digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10),
        _ => false,
    }
}

/// A value in TimeML form (a Monday-to-Sunday range is an ISO week).
pub fn timeml(v: &DateValue) -> String {
    match v {
        DateValue::Range(a, b)
            if a.weekday() == jiff::civil::Weekday::Monday
                && b.since(*a).map(|s| s.get_days()).ok() == Some(6) =>
        {
            let w = a.iso_week_date();
            format!("{:04}-W{:02}", w.year(), w.week())
        }
        other => other.display(),
    }
}

/// The sentence around `start..end`: within its paragraph, from the last
/// sentence end before it to the next one after it.
fn sentence_around(text: &str, start: usize, end: usize) -> (usize, usize) {
    let para_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let para_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
    let before = &text[para_start..start];
    let s = [". ", "! ", "? "]
        .iter()
        .filter_map(|p| before.rfind(p).map(|i| para_start + i + 2))
        .max()
        .unwrap_or(para_start);
    let after = &text[end..para_end];
    let e = [". ", "! ", "? "]
        .iter()
        .filter_map(|p| after.find(p).map(|i| end + i + 1))
        .min()
        .unwrap_or(para_end);
    (s, e)
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

/// Date metrics on MEANTIME (`dir` is the `meantime` folder); `only` keeps
/// the files whose paths contain one of the given strings. `None` when
/// `timex.jsonl` is absent.
pub fn meantime_dates(dir: &Path, only: Option<&[&str]>) -> Option<DateMetrics> {
    if !dir.join("timex.jsonl").is_file() {
        return None;
    }
    let keep = keeper(only);
    let timex = read_gold(&dir.join("timex.jsonl"), &keep);
    let mut texts: BTreeMap<String, String> = BTreeMap::new();
    for g in &timex {
        if !texts.contains_key(&g.file) {
            let t = std::fs::read_to_string(dir.join(&g.file)).unwrap_or_default();
            texts.insert(g.file.clone(), t);
        }
    }
    let mut m = DateMetrics::default();
    for g in &timex {
        let value = g.value.clone().unwrap_or_default();
        if g.kind != "DATE" || !calendar_value(&value) {
            continue;
        }
        let text = &texts[&g.file];
        let (start, end) = (g.start, g.end);
        if end > text.len() || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            continue;
        }
        m.gold += 1;
        // The gold publication date, else the one factlint reads from the
        // article's head.
        let anchor = g.dct.as_deref().and_then(parse_date).or_else(|| {
            crate::source::infer_metadata(text, &Lexicon::defaults())
                .0
                .published
        });
        let (s, e) = sentence_around(text, start, end);
        let sentence = &text[s..e];
        let found = find_date_expressions(sentence);
        let Some(expr) = found
            .iter()
            .find(|x| overlaps((s + x.start, s + x.end), (start, end)))
        else {
            continue;
        };
        m.found += 1;
        if let (DateForm::Weekday(w), Some(gd)) = (&expr.form, parse_date(&value)) {
            if gd.weekday() != *w {
                m.inconsistent_gold += 1;
                continue;
            }
        }
        let dir_ = direction_at(sentence, expr.start);
        let got = resolve(&expr.form, anchor, dir_)
            .as_ref()
            .map(timeml)
            .unwrap_or_else(|| "none".into());
        let right = got == value;
        m.by_form
            .entry(form_group(&expr.form).to_string())
            .or_default()
            .add(right);
        if matches!(expr.form, DateForm::RelativeDay(_)) {
            m.relative_day.add(right);
        }
        if !right {
            m.misses.push(format!(
                "{:?} gold {value} got {got} (published {}) in {:?}",
                &sentence[expr.start..expr.end],
                g.dct.as_deref().unwrap_or("?"),
                sentence.trim()
            ));
        }
    }
    // End to end: the date claims of the pipeline against the gold spans.
    let files: Vec<(String, String)> = texts.into_iter().collect();
    let analysis = analyze_files(&files);
    let mut gold_by_file: HashMap<&str, Vec<&Gold>> = HashMap::new();
    for g in &timex {
        gold_by_file.entry(g.file.as_str()).or_default().push(g);
    }
    for (id, (file, text)) in files.iter().enumerate() {
        let golds = gold_by_file.get(file.as_str()).cloned().unwrap_or_default();
        let claims: Vec<(usize, usize)> = analysis
            .claims
            .iter()
            .filter(|c| c.source == id && c.kind == ClaimKind::Date)
            .map(|c| (c.span.start, c.span.end))
            .collect();
        for g in golds.iter().filter(|g| g.kind == "DATE") {
            m.claim_recall
                .add(claims.iter().any(|&c| overlaps(c, (g.start, g.end))));
        }
        // MEANTIME annotates only the head of each article: claims after
        // the last gold time expression's paragraph are not scored.
        let Some(last) = golds.iter().map(|g| g.end).max() else {
            continue;
        };
        let limit = text[last..].find('\n').map_or(text.len(), |i| last + i);
        for &c in claims.iter().filter(|c| c.1 <= limit) {
            let hit = golds
                .iter()
                .filter(|g| g.kind == "DATE" || g.kind == "TIME")
                .any(|g| overlaps(c, (g.start, g.end)));
            m.claim_precision.add(hit);
            if !hit {
                let (s, e) = sentence_around(text, c.0, c.1);
                m.extra_claims
                    .push(format!("{:?} in {:?}", &text[c.0..c.1], text[s..e].trim()));
            }
        }
    }
    Some(m)
}

/// Quantity detection on MEANTIME.
#[derive(Debug, Clone, Default)]
pub struct QuantityMetrics {
    /// Recall of the quantity finder by gold type (QUANTITY, MONEY, PERCENT).
    pub by_type: BTreeMap<String, Tally>,
    /// Recall of the pipeline's quantity claims (a number tied to what it counts).
    pub claim_recall: Tally,
    /// Gold text, extracted text and normalized value of a sample.
    pub samples: Vec<(String, String, String, String)>,
    /// Missed gold spans, for reading.
    pub missed: Vec<String>,
}

impl QuantityMetrics {
    /// Recall over every type.
    pub fn recall(&self) -> Tally {
        self.by_type.values().fold(Tally::default(), |a, t| Tally {
            hit: a.hit + t.hit,
            total: a.total + t.total,
        })
    }
}

/// Quantity metrics on MEANTIME; `None` when `values.jsonl` is absent.
pub fn meantime_quantities(dir: &Path, only: Option<&[&str]>) -> Option<QuantityMetrics> {
    if !dir.join("values.jsonl").is_file() {
        return None;
    }
    let keep = keeper(only);
    let gold = read_gold(&dir.join("values.jsonl"), &keep);
    let mut by_file: BTreeMap<&str, Vec<&Gold>> = BTreeMap::new();
    for g in &gold {
        by_file.entry(g.file.as_str()).or_default().push(g);
    }
    let files: Vec<(String, String)> = by_file
        .keys()
        .map(|f| {
            let t = std::fs::read_to_string(dir.join(f)).unwrap_or_default();
            (f.to_string(), t)
        })
        .collect();
    let analysis = analyze_files(&files);
    let hedges = Lexicon::defaults().hedges;
    let mut m = QuantityMetrics::default();
    for (id, (file, text)) in files.iter().enumerate() {
        let qs = find_quantities(text, &hedges);
        let claims: Vec<(usize, usize)> = analysis
            .claims
            .iter()
            .filter(|c| c.source == id && c.kind == ClaimKind::Quantity)
            .map(|c| (c.span.start, c.span.end))
            .collect();
        for g in &by_file[file.as_str()] {
            let hit = qs
                .iter()
                .find(|q| overlaps((q.start, q.end), (g.start, g.end)));
            let tally = m.by_type.entry(g.kind.clone()).or_default();
            tally.add(hit.is_some());
            m.claim_recall
                .add(claims.iter().any(|&c| overlaps(c, (g.start, g.end))));
            match hit {
                Some(q) if tally.hit % 9 == 1 && m.samples.len() < 30 => m.samples.push((
                    g.kind.clone(),
                    g.text.clone(),
                    text[q.start..q.end].to_string(),
                    q.display(),
                )),
                Some(_) => {}
                None => m.missed.push(format!("{} {:?}", g.kind, g.text)),
            }
        }
    }
    Some(m)
}

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
