//! Relative dates (`yesterday`, `last week`, `two days ago`, `the day
//! before`) and the trigger words that gate them.

use std::sync::LazyLock;

use super::*;

pub(super) fn find_relative(text: &str, gate: &Gate<'_>, bits: u32, out: &mut Vec<Candidate>) {
    let has = |b: u32| bits & b == b;
    // `the day before yesterday`, `yesterday`, `last night`, `this morning`.
    let rel_day = has(T_REL_DAY);
    // `last week`, `next month`; `two years ago`; `the previous day`,
    // `three days later` (all need a unit word).
    let rel_unit = has(T_REL | T_UNIT);
    let ago = has(T_AGO | T_UNIT);
    let anaphoric = has(T_UNIT);
    for c in rel_day
        .then(|| gate.captures(G_REL_DAY))
        .into_iter()
        .flatten()
    {
        let Some(m) = c.get(0) else { continue };
        let n = if c.name("dby").is_some() {
            -2
        } else if c.name("dat").is_some() {
            2
        } else if c.name("ln").is_some() {
            -1
        } else if c.name("tm").is_some() {
            0
        } else {
            match c.name("w").map(|w| w.as_str().to_ascii_lowercase()) {
                Some(w) if w == "yesterday" => -1,
                Some(w) if w == "tomorrow" => 1,
                _ => 0,
            }
        };
        push(out, m.start(), m.end(), Some(DateForm::RelativeDay(n)));
    }
    for c in rel_unit
        .then(|| gate.captures(G_REL_UNIT))
        .into_iter()
        .flatten()
    {
        let Some(m) = c.get(0) else { continue };
        let form = (|| {
            let amount = match c.name("rel")?.as_str().to_ascii_lowercase().as_str() {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            let unit = unit_of(c.name("u")?.as_str())?;
            Some(DateForm::RelativeUnit { amount, unit })
        })();
        push(out, m.start(), m.end(), form);
    }
    for c in ago.then(|| gate.captures(G_AGO)).into_iter().flatten() {
        let Some(m) = c.get(0) else { continue };
        let form = (|| {
            let n = number_word(c.name("n")?.as_str())?;
            let unit = unit_of(c.name("u")?.as_str())?;
            Some(DateForm::RelativeUnit { amount: -n, unit })
        })();
        push(out, m.start(), m.end(), form);
    }
    for c in anaphoric
        .then(|| gate.captures(G_ANAPHORIC))
        .into_iter()
        .flatten()
    {
        let Some(m) = c.get(0) else { continue };
        let form = (|| {
            let (amount, unit) = if let Some(adj) = c.name("adj") {
                let sign = match adj.as_str().to_ascii_lowercase().as_str() {
                    "previous" | "preceding" => -1,
                    _ => 1,
                };
                (sign, unit_of(c.name("u")?.as_str())?)
            } else if let Some(ba) = c.name("ba") {
                // `the day after falling` is not `the day after`.
                let rest = text.get(m.end()..).unwrap_or_default().trim_start();
                let next = rest.split(|ch: char| !ch.is_ascii_alphabetic()).next();
                if next.is_some_and(|w| w.len() > 4 && w.ends_with("ing")) {
                    return None;
                }
                let sign = if ba.as_str().eq_ignore_ascii_case("before") {
                    -1
                } else {
                    1
                };
                (sign, unit_of(c.name("u2")?.as_str())?)
            } else {
                let n = number_word(c.name("n")?.as_str())?;
                let sign = if c.name("el")?.as_str().eq_ignore_ascii_case("earlier") {
                    -1
                } else {
                    1
                };
                (sign * n, unit_of(c.name("u3")?.as_str())?)
            };
            Some(DateForm::Anaphoric { amount, unit })
        })();
        push(out, m.start(), m.end(), form);
    }
    for m in has(T_EVE)
        .then(|| gate.find_iter(G_EVE))
        .into_iter()
        .flatten()
    {
        push(out, m.start(), m.end(), Some(DateForm::Eve));
    }
}

/// Trigger words of the weekday and relative patterns, the periods and
/// the named clock times (any case), with the bit each one sets in
/// [`triggers`]: one pass over a sentence answers for all of them.
pub(super) const TRIGGERS: &[(&str, u32)] = &[
    ("monday", T_WEEKDAY),
    ("tuesday", T_WEEKDAY),
    ("wednesday", T_WEEKDAY),
    ("thursday", T_WEEKDAY),
    ("friday", T_WEEKDAY),
    ("saturday", T_WEEKDAY),
    ("sunday", T_WEEKDAY),
    ("yesterday", T_REL_DAY),
    ("today", T_REL_DAY),
    ("tomorrow", T_REL_DAY),
    ("tonight", T_REL_DAY),
    ("night", T_REL_DAY),
    ("morning", T_REL_DAY),
    ("afternoon", T_REL_DAY),
    ("evening", T_REL_DAY),
    ("day", T_UNIT),
    ("week", T_UNIT),
    ("month", T_UNIT),
    ("year", T_UNIT),
    ("last", T_REL),
    ("next", T_REL),
    ("this", T_REL),
    ("ago", T_AGO),
    ("eve", T_EVE),
    ("noon", T_CLOCK_WORD),
    ("midday", T_CLOCK_WORD),
    ("midnight", T_CLOCK_WORD),
    ("quarter", T_QUARTER),
    ("weekend", T_WEEKEND),
    ("the day", T_THE_DAY),
];
pub(super) const T_WEEKDAY: u32 = 1;
pub(super) const T_REL_DAY: u32 = 2;
pub(super) const T_UNIT: u32 = 4;
pub(super) const T_REL: u32 = 8;
pub(super) const T_AGO: u32 = 16;
pub(super) const T_EVE: u32 = 32;
/// `noon`, `midday`, `midnight` (the named clock times).
pub(super) const T_CLOCK_WORD: u32 = 64;
/// `quarter` (a calendar quarter's word).
pub(super) const T_QUARTER: u32 = 128;
/// `weekend`.
pub(super) const T_WEEKEND: u32 = 256;
/// `the day`, single-spaced (the story's day).
pub(super) const T_THE_DAY: u32 = 512;

pub(super) static TIME_WORD: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(TRIGGERS.iter().map(|(w, _)| w))
        .expect("built-in time words")
});

/// The trigger bits present in `text` (overlapping: `yesterday` also
/// contains `day`).
pub(super) fn triggers(text: &str) -> u32 {
    TIME_WORD
        .find_overlapping_iter(text)
        .fold(0, |bits, m| bits | TRIGGERS[m.pattern().as_usize()].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words the periods and the clock times are gated by are found
    /// as the scans they replace found them: in any case, inside longer
    /// words (`afternoon`), `the day` single-spaced only.
    #[test]
    fn trigger_bits_answer_as_the_scans_they_replace() {
        let texts = [
            "Profit rose in the Third Quarter",
            "in the afternoon, at MIDNIGHT, by midday",
            "Noone came over the WeekEnd",
            "late in The Day",
            "the  day, the days, theday",
            "no such words here",
        ];
        for text in texts {
            let bits = triggers(text);
            let lower = text.to_ascii_lowercase();
            assert_eq!(bits & T_QUARTER != 0, lower.contains("quarter"), "{text}");
            assert_eq!(bits & T_WEEKEND != 0, lower.contains("weekend"), "{text}");
            assert_eq!(bits & T_THE_DAY != 0, lower.contains("the day"), "{text}");
            let named = crate::temporal::clock::names_a_time(text.as_bytes());
            assert_eq!(bits & T_CLOCK_WORD != 0, named, "{text}");
        }
    }
}
