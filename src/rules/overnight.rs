//! One night told by either day: a fire that started `Friday night` and
//! destroyed the church `early Saturday` is one event on two dates, both
//! right. Two dates a day apart are one night when the earlier names the
//! night or evening (`Friday night`, `late Friday`, `last night`) and the
//! later does not exclude its small hours, or the later names them
//! (`early Saturday`) and the earlier does not exclude its night.

/// The lower-case words of a written date.
fn words(written: &str) -> impl Iterator<Item = String> + '_ {
    written
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

fn has_any(written: &str, set: &[&str]) -> bool {
    words(written).any(|w| set.contains(&w.as_str()))
}

/// Words that put a date in the evening or the night of its day.
const NIGHT: &[&str] = &["night", "tonight", "overnight", "evening", "late"];
/// Words that put a date in its day's first hours.
const EARLY: &[&str] = &["early"];
/// Words that keep a date out of its day's first hours.
const NOT_EARLY: &[&str] = &[
    "afternoon",
    "evening",
    "night",
    "tonight",
    "late",
    "midday",
    "noon",
];
/// Words that keep a date out of its day's night.
const NOT_NIGHT: &[&str] = &["morning", "afternoon", "early", "midday", "noon"];

/// Whether `earlier`, as written, and `later`, the day after it, may
/// date one overnight event.
pub(super) fn one_night(earlier: &str, later: &str) -> bool {
    (has_any(earlier, NIGHT) && !has_any(later, NOT_EARLY))
        || (has_any(later, EARLY) && !has_any(earlier, NOT_NIGHT))
}

/// Words of the part of a day, left out when two written dates are
/// compared word by word (`Saturday morning` is still `Saturday`).
pub(super) fn is_part_of_day(word: &str) -> bool {
    matches!(
        word,
        "early" | "late" | "morning" | "afternoon" | "evening" | "night"
    )
}

#[cfg(test)]
mod tests {
    use super::one_night;

    #[test]
    fn a_night_and_the_small_hours_after_it_are_one_night() {
        assert!(one_night("Friday night", "early Saturday"));
        assert!(one_night("Friday night", "Saturday"));
        assert!(one_night("late Friday", "Saturday"));
        assert!(one_night("last night", "early today"));
        assert!(one_night("Friday", "early Saturday"));
        assert!(one_night("Friday evening", "early Saturday morning"));
    }

    #[test]
    fn other_parts_of_two_days_are_two_dates() {
        assert!(!one_night("Friday", "Saturday"));
        assert!(!one_night("Friday night", "Saturday night"));
        assert!(!one_night("Friday morning", "early Saturday"));
        assert!(!one_night("Friday night", "Saturday afternoon"));
        assert!(!one_night("early Saturday", "Friday night"));
    }
}
