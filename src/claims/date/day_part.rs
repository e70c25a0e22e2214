//! The part of the day written beside a day (`Friday night`, `early
//! Saturday`, `late on Monday`): kept with the claim's words, so that a
//! check can tell one overnight event told by either day (see
//! `rules/overnight.rs`).

use super::SentenceView;
use crate::temporal::DateForm;

/// Words after a weekday that name a part of its day.
const AFTER: &[&str] = &["morning", "afternoon", "evening", "night"];
/// Words before a day that place it early or late in the day.
const BEFORE: &[&str] = &["early", "late"];

/// The span of a day's claim with the part of the day written beside it:
/// `early`/`late` before it (an `on` between is allowed) and, after a
/// weekday, `morning` … `night`. Other forms keep `start..end`.
pub(super) fn with_part_of_day(
    view: &SentenceView,
    sentence: &str,
    form: &DateForm,
    start: usize,
    end: usize,
) -> (usize, usize) {
    let day = matches!(
        form,
        DateForm::Weekday(_)
            | DateForm::RelativeDay(_)
            | DateForm::MonthDay { .. }
            | DateForm::FullDate(_)
    );
    if matches!(form, DateForm::Clock { .. }) {
        return (clock_hedge_start(view, form, start).unwrap_or(start), end);
    }
    if !day {
        return (start, end);
    }
    let k = view.words.partition_point(|&(_, e)| e <= start);
    let mut from = start;
    let mut back = k;
    if back > 0 && view.word(back - 1) == "on" {
        back -= 1;
    }
    if back > 0 && BEFORE.contains(&view.word(back - 1)) {
        let (s, e) = view.words[back - 1];
        // One word-run: nothing but spaces between the words.
        if sentence[e..start]
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ')
        {
            from = s;
        }
    }
    let mut to = end;
    if matches!(form, DateForm::Weekday(_)) {
        let next = view.words.partition_point(|&(s, _)| s < end);
        if let Some(&(s, e)) = view.words.get(next) {
            if sentence[end..s] == *" " && AFTER.contains(&view.word(next)) {
                to = e;
            }
        }
    }
    (from, to)
}

/// Where the hedge before a clock time at `start` starts (`about 4:10
/// a.m.`, `shortly after 9:15 p.m.`), if one is there: the claim's words
/// start with it, as it says how far the time reaches
/// (`temporal::clock_window`), and `shortly after` makes no bound.
pub(super) fn clock_hedge_start(
    view: &SentenceView,
    form: &DateForm,
    start: usize,
) -> Option<usize> {
    if !matches!(form, DateForm::Clock { .. }) {
        return None;
    }
    let k = view.words.partition_point(|&(_, e)| e <= start);
    let n = crate::temporal::clock_hedge_words(view.words_before(start))?;
    (n <= k).then(|| view.words[k - n].0)
}

#[cfg(test)]
mod tests {
    use crate::claims::{claims_of, ClaimKind, Value};

    fn written(text: &str) -> Vec<String> {
        claims_of(text, Some("2024-03-04"))
            .into_iter()
            .filter(|c| c.kind == ClaimKind::Date)
            .filter_map(|c| match c.value {
                Value::Date { written, .. } => Some(written),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn the_part_of_the_day_is_kept_with_the_day() {
        assert_eq!(
            written("A fire destroyed the old mill early Saturday."),
            ["early Saturday"]
        );
        assert_eq!(
            written("The barn was damaged by fire Friday night."),
            ["Friday night"]
        );
        assert_eq!(
            written("The ferry sank late on Sunday near the harbour."),
            ["late on Sunday"]
        );
    }

    #[test]
    fn a_hedge_is_kept_with_a_clock_time() {
        assert_eq!(
            written("The quake struck at about 4:10 a.m. on Sunday."),
            ["about 4:10 a.m.", "Sunday"]
        );
        assert_eq!(
            written("The bridge collapsed shortly after 9:15 p.m. near the river."),
            ["shortly after 9:15 p.m."]
        );
        assert_eq!(
            written("The bridge collapsed at 9:15 p.m. on Sunday."),
            ["9:15 p.m.", "Sunday"]
        );
    }

    #[test]
    fn other_words_beside_a_day_are_not_its_part() {
        assert_eq!(
            written("The ferry sank on Sunday, night crews said."),
            ["Sunday"]
        );
        assert_eq!(
            written("The ferry sank in the early hours on Sunday."),
            ["Sunday"]
        );
    }
}
