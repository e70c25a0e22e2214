//! The range of every threshold of `factlint.toml` and `--threshold`.
//!
//! A similarity or tolerance is a share (0 to 1); a window is a whole
//! number of days (0 to 3650, as `window-days` in
//! `rules/stories/stories.toml`). `nan`, `inf`, negative and out-of-range
//! values are refused where they are written: a NaN threshold compares
//! false with everything and silently turns a check off, and a window of
//! `i64::MAX` days overflows date arithmetic.

use super::Thresholds;

/// The longest window of days.
const MAX_DAYS: f64 = 3650.0;

/// What a threshold key holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Range {
    /// A share, 0 to 1.
    Share,
    /// Whole days, 0 to [`MAX_DAYS`].
    Days,
}

/// The range of a `[thresholds]` key, `None` for an unknown key.
pub(super) fn of(key: &str) -> Option<Range> {
    match key {
        "quote-similarity"
        | "context-similarity"
        | "keyed-context-similarity"
        | "outcome-context-similarity"
        | "scoped-context-similarity"
        | "numeric-tolerance" => Some(Range::Share),
        "same-event-days" | "story-window-days" => Some(Range::Days),
        _ => None,
    }
}

/// Checks one value against its range; the error says what was expected.
pub(super) fn check(range: Range, value: f64) -> Result<(), String> {
    match range {
        Range::Share if !(0.0..=1.0).contains(&value) => {
            Err(format!("{value:?} is outside 0-1 (a share: 0.45 = 45%)"))
        }
        Range::Days if !(0.0..=MAX_DAYS).contains(&value) || value.fract() != 0.0 => Err(format!(
            "{value:?} is not a whole number of days from 0 to {MAX_DAYS}"
        )),
        _ => Ok(()),
    }
}

/// The first value of `[thresholds]` out of its range: its key and why.
pub(super) fn first_bad(t: &Thresholds) -> Option<(&'static str, String)> {
    let days = |d: Option<i64>| d.map(|d| d as f64);
    let values = [
        ("quote-similarity", t.quote_similarity),
        ("context-similarity", t.context_similarity),
        ("keyed-context-similarity", t.keyed_context_similarity),
        ("outcome-context-similarity", t.outcome_context_similarity),
        ("scoped-context-similarity", t.scoped_context_similarity),
        ("numeric-tolerance", t.numeric_tolerance),
        ("same-event-days", days(t.same_event_days)),
        ("story-window-days", days(t.story_window_days)),
    ];
    values.into_iter().find_map(|(key, v)| {
        let range = of(key)?;
        check(range, v?).err().map(|e| (key, e))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_and_days_are_bounded() {
        for bad in [f64::NAN, f64::INFINITY, -0.1, 1.5] {
            assert!(check(Range::Share, bad).is_err(), "{bad}");
        }
        assert!(check(Range::Share, 0.0).is_ok() && check(Range::Share, 1.0).is_ok());
        for bad in [f64::NAN, -1.0, 2.5, 1e18, f64::INFINITY] {
            assert!(check(Range::Days, bad).is_err(), "{bad}");
        }
        assert!(check(Range::Days, 0.0).is_ok() && check(Range::Days, 3650.0).is_ok());
        let t = Thresholds {
            same_event_days: Some(-5),
            ..Thresholds::default()
        };
        assert_eq!(first_bad(&t).map(|b| b.0), Some("same-event-days"));
    }
}
