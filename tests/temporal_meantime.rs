//! Evaluation of the date finder and resolver on the MEANTIME gold time
//! expressions (`/work/shared/data/meantime/timex.jsonl`). Skips when the
//! data is absent.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use factlint::temporal::{direction_at, find_date_expressions, resolve, DateForm, DateValue, Unit};
use jiff::civil::Date;

const DATA: &str = "/work/shared/data/meantime";

/// Lowest accepted accuracies (overall, weekday, yesterday/today/tomorrow)
/// and recall, as reached when this test was written (94.3%, 100%, 100%,
/// 88.2%). Accuracies leave out the gold weekdays whose value is not the
/// weekday written (annotation errors).
const MIN_ACCURACY: f64 = 0.94;
const MIN_WEEKDAY: f64 = 0.97;
const MIN_RELATIVE_DAY: f64 = 0.97;
const MIN_RECALL: f64 = 0.88;

fn form_name(form: &DateForm) -> &'static str {
    match form {
        DateForm::Weekday(_) => "weekday",
        DateForm::MonthDay { .. } => "month-day",
        DateForm::FullDate(_) => "full-date",
        DateForm::MonthYear { .. } => "month-year",
        DateForm::Month(_) => "month",
        DateForm::Year(_) => "year",
        DateForm::RelativeDay(_) => "relative-day",
        DateForm::RelativeUnit {
            unit: Unit::Week, ..
        } => "relative-week",
        DateForm::RelativeUnit { .. } => "relative-unit",
        DateForm::MonthRelativeYear { .. } => "month-relative-year",
        DateForm::Anaphoric { .. } => "anaphoric",
        DateForm::Eve => "eve",
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

/// The `date = "..."` of the front matter, else the dateline: the first
/// line that is nothing but a full date.
fn header_date(text: &str) -> Option<Date> {
    if let Some(line) = text.lines().find(|l| l.starts_with("date = ")) {
        return parse_date(line.trim_start_matches("date = ").trim_matches('"'));
    }
    text.lines().take(12).find_map(|line| {
        let line = line.trim();
        match find_date_expressions(line).as_slice() {
            [e] if e.start == 0 && e.end == line.len() => match e.form {
                DateForm::FullDate(d) => Some(d),
                _ => None,
            },
            _ => None,
        }
    })
}

/// Whether `value` is a calendar value this evaluation scores.
fn calendar_value(value: &str) -> bool {
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

fn value_string(v: &DateValue) -> String {
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
    let para_start = text[..start].rfind("\n").map_or(0, |i| i + 1);
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

#[derive(Default)]
struct Tally {
    found: usize,
    correct: usize,
}

#[test]
fn meantime_dates() {
    let path = Path::new(DATA).join("timex.jsonl");
    let Ok(jsonl) = std::fs::read_to_string(&path) else {
        eprintln!("skipping: {} not found", path.display());
        return;
    };
    let mut files: HashMap<String, String> = HashMap::new();
    // Every gold span of any type, per file, for the precision estimate.
    let mut all_gold: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
    let mut gold_total = 0usize;
    let mut per_form: BTreeMap<&'static str, Tally> = BTreeMap::new();
    let mut misses = Vec::new();
    let mut not_found = Vec::new();
    let mut inconsistent = Vec::new();
    for line in jsonl.lines() {
        let Ok(rec) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let field = |k: &str| {
            rec.get(k)
                .and_then(|v| v.as_str())
                .unwrap_or_default()
                .to_string()
        };
        let value = field("value");
        if let (Some(a), Some(b)) = (
            rec.get("start").and_then(|v| v.as_u64()),
            rec.get("end").and_then(|v| v.as_u64()),
        ) {
            all_gold
                .entry(field("file"))
                .or_default()
                .push((a as usize, b as usize));
        }
        if field("type") != "DATE" || !calendar_value(&value) {
            continue;
        }
        let file = field("file");
        let text = files.entry(file.clone()).or_insert_with(|| {
            std::fs::read_to_string(Path::new(DATA).join(&file)).unwrap_or_default()
        });
        let (Some(start), Some(end)) = (
            rec.get("start").and_then(|v| v.as_u64()),
            rec.get("end").and_then(|v| v.as_u64()),
        ) else {
            continue;
        };
        let (start, end) = (start as usize, end as usize);
        if end > text.len() || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            continue;
        }
        gold_total += 1;
        let anchor = parse_date(&field("dct")).or_else(|| header_date(text));
        let (s, e) = sentence_around(text, start, end);
        let sentence = &text[s..e];
        let found = find_date_expressions(sentence);
        let Some(expr) = found
            .iter()
            .find(|x| s + x.start < end && start < s + x.end)
        else {
            not_found.push(format!("{:?} in {:?}", &text[start..end], sentence));
            continue;
        };
        // A gold day that is not the weekday written is an annotation
        // error (`Wednesday` annotated with a Thursday): not scored.
        if let (DateForm::Weekday(w), Some(g)) = (&expr.form, parse_date(&value)) {
            if g.weekday() != *w {
                inconsistent.push(format!(
                    "{:?} gold {value} in {sentence:?}",
                    &text[start..end]
                ));
                continue;
            }
        }
        let got = resolve(&expr.form, anchor, direction_at(sentence, expr.start));
        let got_s = got
            .as_ref()
            .map(value_string)
            .unwrap_or_else(|| "None".into());
        let tally = per_form.entry(form_name(&expr.form)).or_default();
        tally.found += 1;
        if got_s == value {
            tally.correct += 1;
        } else {
            misses.push(format!(
                "{:?} ({}) gold {value} got {got_s} dct {:?} dir {:?} in {sentence:?}",
                &sentence[expr.start..expr.end],
                form_name(&expr.form),
                anchor,
                direction_at(sentence, expr.start)
            ));
        }
    }
    if gold_total == 0 {
        eprintln!("skipping: no gold DATE expressions read");
        return;
    }
    let scored: usize = per_form.values().map(|t| t.found).sum();
    let found = scored + inconsistent.len();
    let correct: usize = per_form.values().map(|t| t.correct).sum();
    let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    eprintln!("MEANTIME calendar DATE expressions: {gold_total}");
    eprintln!(
        "finder recall: {found}/{gold_total} = {:.1}%",
        100.0 * ratio(found, gold_total)
    );
    eprintln!(
        "gold weekday values that are not the weekday written (not scored): {}",
        inconsistent.len()
    );
    eprintln!(
        "resolution accuracy on found and scored: {correct}/{scored} = {:.1}% \
         (counting the inconsistent gold as errors: {:.1}%)",
        100.0 * ratio(correct, scored),
        100.0 * ratio(correct, found)
    );
    for (name, t) in &per_form {
        eprintln!(
            "  {name:<20} {}/{} = {:.1}%",
            t.correct,
            t.found,
            100.0 * ratio(t.correct, t.found)
        );
    }
    for m in &misses {
        eprintln!("MISS {m}");
    }
    for m in &inconsistent {
        eprintln!("INCONSISTENT GOLD {m}");
    }
    for m in &not_found {
        eprintln!("NOT FOUND {m}");
    }
    // Expressions found in the annotated files (front matter excluded) that
    // overlap no gold time expression of any type. MEANTIME annotates only
    // the first sentences of each document, so this is a list to read for
    // false positives, not a precision figure.
    let (mut extra, mut total_found) = (Vec::new(), 0usize);
    for (file, spans) in &all_gold {
        let Some(text) = files.get(file) else {
            continue;
        };
        let body_start = text.rfind("+++\n").map_or(0, |i| i + 4);
        let mut offset = body_start;
        for line in text[body_start..].split_inclusive('\n') {
            for x in find_date_expressions(line) {
                total_found += 1;
                let (a, b) = (offset + x.start, offset + x.end);
                if !spans.iter().any(|&(s, e)| a < e && s < b) {
                    extra.push(format!("{:?} in {:?}", &line[x.start..x.end], line.trim()));
                }
            }
            offset += line.len();
        }
    }
    eprintln!(
        "found in annotated files: {total_found}, outside the (partial) gold: {} ({:.1}%)",
        extra.len(),
        100.0 * ratio(extra.len(), total_found)
    );
    for m in &extra {
        eprintln!("EXTRA {m}");
    }
    let acc = |name: &str| {
        per_form
            .get(name)
            .map_or(1.0, |t| ratio(t.correct, t.found))
    };
    assert!(
        ratio(correct, scored) >= MIN_ACCURACY,
        "overall accuracy dropped"
    );
    assert!(acc("weekday") >= MIN_WEEKDAY, "weekday accuracy dropped");
    assert!(
        acc("relative-day") >= MIN_RELATIVE_DAY,
        "relative-day accuracy dropped"
    );
    assert!(
        ratio(found, gold_total) >= MIN_RECALL,
        "finder recall dropped"
    );
}
