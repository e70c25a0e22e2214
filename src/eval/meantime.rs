//! Date and quantity metrics on MEANTIME.

use super::{analyze_files, keeper, overlaps, read_gold, Gold, Tally};
use crate::claims::ClaimKind;
use crate::lexicon::Lexicon;
use crate::quantity::find_quantities;
use crate::temporal::{direction_at, find_date_expressions, resolve, DateForm, DateValue};
use jiff::civil::Date;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

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
    /// Gold DATE spans no date claim overlaps, for reading.
    pub unclaimed: Vec<String>,
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
            let hit = claims.iter().any(|&c| overlaps(c, (g.start, g.end)));
            m.claim_recall.add(hit);
            if !hit && text.is_char_boundary(g.start) && text.is_char_boundary(g.end) {
                let (s, e) = sentence_around(text, g.start, g.end);
                m.unclaimed.push(format!(
                    "{:?} in {:?}",
                    &text[g.start..g.end],
                    text[s..e].trim()
                ));
            }
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
