//! Clock times: `9:30 a.m.`, `8.49pm`, `2045 GMT`, `at 1100 hours`,
//! `09:30 BST`, `noon`, read as minutes after midnight with the time zone
//! written beside them, if any.

use std::sync::LazyLock;

use crate::pattern::{Captures, Regex};

use super::{DateExpr, DateForm};

use super::zone::{parse_offset, Zone, ABBREVIATIONS};

/// `\s*\(?ZONE\)?` after a time, capturing the zone: an abbreviation
/// (`z`, with an offset `zo` after `GMT` or `UTC`: `GMT+3`), an offset
/// (`o`: `+05:30`; a bare `-` would read `10:00-12:00` as one time),
/// `local time` (`l`) or a place's time (`p`: `Beijing time`).
fn zone_pattern() -> String {
    let names: Vec<&str> = ABBREVIATIONS.iter().map(|(n, _)| *n).collect();
    format!(
        "(?:\\s*\\(?(?:(?P<z>{})(?:\\s*(?P<zo>[+-]\\s?[0-9]{{1,2}}(?::?[0-5][0-9])?))?\
         |(?P<o>\\+(?:0[0-9]|1[0-4]):?[0-5][0-9])|(?P<l>[Ll]ocal\\s+time)\
         |(?P<p>[A-Z][a-z]+(?:\\s[A-Z][a-z]+)?)\\s+[Tt]ime)\\)?(?-u:\\b))?",
        names.join("|")
    )
}

/// `a.m.`, `am`, `p.m.`, `pm`.
const MERIDIEM: &str = "\\s*(?P<ap>[aApP])\\.?\\s?[mM](?:\\.|(?-u:\\b))";

/// Hour and minutes with a meridiem: `9:30 a.m.`, `8.49pm`; or with a
/// colon and a zone or nothing: `09:30 BST`, `08:30`.
static HOUR_MINUTE: LazyLock<Regex> = LazyLock::new(|| {
    super::find::re(&format!(
        "(?-u:\\b)(?P<h>[01]?[0-9]|2[0-3])(?P<sep>[:.])(?P<m>[0-5][0-9])(?:{MERIDIEM})?{}",
        zone_pattern()
    ))
});

/// An hour with a meridiem: `9 a.m.`, `8pm`.
static HOUR: LazyLock<Regex> = LazyLock::new(|| {
    super::find::re(&format!(
        "(?-u:\\b)(?P<h>1[0-2]|0?[1-9]){MERIDIEM}{}",
        zone_pattern()
    ))
});

/// Four digits with a zone or `hours`: `2045 GMT`, `1100 hours`.
static MILITARY: LazyLock<Regex> = LazyLock::new(|| {
    super::find::re(&format!(
        "(?-u:\\b)(?P<h>[01][0-9]|2[0-3])(?P<m>[0-5][0-9])(?:\\s*(?:hours|hrs)(?-u:\\b)|{})",
        zone_pattern().trim_end_matches('?')
    ))
});

/// `noon`, `midday`, `midnight`.
static NAMED: LazyLock<Regex> =
    LazyLock::new(|| super::find::re("(?i)(?-u:\\b)(?P<n>noon|midday|midnight)(?-u:\\b)"));

/// Words before an `08:30` that make it a time of day (a colon alone
/// also writes scores and ratios).
const TIME_PREPOSITIONS: &[&str] = &[
    "at",
    "by",
    "from",
    "until",
    "till",
    "to",
    "around",
    "about",
    "after",
    "before",
    "since",
    "between",
    "and",
    "approximately",
    "roughly",
    "shortly",
    "just",
];

/// The zone written after a time, if one is (see [`zone_pattern`]).
fn zone_of(c: &Captures<'_>) -> Option<Zone> {
    if let Some(z) = c.name("z") {
        let zone = Zone::abbreviation(z.as_str())?;
        let offset = c.name("zo").filter(|_| zone.utc_offset() == Some(0));
        return Some(match offset.and_then(|o| parse_offset(o.as_str())) {
            Some(o) => Zone::Offset(o),
            None => zone,
        });
    }
    if let Some(o) = c.name("o") {
        return parse_offset(o.as_str()).map(Zone::Offset);
    }
    if c.name("l").is_some() {
        return Some(Zone::Local);
    }
    Zone::of_place(c.name("p")?.as_str())
}

fn clock(hour: u16, minute: u16, c: &Captures<'_>) -> Option<DateForm> {
    let hour = match c.name("ap").map(|m| m.as_str().to_ascii_lowercase()) {
        Some(_) if hour == 0 || hour > 12 => return None,
        Some(ap) if ap == "a" => hour % 12,
        Some(_) => hour % 12 + 12,
        None => hour,
    };
    Some(DateForm::Clock {
        minutes: hour * 60 + minute,
        zone: zone_of(c),
    })
}

fn number(c: &Captures<'_>, name: &str) -> Option<u16> {
    c.name(name)?.as_str().parse().ok()
}

/// Whether the word before `start` introduces a time (`at 08:30`).
fn after_time_word(text: &str, start: usize) -> bool {
    let word = text[..start]
        .trim_end()
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    TIME_PREPOSITIONS.contains(&word.as_str())
}

/// Which of the digit patterns may match a text, read from its bytes: a
/// pattern that cannot match is not searched (most sentences with a
/// figure hold no time).
struct ClockCues {
    /// A digit, `:` or `.`, and a digit of minutes ([`HOUR_MINUTE`]).
    hour_minute: bool,
    /// A digit, spaces, and `a` or `p` ([`HOUR`]).
    hour: bool,
    /// Four digits in a row, then `hours`, `hrs` or a zone, maybe after
    /// spaces and `(` ([`MILITARY`]): a year alone is none.
    military: bool,
    /// `noon`, `midday` or `midnight` in any case ([`NAMED`]).
    named: bool,
}

/// The [`ClockCues`] of `b`; `named` says whether it holds `noon`,
/// `midday` or `midnight` in any case (the caller's one pass over its
/// words answers that). Spaces are those of `\s` in the patterns' ASCII
/// mode (which includes the vertical tab). Only the digits are visited.
fn clock_cues(b: &[u8], named: bool) -> ClockCues {
    let mut cues = ClockCues {
        hour_minute: false,
        hour: false,
        military: false,
        named,
    };
    let spaced = |from: &[u8]| {
        from.iter()
            .copied()
            .find(|c| !matches!(c, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' '))
    };
    let mut from = 0;
    while let Some(k) = b[from..].iter().position(u8::is_ascii_digit) {
        let i = from + k;
        from = i + 1;
        let next = &b[i + 1..];
        cues.hour_minute |= matches!(next, [b':' | b'.', b'0'..=b'5', ..]);
        cues.hour |= matches!(spaced(next), Some(b'a' | b'A' | b'p' | b'P'));
        cues.military |= next.len() >= 3
            && next[..3].iter().all(u8::is_ascii_digit)
            && spaced(&next[3..]).is_some_and(|c| {
                // `hours`, a zone's `(`, an offset, `local` or a name.
                matches!(c, b'h' | b'(' | b'+' | b'l' | b'L') || c.is_ascii_uppercase()
            });
    }
    cues
}

/// Whether `b` holds `noon`, `midday` or `midnight` in any case, read
/// byte by byte (what the callers' word pass must agree with).
#[cfg(test)]
pub(super) fn names_a_time(b: &[u8]) -> bool {
    (0..b.len()).any(|i| {
        [&b"noon"[..], b"midday", b"midnight"].iter().any(|w| {
            b[i..]
                .get(..w.len())
                .is_some_and(|s| s.eq_ignore_ascii_case(w))
        })
    })
}

/// The clock times of `text`, in order, not overlapping; `named` says
/// whether it holds `noon`, `midday` or `midnight` in any case.
pub(super) fn find_clock_times(text: &str, named: bool) -> Vec<DateExpr> {
    let mut out: Vec<DateExpr> = Vec::new();
    let mut push = |start: usize, end: usize, form: Option<DateForm>| {
        if let Some(form) = form {
            if out.iter().all(|e| end <= e.start || e.end <= start) {
                out.push(DateExpr { start, end, form });
            }
        }
    };
    let cues = clock_cues(text.as_bytes(), named);
    if cues.hour_minute {
        for c in HOUR_MINUTE.captures_iter(text) {
            let m = c.get(0).expect("whole match");
            // `8.49pm` needs its meridiem (else a decimal); `08:30` a zone,
            // a meridiem or a word such as `at` before it.
            let marked = c.name("ap").is_some() || zone_of(&c).is_some();
            let colon = &c["sep"] == ":";
            if !(marked || (colon && after_time_word(text, m.start()))) {
                continue;
            }
            let form = number(&c, "h").zip(number(&c, "m"));
            push(
                m.start(),
                m.end(),
                form.and_then(|(h, mi)| clock(h, mi, &c)),
            );
        }
    }
    if cues.hour {
        for c in HOUR.captures_iter(text) {
            let m = c.get(0).expect("whole match");
            push(
                m.start(),
                m.end(),
                number(&c, "h").and_then(|h| clock(h, 0, &c)),
            );
        }
    }
    if cues.military {
        for c in MILITARY.captures_iter(text) {
            let m = c.get(0).expect("whole match");
            // `in 2010 Summer time`: a year before a name that is no zone.
            if c.name("p").is_some() && zone_of(&c).is_none() {
                continue;
            }
            let form = number(&c, "h").zip(number(&c, "m"));
            push(
                m.start(),
                m.end(),
                form.and_then(|(h, mi)| clock(h, mi, &c)),
            );
        }
    }
    let named = cues.named.then(|| NAMED.captures_iter(text));
    for c in named.into_iter().flatten() {
        let m = c.get(0).expect("whole match");
        let minutes = if c["n"].eq_ignore_ascii_case("midnight") {
            0
        } else {
            12 * 60
        };
        push(
            m.start(),
            m.end(),
            Some(DateForm::Clock {
                minutes,
                zone: None,
            }),
        );
    }
    out.sort_by_key(|e| e.start);
    out
}

#[cfg(test)]
mod tests {
    use crate::temporal::{find_date_expressions, DateForm};

    /// (written, minutes, zone) of each clock time found.
    fn clocks(text: &str) -> Vec<(String, u16, Option<String>)> {
        find_date_expressions(text)
            .into_iter()
            .filter_map(|e| match e.form {
                DateForm::Clock { minutes, zone } => Some((
                    text[e.start..e.end].to_string(),
                    minutes,
                    zone.map(|z| z.to_string()),
                )),
                _ => None,
            })
            .collect()
    }

    /// A pattern skipped for want of its cue never matches.
    #[test]
    fn the_cues_never_skip_a_pattern_that_matches() {
        let texts = [
            "at 9:30 a.m. today",
            "8\x0Bpm and 7 \t P.M.",
            "at 2045 GMT",
            "a blaze at 8.49pm",
            "no time at all",
            "the ship sank at 1100 hours",
            "they won 3:2, 4.5 and 1:7",
            "at 2130\t(CEST) and at 0915 Coordinated Universal Time",
            "from 1900hrs to 2300 \x0C hours",
            "at NOON and at Midnight, or midday",
            "in 2006 and 1999, the 2010 vote; Noone came at Midnite",
        ];
        for text in texts {
            let cues = super::clock_cues(text.as_bytes(), super::names_a_time(text.as_bytes()));
            assert!(
                cues.hour_minute || !super::HOUR_MINUTE.is_match(text),
                "{text:?}"
            );
            assert!(cues.hour || !super::HOUR.is_match(text), "{text:?}");
            assert!(cues.military || !super::MILITARY.is_match(text), "{text:?}");
            assert!(cues.named || !super::NAMED.is_match(text), "{text:?}");
        }
        assert!(super::clock_cues(b"8\x0Bpm", false).hour);
        // A year is no military time, and `Noone` no `noon` cue's miss.
        let years = b"in 2006 and 1999, the 2010 vote";
        assert!(!super::clock_cues(years, false).military && !super::names_a_time(years));
        assert!(super::clock_cues(b"at 2130 (CEST)", false).military);
        assert!(super::names_a_time(b"by MIDDAY"));
        assert!(!super::clock_cues(b"they won 3:7 at 4.9", false).hour_minute);
    }

    #[test]
    fn twelve_hour_times_with_their_meridiem() {
        assert_eq!(clocks("It struck at 9:30 a.m. today")[0].1, 9 * 60 + 30);
        assert_eq!(clocks("a blaze at 8.49pm on Friday")[0].1, 20 * 60 + 49);
        assert_eq!(clocks("shortly after 8 p.m. on Thursday")[0].1, 20 * 60);
        assert_eq!(clocks("at 12:15 a.m.")[0].1, 15);
    }

    #[test]
    fn twenty_four_hour_times_need_a_zone_or_a_time_word() {
        assert_eq!(
            clocks("the fire broke out at 2045 GMT")[0],
            (
                "2045 GMT".to_string(),
                20 * 60 + 45,
                Some("UTC".to_string())
            )
        );
        assert_eq!(
            clocks("by about 09:30 BST it was out")[0].2.as_deref(),
            Some("BST")
        );
        assert_eq!(clocks("the ship sank at 1100 hours")[0].1, 11 * 60);
        assert_eq!(
            clocks("the downtime began at 08:30 on Tuesday")[0].1,
            8 * 60 + 30
        );
        // Scores, ratios, decimals and plain numbers are no times.
        assert!(clocks("they won 3:2 in extra time").is_empty());
        assert!(clocks("a magnitude 5.9 quake").is_empty());
        assert!(clocks("there were 2045 voters").is_empty());
    }

    #[test]
    fn zones_as_written_after_a_time() {
        let zone = |text: &str| clocks(text).first().and_then(|c| c.2.clone());
        assert_eq!(
            zone("at 8:15 a.m. local time on Monday").as_deref(),
            Some("local time")
        );
        assert_eq!(
            zone("at 0515 GMT+3 on Monday").as_deref(),
            Some("UTC+03:00")
        );
        assert_eq!(zone("landed at 09:30 +05:30").as_deref(), Some("UTC+05:30"));
        assert_eq!(zone("launched at 14:02Z").as_deref(), Some("UTC"));
        assert_eq!(
            zone("at 10:20 a.m. Beijing time").as_deref(),
            Some("Asia/Shanghai")
        );
        assert_eq!(
            zone("at 9 p.m. Eastern time").as_deref(),
            Some("America/New_York")
        );
        // `10:00-12:00` is a range, not a time at UTC-12; a name that is
        // no place is no zone; a year before a name is no time.
        assert_eq!(zone("open from 10:00-12:00 daily"), None);
        assert_eq!(zone("at 9 p.m. Friday time"), None);
        assert!(clocks("in 2010 Summer time began").is_empty());
    }

    #[test]
    fn named_times_and_the_dates_beside_them() {
        assert_eq!(clocks("at about noon on Tuesday")[0].1, 12 * 60);
        let all = find_date_expressions("The fire broke out at 21:45 BST on Friday.");
        assert_eq!(all.len(), 2, "{all:?}");
        assert!(matches!(all[1].form, DateForm::Weekday(_)));
    }
}
