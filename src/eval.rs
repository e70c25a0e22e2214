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

/// The goals `tests/accuracy.rs` checks figures against: floors a figure
/// must not fall below and ceilings it must not rise above. This is the one
/// place they live; an issue that moves a figure raises its floor (or lowers
/// its ceiling) here, to what it measured, in the same commit.
pub mod goals {
    /// Calendar-valued gold DATE expressions resolved right (MEANTIME slice).
    pub const DATE_ACCURACY: f64 = 0.90;
    /// Weekdays resolved right (MEANTIME slice).
    pub const WEEKDAY_ACCURACY: f64 = 0.97;
    /// `yesterday` / `today` / `tomorrow` resolved right (MEANTIME slice).
    pub const RELATIVE_DAY_ACCURACY: f64 = 0.97;
    /// Gold quantity spans found by the quantity finder (MEANTIME slice).
    pub const QUANTITY_RECALL: f64 = 0.85;
    /// Ceiling: errors and warnings whose claims come from both events of an
    /// ECB+ topic, on the slice `tests/accuracy.rs` checks (each is a false
    /// alarm: the two groups report different events).
    pub const CROSS_EVENT_FINDINGS: usize = 0;

    /// Real news: the hand-adjudicated dev labels
    /// (`../shared/data/ecbplus/labels-dev.jsonl`: 82 contradictions, 9
    /// updates, 107 approximations and different-facts) and ECB+ story
    /// grouping, scored by the external scorers in `../shared/eval` on the
    /// release build (see [`crate::eval::scores`] and docs/accuracy.md). Counts are
    /// out of the label set's totals, given in each comment; measured at
    /// c0f0292 (2026-12-03), extraction and pair-mode false alarms again
    /// after issue 16 (numbers read as written and compared as meant), and
    /// recall and group figures again after issue 17 §2 (quantities keyed
    /// by predicate, counted thing and scope; 2026-12-04) and issue 18 (event
    /// frames for any event; 2026-12-04), and the frame participants and
    /// quote speakers of 2026-12-04 (afternoon), and the ages, offsets and
    /// street numbers of 2026-12-04 (evening), and the frame objects,
    /// converted durations and scoped figures of 2026-12-05.
    pub mod labels {
        /// Floor: contradictions caught in pair mode (the two articles of
        /// each pair checked together), of 82.
        pub const PAIR_RECALL: usize = 23;
        /// Floor: contradictions caught in pair mode by kind (date of 18,
        /// location of 11, quantity of 53).
        pub const PAIR_CAUGHT: &[(&str, usize)] = &[("date", 7), ("location", 4), ("quantity", 12)];
        /// Ceiling: approximation and different-fact pairs flagged in pair
        /// mode, of 107 (1 before issue 16; issue 16's bar is 5).
        pub const PAIR_FALSE_ALARMS: usize = 0;
        /// Floor: contradictions caught in group mode (each whole same-event
        /// folder checked at once, as a user would), of 82.
        pub const GROUP_RECALL: usize = 24;
        /// Floor: contradictions caught in group mode by kind (date of 18,
        /// location of 11, quantity of 53).
        pub const GROUP_CAUGHT: &[(&str, usize)] =
            &[("date", 7), ("location", 5), ("quantity", 12)];
        /// Ceiling: approximation and different-fact pairs flagged in group
        /// mode, of 107 (0 before issue 17 §2, which compares several
        /// figures per article: injuries of two quakes told apart only by their
        /// magnitudes; issue 17's bar is 5 in pair mode). 2 since 2026-12-05:
        /// a real population conflict (200,000 vs 120,000 residents) also
        /// lists a third article's `more than 100,000`, which agrees with
        /// 120,000, and the scorer counts the listed pair as flagged.
        pub const GROUP_FALSE_ALARMS: usize = 2;
        /// Ceiling: errors and warnings per article in group mode (40
        /// groups, 449 articles; 37 findings = 0.082 on the morning of
        /// 2026-12-05, four of the five new ones read real; 32 findings =
        /// 0.071 on 2026-12-05, the four
        /// new ones read real; 29 = 0.065 after the ages, place
        /// offsets and street numbers of 2026-12-04 (evening), the three new
        /// ones read as real; 26 = 0.058 after issue 21's name
        /// spellings, five warnings all read as real; 21 = 0.047 after the small-run
        /// story threshold of 2026-12-04, 18 = 0.040 after issue 18's event
        /// frames, 13 = 0.029 after issue 17 §2, 7
        /// = 0.0156 after issues 16 and 20, 15 = 0.0334 before; issue 17's
        /// bar is 0.5).
        pub const GROUP_FINDINGS_PER_ARTICLE: f64 = 0.09;
        /// Floor: labelled spans (both sides of every label) carrying a
        /// claim of their kind, by kind (date of 80, location of 36, ordinal
        /// of 4, quantity of 270, quote of 6; date and quantity count for
        /// each other).
        pub const EXTRACTED: &[(&str, usize)] = &[
            ("date", 62),
            ("location", 33),
            ("ordinal", 0),
            ("quantity", 262),
            ("quote", 5),
        ];
        /// Floor: labelled spans carrying a claim of their kind, of 396
        /// (232 before issue 16).
        pub const EXTRACTION: usize = 362;
        /// Floor: story grouping's pairwise recall over the 43 ECB+ topics
        /// (same-event article pairs put in one story; 91.1% measured, 89.6%
        /// before follow-ups joined by the dates they name, 88.8%
        /// before small-run-similarity went 0.25 → 0.2, 32.3%
        /// before the grouping by terms; the goal is 95%).
        pub const STORY_RECALL: f64 = 0.91;
        /// Floor: story grouping's pairwise precision over the 43 ECB+
        /// topics (article pairs in one story that are the same event; 95.7%
        /// measured, 95.8% before follow-ups, 82.6% before the grouping by
        /// terms; the goal is 98%).
        pub const STORY_PRECISION: f64 = 0.95;
    }
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
        DateForm::Year(_) | DateForm::Decade(_) => "year",
        DateForm::Quarter { .. } => "quarter",
        DateForm::Weekend { .. } => "relative",
        DateForm::RelativeDay(_)
        | DateForm::RelativeUnit { .. }
        | DateForm::Anaphoric { .. }
        | DateForm::Eve => "relative",
        DateForm::Clock { .. } => "time",
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

/// The figures the external scorers in `../shared/eval` print, read back
/// from their output (`tests/accuracy.rs` runs them on the release build and
/// checks these figures against [`crate::eval::goals::labels`]).
///
/// * `score-labels.py FACTLINT [--mode group]`: [`label_scores`](crate::eval::scores::label_scores);
/// * `score-labels.py FACTLINT --extraction`: [`extraction_scores`](crate::eval::scores::extraction_scores);
/// * `stories.py FACTLINT 0 0`: [`story_scores`](crate::eval::scores::story_scores).
pub mod scores {
    use super::Tally;
    use std::collections::BTreeMap;

    /// `score-labels.py` in pair or group mode.
    #[derive(Debug, Clone, Default, PartialEq)]
    pub struct LabelScores {
        /// Contradictions caught, by kind (`date`, `location`, `quantity`).
        pub caught: BTreeMap<String, Tally>,
        /// Updates flagged (reported apart: a tool may mention them).
        pub updates: Tally,
        /// Contradictions caught, of all.
        pub recall: Tally,
        /// Approximation and different-fact pairs flagged, of all.
        pub false_alarms: Tally,
        /// Group mode only: the volume of errors and warnings.
        pub group: Option<GroupVolume>,
        /// Pairs (or groups) for which factlint gave no JSON report.
        pub broken: usize,
    }

    /// Group mode's `40 groups, 449 articles, 11 errors+warnings`.
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
    pub struct GroupVolume {
        /// Same-event groups checked.
        pub groups: usize,
        /// Articles in them.
        pub articles: usize,
        /// Errors and warnings reported.
        pub findings: usize,
    }

    impl GroupVolume {
        /// Errors and warnings per article.
        pub fn per_article(&self) -> f64 {
            self.findings as f64 / self.articles.max(1) as f64
        }
    }

    /// `score-labels.py --extraction`.
    #[derive(Debug, Clone, Default, PartialEq)]
    pub struct ExtractionScores {
        /// Labelled spans with a claim of their kind, by kind.
        pub by_kind: BTreeMap<String, Tally>,
        /// Of all labelled spans.
        pub all: Tally,
    }

    /// `stories.py`.
    #[derive(Debug, Clone, Copy, Default, PartialEq)]
    pub struct StoryScores {
        /// ECB+ topics scored.
        pub topics: usize,
        /// Same-event article pairs put in one story (0 to 1).
        pub recall: f64,
        /// Article pairs in one story that are the same event (0 to 1).
        pub precision: f64,
    }

    /// `12/80` as a tally.
    fn tally(s: &str) -> Result<Tally, String> {
        let (hit, total) = s
            .trim()
            .split_once('/')
            .ok_or_else(|| format!("no `hit/total` in {s:?}"))?;
        let n = |x: &str| {
            x.trim()
                .parse::<usize>()
                .map_err(|e| format!("{x:?} in {s:?}: {e}"))
        };
        Ok(Tally {
            hit: n(hit)?,
            total: n(total)?,
        })
    }

    /// `date 0/18, location 0/11` (possibly empty) by kind.
    fn by_kind(s: &str) -> Result<BTreeMap<String, Tally>, String> {
        s.split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(|p| {
                let (kind, t) = p
                    .split_once(' ')
                    .ok_or_else(|| format!("no `kind hit/total` in {p:?}"))?;
                Ok((kind.to_string(), tally(t)?))
            })
            .collect()
    }

    /// The rest of the first line starting with `prefix`.
    fn line<'a>(out: &'a str, prefix: &str) -> Result<&'a str, String> {
        out.lines()
            .find_map(|l| l.trim().strip_prefix(prefix))
            .ok_or_else(|| format!("no line starting {prefix:?} in:\n{out}"))
    }

    /// The number before `word` in `s` (`449 articles`).
    fn count_before(s: &str, word: &str) -> Result<usize, String> {
        let words: Vec<&str> = s.split_whitespace().collect();
        words
            .windows(2)
            .find(|w| w[1].trim_end_matches(',') == word)
            .and_then(|w| w[0].parse().ok())
            .ok_or_else(|| format!("no count of {word:?} in {s:?}"))
    }

    /// `32.3%` as 0.323.
    fn percent(s: &str) -> Result<f64, String> {
        s.trim()
            .trim_end_matches(',')
            .strip_suffix('%')
            .and_then(|p| p.parse::<f64>().ok())
            .map(|p| p / 100.0)
            .ok_or_else(|| format!("no percentage in {s:?}"))
    }

    /// Reads `score-labels.py`'s output in pair or group mode.
    pub fn label_scores(out: &str) -> Result<LabelScores, String> {
        let caught = by_kind(line(out, "by kind (caught/contradictions):")?)?;
        let updates = tally(line(out, "updates flagged:")?)?;
        // `recall 0/82 = 0%, false alarms 1/107 = 1%`
        let last = line(out, "recall ")?;
        let (recall, alarms) = last
            .split_once(", false alarms ")
            .ok_or_else(|| format!("no false alarms in {last:?}"))?;
        let first = |s: &str| s.split_whitespace().next().unwrap_or("").to_string();
        let group = match line(out, "group mode:") {
            Ok(g) => Some(GroupVolume {
                groups: count_before(g, "groups")?,
                articles: count_before(g, "articles")?,
                findings: count_before(g, "errors+warnings")?,
            }),
            Err(_) => None,
        };
        let broken = out
            .lines()
            .find_map(|l| l.trim().strip_suffix(" pairs: no JSON report"))
            .map_or(Ok(0), |n| {
                n.trim().parse().map_err(|e| format!("{n:?}: {e}"))
            })?;
        Ok(LabelScores {
            caught,
            updates,
            recall: tally(&first(recall))?,
            false_alarms: tally(&first(alarms))?,
            group,
            broken,
        })
    }

    /// Reads `score-labels.py --extraction`'s output.
    pub fn extraction_scores(out: &str) -> Result<ExtractionScores, String> {
        let by_kind = by_kind(line(out, "labelled spans with a claim of their kind:")?)?;
        let all = line(out, "extraction ")?;
        Ok(ExtractionScores {
            by_kind,
            all: tally(all.split_whitespace().next().unwrap_or(""))?,
        })
    }

    /// Reads `stories.py`'s last line.
    pub fn story_scores(out: &str) -> Result<StoryScores, String> {
        // `stories over 43 topics: pairwise recall 32.3% (bar 95%), precision 82.6% (bar 98%)`
        let l = line(out, "stories over ")?;
        let after = |key: &str| {
            l.split_once(key)
                .and_then(|(_, r)| r.split_whitespace().next())
                .ok_or_else(|| format!("no {key:?} in {l:?}"))
        };
        Ok(StoryScores {
            topics: count_before(l, "topics:")?,
            recall: percent(after("pairwise recall ")?)?,
            precision: percent(after("precision ")?)?,
        })
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        fn t(hit: usize, total: usize) -> Tally {
            Tally { hit, total }
        }

        #[test]
        fn pair_mode() {
            let s = label_scores(
                "by kind (caught/contradictions): date 0/18, location 0/11, quantity 2/53\n\
                 updates flagged: 1/9\n\
                 recall 2/82 = 2%, false alarms 1/107 = 1%\n",
            )
            .unwrap();
            assert_eq!(s.caught["date"], t(0, 18));
            assert_eq!(s.caught["quantity"], t(2, 53));
            assert_eq!(s.updates, t(1, 9));
            assert_eq!(s.recall, t(2, 82));
            assert_eq!(s.false_alarms, t(1, 107));
            assert_eq!(s.group, None);
            assert_eq!(s.broken, 0);
        }

        #[test]
        fn group_mode_and_broken_pairs() {
            let s = label_scores(
                "group mode: 40 groups, 449 articles, 11 errors+warnings (0.02 per article)\n\
                 by kind (caught/contradictions): \n\
                 3 pairs: no JSON report\n\
                 updates flagged: 0/0\n\
                 recall 0/0 = 0%, false alarms 0/2 = 0%\n",
            )
            .unwrap();
            let g = s.group.unwrap();
            assert_eq!((g.groups, g.articles, g.findings), (40, 449, 11));
            assert!((g.per_article() - 11.0 / 449.0).abs() < 1e-12);
            assert!(s.caught.is_empty());
            assert_eq!(s.broken, 3);
            assert_eq!(s.false_alarms, t(0, 2));
        }

        #[test]
        fn extraction() {
            let s = extraction_scores(
                "labelled spans with a claim of their kind: date 12/80, location 0/36, ordinal 0/4, quantity 215/270, quote 5/6\n\
                 extraction 232/396 = 59%\n",
            )
            .unwrap();
            assert_eq!(s.by_kind.len(), 5);
            assert_eq!(s.by_kind["quantity"], t(215, 270));
            assert_eq!(s.all, t(232, 396));
        }

        #[test]
        fn stories() {
            let s = story_scores(
                "stories over 43 topics: pairwise recall 32.3% (bar 0%), precision 82.6% (bar 0%)\n",
            )
            .unwrap();
            assert_eq!(s.topics, 43);
            assert!((s.recall - 0.323).abs() < 1e-9);
            assert!((s.precision - 0.826).abs() < 1e-9);
        }

        #[test]
        fn missing_lines_are_errors() {
            assert!(label_scores("").is_err());
            assert!(extraction_scores("extraction 1/2 = 50%").is_err());
            assert!(story_scores("topic 3: no JSON from factlint sources").is_err());
        }
    }
}
