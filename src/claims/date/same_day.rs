//! A day told by reference to a date before it: `the same day`, `later
//! that day`, `the next day`, `the previous day`, and the story's `the
//! day` (`the index ended the day higher`). Each takes the one day the
//! text dated last (earlier in its sentence, else the nearest of the
//! three sentences before it that holds a date), moved by its offset;
//! where that sentence dates two days, or only a month or a year, or a
//! weekday with no anchor, nothing says which day is meant and the
//! expression stays undated.

use super::super::Doc;
use crate::source::Provenance;
use crate::temporal::{self, DateExpr, DateForm, DateValue, Unit};
use jiff::civil::Date;

/// How many sentences back an antecedent date is looked for.
const LOOK_BACK: usize = 3;

/// Words before `that day` that make it a day already told (`later that
/// day`, `on that day`); elsewhere `that day` may be one still to come
/// (`that day has come`).
const THAT_DAY_AFTER: &[&str] = &["on", "later", "earlier", "by", "until", "of", "from"];

/// The date expressions of sentence `i` with each day told by reference
/// given the day it refers to as a full date, when one day is meant;
/// `None` when the sentence holds no such day (the common case: the
/// sentence's own `found` stand). Each day so given comes with the words
/// of the date it refers to (`yesterday`), to be shown with its own: a
/// copy run a day later counts `yesterday` from another day.
pub(super) fn with_referred_days(doc: &Doc, i: usize, found: &[DateExpr]) -> Option<Referred> {
    let sentence = doc.sentence_text(i);
    // Cheap gates first: most sentences with `day` in them name a weekday.
    let lower = doc.sentences[i].lower();
    let anaphoric = found
        .iter()
        .any(|d| matches!(d.form, DateForm::Anaphoric { .. }));
    let story = lower.contains("the day");
    if !anaphoric && !story && !lower.contains("same day") && !lower.contains("that day") {
        return None;
    }
    let mut spans: Vec<(usize, usize, i64)> = found
        .iter()
        .filter_map(|d| match d.form {
            DateForm::Anaphoric {
                amount,
                unit: Unit::Day,
            } => Some((d.start, d.end, i64::from(amount))),
            _ => None,
        })
        .collect();
    let free = |s: usize, e: usize| found.iter().all(|d| e <= d.start || d.end <= s);
    // The story's `the day` in a clause still to come (`to be restored
    // during the course of the day`) is the day of writing, which a past
    // date before it does not tell.
    let past_day = |&(s, _): &(usize, usize)| {
        temporal::direction_at(sentence, s) != temporal::Direction::Future
    };
    spans.extend(
        same_day_spans(doc, i)
            .into_iter()
            .chain(
                if story {
                    temporal::story_days(sentence)
                } else {
                    Vec::new()
                }
                .into_iter()
                .filter(past_day),
            )
            .filter(|&(s, e)| free(s, e))
            .map(|(s, e)| (s, e, 0)),
    );
    if spans.is_empty() {
        return None;
    }
    let mut told = Vec::new();
    let mut out: Vec<DateExpr> = found
        .iter()
        .filter(|d| !spans.iter().any(|&(s, _, _)| s == d.start))
        .cloned()
        .collect();
    for (start, end, amount) in spans {
        // `the day after the vote` is told from the vote, not from a date.
        let written = sentence[start..end].to_ascii_lowercase();
        let rest = sentence[end..].trim();
        let from_event = (written.ends_with("before") || written.ends_with("after"))
            && !rest.is_empty()
            && !rest.starts_with(['.', ',', ';', ':', ')']);
        // `three days later than planned` compares, and refers to nothing.
        let compared = rest.to_ascii_lowercase().starts_with("than ");
        let day = if from_event || compared {
            None
        } else {
            antecedent(doc, i, found, start).and_then(|(d, words)| {
                let span = jiff::Span::new().try_days(amount).ok()?;
                Some((d.checked_add(span).ok()?, words))
            })
        };
        match day {
            Some((day, words)) => {
                out.push(DateExpr {
                    start,
                    end,
                    form: DateForm::FullDate(day),
                });
                told.push((start, words));
            }
            // Unresolved, a found reference stays as it was.
            None => out.extend(found.iter().find(|d| d.start == start).cloned()),
        }
    }
    out.sort_by_key(|d| d.start);
    Some(Referred { dates: out, told })
}

/// A sentence's dates with its days told by reference resolved.
pub(super) struct Referred {
    /// The date expressions, in order.
    pub dates: Vec<DateExpr>,
    /// Where each day told by reference starts, with the words of the
    /// date it refers to.
    pub told: Vec<(usize, String)>,
}

impl Referred {
    /// The words of the date the day told by reference at `start`
    /// refers to, if it is one.
    pub fn words_at(&self, start: usize) -> Option<&str> {
        self.told
            .iter()
            .find(|(s, _)| *s == start)
            .map(|(_, w)| w.as_str())
    }
}

/// `the same day`, `that same day` and `that day` after a word of
/// [`THAT_DAY_AFTER`] in sentence `i`, as byte spans; not `the same day
/// as` another event, which names its own antecedent.
fn same_day_spans(doc: &Doc, i: usize) -> Vec<(usize, usize)> {
    let view = &doc.sentences[i];
    let n = view.words.len();
    let mut out = Vec::new();
    for k in 1..n {
        if view.word(k) != "day" || (k + 1 < n && view.word(k + 1) == "as") {
            continue;
        }
        let same = view.word(k - 1) == "same";
        let first = if same { k.checked_sub(2) } else { Some(k - 1) };
        let Some(first) = first else { continue };
        let told = match view.word(first) {
            "the" | "that" if same => true,
            "that" => first > 0 && THAT_DAY_AFTER.contains(&view.word(first - 1)),
            _ => false,
        };
        if told {
            out.push((view.words[first].0, view.words[k].1));
        }
    }
    out
}

/// The one day the text dated last before byte `at` of sentence `i`: its
/// dates before `at`, else those of the nearest of the [`LOOK_BACK`]
/// sentences before it that holds one. `None` when those dates are not
/// one day.
fn antecedent(doc: &Doc, i: usize, found: &[DateExpr], at: usize) -> Option<(Date, String)> {
    let before: Vec<&DateExpr> = found.iter().filter(|d| d.end <= at).collect();
    if let Some(day) = one_day(doc, doc.sentence_text(i), &before) {
        return day;
    }
    for j in (i.saturating_sub(LOOK_BACK)..i).rev() {
        let text = doc.sentence_text(j);
        let dates: Vec<&DateExpr> = doc.sentences[j].dates(text).iter().collect();
        if let Some(day) = one_day(doc, text, &dates) {
            return day;
        }
    }
    None
}

/// Of the dates of one sentence, the day they tell: `None` when none of
/// them tells a day at all (times of day, a reference without its own
/// date), `Some(None)` when they tell none or several, `Some(Some(day))`
/// when one (with the words of its first date).
fn one_day(doc: &Doc, sentence: &str, dates: &[&DateExpr]) -> Option<Option<(Date, String)>> {
    let borrowed = doc.source.meta.published_from == Provenance::Borrowed;
    let mut days: Vec<Option<Date>> = Vec::new();
    let mut words = None;
    for d in dates {
        let relative = matches!(
            d.form,
            DateForm::RelativeDay(_) | DateForm::RelativeUnit { .. } | DateForm::Weekend { .. }
        );
        match d.form {
            DateForm::Clock { .. } | DateForm::Eve | DateForm::Anaphoric { .. } => continue,
            _ if borrowed && relative => days.push(None),
            // `last night` straddles two days: which one is `the day`?
            _ if sentence[d.start..d.end]
                .to_ascii_lowercase()
                .contains("night") =>
            {
                days.push(None)
            }
            _ => match temporal::resolve(
                &d.form,
                doc.anchor,
                temporal::direction_at(sentence, d.start),
            ) {
                Some(DateValue::Day(day)) => {
                    words.get_or_insert_with(|| sentence[d.start..d.end].to_string());
                    days.push(Some(day))
                }
                _ => days.push(None),
            },
        }
    }
    let first = *days.first()?;
    let first = first.filter(|_| days.iter().all(|d| *d == first));
    Some(first.zip(words))
}

#[cfg(test)]
mod tests {
    use crate::claims::{claims_of, ClaimKind, Value};

    /// (written date, resolved value) of each date claim of `text`.
    fn dated(text: &str) -> Vec<(String, String)> {
        claims_of(text, Some("2019-03-15"))
            .into_iter()
            .filter(|c| c.kind == ClaimKind::Date)
            .filter_map(|c| match &c.value {
                Value::Date { written, .. } => Some((written.clone(), c.value.normalized())),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_day_told_by_reference_takes_the_day_dated_before_it() {
        let d = dated(
            "The ferry Arden sank off Tarvik on March 3.\n\nRescuers reached the wreck the next day.",
        );
        assert!(
            d.contains(&("the next day (March 3)".into(), "2019-03-04".into())),
            "{d:?}"
        );
        let d = dated(
            "The mill at Dorrow closed on Tuesday.\n\nThe union met the owners later that day.",
        );
        assert!(
            d.contains(&("that day (Tuesday)".into(), "2019-03-12".into())),
            "{d:?}"
        );
        let d = dated("Shares of Velmar fell on Thursday, and the index ended the day lower.");
        assert!(
            d.contains(&("the day (Thursday)".into(), "2019-03-14".into())),
            "{d:?}"
        );
        // Still to come, the story's day is the day of writing.
        let d = dated(
            "Shares of Velmar fell on Thursday.\n\nThe index will be rebalanced later in the day.",
        );
        assert!(d.iter().all(|(w, _)| !w.contains("the day")), "{d:?}");
    }

    #[test]
    fn two_days_or_no_day_before_leave_it_undated() {
        // Two days told: which one is meant?
        let d = dated(
            "The mill at Dorrow closed on Tuesday and reopened on Thursday.\n\nThe union met the owners later that day.",
        );
        assert!(d.iter().all(|(w, _)| !w.starts_with("that day")), "{d:?}");
        // A night is two days.
        let d = dated(
            "The mill at Dorrow closed last night.\n\nThe union met the owners later that day.",
        );
        assert!(d.iter().all(|(w, _)| !w.starts_with("that day")), "{d:?}");
        // Only a year before it.
        let d =
            dated("The mill at Dorrow closed in 2004.\n\nThe union met the owners the same day.");
        assert!(
            d.iter().all(|(w, _)| !w.starts_with("the same day")),
            "{d:?}"
        );
        // `that day` still to come is no reference.
        let d =
            dated("The mill at Dorrow closed on Tuesday.\n\nThat day has come, the union said.");
        assert!(
            d.iter()
                .all(|(w, _)| !w.to_lowercase().starts_with("that day")),
            "{d:?}"
        );
        // `three days later than planned` is no day.
        let d = dated("The ferry Arden docked at Tarvik on March 3, two days later than planned.");
        assert_eq!(
            d.iter().filter(|(w, _)| w.contains("later")).count(),
            0,
            "{d:?}"
        );
        assert!(d.iter().any(|(w, _)| w == "March 3"), "{d:?}");
        // `the day after the vote` is the vote's next day.
        let d = dated("The mill at Dorrow closed on Tuesday.\n\nThe union met the owners the day after the vote.");
        assert!(d.iter().all(|(_, v)| v != "2019-03-13"), "{d:?}");
    }
}
