//! The one-pass gate of the date patterns: which of them match a sentence
//! at all, so that only those are searched.

use std::sync::LazyLock;

use crate::temporal::pattern::{Captures, Match, Regex, RegexSet};

use super::patterns::*;

/// The patterns [`GATE`] answers for, by index.
pub(super) const GATED: [&LazyLock<Regex>; 21] = [
    &MDY,
    &DMY,
    &ISO,
    &SLASH,
    &MD,
    &DM,
    &MONTH_YEAR,
    &MONTH_REL_YEAR,
    &BARE_MONTH,
    &MONTH_RANGE,
    &YEAR_LIST,
    &YEAR_PREP,
    &YEAR_RANGE,
    &YEAR_POSS,
    &YEAR_ATTR,
    &WEEKDAY,
    &REL_DAY,
    &REL_UNIT,
    &AGO,
    &ANAPHORIC,
    &EVE,
];
pub(super) const G_MDY: usize = 0;
pub(super) const G_DMY: usize = 1;
pub(super) const G_ISO: usize = 2;
pub(super) const G_SLASH: usize = 3;
pub(super) const G_MD: usize = 4;
pub(super) const G_DM: usize = 5;
pub(super) const G_MONTH_YEAR: usize = 6;
pub(super) const G_MONTH_REL_YEAR: usize = 7;
pub(super) const G_BARE_MONTH: usize = 8;
pub(super) const G_MONTH_RANGE: usize = 9;
pub(super) const G_YEAR_LIST: usize = 10;
pub(super) const G_YEAR_PREP: usize = 11;
pub(super) const G_YEAR_RANGE: usize = 12;
pub(super) const G_YEAR_POSS: usize = 13;
pub(super) const G_YEAR_ATTR: usize = 14;
pub(super) const G_WEEKDAY: usize = 15;
pub(super) const G_REL_DAY: usize = 16;
pub(super) const G_REL_UNIT: usize = 17;
pub(super) const G_AGO: usize = 18;
pub(super) const G_ANAPHORIC: usize = 19;
pub(super) const G_EVE: usize = 20;

/// The sources of [`GATED`], in order, each with whether it needs Unicode
/// mode (`super::needs_unicode`, which a test holds the flags to): the gate
/// is built from these, not from the compiled patterns, so that it compiles
/// beside them instead of after them, and without parsing each twice.
const SOURCES: [(fn() -> String, bool); 21] = [
    (mdy, false),
    (dmy, false),
    (iso, false),
    (slash, false),
    (md, false),
    (dm, false),
    (month_year, false),
    (month_rel_year, false),
    (bare_month, false),
    (month_range, false),
    (year_list, false),
    (year_prep, true),
    (year_range, false),
    (year_poss, true),
    (year_attr, false),
    (weekday, false),
    (rel_day, false),
    (rel_unit, false),
    (ago, false),
    (anaphoric, false),
    (eve, false),
];

/// Which of the patterns match a sentence at all, in one pass: most
/// triggered sentences match one or two, and each pattern that does not
/// match is then not searched for. Built from the same pattern strings, in
/// the mode each pattern was compiled in (see [`super::re`]): ASCII, and
/// Unicode only inside the few patterns that need it, so it matches what
/// they match and compiles at the cost of ASCII patterns.
pub(super) static GATE: LazyLock<RegexSet> = LazyLock::new(|| {
    let patterns: Vec<String> = SOURCES
        .iter()
        .map(|(source, unicode)| {
            let p = source();
            if *unicode {
                format!("(?u:{p})")
            } else {
                p
            }
        })
        .collect();
    RegexSet::new(&patterns).expect("built-in date patterns")
});

/// [`GATE`]'s answer for one sentence, asked for on first use.
pub(super) struct Gate<'t> {
    text: &'t str,
    hits: std::cell::OnceCell<regex_automata::PatternSet>,
}

impl<'t> Gate<'t> {
    pub(super) fn new(text: &'t str) -> Gate<'t> {
        Gate {
            text,
            hits: std::cell::OnceCell::new(),
        }
    }

    /// Whether pattern `i` of [`GATED`] matches somewhere.
    fn open(&self, i: usize) -> bool {
        self.hits
            .get_or_init(|| GATE.matches(self.text))
            .contains(regex_automata::PatternID::must(i))
    }

    /// The captures of pattern `i` of [`GATED`], none when the gate is shut.
    pub(super) fn captures(&self, i: usize) -> impl Iterator<Item = Captures<'t>> + 't {
        let (rx, text): (&'static Regex, _) = (GATED[i], self.text);
        self.open(i)
            .then(|| rx.captures_iter(text))
            .into_iter()
            .flatten()
    }

    /// The matches of pattern `i` of [`GATED`], none when the gate is shut.
    pub(super) fn find_iter(&self, i: usize) -> impl Iterator<Item = Match<'t>> + 't {
        let (rx, text): (&'static Regex, _) = (GATED[i], self.text);
        self.open(i)
            .then(|| rx.find_iter(text))
            .into_iter()
            .flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each source is its pattern's, and is flagged for Unicode exactly
    /// when it needs it, which is exactly when it does not compile
    /// without it, as [`super::super::re`] assumes.
    #[test]
    fn a_pattern_needs_unicode_when_it_fails_without() {
        assert!(SOURCES.iter().any(|s| s.1) && SOURCES.iter().any(|s| !s.1));
        for (r, (source, u)) in GATED.iter().zip(SOURCES) {
            assert_eq!(r.as_str(), source());
            assert_eq!(super::super::needs_unicode(r.as_str()), u, "{}", r.as_str());
            let ascii = regex::RegexBuilder::new(r.as_str()).unicode(false).build();
            assert_eq!(ascii.is_err(), u, "{}", r.as_str());
        }
    }

    /// The set answers, pattern by pattern, what each compiled pattern
    /// answers: on ASCII text and on text with curly quotes, dashes and
    /// no-break spaces (which the Unicode-mode patterns read as spaces).
    #[test]
    fn the_gate_agrees_with_every_pattern() {
        let texts = [
            "The talks ended on March 3, 2019, two days ago.",
            "Between 1998 and 2003 the plant made cars; in the ’90s it closed.",
            "From 2001\u{a0}–\u{a0}2004 it grew, and from June\u{a0}–\u{a0}August it rested.",
            "In\u{a0}’82 the club won; the 1980’s were good; since 1999’s merger it lost.",
            "On Tuesday, 12 May 2020, and on the eve of the vote, 2020-05-11.",
            "Last week, in mid-2017, during the year 2016 and May–June 2018.",
            "No date here at all, only words.",
        ];
        for text in texts {
            let set = GATE.matches(text);
            for (i, rx) in GATED.iter().enumerate() {
                assert_eq!(
                    set.contains(regex_automata::PatternID::must(i)),
                    rx.is_match(text),
                    "pattern {i} on {text:?}"
                );
            }
        }
    }
}
