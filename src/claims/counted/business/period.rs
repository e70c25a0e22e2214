//! The period of a report's figure: `the quarter ended Sept. 30`, `the
//! three months to the end of September`, `Q3` and `the third quarter`
//! are one scope (`period quarter`, `fiscal q3`), soft as a day is (two
//! different periods disagree, a period only one figure names does not);
//! a figure of an earlier period (`from $4.30 billion a year earlier`,
//! `against $1.17 in the same quarter last year`) is scoped `prior`, and
//! the words of that earlier period scope no other figure. The words are
//! in `rules/quantity/business.toml`.

use super::{has, is_figure, BusinessCues, SentenceView};
use crate::claims::Counted;

/// The prefix of a report's period scope (`period quarter`).
pub const PERIOD: &str = "period ";

/// The prefix of which quarter a report's figure is of (`fiscal q3`).
pub const FISCAL: &str = "fiscal ";

/// The scope of a figure keyed by one of the `metrics` (`revenue`).
pub const REPORTED: &str = "reported";

/// The scope of a figure of an earlier period than the report's.
pub const PRIOR: &str = "prior";

/// Most words between a figure and the earlier period's phrase after it
/// (`$1.17 in the same quarter last year`).
const PRIOR_REACH: usize = 6;

/// Most words back from a figure to a contrast word (`from $505
/// million, or $1.17`).
const CONTRAST_REACH: usize = 6;

/// The words of a sentence, lower case.
fn words(view: &SentenceView) -> Vec<&str> {
    (0..view.words.len()).map(|k| view.word(k)).collect()
}

/// Where the phrases of an earlier period stand: word ranges.
fn prior_phrases(words: &[&str], cues: &BusinessCues) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for phrase in &cues.prior {
        let tokens: Vec<&str> = phrase.split_whitespace().collect();
        if tokens.is_empty() || tokens.len() > words.len() {
            continue;
        }
        for k in 0..=words.len() - tokens.len() {
            if words[k..k + tokens.len()] == tokens[..] {
                out.push((k, k + tokens.len()));
            }
        }
    }
    out.sort_unstable();
    out
}

/// The period the sentence's words name outside earlier-period phrases:
/// `quarter` before `year`.
fn period(
    words: &[&str],
    inside: &dyn Fn(usize) -> bool,
    cues: &BusinessCues,
) -> Option<&'static str> {
    let free = |k: &usize| !inside(*k);
    let quarter = (0..words.len()).filter(free).any(|k| {
        has(&cues.quarter, words[k])
            || has(&cues.quarter_phrases, words[k])
            || words
                .get(k + 1)
                .is_some_and(|n| has(&cues.quarter_phrases, &format!("{} {n}", words[k])))
    });
    if quarter {
        return Some("quarter");
    }
    let year = (0..words.len())
        .filter(free)
        .any(|k| has(&cues.year, words[k]));
    year.then_some("year")
}

/// Which quarter the sentence names (`third quarter`, `third-quarter`,
/// `Q3`), when it names one only.
fn which_quarter(
    words: &[&str],
    inside: &dyn Fn(usize) -> bool,
    cues: &BusinessCues,
) -> Option<usize> {
    let mut found: Option<usize> = None;
    for (k, w) in words.iter().enumerate().filter(|(k, _)| !inside(*k)) {
        let named = cues.quarter_ordinals.iter().position(|o| {
            let next = words.get(k + 1).copied();
            let after_fiscal = words.get(k + 1) == Some(&"fiscal");
            (o == w
                && (next == Some("quarter")
                    || after_fiscal && words.get(k + 2) == Some(&"quarter")))
                || w.strip_prefix(o.as_str()) == Some("-quarter")
        });
        let coded = w
            .strip_prefix('q')
            .and_then(|n| n.parse::<usize>().ok())
            .filter(|n| (1..=cues.quarter_ordinals.len()).contains(n))
            .map(|n| n - 1);
        if let Some(q) = named.or(coded) {
            if found.is_some_and(|f| f != q) {
                return None;
            }
            found = Some(q);
        }
    }
    found.map(|q| q + 1)
}

/// Whether the figure at words `first_before..first_after` is of an
/// earlier period: an earlier period's phrase follows it closely with no
/// figure between, or a contrast word stands before it (across fillers
/// and figures) and such a phrase follows it in the sentence.
fn is_prior(
    words: &[&str],
    phrases: &[(usize, usize)],
    (first_before, first_after): (usize, usize),
    cues: &BusinessCues,
) -> bool {
    let after: Vec<usize> = phrases
        .iter()
        .map(|p| p.0)
        .filter(|&p| p >= first_after)
        .collect();
    let close = after.first().is_some_and(|&p| {
        p - first_after <= PRIOR_REACH
            && !(first_after..p).any(|k| is_figure(words[k]) && words[k] != "one")
    });
    if close {
        return true;
    }
    let contrasted = (first_before.saturating_sub(CONTRAST_REACH)..first_before)
        .rev()
        .map(|k| words[k])
        .take_while(|w| {
            has(&cues.contrast, w)
                || has(&cues.fillers, w)
                || is_figure(w)
                || *w == "up"
                || *w == "down"
                || *w == "with"
        })
        .any(|w| has(&cues.contrast, w) && !has(&cues.fillers, w));
    contrasted && !after.is_empty()
}

/// Reads the period of a report's figure (a sum of money or a percentage
/// keyed by the noun it measures) at byte span `span` of its sentence:
/// drops the month, quarter and year scopes the sentence gave it (`the
/// quarter ended Sept. 30` and `the three months to the end of
/// September` name one period), and adds `period quarter` or `period
/// year`, which quarter (`fiscal q3`), or `prior` for a figure of an
/// earlier period. A figure restated after `or` (`$610 million, or $1.42
/// per share`) is no part of a list.
pub(in crate::claims) fn report_periods(
    view: &SentenceView,
    span: (usize, usize),
    money_or_percent: bool,
    counted: &mut Counted,
) {
    let reported = counted
        .predicate
        .as_deref()
        .is_some_and(|p| p.starts_with("noun:"));
    if !money_or_percent || !reported || view.words.is_empty() {
        return;
    }
    let cues = BusinessCues::defaults();
    let words = words(view);
    let first_after = view.words.partition_point(|&(s, _)| s < span.1);
    let first_before = view.words.partition_point(|&(_, e)| e <= span.0);
    let phrases = prior_phrases(&words, cues);
    let inside = |k: usize| phrases.iter().any(|&(s, e)| (s..e).contains(&k));
    let prior = is_prior(&words, &phrases, (first_before, first_after), cues);
    // `at $1.24, against $1.17 in the same quarter last year`: the
    // earlier period is the later figure's.
    let later_phrase = phrases.iter().any(|p| p.0 >= first_after);
    counted.scope.retain(|s| {
        !(is_month(s)
            || s == "quarter"
            || s == "year"
            || s.ends_with(" quarter")
            || (later_phrase && !prior && (s == "last year" || s == "this year")))
    });
    if first_before > 0 && words[first_before - 1] == "or" {
        counted.scope.retain(|s| s != "part");
    }
    let metric = counted
        .predicate
        .as_deref()
        .and_then(|p| p.strip_prefix("noun:"))
        .is_some_and(|n| has(&cues.metrics, n));
    if metric {
        counted.scope.push(REPORTED.to_string());
    }
    if prior {
        counted.scope.push(PRIOR.to_string());
    } else {
        if let Some(p) = period(&words, &inside, cues) {
            counted.scope.push(format!("{PERIOD}{p}"));
        }
        if let Some(q) = which_quarter(&words, &inside, cues) {
            counted.scope.push(format!("{FISCAL}q{q}"));
        }
    }
    counted.scope.sort();
    counted.scope.dedup();
}

/// Whether a scope is a month's name (the calendar's, or `sept`).
fn is_month(s: &str) -> bool {
    crate::source::MONTH_NAMES.contains(&s) || s == "sept"
}
